"""Start-up of the built bundle against the virtual environment, measured in one run.

The method of bench/bench_startup.py: the time from spawning the process to ``KD-READY``
on its stdout, of ``kelurahan-desk --demo --data-dir DIR --bench-ready`` (an existing demo
office: one untimed run seeds a template folder, every timed run gets a fresh copy made
before its clock starts), under ``QT_QPA_PLATFORM=offscreen``. One untimed warm-up each
(the file cache); then the two alternate, venv, bundle, venv, ... so the machine's noise
falls on both alike. Prints one line per side and the bundle's size.

    python installer/measure_bundle.py dist/kelurahan-desk [--repeats 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import time_subprocess  # noqa: E402 - bench/ is not a package

READY = "KD-READY"
ENV = {"QT_QPA_PLATFORM": "offscreen"}
TIMEOUT = 180


def folder_bytes(folder: Path) -> int:
    out = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path, help="the built folder (dist/kelurahan-desk)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    bundle_exe = args.bundle / ("kelurahan-desk.exe" if sys.platform == "win32"
                                else "kelurahan-desk")
    sides = {
        "venv": [sys.executable, "-m", "kelurahan_desk"],
        "bundle": [str(bundle_exe)],
    }
    times: dict[str, list[float]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory(prefix="kd-bundle-bench-") as tmp:
        template = Path(tmp) / "template"
        seed = [*sides["venv"], "--demo", "--data-dir", str(template), "--bench-ready"]
        time_subprocess(seed, ENV, READY, timeout=TIMEOUT)  # seeds the demo office
        for argv in sides.values():  # warm-ups, untimed
            warm = Path(tmp) / "warm"
            shutil.copytree(template, warm)
            time_subprocess([*argv, "--demo", "--data-dir", str(warm), "--bench-ready"], ENV,
                            READY, timeout=TIMEOUT)
            shutil.rmtree(warm)
        for i in range(args.repeats):
            for side, argv in sides.items():
                run = Path(tmp) / f"{side}-{i}"
                shutil.copytree(template, run)
                times[side].append(time_subprocess(
                    [*argv, "--demo", "--data-dir", str(run), "--bench-ready"], ENV, READY,
                    timeout=TIMEOUT))
                shutil.rmtree(run, ignore_errors=True)
    for side, values in times.items():
        print(f"start-up {side}: median {statistics.median(values):.3f} s, "
              f"min {min(values):.3f} s, max {max(values):.3f} s "
              f"({len(values)} runs: {', '.join(f'{v:.2f}' for v in values)})")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
    print(f"start-up bundle/venv: {ratio:.2f}")
    size = folder_bytes(args.bundle)
    print(f"bundle size: {size / 2**20:.1f} MiB ({size} bytes, du -sb {args.bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
