"""Fixtures shared by every test folder: the command line, a fake clock, store templates."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kelurahan_desk`` the way a user would, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kelurahan_desk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture
def cli():
    return run_cli


# A Monday morning in Probolinggo (08:00 WIB); any fixed moment would do.
START = datetime(2025, 3, 3, 1, 0, 0, tzinfo=UTC)


class FakeClock:
    """Aware UTC time that moves only when a test says so.

    ``Store.open(path, clock=clock)`` takes any callable returning a datetime, so the
    clock is callable as well as having ``now()``.
    """

    def __init__(self, start: datetime = START) -> None:
        self._now = start
        self.set(start)

    def now(self) -> datetime:
        return self._now

    def __call__(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        self._now += delta if delta is not None else timedelta(**parts)
        return self._now

    def set(self, moment: datetime) -> datetime:
        """Jump to ``moment`` (aware), e.g. just before an office's local midnight."""
        if moment.tzinfo is None:
            raise ValueError("the store keeps UTC: give the clock an aware datetime")
        self._now = moment.astimezone(UTC)
        return self._now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _store_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty and a demo store made once, through the real code, then closed.

    Seeding the demo hashes several passwords and commits once per step with
    ``synchronous=FULL``; copying the finished file makes every test start from the same
    real store at a fraction of the cost.
    """
    base = tmp_path_factory.mktemp("store-templates")
    made = {}
    for kind in ("empty", "demo"):
        template = Store.open(base / kind, clock=FakeClock())
        try:
            if kind == "demo":
                assert seed_demo(template) is True
        finally:
            template.close()
        made[kind] = template.path
    return made


def _copy_store(template: Path, data_dir: Path) -> None:
    """Make ``data_dir`` hold a copy of the template store file."""
    data_dir.mkdir(parents=True)
    for suffix in ("", "-wal"):  # the WAL is gone after a clean close; copy it if not
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copy2(source, data_dir / source.name)



@pytest.fixture
def copy_template() -> Callable[[Path, Path], None]:
    """``copy_template(_store_templates[kind], data_dir)``: a fresh store from a template."""
    return _copy_store
