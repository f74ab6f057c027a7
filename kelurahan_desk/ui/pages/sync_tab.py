"""The Sinkronisasi tab of Pengaturan: the centre's address, its certificate, the office key.

Saving checks the link at once (off the GUI thread): the centre answers, and it accepts
the key. The key field never shows the stored key; left empty it keeps it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.sync import credentials
from kelurahan_desk.sync.errors import SyncError
from kelurahan_desk.sync.settings import SyncConfig, configure, load_config
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import (
    FieldErrors,
    FormGrid,
    StatusLine,
    button_row,
    password_edit,
)
from kelurahan_desk.ui.style import set_role

_FORM_WIDTH = 680


def check_link(config: SyncConfig) -> None:
    """The centre answers and takes the key (one small pull); raises ``SyncError``."""
    from kelurahan_desk.sync import wire  # pydantic: loaded when needed, not at start-up
    from kelurahan_desk.sync.client import CentralClient

    assert config.central_url is not None and config.key is not None
    with CentralClient(config.central_url, config.key, ca_file=config.ca_file,
                       timeout=15) as client:
        client.pull(wire.Stream.REQUESTS, None, 1)


class SyncTab(QWidget):
    """The admin enters what the centre's staff gave the office."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        heading = QLabel(self.tr("Sinkronisasi dengan pusat (Dispendukcapil)"))
        set_role(heading, "subtitle")
        explain = QLabel()
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self._explain = explain
        self.errors = FieldErrors()
        self.url = QLineEdit()
        self.url.setObjectName("central_url")
        self.url.setPlaceholderText("https://pusat.example.go.id:8443")
        self.key = password_edit("office_key")
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("ca_file")
        self.ca_file.setPlaceholderText(self.tr("kosongkan bila pusat memakai sertifikat umum"))
        self.choose_button = QPushButton(self.tr("&Pilih…"))
        self.choose_button.setObjectName("choose_ca_file")
        ca_row = QWidget()
        ca_line = QHBoxLayout(ca_row)
        ca_line.setContentsMargins(0, 0, 0, 0)
        ca_line.addWidget(self.ca_file, 1)
        ca_line.addWidget(self.choose_button)
        form = FormGrid()
        self.errors.add_row(form, self.tr("&Alamat pusat"), "central_url", self.url)
        self.errors.add_row(form, self.tr("&Kunci kantor"), "key", self.key)
        self.errors.add_row(form, self.tr("Sertifikat pusat (CA)"), "ca_file", ca_row)
        self.save_button = QPushButton(self.tr("&Simpan dan uji sambungan"))
        self.save_button.setObjectName("save_sync")
        set_role(self.save_button, "primary")
        self.status = StatusLine("sync_settings_status")

        body = QWidget()
        body.setMaximumWidth(_FORM_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addLayout(form)
        column.addWidget(self.errors.general)
        column.addLayout(button_row(self.save_button))
        column.addWidget(self.status)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.addWidget(body, 1)
        outer.addStretch(0)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.reload()

    def reload(self) -> None:
        config = load_config(self._context.store)
        self.url.setText(config.central_url or "")
        self.ca_file.setText(str(config.ca_file) if config.ca_file else "")
        self.key.clear()
        self.key.setPlaceholderText(
            self.tr("tersimpan; kosongkan untuk tetap memakainya") if config.key
            else "kdc1_…")
        where = credentials.key_location(self._context.store.data_dir)
        self._explain.setText(self.tr(
            "Alamat dan kunci kantor diberikan petugas pusat. Kunci disimpan di luar berkas "
            "data kantor ({where}), tidak ikut dalam cadangan.").format(
            where=self.tr("keyring sistem") if where == "keyring" else where))

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sertifikat pusat"), "", self.tr("Sertifikat (*.crt *.pem);;Semua (*)"))
        if path:
            self.ca_file.setText(path)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> SyncConfig | None:
        """Save the form; then check the link in the background (``status`` says how)."""
        self.errors.clear()
        self.status.clear()
        ca_text = self.ca_file.text().strip()
        try:
            config = configure(self._context.store, self._context.actor, self.url.text(),
                               self.key.text() or None, Path(ca_text) if ca_text else None)
        except InvalidInput as exc:
            fields = dict(exc.fields)
            if "key_missing" in fields:
                fields["key"] = fields.pop("key_missing")
            self.errors.show(fields)
            return None
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        self.reload()
        self.status.busy(self.tr("Tersimpan. Menghubungi pusat…"))
        run_in_background(lambda: check_link(config), self._on_check_done, self._on_check_failed)
        from kelurahan_desk.ui.sync_driver import sync_soon

        sync_soon(reset=True)
        return config

    def _on_check_done(self, _result: object) -> None:
        if Shiboken.isValid(self):
            self.status.ok(self.tr("Tersimpan. Pusat menjawab dan menerima kunci kantor."))

    def _on_check_failed(self, exc: Exception) -> None:
        if not Shiboken.isValid(self):
            return
        detail = translated(exc.message) if isinstance(exc, SyncError) else str(exc)
        self.status.error(self.tr("Tersimpan, tetapi sambungan gagal: {detail}").format(
            detail=detail))
