"""Tentang (About): the program's version, what it runs on, and the diagnostics bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.diagnostics import write_diagnostics
from kelurahan_desk.logs import LOG_DIR
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.failure_dialog import FailureDialog
from kelurahan_desk.ui.style import set_role
from kelurahan_desk.version import app_version


class AboutDialog(QDialog):
    """The version a help desk asks for first, and where the data and the logs are."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("Tentang Kelurahan Desk"))
        title = QLabel(self.tr("Kelurahan Desk {version}").format(version=app_version()))
        title.setObjectName("about_title")
        set_role(title, "title")
        purpose = QLabel(self.tr(
            "Layanan loket kelurahan: antrean, akta kelahiran dan kematian, KTP-el, dan "
            "kartu rusak; tersimpan di komputer ini dan dikirim ke Dispendukcapil."))
        purpose.setWordWrap(True)
        purpose.setMinimumWidth(480)
        form = QFormLayout()
        self.version_label = QLabel(app_version())
        self.version_label.setObjectName("about_version")
        form.addRow(self.tr("Versi:"), self.version_label)
        form.addRow(self.tr("Python, Qt:"), QLabel(
            f"Python {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {PySide6.__version__}"))
        for label, path in ((self.tr("Folder data:"), data_dir),
                            (self.tr("Catatan program:"), data_dir / LOG_DIR)):
            shown = QLabel(str(path))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Simpan berkas diagnosis…"))
        self.save_button.setObjectName("save_diagnostics")
        self.save_button.setToolTip(self.tr(
            "Untuk layanan bantuan Dispendukcapil: catatan program, versi, pengaturan tanpa "
            "rahasia, dan hasil pemeriksaan penyimpanan. Tanpa data penduduk."))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(purpose)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(buttons)
        self.setMinimumWidth(520)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        target = FailureDialog.choose_target(self)
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Menyimpan berkas diagnosis…"))
        data_dir = self._data_dir
        run_in_background(lambda: write_diagnostics(target, data_dir, "desk"),
                          self._on_saved, self._on_save_failed)

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Berkas diagnosis disimpan: {path}").format(path=path))

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Berkas diagnosis tidak dapat disimpan: {reason}").format(
            reason=exc))

    @classmethod
    def show_for(cls, data_dir: Path, parent: QWidget | None = None) -> None:
        cls(data_dir, parent).exec()
