"""`kelurahan-desk --inspect`: the inspection console in a window of its own, for an
inspector at any PC of the office (the main window's Sidak page holds the same console)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from kelurahan_desk.domain.roles import ROLE_LABELS, Role
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services import accounts, office
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.sidak.sidak_page import SidakPage
from kelurahan_desk.ui.sign_in_dialog import SignInDialog


class CloseWhileRunning(QMessageBox):
    """Closing the console while a sidak runs: it keeps running (another console, or this
    one opened again, ends it); the counters keep their banner until then."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Sidak masih berlangsung"))
        self.setText(self.tr("Sidak masih berlangsung. Jendela loket tetap menampilkan "
                             "pemberitahuan sidak sampai sidak diakhiri dengan \u201cSelesai "
                             "& buat laporan\u201d. Tutup konsol sekarang?"))
        self.close_button = self.addButton(self.tr("Tutup konsol"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Kembali"), QMessageBox.ButtonRole.RejectRole)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = cls(parent)
        box.exec()
        return box.clickedButton() is box.close_button


class InspectionWindow(QMainWindow):
    """The console and the reports, with who is signed in and the office clock.

    Signals: closed() — the window closed and its user signed out.
    """

    closed = Signal()

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.resize(1280, 800)
        self.setWindowTitle(self.tr("Konsol Sidak — Kelurahan {name}").format(
            name=context.office.name))
        self.page = SidakPage(context)
        self.setCentralWidget(self.page)
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("Pengguna: {name}").format(name=context.actor.full_name)))
        bar.addWidget(QLabel(self.tr("Peran: {role}").format(
            role=translated(ROLE_LABELS[context.actor.role]))))
        self.clock = QLabel()
        bar.addPermanentWidget(self.clock)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start(1000)
        self._on_tick_timeout()
        self._closing = False

    @Slot()
    def _on_tick_timeout(self) -> None:
        zone = self.context.zone
        now = datetime.now(UTC)
        self.clock.setText(f"{now.astimezone(zone):%d-%m-%Y %H:%M:%S} {zone_name(zone, now)}")

    def closeEvent(self, event: QCloseEvent) -> None:
        console = self.page.console
        if (not self._closing and console is not None and console.inspection is not None
                and not CloseWhileRunning.ask(self)):
            event.ignore()
            return
        self._closing = True
        self._tick.stop()
        self.page.stop()
        accounts.sign_out(self.context.store, self.context.actor)
        super().closeEvent(event)
        self.closed.emit()


def refuse_role(role: Role) -> None:
    """Only an inspector opens the console: say so (a stand-in replaces this in tests)."""
    QMessageBox.warning(None, QApplication.translate("InspectionWindow", "Konsol sidak"),
                        QApplication.translate(
                            "InspectionWindow", "Konsol sidak hanya untuk peran Inspektur "
                            "(sidak). Anda masuk sebagai {role}.").format(
                            role=translated(ROLE_LABELS[role])))


def open_inspection_window(store: Store) -> InspectionWindow | None:
    """Sign in (again, until an inspector does or the user cancels), then the window."""
    info = office.get_office(store)
    assert info is not None
    while True:
        actor = SignInDialog.ask(store)
        if actor is None:
            return None
        if actor.role is Role.INSPECTOR:
            break
        accounts.sign_out(store, actor)
        refuse_role(actor.role)
    window = InspectionWindow(DeskContext(store, actor, info))
    window.show()
    return window


def run_inspection_console(app: QApplication, store: Store) -> int:
    window = open_inspection_window(store)
    if window is None:
        return 0
    return app.exec()
