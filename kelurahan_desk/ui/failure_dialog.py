"""When something unexpected fails: a calm message and the diagnostics bundle to save.

``install_failure_handler`` makes ``sys.excepthook`` log the exception and show
``FailureDialog`` (once at a time, always on the GUI thread); the program goes on. What
failed is in the log; the user is not shown a traceback.
"""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.diagnostics import write_diagnostics
from kelurahan_desk.logs import report_exception
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.style import set_role


class FailureDialog(QDialog):
    """"Terjadi kesalahan yang tidak terduga": continue, or save the diagnostics bundle.

    Signals: saved(Path) — the bundle was written there.
    """

    saved = Signal(object)

    def __init__(self, data_dir: Path, window: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._window = window
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setModal(True)
        title = QLabel(self.tr("Terjadi kesalahan yang tidak terduga."))
        set_role(title, "subtitle")
        body = QLabel(self.tr(
            "Pekerjaan yang sudah disimpan tetap aman, dan Anda dapat melanjutkan. Bila "
            "kesalahan ini muncul lagi, simpan berkas diagnosis dan serahkan ke layanan "
            "bantuan Dispendukcapil. Berkas itu tidak berisi data penduduk, kata sandi, "
            "atau kunci kantor."))
        body.setWordWrap(True)
        body.setMinimumWidth(480)  # a wrapped label gets its full height for this width
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Simpan berkas diagnosis…"))
        self.save_button.setObjectName("save_diagnostics")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button = QPushButton(self.tr("&Lanjutkan"))
        self.close_button.setObjectName("continue")
        set_role(self.close_button, "primary")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(body)
        column.addWidget(self.status)
        column.addLayout(buttons)
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    @classmethod
    def choose_target(cls, parent: QWidget) -> Path | None:
        """Where to save the bundle (a file dialog; tests stand in for it)."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DesktopLocation)
        name = f"diagnosis-kelurahan-desk-{datetime.now():%Y%m%d-%H%M}.zip"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("Simpan berkas diagnosis"), str(Path(folder) / name),
            parent.tr("Berkas zip (*.zip)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    @Slot()
    def _on_save_button_clicked(self) -> None:
        target = self.choose_target(self)
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Write the bundle off the GUI thread (the store check reads the whole chain)."""
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Menyimpan berkas diagnosis…"))
        data_dir, window = self._data_dir, self._window
        run_in_background(lambda: write_diagnostics(target, data_dir, window),
                          self._on_saved, self._on_save_failed)

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Berkas diagnosis disimpan: {path}").format(path=path))
        self.saved.emit(path)

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Berkas diagnosis tidak dapat disimpan: {reason}").format(
            reason=exc))


class _FailureRelay(QObject):
    """Lives in the GUI thread: an exception on any thread shows the dialog there."""

    failed = Signal()

    def __init__(self, data_dir: Path, window: str) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.window = window
        self.showing = False
        self.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _on_failed(self) -> None:
        self.show_now()

    def show_now(self) -> None:
        # One dialog at a time; the log has every failure.
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            FailureDialog(self.data_dir, self.window, QApplication.activeWindow()).exec()
        finally:
            self.showing = False


_relay: _FailureRelay | None = None


def install_failure_handler(data_dir: Path, window: str) -> None:
    """From now on an unexpected exception is logged and the calm dialog is shown."""
    global _relay
    _relay = _FailureRelay(data_dir, window)

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        report_exception(exc_type, exc, tb)
        if _relay is None or issubclass(exc_type, KeyboardInterrupt):
            return
        if threading.current_thread() is threading.main_thread():
            _relay.show_now()  # also when nothing runs the event loop (yet, or any more)
        else:
            _relay.failed.emit()  # queued: the GUI thread shows it

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and args.exc_type is not SystemExit:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
