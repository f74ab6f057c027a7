"""Run the benchmarks: ``.venv/bin/python bench/run.py [--repeats N] [NAME ...]``.

Each benchmark is a module ``bench/bench_<name>.py`` with ``run(repeats) -> Figure``
(see ``bench/common.py``). For each one this prints the medians, the subject/baseline
ratio of medians, the target and PASS/MISS, and appends a row (with the machine's
description) to ``bench/results/latest.json``, which git ignores.

Exit status: 0 when every benchmark met its target, 1 when one missed, 2 when one failed
to run.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import platform
import socket
import sys
import traceback
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results" / "latest.json"

# Benchmarks import `common` as a top-level module, whichever way this file is started.
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from common import Figure  # noqa: E402


def available() -> list[str]:
    return sorted(path.stem.removeprefix("bench_") for path in BENCH_DIR.glob("bench_*.py"))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def pyside6_version() -> str:
    try:
        import PySide6  # only the package: this does not load the Qt libraries
    except ImportError:
        return "not installed"
    return str(PySide6.__version__)


def machine() -> dict[str, str]:
    return {
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "cpu": cpu_model(),
        "python": platform.python_version(),
        "pyside6": pyside6_version(),
    }


def describe(fig: Figure) -> str:
    target = "none" if fig.target_ratio is None else f"<= {fig.target_ratio:g}"
    stat = "medians" if fig.statistic == "median" else f"{fig.statistic}s"
    return (
        f"{fig.name}: {fig.baseline_label} {_seconds(fig.baseline_stat)}, "
        f"{fig.subject_label} {_seconds(fig.subject_stat)} ({stat} of "
        f"{len(fig.baseline_seconds)}/{len(fig.subject_seconds)}); "
        f"ratio {fig.ratio:.2f}, target {target}: {fig.verdict}"
    )


def _seconds(value: float) -> str:
    return f"{value * 1000:.2f} ms" if value < 0.1 else f"{value:.3f} s"


def row(fig: Figure, repeats: int, when: str, host: dict[str, str]) -> dict[str, Any]:
    return {
        "date": when,
        **host,
        "benchmark": fig.name,
        "repeats": repeats,
        "baseline_label": fig.baseline_label,
        "baseline_seconds": fig.baseline_seconds,
        "baseline_median": fig.baseline_median,
        "subject_label": fig.subject_label,
        "subject_seconds": fig.subject_seconds,
        "subject_median": fig.subject_median,
        "statistic": fig.statistic,
        "ratio": fig.ratio,
        "target_ratio": fig.target_ratio,
        "verdict": fig.verdict,
    }


def append_results(rows: list[dict[str, Any]]) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    existing: list[dict[str, Any]] = []
    if RESULTS.exists():
        try:
            loaded = json.loads(RESULTS.read_text())
            if isinstance(loaded, list):
                existing = loaded
        except json.JSONDecodeError:
            print(f"warning: {RESULTS} was not valid JSON; starting it afresh", file=sys.stderr)
    tmp = RESULTS.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(existing + rows, indent=2) + "\n")
    tmp.replace(RESULTS)


def main(argv: list[str] | None = None) -> int:
    names = available()
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Run Kelurahan Desk's benchmarks and record their figures.",
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"benchmarks to run (default: all of {names})"
    )
    parser.add_argument(
        "--repeats", type=int, default=5, help="timed runs of each side (default: 5)"
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)

    if args.list:
        print("\n".join(names))
        return 0
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    unknown = [name for name in args.names if name not in names]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; available: {names}")

    host = machine()
    print(
        f"# {host['hostname']} | {host['platform']} | {host['cpu']} | "
        f"Python {host['python']} | PySide6 {host['pyside6']} | repeats {args.repeats}"
    )
    status = 0
    rows: list[dict[str, Any]] = []
    for name in args.names or names:
        when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        try:
            module = importlib.import_module(f"bench_{name}")
            result = module.run(args.repeats)
        except Exception:
            traceback.print_exc()
            print(f"{name}: ERROR (see above)")
            status = 2
            continue
        figures: list[Figure] = result if isinstance(result, list) else [result]
        for fig in figures:
            print(describe(fig), flush=True)
            rows.append(row(fig, args.repeats, when, host))
            if fig.verdict == "MISS":
                status = max(status, 1)
    if rows:
        append_results(rows)
        print(f"# appended {len(rows)} row(s) to {RESULTS.relative_to(BENCH_DIR.parent)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
