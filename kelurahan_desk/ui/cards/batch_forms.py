"""Preparing a serah terima (hand-over to the Dispendukcapil) or a pemusnahan
(destruction): who, when, where, and the cards, ticked from those that may go.

Preparing reserves the cards; a supervisor who did not prepare the batch confirms it
later. ``ask`` returns the prepared batch's detail, or ``None``.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.domain.spoiled_cards import (
    METHOD_LABELS,
    BatchKind,
    DestructionMethod,
    Signatory,
)
from kelurahan_desk.services import card_batches, card_destructions
from kelurahan_desk.services.card_batches import HandOverDetail, HandOverDraft
from kelurahan_desk.services.card_destructions import (
    MAX_WITNESSES,
    DestructionBatchDetail,
    DestructionDraft,
)
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.card_picker import CardPicker
from kelurahan_desk.ui.cards.list_parts import date_edit, label_combo, pydate
from kelurahan_desk.ui.cards.signatory_fields import (
    SignatoryFields,
    SignatoryHeader,
    WitnessList,
)
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class _BatchForm(AskDialog):
    def __init__(self, parent: QWidget | None, context: DeskContext, kind: BatchKind,
                 title: str, note: str) -> None:
        super().__init__(parent, title, note, width=1100)
        self.context = context
        self.picker = CardPicker(context, kind)
        try:
            self.picker.load()
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))

    def _add_cards_row(self) -> None:
        self.add_tall_row(self.tr("&Kartu"), "card_ids", self.picker)
        self.form.setRowStretch(self.form.rowCount() - 1, 1)  # the list takes the height

    def _people_errors(self, fields: dict[str, Message],
                       people: dict[str, SignatoryFields]) -> dict[str, Message]:
        """Show the messages of these rows under them; the rest for the form."""
        for row in people.values():
            row.show_errors(fields)
        return {k: v for k, v in fields.items() if k.split(".", 1)[0] not in people}


class PrepareHandOverDialog(_BatchForm):
    """A hand-over of stored cards to the Dispendukcapil's officer."""

    def __init__(self, parent: QWidget | None, context: DeskContext) -> None:
        super().__init__(parent, context, BatchKind.HAND_OVER,
                         self.tr("Siapkan serah terima"), self.tr(
                             "Kartu yang disimpan diserahkan kepada petugas Dispendukcapil. "
                             "Setelah serah terima dilaksanakan, supervisor lain (bukan yang "
                             "menyiapkan) mengonfirmasinya."))
        self.setObjectName("prepare_hand_over")
        today = datetime.now(context.zone).date()
        self.handed_on = date_edit("handed_on", today)
        self.receiver = SignatoryFields("receiver", removable=False)
        self.receiver.edits["institution"].setPlaceholderText(
            self.tr("mis. Dispendukcapil Kota Probolinggo"))
        self.note_edit = _line("note", self.tr("opsional"))
        self.errors.add_row(self.form, self.tr("&Tanggal serah terima"), "handed_on",
                            self.handed_on)
        self.form.add_row("", SignatoryHeader(self.receiver))
        self.form.add_row(self.tr("&Penerima"), self.receiver,
                          level_with=self.receiver.edits["name"])
        self.errors.add_row(self.form, self.tr("Ca&tatan"), "note", self.note_edit)
        self._add_cards_row()
        self.finish_layout(self.tr("&Siapkan serah terima"), self.tr("&Batal"), grow=True)
        self.resize(1100, 680)
        self.receiver.setFocus()

    def show_invalid(self, fields: dict[str, Message]) -> None:
        self.errors.show(self._people_errors(fields, {"receiver": self.receiver}))

    def submit(self) -> HandOverDetail:
        return card_batches.prepare_hand_over(
            self.context.store, self.context.actor, HandOverDraft(
                handed_on=pydate(self.handed_on.date()), receiver=self.receiver.value(),
                card_ids=self.picker.checked_ids(), note=self.note_edit.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext) -> HandOverDetail | None:
        detail: HandOverDetail | None = cls(parent, context).answer()
        return detail


class PrepareDestructionDialog(_BatchForm):
    """A destruction: its Berita Acara number, day, place, method, official, witnesses."""

    def __init__(self, parent: QWidget | None, context: DeskContext) -> None:
        super().__init__(parent, context, BatchKind.DESTRUCTION,
                         self.tr("Siapkan pemusnahan"), self.tr(
                             "Hanya kartu yang disimpan atau sudah diserahkan yang boleh "
                             "dimusnahkan. Setelah pemusnahan, supervisor lain (bukan yang "
                             "menyiapkan) mengonfirmasinya, lalu Berita Acara dapat dicetak."))
        self.setObjectName("prepare_destruction")
        now = datetime.now(context.zone)
        self.ba_number = _line("ba_number", self.tr("mis. 470/012/425.402.07/2026"))
        self.destroyed_on = date_edit("destroyed_on", now.date())
        self.held_time = QTimeEdit(QTime(now.hour, now.minute - now.minute % 5))
        self.held_time.setObjectName("held_time")
        self.held_time.setDisplayFormat("HH.mm")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.destroyed_on)
        when_row.addWidget(QLabel(self.tr("pukul")))
        when_row.addWidget(self.held_time)
        when_row.addWidget(QLabel(zone_name(context.zone, now)))
        when_row.addStretch(1)
        self.place = _line("place", self.tr("mis. halaman Kantor Kelurahan Pohsangit Kidul"))
        self.method: QComboBox = label_combo("method", None, METHOD_LABELS)
        self.official = SignatoryFields("official", removable=False)
        self.official.edits["institution"].setPlaceholderText(
            self.tr("mis. Kelurahan Pohsangit Kidul"))
        self.witnesses = WitnessList(MAX_WITNESSES)
        self.note_edit = _line("note", self.tr("opsional"))
        self.errors.add_row(self.form, self.tr("&Nomor berita acara"), "ba_number",
                            self.ba_number)
        self.errors.add_row(self.form, self.tr("Tan&ggal"), "destroyed_on", when)
        self.errors.add_row(self.form, self.tr("Te&mpat"), "place", self.place)
        self.errors.add_row(self.form, self.tr("Ca&ra"), "method", self.method)
        # One row of captions (Nama, Jabatan, Instansi, NIP) over the official and the
        # witnesses, so that each caption on the left stands level with its first row.
        self.form.add_row("", SignatoryHeader(self.official))
        self.form.add_row(self.tr("&Pelaksana"), self.official,
                          level_with=self.official.edits["name"])
        self.form.add_row(self.tr("&Saksi"), self.witnesses,
                          level_with=self.witnesses.rows[0].edits["name"])
        self._add_cards_row()
        self.finish_layout(self.tr("Siapkan &pemusnahan"), self.tr("&Batal"), grow=True)
        self.resize(1100, 760)
        self.ba_number.setFocus()

    def fill(self, ba_number: str, place: str, official: Signatory,
             witnesses: tuple[Signatory, ...]) -> None:
        """Fill the form at once (the screenshots; a test)."""
        self.ba_number.setText(ba_number)
        self.place.setText(place)
        self.official.set_value(official)
        self.witnesses.set_witnesses(witnesses)

    def show_invalid(self, fields: dict[str, Message]) -> None:
        self.witnesses.show_errors(fields)
        rest = self._people_errors(fields, {"official": self.official})
        self.errors.show({k: v for k, v in rest.items() if not k.startswith("witness")})

    def submit(self) -> DestructionBatchDetail:
        return card_destructions.prepare_destruction(
            self.context.store, self.context.actor, DestructionDraft(
                ba_number=self.ba_number.text(), destroyed_on=pydate(self.destroyed_on.date()),
                held_time=time(self.held_time.time().hour(), self.held_time.time().minute()),
                place=self.place.text(), official=self.official.value(),
                witnesses=self.witnesses.witnesses(), card_ids=self.picker.checked_ids(),
                method=DestructionMethod(self.method.currentData()),
                note=self.note_edit.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext) -> DestructionBatchDetail | None:
        detail: DestructionBatchDetail | None = cls(parent, context).answer()
        return detail
