"""Receiving a delivery of blank cards: date, document number, count, and the serials as a
list and/or ranges, with a live preview of what the serials text stands for."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from kelurahan_desk.domain.blanko import InvalidSerials, describe_serials, parse_serials
from kelurahan_desk.services import blanko
from kelurahan_desk.services.blanko import BlankReceiptDraft, ReceiptRow
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.list_parts import date_edit, pydate
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.style import set_role

_SHOWN_PROBLEMS = 5


class ReceiveBlanksDialog(AskDialog):
    """``ask`` returns the new receipt's ``ReceiptRow``."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 draft: BlankReceiptDraft | None = None) -> None:
        super().__init__(parent, self.tr("Terima blanko KTP-el"), self.tr(
            "Catat blanko yang diterima dari Dispendukcapil sesuai dokumen pengirimannya. "
            "Setiap nomor seri hanya boleh tercatat sekali; satu nomor yang salah menolak "
            "seluruh penerimaan."), width=640)
        self.setObjectName("receive_blanks_dialog")
        self.context = context
        today = datetime.now(context.zone).date()
        self.received_on = date_edit("received_on", today, latest=today)
        self.document = QLineEdit()
        self.document.setObjectName("document_number")
        self.document.setPlaceholderText(self.tr("mis. 470/0388/DISPENDUKCAPIL/2026"))
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(0, 100_000)
        self.count.setGroupSeparatorShown(True)
        self.count.setSuffix(self.tr(" keping"))
        self.serials = QPlainTextEdit()
        self.serials.setObjectName("serials")
        self.serials.setPlaceholderText(self.tr(
            "Daftar dan/atau rentang, dipisah koma, titik koma atau baris baru:\n"
            "A0001-A0100, B0005\nB0006"))
        self.serials.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.serials.setTabChangesFocus(True)
        self.serials.setMinimumHeight(110)
        self.preview = QLabel()
        self.preview.setObjectName("serials_preview")
        self.preview.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("opsional"))
        self.errors.add_row(self.form, self.tr("&Tanggal terima"), "received_on",
                            self.received_on)
        self.errors.add_row(self.form, self.tr("Nomor &dokumen"), "document_number",
                            self.document)
        self.errors.add_row(self.form, self.tr("&Jumlah"), "count", self.count)
        self.add_tall_row(self.tr("Nomor &seri"), "serials", self.serials, self.preview)
        self.errors.add_row(self.form, self.tr("Ca&tatan"), "note", self.note_edit)
        self.finish_layout(self.tr("&Terima ke stok"), self.tr("&Batal"))
        self.serials.textChanged.connect(self._on_preview_input_changed)
        self.count.valueChanged.connect(self._on_preview_input_changed)
        if draft is not None:  # a delivery the centre announced: checked against the cards
            self.document.setText(draft.document_number)
            self.count.setValue(draft.count)
            self.serials.setPlainText(draft.serials)
        self._on_preview_input_changed()
        self.document.setFocus()

    @Slot()
    def _on_preview_input_changed(self) -> None:
        text = self.serials.toPlainText()
        if not text.strip():
            self.preview.setText(self.tr("Belum ada nomor seri."))
            set_role(self.preview, "muted")
            return
        try:
            serials = parse_serials(text)
        except InvalidSerials as bad:
            shown = [translated(p) for p in bad.problems[:_SHOWN_PROBLEMS]]
            if len(bad.problems) > _SHOWN_PROBLEMS:
                shown.append(self.tr("… dan {count} masalah lain.").format(
                    count=len(bad.problems) - _SHOWN_PROBLEMS))
            self.preview.setText("\n".join(shown))
            set_role(self.preview, "error")
            return
        listed = self.tr("{count} nomor seri: {serials}").format(
            count=thousands(len(serials)), serials=describe_serials(serials))
        if self.count.value() and len(serials) != self.count.value():
            self.preview.setText(listed + "\n" + self.tr(
                "Jumlah di dokumen {count} keping: periksa lagi nomor serinya.").format(
                    count=thousands(self.count.value())))
            set_role(self.preview, "warning")
            return
        self.preview.setText(listed)
        set_role(self.preview, "ok" if self.count.value() else "muted")

    def submit(self) -> ReceiptRow:
        return blanko.receive_blanks(self.context.store, self.context.actor, BlankReceiptDraft(
            received_on=pydate(self.received_on.date()), document_number=self.document.text(),
            count=self.count.value(), serials=self.serials.toPlainText(),
            note=self.note_edit.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext,
            draft: BlankReceiptDraft | None = None) -> ReceiptRow | None:
        """The receipt taken into stock, or ``None`` when cancelled; ``draft`` fills the
        form in (a delivery the centre allocated)."""
        receipt: ReceiptRow | None = cls(parent, context, draft).answer()
        return receipt
