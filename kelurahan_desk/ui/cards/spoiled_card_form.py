"""Logging an invalid KTP-el card brought to the counter (or a defective blank from stock).

A misprint is not logged here: "Gagal cetak" on its print job logs it, so that its blank
and its job are linked by the program. The NIK decodes as it is typed; a blank never
printed has none.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kelurahan_desk.domain.spoiled_cards import (
    LOGGABLE_SOURCES,
    NIK_REQUIRED,
    SERIAL_REQUIRED,
    SOURCE_LABELS,
    SpoilSource,
)
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail, SpoiledCardDraft
from kelurahan_desk.ui.akta.number_fields import NikField
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.list_parts import choose, label_combo
from kelurahan_desk.ui.context import DeskContext


class SpoiledCardFormDialog(AskDialog):
    """``ask`` returns the logged card's ``SpoiledCardDetail``."""

    def __init__(self, parent: QWidget | None, context: DeskContext) -> None:
        super().__init__(parent, self.tr("Catat kartu rusak"), self.tr(
            "Kartu yang rusak atau tidak berlaku dicatat sekali (nomor seri yang sama tidak "
            "dapat dicatat dua kali). Isi tempat penyimpanan bila kartu langsung disimpan. "
            "Salah cetak dicatat lewat \u201cGagal cetak\u201d pada pekerjaan cetaknya."),
            width=660)
        self.setObjectName("spoiled_card_form")
        self.context = context
        self.source: QComboBox = label_combo("source", None, SOURCE_LABELS,
                                             only=LOGGABLE_SOURCES)
        self.nik = NikField(lambda: datetime.now(context.zone).date())
        self.nik.edit.setObjectName("nik")
        self.holder = self._line("holder_name", self.tr("nama pada kartu"))
        self.serial = self._line("serial", self.tr("nomor seri pada kartu, bila terbaca"))
        self.reason = self._line("reason", self.tr("mis. chip tidak terbaca, pindah alamat"))
        self.condition = self._line("condition", self.tr("mis. patah, foto buram, utuh"))
        self.place = self._line("storage_place", self.tr("mis. lemari besi ruang Sekretaris"))
        self.errors.add_row(self.form, self.tr("A&sal kartu"), "source", self.source)
        self._nik_row = self.errors.add_row(self.form, self.tr("&NIK"), "nik", self.nik)
        self.errors.add_row(self.form, self.tr("Nama &pemegang"), "holder_name", self.holder)
        self._serial_row = self.errors.add_row(self.form, self.tr("Nomor s&eri"), "serial",
                                               self.serial)
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self.errors.add_row(self.form, self.tr("&Kondisi kartu"), "condition", self.condition)
        self.errors.add_row(self.form, self.tr("Disimpan &di"), "storage_place", self.place)
        self.finish_layout(self.tr("&Catat kartu"), self.tr("&Batal"))
        self.source.currentIndexChanged.connect(self._on_source_current_index_changed)
        self._on_source_current_index_changed()
        self.source.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def chosen_source(self) -> SpoilSource:
        return SpoilSource(self.source.currentData())

    def choose_source(self, source: SpoilSource) -> None:
        choose(self.source, source)

    @Slot()
    def _on_source_current_index_changed(self) -> None:
        source = self.chosen_source()
        self.nik.edit.setPlaceholderText(
            self.tr("16 angka") if source in NIK_REQUIRED
            else self.tr("16 angka, bila kartu sudah bernama"))
        self.serial.setPlaceholderText(
            self.tr("wajib: nomor seri blanko dari stok") if source in SERIAL_REQUIRED
            else self.tr("nomor seri pada kartu, bila terbaca"))
        self.errors.clear()

    def submit(self) -> SpoiledCardDetail:
        return spoiled_cards.log_spoiled_card(
            self.context.store, self.context.actor, SpoiledCardDraft(
                source=self.chosen_source(), reason=self.reason.text(),
                condition=self.condition.text(), nik=self.nik.text(),
                holder_name=self.holder.text(), serial=self.serial.text(),
                storage_place=self.place.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext) -> SpoiledCardDetail | None:
        """The logged card, or ``None`` when cancelled."""
        card: SpoiledCardDetail | None = cls(parent, context).answer()
        return card
