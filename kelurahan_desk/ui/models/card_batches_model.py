"""Hand-overs (serah terima) and destructions (pemusnahan) of invalid cards, newest first,
and the cards on one of them.

An office makes a few a year, so the list is read whole (``list_batches``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.domain.spoiled_cards import BATCH_STATE_LABELS, SOURCE_LABELS, BatchState
from kelurahan_desk.services.card_batches import BatchRow, CardLine
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.models.spoiled_cards_model import short_number
from kelurahan_desk.ui.models.time_text import day_text, moment_text

BATCH_COLOURS = {
    BatchState.PREPARED: "#8a5a00",  # waits for a supervisor
    BatchState.CONFIRMED: "#1e7a3c",
    BatchState.DISCARDED: "#5b6770",
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BatchesModel(RowsModel):
    """Batches of one kind: number, day, cards, state, who prepared and who confirmed."""

    COLUMNS = ("number", "day", "count", "state", "prepared", "confirmed")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[BatchRow] = []

    def set_batches(self, rows: Sequence[BatchRow]) -> None:
        self._set_rows(rows)

    def batch_at(self, row: int) -> BatchRow:
        return self._rows[row]

    def row_of(self, batch_id: uuid.UUID | None) -> int:
        return next((n for n, b in enumerate(self._rows) if b.id == batch_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor"), self.tr("Tanggal"), self.tr("Kartu"), self.tr("Status"),
                self.tr("Disiapkan oleh"), self.tr("Dikonfirmasi oleh"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return QColor(BATCH_COLOURS[batch.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "count":
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "number":
                return batch.number
            if column == "confirmed" and batch.confirmed_at is not None:
                return moment_text(batch.confirmed_at, self._zone)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "number":
            return short_number(batch.number)
        if column == "day":
            return day_text(batch.day)
        if column == "count":
            return thousands(batch.card_count)
        if column == "state":
            return translated(BATCH_STATE_LABELS[batch.state])
        if column == "prepared":
            return batch.prepared_by_name
        return batch.confirmed_by_name or "—"


class BatchCardsModel(RowsModel):
    """The cards on one batch, as its report lists them (NIKs masked)."""

    COLUMNS = ("number", "serial", "nik", "source", "reason", "logged")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CardLine] = []

    def set_cards(self, cards: Sequence[CardLine]) -> None:
        self._set_rows(cards)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor register"), self.tr("No. seri"), self.tr("NIK"),
                self.tr("Asal kartu"), self.tr("Alasan"), self.tr("Dicatat"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        card = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "number":
            return (card.register_number if role == Qt.ItemDataRole.ToolTipRole
                    else short_number(card.register_number))
        if column == "serial":
            return card.serial or "—"
        if column == "nik":
            return card.nik or "—"
        if column == "source":
            return translated(SOURCE_LABELS[card.source])
        if column == "reason":
            return card.reason
        return day_text(card.logged_on)
