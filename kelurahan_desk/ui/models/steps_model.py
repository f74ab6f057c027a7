"""The base of a record's timeline: its steps oldest first, when (office time) and by whom."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.models.time_text import moment_text


class Step(Protocol):
    """What every step a service lists has: when, and who (the account's full name)."""

    @property
    def at(self) -> datetime: ...

    @property
    def actor(self) -> str: ...

    @property
    def actor_name(self) -> str: ...


class StepsModel[S: Step](RowsModel):
    """Steps as the service lists them. The columns named "time" and "by" are said here;
    ``step_text`` says the others and ``step_colour`` colours a step's cells."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[S] = []

    def set_steps(self, steps: Iterable[S]) -> None:
        self._set_rows(steps)

    def step_text(self, step: S, column: str) -> str:
        raise NotImplementedError

    def step_colour(self, step: S, column: str) -> str | None:
        """The colour of ``step``'s cell in ``column``; ``None``: the table's own."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "time":
                return moment_text(step.at, self._zone)
            if column == "by":
                return step.actor_name or step.actor
            return self.step_text(step, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.step_colour(step, column)
            return QColor(colour) if colour else None
        return None
