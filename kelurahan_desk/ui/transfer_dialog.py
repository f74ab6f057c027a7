"""Alihkan: choose the service (and optionally the loket) a visitor goes to next."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.services.office import CounterInfo
from kelurahan_desk.services.queue_services import ServiceInfo
from kelurahan_desk.ui.page_parts import FormGrid, dialog_buttons


class TransferDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        code: str,
        services: list[ServiceInfo],
        counters: list[CounterInfo],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alihkan {code}").format(code=code))
        self.setMinimumWidth(420)
        self.service = QComboBox()
        self.service.setObjectName("transfer_service")
        for service in services:
            if service.active:
                self.service.addItem(f"{service.prefix} — {service.name}", str(service.id))
        self.counter = QComboBox()
        self.counter.setObjectName("transfer_counter")
        self.counter.addItem(self.tr("Loket mana saja"), "")
        for counter in counters:
            self.counter.addItem(counter.name, str(counter.id))
        note = QLabel(self.tr("Waktu ambil nomor tetap: pengunjung tidak mengantre dari awal."))
        note.setWordWrap(True)
        form = FormGrid()
        form.add_row(self.tr("&Layanan"), self.service)
        form.add_row(self.tr("L&oket"), self.counter)
        box, self.ok_button = dialog_buttons(self, self.tr("&Alihkan"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box)

    def choice(self) -> tuple[uuid.UUID, uuid.UUID | None]:
        counter = self.counter.currentData()
        return uuid.UUID(self.service.currentData()), uuid.UUID(counter) if counter else None

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        code: str,
        services: list[ServiceInfo],
        counters: list[CounterInfo],
    ) -> tuple[uuid.UUID, uuid.UUID | None] | None:
        dialog = cls(parent, code, services, counters)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
