"""Composition root: settings → store → services → windows."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from kelurahan_desk.services import accounts, maintenance, office
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import DEMO_LOGINS, seed_demo
from kelurahan_desk.store.database import Store, StoreDamaged
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import install_translator
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.recovery_dialog import RecoveryDialog
from kelurahan_desk.ui.sign_in_dialog import SignInDialog
from kelurahan_desk.ui.style import apply_style

BENCH_READY = "KD-READY"


@dataclass(frozen=True)
class DeskOptions:
    data_dir: Path
    demo: bool
    lang: str
    bench_ready: bool = False


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

    def __init__(self, store: Store, auto_actor: Actor | None = None) -> None:
        super().__init__()
        self._store = store
        self._auto_actor = auto_actor
        self.window: MainWindow | None = None

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
        self.window.show()

    @Slot()
    def _on_window_signed_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        QTimer.singleShot(0, self.start)


def _report_backup_failure(exc: Exception) -> None:
    # The next hourly check tries again; say so where an admin reading the log sees it.
    print(f"kelurahan-desk: daily backup failed: {exc}", file=sys.stderr)


def run_desk(options: DeskOptions) -> int:
    app = make_application(options.lang)
    app.setQuitOnLastWindowClosed(False)  # closing the window signs out; sign-in comes next
    store = open_store(options.data_dir)
    if store is None:
        return 1
    if options.demo:
        seed_demo(store)
    if office.get_office(store) is None:
        from kelurahan_desk.ui.first_run_wizard import FirstRunWizard

        if not FirstRunWizard.ask(store):
            return 0
    store.backup_daily_if_due()
    auto = None
    if options.bench_ready:
        login = next(x for x in DEMO_LOGINS if x.username == "operator")
        auto = accounts.sign_in(store, login.username, login.password)
    session = DeskSession(store, auto)
    # A desk may stay open for days: the daily backup is checked every hour, off the GUI.
    backup_timer = QTimer(app)
    backup_timer.timeout.connect(lambda: run_in_background(
        store.backup_daily_if_due, lambda _made: None, _report_backup_failure))
    backup_timer.start(60 * 60 * 1000)
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
        store.close()
