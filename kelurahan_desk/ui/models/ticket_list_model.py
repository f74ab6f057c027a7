"""A short list of tickets (held, absent) with code, service, priority and time."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from kelurahan_desk.domain.queue import PRIORITY_LABELS
from kelurahan_desk.services.queue import TicketInfo
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel


class TicketListModel(RowsModel):
    COLUMNS = ("code", "service", "priority", "issued")

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[TicketInfo] = []

    def set_tickets(self, tickets: list[TicketInfo]) -> None:
        if [t.id for t in tickets] == [t.id for t in self._rows] and tickets == self._rows:
            return  # unchanged: keep the selection
        self._set_rows(tickets)

    def ticket(self, row: int) -> TicketInfo:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor"), self.tr("Layanan"), self.tr("Prioritas"), self.tr("Diambil"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        ticket = self._rows[index.row()]
        return (
            ticket.code,
            ticket.service_name,
            translated(PRIORITY_LABELS[ticket.priority]) if ticket.priority else "",
            f"{ticket.issued_at.astimezone(self._zone):%H:%M}",
        )[index.column()]
