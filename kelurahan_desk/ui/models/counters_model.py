"""The office's loket as a table: number, name, active or not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.services.office import CounterInfo
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

_INACTIVE = QColor("#7a858c")


class CountersModel(RowsModel):
    """Rows are ``CounterInfo`` values; the page reloads them after every change."""

    COLUMNS = ("number", "name", "status")
    NUMBER, NAME, STATUS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CounterInfo] = []

    def set_counters(self, counters: Sequence[CounterInfo]) -> None:
        self._set_rows(counters)

    def counter_at(self, row: int) -> CounterInfo:
        return self._rows[row]

    def row_of(self, counter_id: object) -> int:
        """The row showing ``counter_id``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.id == counter_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor"), self.tr("Nama"), self.tr("Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        counter = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(counter.number)
            if column == self.NAME:
                return counter.name
            return self.tr("Aktif") if counter.active else self.tr("Nonaktif")
        if role == Qt.ItemDataRole.ForegroundRole and not counter.active:
            return _INACTIVE
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
