"""Start-up time: the desk's main window against a bare PySide6 window.

Baseline: ``bench/bare_window.py`` (QApplication, QMainWindow with a QLabel, shown, then
``KD-READY``). Subject: ``python -m kelurahan_desk --demo --data-dir DIR --bench-ready``,
which signs in as the demo operator without a dialog, shows the main window, prints
``KD-READY`` once it is shown, and quits. Both run under ``QT_QPA_PLATFORM=offscreen``;
the time is from spawning the process to the marker on its stdout.

What is measured is the start-up of an *existing* demo office, the case a counter PC
meets every morning. The first start of a new data folder seeds the demo office (creates
the store, runs the migrations, writes the demo data), which happens once per office and
is not what this figure is about. So one untimed warm-up run seeds a template folder, and
each timed run gets a fresh copy of that template (copied before the clock starts): every
run starts from the same state, and one run's sign-in events or backups never make the
next one slower. The baseline gets an untimed warm-up run too, so both start with the
same warm file cache. Runs alternate (baseline, subject, baseline, ...) so that the
machine's noise falls on both alike.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from common import Figure, time_subprocess

BENCH_DIR = Path(__file__).resolve().parent
READY = "KD-READY"
ENV = {"QT_QPA_PLATFORM": "offscreen"}
TARGET_RATIO = 2.5
TIMEOUT = 120


def _baseline_argv() -> list[str]:
    return [sys.executable, str(BENCH_DIR / "bare_window.py")]


def _subject_argv(data_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kelurahan_desk",
        "--demo",
        "--data-dir",
        str(data_dir),
        "--bench-ready",
    ]


def run(repeats: int) -> Figure:
    baseline: list[float] = []
    subject: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kd-bench-startup-") as tmp:
        template = Path(tmp) / "template"
        template.mkdir()
        # Warm-ups, untimed: seeds the demo office and warms the file cache for both.
        time_subprocess(_subject_argv(template), ENV, READY, timeout=TIMEOUT)
        time_subprocess(_baseline_argv(), ENV, READY, timeout=TIMEOUT)

        for i in range(repeats):
            baseline.append(time_subprocess(_baseline_argv(), ENV, READY, timeout=TIMEOUT))
            data_dir = Path(tmp) / f"run-{i}"
            shutil.copytree(template, data_dir)
            subject.append(time_subprocess(_subject_argv(data_dir), ENV, READY, timeout=TIMEOUT))
            shutil.rmtree(data_dir, ignore_errors=True)

    return Figure(
        name="startup",
        baseline_label="bare PySide6 window",
        baseline_seconds=baseline,
        subject_label="kelurahan-desk --demo main window",
        subject_seconds=subject,
        target_ratio=TARGET_RATIO,
    )
