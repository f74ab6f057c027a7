"""A sidak across processes on one store: two operator windows (each its own program, a real
main window signed in at its own loket) and the inspector's console in this process."""

from __future__ import annotations

import os
import queue as lines_queue
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.inspection import Findings
from kelurahan_desk.store.database import STORE_FILE, Store
from kelurahan_desk.store.inspection_tables import CounterSnapshot
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.sidak.console import SidakConsole
from kelurahan_desk.ui.sidak.operator_side import POLL_MS
from kelurahan_desk.ui.sidak.snapshot_publisher import PUBLISH_MS

# The bound the issue sets: a picture at least every 2 s while a sidak runs.
REFRESH_BOUND_S = 2.0

OPERATOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from kelurahan_desk.app import make_application
    app = make_application("id")
    from kelurahan_desk.services import accounts, office
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.ui.context import DeskContext
    from kelurahan_desk.ui.main_window import MainWindow
    store = Store.open(Path(sys.argv[1]))
    loket = office.list_counters(store)[int(sys.argv[2])]
    actor = accounts.sign_in(store, sys.argv[3], sys.argv[4], loket.id)
    window = MainWindow(DeskContext(store, actor, office.get_office(store)), 60)
    window.resize(1280, 800)
    window.show()
    stop, seen = Path(sys.argv[5]), {"banner": None}
    def watch():
        shown = not window.sidak.banner.isHidden()
        if shown != seen["banner"]:
            seen["banner"] = shown
            print("banner on" if shown else "banner off", flush=True)
        if stop.exists():
            app.quit()
    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(100)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.close()
    store.close()
    print("bye", flush=True)
""")


class Program:
    """An operator's program; its stdout lines arrive on a queue as they are printed."""

    def __init__(self, errors: Path, *args: object) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.errors = errors
        with errors.open("w") as stderr:  # a file: a full pipe would stall the program
            self.process = subprocess.Popen(
                [sys.executable, "-c", OPERATOR, *map(str, args)], stdout=subprocess.PIPE,
                stderr=stderr, text=True, env=env)
        self.lines: lines_queue.Queue[str] = lines_queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def expect(self, wanted: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except lines_queue.Empty:
                pytest.fail(f"no {wanted!r} from the operator's program in {seconds} s")
            if line == wanted:
                return


@pytest.fixture
def office_dir(tmp_path):
    store = Store.open(tmp_path / "office")
    seed_demo(store)
    store.close()
    return tmp_path / "office"


def _snapshots(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(CounterSnapshot)) or 0


def test_two_counters_are_seen_live_and_ending_removes_banner_and_pictures(
        qtbot, office_dir, tmp_path):
    stop = tmp_path / "stop"
    operators = [Program(tmp_path / "loket1.err", office_dir, 0, "operator", "operator-demo",
                         stop),
                 Program(tmp_path / "loket2.err", office_dir, 1, "supervisor", "supervisor-demo",
                         stop)]
    store = Store.open(office_dir)
    try:
        for program in operators:  # each window is up, no sidak yet: no banner
            program.expect("banner off", 60)
        inspector = accounts.sign_in(store, "inspektur", "inspektur-demo")
        console = SidakConsole(DeskContext(store, inspector, office.get_office(store)))
        qtbot.addWidget(console)
        console.show()
        tiles = list(console.tiles.values())

        assert console.start(team="") is True
        started = time.monotonic()
        for program in operators:
            program.expect("banner on", (POLL_MS + 2000) / 1000)
        # Both pictures within the bound: the window's poll, a publish, the console's read.
        qtbot.waitUntil(lambda: all(t.is_live() and t.view.has_picture() for t in tiles),
                        timeout=POLL_MS + PUBLISH_MS + 2 * 1000 + 1000)
        assert time.monotonic() - started < (POLL_MS + PUBLISH_MS) / 1000 + 3
        names = {t.title.text(): t.picture.full_name for t in tiles}
        assert names == {"Loket 1": "Siti Rahmawati", "Loket 2": "Bambang Hartono"}
        # ...and they keep coming: each one newer than the last, at least every 2 s.
        for tile in tiles:
            seen = tile.picture.taken_at
            qtbot.waitUntil(lambda t=tile, s=seen: t.picture.taken_at > s,
                            timeout=int(REFRESH_BOUND_S * 1000) + 1200)
            assert (tile.picture.taken_at - seen).total_seconds() <= REFRESH_BOUND_S

        with qtbot.waitSignal(console.report_saved, timeout=60000):
            assert console.finish(Findings({}, "Sidak uji antarproses.")) is True

        for program in operators:
            program.expect("banner off", (POLL_MS + 2000) / 1000)
        assert not any(t.view.has_picture() for t in tiles)
        assert _snapshots(store) == 0
        qtbot.wait(PUBLISH_MS + 500)  # a publish that was under way finds no sidak
        assert _snapshots(store) == 0
    finally:
        stop.touch()
        for program in operators:
            assert program.process.wait(timeout=60) == 0, program.errors.read_text()
        store.close()
    assert verify_store(office_dir / STORE_FILE).ok
