"""Composition root: settings → store → services → windows.

The desk starts with what a person waits for: the sign-in dialog shows before anything
imports SQLAlchemy (its import alone takes 2–4× a bare Qt window's whole start), and
``prepare_store`` opens, checks and migrates the store (and seeds the demo office) on a
pool thread while the user types. The kiosk, the display board and the sidak console
open the store first, as nobody types there before they are needed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.paths import STORE_FILE
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.i18n import install_translator
from kelurahan_desk.ui.sign_in_dialog import SignInDialog
from kelurahan_desk.ui.style import apply_style

if TYPE_CHECKING:
    from kelurahan_desk.services.actor import Actor
    from kelurahan_desk.store.database import Store, StoreDamaged
    from kelurahan_desk.ui.idle_watch import IdleWatch
    from kelurahan_desk.ui.main_window import MainWindow
    from kelurahan_desk.ui.sync_driver import SyncDriver

# What ``--bench-ready`` prints (bench/bench_startup.py reads them): the sign-in dialog is
# shown; the demo operator's name and password are in and Masuk is pressed; the main
# window is shown (then the program quits).
BENCH_DIALOG, BENCH_PRESSED, BENCH_READY = "KD-DIALOG", "KD-PRESSED", "KD-READY"


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
    bench_typing: float = 0.0  # with ``bench_ready``: seconds "typing" before Masuk


def make_application(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kelurahan Desk")
    app.setOrganizationName("Kelurahan Desk")
    apply_style(app)
    install_translator(app, lang)
    return app


@dataclass(frozen=True)
class Preparation:
    """What opening the store found: ready, damaged (with the backup to offer), or an
    office not set up yet (``needs_setup``: the first-run wizard comes next)."""

    store: Store | None
    damage: StoreDamaged | None = None
    needs_setup: bool = False


def prepare_store(options: DeskOptions) -> Preparation:
    """Open, check and migrate the store, seed the demo office: no UI, any thread."""
    from kelurahan_desk.store.database import Store, StoreDamaged

    try:
        store = Store.open(options.data_dir)
    except StoreDamaged as damage:
        return Preparation(None, damage)
    if options.demo:
        from kelurahan_desk.services.demo import (
            DEMO_HISTORY_WEEKS,
            DEMO_OFFICE,
            DEMO_RESIDENTS,
            seed_demo,
        )

        seed_demo(store, DEMO_HISTORY_WEEKS, DEMO_RESIDENTS,
                  options.demo_office or DEMO_OFFICE.code)
    return _finish_opening(store)


def _finish_opening(store: Store) -> Preparation:
    from kelurahan_desk.services import accounts, office, queue_services

    if office.get_office(store) is None or not accounts.has_accounts(store):
        return Preparation(store, needs_setup=True)
    queue_services.ensure_default_services(store)
    store.backup_daily_if_due()
    return Preparation(store)


def settle(preparation: Preparation, options: DeskOptions) -> Store | int:
    """Ask what a preparation leaves to a person (GUI thread): restore the newest good
    backup of a damaged store, set up a new office. The store, or the exit code when the
    person chose to stop (1: a damaged store stays as it is; 0: set-up cancelled)."""
    if preparation.damage is not None:
        from kelurahan_desk.services import maintenance
        from kelurahan_desk.ui.recovery_dialog import RecoveryDialog

        damage = preparation.damage
        if damage.backup is None or not RecoveryDialog.ask(damage):
            return 1
        maintenance.restore(options.data_dir, damage.backup.path)
        return settle(prepare_store(options), options)
    store = preparation.store
    assert store is not None
    if preparation.needs_setup:
        from kelurahan_desk.ui.first_run_wizard import FirstRunWizard

        if not FirstRunWizard.ask(store):
            store.close()
            return 0
        return settle(_finish_opening(store), options)
    return store


def _prepare_in_background(options: DeskOptions) -> Preparation:
    preparation = prepare_store(options)
    # While the user still types: the main window's modules (and the Antrean page's, where
    # counter staff land) are imported, and the status bar's first read is made once so
    # SQLAlchemy has compiled its statements. Pressing Masuk then only builds the window.
    import kelurahan_desk.ui.main_window
    import kelurahan_desk.ui.pages.queue_page  # noqa: F401
    from kelurahan_desk.services.sync_status import sync_status

    if preparation.store is not None and not preparation.needs_setup:
        sync_status(preparation.store)
    return preparation


class DeskSession(QObject):
    """Sign-in → main window → sign-out → sign-in again, until the user cancels.

    The first sign-in dialog shows before the store is open (``store=None``): the store is
    prepared on a pool thread meanwhile, and the dialog gets it when it is ready.
    ``exit_code`` is what the program ends with. Signals: store_ready(object) — the
    ``Store`` is open (at once when given one).
    """

    store_ready = Signal(object)

    # Minutes until the idle watch fires before a window sets the office's own.
    _IDLE_PLACEHOLDER = 60

    def __init__(self, options: DeskOptions, store: Store | None = None,
                 sync: SyncDriver | None = None) -> None:
        super().__init__()
        self._options = options
        self.store = store
        self.sync = sync
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self.exit_code = 0
        # The desk's activity watch, app-wide from the first dialog on; each window locks
        # with it. Watching from the start has a second effect: PySide6 builds Python types
        # for the objects an app-wide filter first sees (~25 ms, measured), and that is
        # paid while the user types instead of in the first window's first paint.
        self.idle: IdleWatch | None = None
        if store is not None:
            self.attach(store)

    @Slot()
    def start(self) -> None:
        """Show the sign-in dialog (and, the first time, start preparing the store)."""
        dialog = SignInDialog(self.store)
        self.dialog = dialog
        dialog.setModal(True)  # application-modal (no Qt namespace yet: see the dialog)
        dialog.signed_in.connect(lambda: self.open_window(dialog.actor))
        dialog.rejected.connect(lambda: self._stop(0))
        dialog.show()
        QTimer.singleShot(0, self._on_dialog_shown)

    def _on_dialog_shown(self) -> None:
        if self.idle is None:
            from kelurahan_desk.ui.idle_watch import IdleWatch

            self.idle = IdleWatch(self._IDLE_PLACEHOLDER, self)
            self.idle.pause()
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
        if self._options.bench_ready:
            print(BENCH_DIALOG, flush=True)
            QTimer.singleShot(round(self._options.bench_typing * 1000), self._bench_press)
        if self.store is None:
            run_in_background(lambda: _prepare_in_background(self._options),
                              self._on_prepared, self._on_prepare_failed)

    def _on_prepared(self, preparation: Preparation) -> None:
        dialog = self.dialog
        assert dialog is not None
        if preparation.damage is not None or preparation.needs_setup:
            dialog.hide()
            settled = settle(preparation, self._options)
            if isinstance(settled, int):
                self._stop(settled)
                return
            dialog.show()
        else:
            assert preparation.store is not None
            settled = preparation.store
        self.attach(settled)
        dialog.set_store(settled)

    def _on_prepare_failed(self, exc: Exception) -> None:
        # Not a damaged store (that is a Preparation): something unexpected. Shown by the
        # failure handler and logged; the desk cannot go on without its store.
        if self.dialog is not None:
            self.dialog.hide()
        sys.excepthook(type(exc), exc, exc.__traceback__)
        self._stop(1)

    def attach(self, store: Store) -> None:
        """The store is open: sync starts, for the whole session, signed in or not (the
        desk's records leave while the sign-in dialog waits too)."""
        self.store = store
        if self.sync is None:
            from kelurahan_desk.ui.sync_driver import SyncDriver

            self.sync = SyncDriver(store, parent=self)
            if not self._options.bench_ready:  # the bench measures the window, not the link
                self.sync.start()
        self.store_ready.emit(store)

    def open_window(self, actor: Actor | None) -> None:
        from kelurahan_desk.services import office
        from kelurahan_desk.ui.context import DeskContext
        from kelurahan_desk.ui.main_window import MainWindow

        store = self.store
        assert store is not None and actor is not None
        info = office.get_office(store)
        assert info is not None
        idle = office.get_settings(store)["idle_lock_minutes"]
        self.window = MainWindow(DeskContext(store, actor, info), idle, self.idle)
        self.window.signed_out.connect(self._on_window_signed_out)
        self.window.closed.connect(lambda: self._stop(0))
        self._connect_sync(self.window)
        self.window.show()
        if self._options.bench_ready:
            QTimer.singleShot(0, self._bench_ready)

    def _connect_sync(self, window: MainWindow) -> None:
        assert self.sync is not None
        bar = window.sync_bar
        self.sync.status_changed.connect(bar.show_status)
        self.sync.sync_started.connect(bar.on_sync_started)
        self.sync.sync_finished.connect(bar.on_sync_finished)
        sync = self.sync
        bar.sync_requested.connect(lambda: sync.request_sync(reset=True))
        if self.sync.last_status is not None:
            bar.show_status(self.sync.last_status)

    @Slot()
    def _on_window_signed_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        QTimer.singleShot(0, self.start)

    def _stop(self, code: int) -> None:
        # quit(), not exit(code): exit() leaves Qt's "quit now" set when no event loop
        # runs yet, and every later nested loop (a modal dialog) would end at once.
        self.exit_code = code
        QApplication.quit()

    def stop_background(self) -> None:
        """Stop syncing and watching and let the pool's work end (the store stays open)."""
        app = QApplication.instance()
        if self.idle is not None and app is not None:
            app.removeEventFilter(self.idle)
            self.idle.pause()
        if self.sync is not None:
            self.sync.stop()
        QThreadPool.globalInstance().waitForDone(10_000)  # a sync cut short ends quickly

    def close(self) -> None:
        """After the event loop: the background stopped, then the store closed."""
        self.stop_background()
        if self.store is not None:
            self.store.close()

    # --- the start-up bench (bench/bench_startup.py) -------------------------------

    def _bench_press(self) -> None:
        from kelurahan_desk.services.demo import DEMO_LOGINS

        dialog = self.dialog
        assert dialog is not None
        login = next(x for x in DEMO_LOGINS if x.username == "operator")
        dialog.username.setText(login.username)
        dialog.password.setText(login.password)
        print(BENCH_PRESSED, flush=True)
        dialog.accept_button.click()

    def _bench_ready(self) -> None:
        print(BENCH_READY, flush=True)
        self._stop(0)


def _report_failure(what: str) -> Callable[[Exception], None]:
    # The next check tries again; say so where an admin reading the log sees it.
    return lambda exc: print(f"kelurahan-desk: {what} failed: {exc}", file=sys.stderr)


def _close_days_due(store: Store) -> None:
    from kelurahan_desk.services import queue_day

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
    if options.window == "desk":
        return _run_desk_window(app, options)
    settled = settle(prepare_store(options), options)
    if isinstance(settled, int):
        return settled
    app.setQuitOnLastWindowClosed(True)
    if options.window == "inspect":
        return _run_inspection_console(app, settled)
    return _run_public_window(app, settled, options)


def _run_desk_window(app: QApplication, options: DeskOptions) -> int:
    """Sign-in first; a store never made (a new office) is set up before it."""
    store: Store | None = None
    if not options.demo and not (options.data_dir / STORE_FILE).exists():
        settled = settle(prepare_store(options), options)
        if isinstance(settled, int):
            return settled
        store = settled
    session = DeskSession(options)
    housekeeping: list[QTimer] = []
    session.store_ready.connect(lambda ready: housekeeping.append(
        _start_housekeeping(app, ready)))
    if store is not None:
        session.attach(store)
    QTimer.singleShot(0, session.start)
    try:
        app.exec()
        return session.exit_code
    finally:
        for timer in housekeeping:
            timer.stop()
        session.close()
