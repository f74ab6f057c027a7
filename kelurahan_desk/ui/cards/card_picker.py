"""The cards a new hand-over or destruction may take, each with a tick box, "select all"
and "none"; how many are ticked. A city-wide destruction lists thousands of cards."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.domain.spoiled_cards import BatchKind, CustodyState
from kelurahan_desk.services import card_batches, spoiled_cards
from kelurahan_desk.services.spoiled_cards import SpoiledCardFilter, SpoiledCardRow
from kelurahan_desk.ui.cards.list_parts import fixed_columns
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.models.spoiled_cards_model import CandidateCardsModel
from kelurahan_desk.ui.page_parts import table_view
from kelurahan_desk.ui.style import set_role

# Where a batch's cards may come from (batch_candidates then leaves out the reserved).
_STATES = {BatchKind.HAND_OVER: (CustodyState.STORED,),
           BatchKind.DESTRUCTION: (CustodyState.STORED, CustodyState.HANDED_OVER)}


def candidate_rows(context: DeskContext, kind: BatchKind) -> list[SpoiledCardRow]:
    """Every card that may go on a new batch of ``kind``, oldest first. ``ServiceError``
    when the actor may not read the register."""
    store, actor = context.store, context.actor
    wanted = card_batches.batch_candidates(store, actor, kind)
    if not wanted:
        return []
    found: dict[uuid.UUID, SpoiledCardRow] = {}
    for state in _STATES[kind]:
        f = SpoiledCardFilter(state=state)
        count = spoiled_cards.count_spoiled_cards(store, actor, f)
        for row in spoiled_cards.list_spoiled_cards(store, actor, f, 0, count):
            found[row.id] = row
    return [found[card_id] for card_id in wanted if card_id in found]


class CardPicker(QWidget):
    def __init__(self, context: DeskContext, kind: BatchKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.model = CandidateCardsModel(context.zone, self)
        widths = (150, 180, 150, 110, 176, 104)  # the name takes what the dialog leaves
        self.table = table_view(self.model, f"{kind.value.lower()}_candidates", widths)
        fixed_columns(self.table, widths, stretch=CandidateCardsModel.COLUMNS.index("name"))
        self.table.setWordWrap(False)
        self.all_button = QPushButton(self.tr("Pilih &semua (Ctrl+A)"))
        self.all_button.setObjectName("select_all_button")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self._on_all_button_clicked)
        self.none_button = QPushButton(self.tr("&Kosongkan"))
        self.none_button.setObjectName("select_none_button")
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(self._on_none_button_clicked)
        self.count_label = QLabel()
        self.count_label.setObjectName("picked_count")
        set_role(self.count_label, "muted")
        self.model.checked_changed.connect(self._on_model_checked_changed)
        every = QShortcut(QKeySequence("Ctrl+A"), self)
        every.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        every.activated.connect(self._on_all_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addWidget(self.count_label, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.table, 1)

    def load(self, checked: bool = False) -> None:
        """Read the candidates again (``ServiceError`` if refused)."""
        self.model.set_cards(candidate_rows(self.context, self.kind), checked)

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        return self.model.checked_ids()

    @Slot()
    def _on_all_button_clicked(self) -> None:
        self.model.check_all(True)

    @Slot()
    def _on_none_button_clicked(self) -> None:
        self.model.check_all(False)

    @Slot(int)
    def _on_model_checked_changed(self, count: int) -> None:
        total = self.model.rowCount()
        if not total:
            self.count_label.setText(self.tr("Tidak ada kartu yang dapat dipilih."))
        else:
            self.count_label.setText(self.tr("{count} dari {total} kartu dipilih").format(
                count=thousands(count), total=thousands(total)))
