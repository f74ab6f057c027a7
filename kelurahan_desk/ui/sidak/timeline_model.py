"""A counter's audit timeline of the day as a table: time, who, what, which number."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from kelurahan_desk.services.inspection_timeline import TIMELINE_KIND_LABELS, TimelineRow
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel


class TimelineModel(RowsModel):
    COLUMNS = ("time", "who", "kind", "what", "number")

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self._zone = zone
        self._rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self._set_rows(rows)

    def row(self, index: int) -> TimelineRow:
        found: TimelineRow = self._rows[index]
        return found

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Waktu"), self.tr("Pengguna"), self.tr("Jenis"), self.tr("Tindakan"),
                self.tr("Nomor"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row: TimelineRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "time":
            return f"{row.at.astimezone(self._zone):%H.%M.%S}"
        if column == "who":
            return row.actor_name or row.actor
        if column == "kind":
            return translated(TIMELINE_KIND_LABELS[row.kind])
        if column == "what":
            text = translated(row.label)
            if role == Qt.ItemDataRole.ToolTipRole and row.openable:
                return self.tr("{action} — klik dua kali untuk membuka (hanya baca)").format(
                    action=text)
            return text
        return row.detail
