"""Composition root: settings → store → services → windows."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.services import accounts, maintenance, office, queue_day, queue_services
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import (
    DEMO_HISTORY_WEEKS,
    DEMO_LOGINS,
    DEMO_OFFICE,
    DEMO_RESIDENTS,
    seed_demo,
)
from kelurahan_desk.store.database import Store, StoreDamaged
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import install_translator
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.recovery_dialog import RecoveryDialog
from kelurahan_desk.ui.sign_in_dialog import SignInDialog
from kelurahan_desk.ui.style import apply_style
from kelurahan_desk.ui.sync_driver import SyncDriver

BENCH_READY = "KD-READY"


@dataclass(frozen=True)
class DeskOptions:
    data_dir: Path
    demo: bool
    lang: str
    bench_ready: bool = False
    window: str = "desk"  # desk | kiosk | display | inspect
    screen: int | None = None
    printer: str | None = None
    escpos: str | None = None  # the kiosk prints raw ESC/POS here instead (ticket_printing)
    demo_office: str | None = None  # with ``demo``: another kelurahan (``--office``)


def make_application(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kelurahan Desk")
    app.setOrganizationName("Kelurahan Desk")
    apply_style(app)
    install_translator(app, lang)
    return app


def open_store(data_dir: Path) -> Store | None:
    """Open the store; when it is damaged, offer the newest good backup, else give up."""
    try:
        return Store.open(data_dir)
    except StoreDamaged as damage:
        if damage.backup is None or not RecoveryDialog.ask(damage):
            return None
        maintenance.restore(data_dir, damage.backup.path)
        return Store.open(data_dir)


class DeskSession(QObject):
    """Sign-in → main window → sign-out → sign-in again, until the user cancels."""

    def __init__(self, store: Store, auto_actor: Actor | None = None,
                 sync: SyncDriver | None = None) -> None:
        super().__init__()
        self._store = store
        self._auto_actor = auto_actor
        self.window: MainWindow | None = None
        # Sync runs for the whole session, signed in or not: the desk's records leave
        # while the sign-in dialog waits too. Each window's status bar listens to it.
        self.sync = sync or SyncDriver(store, parent=self)

    @Slot()
    def start(self) -> None:
        actor, self._auto_actor = self._auto_actor, None
        actor = actor or SignInDialog.ask(self._store)
        if actor is None:
            QApplication.quit()
            return
        info = office.get_office(self._store)
        assert info is not None
        idle = office.get_settings(self._store)["idle_lock_minutes"]
        self.window = MainWindow(DeskContext(self._store, actor, info), idle)
        self.window.signed_out.connect(self._on_window_signed_out)
        self.window.closed.connect(QApplication.quit)
        self._connect_sync(self.window)
        self.window.show()

    def _connect_sync(self, window: MainWindow) -> None:
        bar = window.sync_bar
        self.sync.status_changed.connect(bar.show_status)
        self.sync.sync_started.connect(bar.on_sync_started)
        self.sync.sync_finished.connect(bar.on_sync_finished)
        bar.sync_requested.connect(lambda: self.sync.request_sync(reset=True))
        if self.sync.last_status is not None:
            bar.show_status(self.sync.last_status)

    @Slot()
    def _on_window_signed_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        QTimer.singleShot(0, self.start)


def _report_failure(what: str) -> Callable[[Exception], None]:
    # The next check tries again; say so where an admin reading the log sees it.
    return lambda exc: print(f"kelurahan-desk: {what} failed: {exc}", file=sys.stderr)


def _close_days_due(store: Store) -> None:
    due = queue_day.end_of_day_due(store)
    if due is not None:
        queue_day.close_day(store, due)


def _start_housekeeping(app: QApplication, store: Store) -> QTimer:
    """Hourly backup check and the end-of-day rule, off the GUI thread.

    A desk may stay open for days; both must happen without anyone asking.
    """
    timer = QTimer(app)

    def tick() -> None:
        run_in_background(store.backup_daily_if_due, lambda _made: None,
                          _report_failure("daily backup"))
        run_in_background(lambda: _close_days_due(store), lambda _done: None,
                          _report_failure("end of day"))

    timer.timeout.connect(tick)
    timer.start(5 * 60 * 1000)
    QTimer.singleShot(0, tick)
    return timer


def _run_public_window(app: QApplication, store: Store, options: DeskOptions) -> int:
    """The kiosk or the display board: no sign-in, full screen on the chosen screen."""
    from kelurahan_desk.ui.display_board import DisplayBoard, show_on_screen

    window: QWidget
    if options.window == "kiosk":
        from kelurahan_desk.ui.kiosk_window import KioskWindow
        from kelurahan_desk.ui.ticket_printing import escpos_ticket_printer, ticket_printer

        printer = (escpos_ticket_printer(store, options.escpos) if options.escpos
                   else ticket_printer(store, options.printer))
        window = KioskWindow(store, printer)
    else:
        window = DisplayBoard(store)
    housekeeping = _start_housekeeping(app, store)
    show_on_screen(window, options.screen)
    try:
        return app.exec()
    finally:
        housekeeping.stop()
        store.close()


def _run_inspection_console(app: QApplication, store: Store) -> int:
    """The sidak console on its own (sign-in as an inspector first)."""
    from kelurahan_desk.ui.sidak.console_window import run_inspection_console

    housekeeping = _start_housekeeping(app, store)
    try:
        return run_inspection_console(app, store)
    finally:
        housekeeping.stop()
        QThreadPool.globalInstance().waitForDone(10_000)  # a report or picture read ends
        store.close()


def run_desk(options: DeskOptions) -> int:
    app = make_application(options.lang)
    # The calm dialog is for staff. The kiosk and the display board are public and
    # unattended: a failure there is logged and the window goes on. A modal dialog would
    # also stop the unattended start-up bench.
    if not options.bench_ready and options.window in ("desk", "inspect"):
        from kelurahan_desk.ui.failure_dialog import install_failure_handler

        install_failure_handler(options.data_dir, options.window)
    # At the desk, closing the window signs out and sign-in comes next.
    app.setQuitOnLastWindowClosed(False)
    store = open_store(options.data_dir)
    if store is None:
        return 1
    if options.demo:
        seed_demo(store, DEMO_HISTORY_WEEKS, DEMO_RESIDENTS,
                  options.demo_office or DEMO_OFFICE.code)
    if office.get_office(store) is None or not accounts.has_accounts(store):
        from kelurahan_desk.ui.first_run_wizard import FirstRunWizard

        if not FirstRunWizard.ask(store):
            return 0
    queue_services.ensure_default_services(store)
    store.backup_daily_if_due()
    app.setQuitOnLastWindowClosed(options.window != "desk")
    if options.window == "inspect":
        return _run_inspection_console(app, store)
    if options.window != "desk":
        return _run_public_window(app, store, options)
    auto = None
    if options.bench_ready:
        login = next(x for x in DEMO_LOGINS if x.username == "operator")
        auto = accounts.sign_in(store, login.username, login.password)
    session = DeskSession(store, auto)
    housekeeping = _start_housekeeping(app, store)
    if not options.bench_ready:  # the start-up bench measures the window, not the link
        session.sync.start()
    if options.bench_ready:
        def ready() -> None:
            print(BENCH_READY, flush=True)
            app.quit()

        QTimer.singleShot(0, lambda: (session.start(), QTimer.singleShot(0, ready)))
    else:
        QTimer.singleShot(0, session.start)
    try:
        return app.exec()
    finally:
        session.sync.stop()
        QThreadPool.globalInstance().waitForDone(10_000)  # a sync cut short ends quickly
        housekeeping.stop()
        store.close()
