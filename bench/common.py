"""Shared pieces of the benchmarks: the Figure each one returns, and a start-up timer."""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass
class Figure:
    """One benchmark's measurements: a baseline, the subject, and the ratio we aim for.

    ``target_ratio`` is the largest acceptable subject/baseline ratio of medians, or None
    when the benchmark only reports.
    """

    name: str
    baseline_label: str
    baseline_seconds: list[float]
    subject_label: str
    subject_seconds: list[float]
    target_ratio: float | None
    statistic: str = "median"  # or "p95": which statistic of each side the ratio compares

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline_seconds)

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject_seconds)

    def _stat(self, values: list[float]) -> float:
        if self.statistic == "p95":
            ordered = sorted(values)
            return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return statistics.median(values)

    @property
    def baseline_stat(self) -> float:
        return self._stat(self.baseline_seconds)

    @property
    def subject_stat(self) -> float:
        return self._stat(self.subject_seconds)

    @property
    def ratio(self) -> float:
        return self.subject_stat / self.baseline_stat

    @property
    def verdict(self) -> str:
        if self.target_ratio is None:
            return "INFO"
        return "PASS" if self.ratio <= self.target_ratio else "MISS"


class SubprocessTimingError(RuntimeError):
    """The process exited, or ran out of time, before printing its ready marker."""


def time_subprocess(
    argv: Sequence[str],
    env: Mapping[str, str | None] | None,
    ready_marker: str,
    timeout: float = 60,
) -> float:
    """Return the wall time from spawning ``argv`` until its stdout shows ``ready_marker``."""
    return time_markers(argv, env, [ready_marker], timeout)[ready_marker]


def time_markers(
    argv: Sequence[str],
    env: Mapping[str, str | None] | None,
    markers: Sequence[str],
    timeout: float = 60,
) -> dict[str, float]:
    """Return the wall time from spawning ``argv`` until its stdout shows each marker, in
    order; the last one ends the run.

    ``env`` holds variables added to (or overriding) this process's environment, and
    None for one to remove; ``PYTHONUNBUFFERED=1`` is always set so a Python child's
    marker is not held in a buffer. Once the last marker appears the process is
    terminated (and killed if it is still there 5 s later); its own shutdown is not
    measured. Stderr is kept and shown in the error if a marker never comes.
    """
    child_env = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            child_env.pop(name, None)
        else:
            child_env[name] = value
    child_env["PYTHONUNBUFFERED"] = "1"

    lines: queue.Queue[str | None] = queue.Queue()
    stderr_chunks: list[bytes] = []

    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        env=child_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    stdout, stderr = proc.stdout, proc.stderr

    def read_stdout() -> None:
        for raw in stdout:
            lines.put(raw.decode(errors="replace"))
        lines.put(None)

    def read_stderr() -> None:
        # Drained continuously so a chatty child never blocks on a full pipe.
        for raw in stderr:
            stderr_chunks.append(raw)

    readers = [
        threading.Thread(target=read_stdout, daemon=True),
        threading.Thread(target=read_stderr, daemon=True),
    ]
    for reader in readers:
        reader.start()

    deadline = start + timeout
    times: dict[str, float] = {}
    waiting = list(markers)
    seen: list[str] = []
    try:
        while waiting:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                break
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                break
            if line is None:  # stdout closed: the process is gone
                break
            if waiting[0] in line:
                times[waiting.pop(0)] = time.perf_counter() - start
                continue
            seen.append(line)
    finally:
        _stop(proc)
        for reader in readers:
            reader.join(timeout=5)

    if waiting:
        ready_marker = waiting[0]
        what = (
            f"exited with code {proc.returncode}"
            if time.perf_counter() < deadline
            else f"did not print it within {timeout:g} s"
        )
        err = b"".join(stderr_chunks).decode(errors="replace")
        raise SubprocessTimingError(
            f"{' '.join(argv)}: waited for {ready_marker!r} but the process {what}.\n"
            f"--- stdout (tail) ---\n{''.join(seen[-20:])}"
            f"--- stderr (tail) ---\n{err[-4000:]}"
        )
    return times


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
