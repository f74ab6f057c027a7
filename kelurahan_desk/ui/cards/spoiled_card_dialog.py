"""One invalid card opened: its facts, its custody timeline (each step tied to the audit
event that sealed it), putting it away, and checking its chain. Also the small form that
puts logged cards away, one or many.

Keys: F2 put away, F7 check the chain.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.domain.spoiled_cards import CUSTODY_LABELS, SOURCE_LABELS, CustodyState
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail, SpoiledCardRow
from kelurahan_desk.ui.akta_request_record import moment_in_office
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.record_header import HEADER_STYLE, RecordHeader
from kelurahan_desk.ui.cards.verify_dialog import VerifyDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.spoiled_cards_model import (
    CUSTODY_COLOURS,
    CustodyTimelineModel,
    short_number,
)
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.style import set_role


class StoreCardsDialog(AskDialog):
    """Where logged cards are put away (one place for all of them)."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 card_ids: Sequence[uuid.UUID], numbers: Sequence[str]) -> None:
        shown = ", ".join(short_number(n) for n in numbers[:5])
        if len(numbers) > 5:
            shown += f" (+{len(numbers) - 5})"
        super().__init__(parent, self.tr("Simpan kartu"), self.tr(
            "{count} kartu disimpan: {cards}. Kartu yang disimpan (atau sudah diserahkan) "
            "boleh dimusnahkan.").format(count=len(card_ids), cards=shown))
        self.context = context
        self.card_ids = tuple(card_ids)
        self.place = QLineEdit()
        self.place.setObjectName("storage_place")
        self.place.setPlaceholderText(self.tr("mis. lemari besi ruang Sekretaris Kelurahan"))
        self.errors.add_row(self.form, self.tr("Disimpan &di"), "storage_place", self.place)
        self.finish_layout(self.tr("&Simpan"), self.tr("&Batal"))
        self.place.setFocus()

    def submit(self) -> tuple[SpoiledCardRow, ...]:
        return spoiled_cards.store_cards(self.context.store, self.context.actor,
                                         self.card_ids, self.place.text())

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext, card_ids: Sequence[uuid.UUID],
            numbers: Sequence[str]) -> tuple[SpoiledCardRow, ...] | None:
        """The cards put away, or ``None`` when cancelled."""
        stored: tuple[SpoiledCardRow, ...] | None = cls(parent, context, card_ids,
                                                         numbers).answer()
        return stored


class SpoiledCardDialog(QDialog):
    """The opened card; ``show()`` it.

    Signals: changed(object) — the ``SpoiledCardDetail`` after it was put away here.
    """

    changed = Signal(object)

    def __init__(self, context: DeskContext, detail: SpoiledCardDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.verify_dialog: VerifyDialog | None = None
        self.setObjectName("spoiled_card_dialog")
        self.setStyleSheet(HEADER_STYLE)
        self.resize(1040, 600)
        self.header = RecordHeader((
            ("source", self.tr("Asal kartu")), ("name", self.tr("Nama pemegang")),
            ("nik", self.tr("NIK")), ("serial", self.tr("Nomor seri")),
            ("reason", self.tr("Alasan")), ("condition", self.tr("Kondisi")),
            ("place", self.tr("Disimpan di")), ("logged", self.tr("Dicatat")),
            ("job", self.tr("Pekerjaan cetak")), ("batch", self.tr("Serah terima / BA")),
        ), per_row=5)
        self.timeline_model = CustodyTimelineModel(context.zone, self)
        self.timeline = table_view(self.timeline_model, "custody_timeline",
                                   (200, 150, 120, 300))
        self.timeline.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        title = QLabel(self.tr("Riwayat penyimpanan"))
        set_role(title, "subtitle")
        self.store_button = QPushButton(self.tr("&Simpan… (F2)"))
        self.store_button.setObjectName("store_button")
        self.store_button.setAutoDefault(False)
        self.store_button.clicked.connect(self._on_store_button_clicked)
        self.verify_button = QPushButton(self.tr("&Periksa rantai (F7)"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        for key, button in (("F2", self.store_button), ("F7", self.verify_button)):
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda b=button: b.click() if b.isVisible() else None)
        self.status = StatusLine("card_status")
        row = QHBoxLayout()
        row.addWidget(self.store_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.addWidget(self.header)
        column.addWidget(title)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.status)
        column.addLayout(row)
        self.show_detail(detail)
        self.close_button.setFocus()

    def show_detail(self, d: SpoiledCardDetail) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("Kartu rusak {number}").format(number=d.register_number))
        self.header.title.setText(self.tr("Kartu rusak · {number}").format(
            number=d.register_number))
        self.header.show_status(translated(CUSTODY_LABELS[d.state]),
                                CUSTODY_COLOURS.get(d.state, "#12343b"))
        self.header.set_fact("source", translated(SOURCE_LABELS[d.source]))
        self.header.set_fact("name", d.holder_name)
        self.header.set_fact("nik", d.nik)
        self.header.set_fact("serial", d.serial or "")
        self.header.set_fact("reason", d.reason)
        self.header.set_fact("condition", d.condition)
        self.header.set_fact("place", d.storage_place or "")
        self.header.set_fact("logged", self.tr("{when}, {who}").format(
            when=moment_in_office(d.logged_at, self.context.zone), who=d.logged_by_name))
        self.header.set_fact("job", d.print_job_number or "")
        batches = [n for n in (d.hand_over_number, d.ba_number) if n]
        self.header.set_fact("batch", " · ".join(batches))
        self.header.show_notice(self.tr(
            "Belum disimpan: simpan kartu (F2) agar dapat diserahkan atau dimusnahkan.")
            if d.state == CustodyState.LOGGED else "")
        self.timeline_model.set_steps(d.timeline)
        self.timeline.resizeRowsToContents()
        works = can(self.context.actor.role, Permission.HANDLE_CARDS)
        self.store_button.setVisible(works and d.state == CustodyState.LOGGED)

    @Slot()
    def _on_store_button_clicked(self) -> None:
        stored = StoreCardsDialog.ask(self, self.context, [self.detail.id],
                                      [self.detail.register_number])
        if stored is None:
            return
        try:
            detail = spoiled_cards.get_spoiled_card(self.context.store, self.context.actor,
                                                    self.detail.id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.show_detail(detail)
        self.status.ok(self.tr("Kartu disimpan di {place}.").format(
            place=detail.storage_place or ""))
        self.changed.emit(detail)

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        try:
            self.verify_dialog = VerifyDialog.check(self, self.context, card_id=self.detail.id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))

    @classmethod
    def load(cls, context: DeskContext, card_id: uuid.UUID,
             parent: QWidget | None = None) -> SpoiledCardDialog:
        """The card in a new dialog; ``ServiceError`` when it cannot be read."""
        return cls(context, spoiled_cards.get_spoiled_card(context.store, context.actor,
                                                           card_id), parent)
