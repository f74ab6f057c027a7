"""A short list of tickets (held, absent) with code, service, priority and time."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from kelurahan_desk.domain.queue import PRIORITY_LABELS
from kelurahan_desk.services.queue import TicketInfo
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


class TicketListModel(RowsModel):
    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[TicketInfo] = []

    def set_tickets(self, tickets: list[TicketInfo]) -> None:
        if [t.id for t in tickets] == [t.id for t in self._rows] and tickets == self._rows:
            return  # unchanged: keep the selection
        self.beginResetModel()
        self._rows = list(tickets)
        self.endResetModel()

    def ticket(self, row: int) -> TicketInfo:
        return self._rows[row]


    def column_count(self) -> int:
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Nomor"), self.tr("Layanan"), self.tr("Prioritas"),
                self.tr("Diambil"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        ticket = self._rows[index.row()]
        return (
            ticket.code,
            ticket.service_name,
            translated(PRIORITY_LABELS[ticket.priority]) if ticket.priority else "",
            f"{ticket.issued_at.astimezone(self._zone):%H:%M}",
        )[index.column()]
