"""The base of every flat table here: rows kept in a Python list, counted the same way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A table over ``self._rows``, a column per name in ``COLUMNS``; subclasses give
    ``data`` and the columns' titles (``headers``, and ``header_tip`` where one explains).

    The titles stay in each subclass: ``self.tr`` there keeps the subclass's name as their
    translation context.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def column_count(self) -> int:
        return len(self.COLUMNS)

    def headers(self) -> Sequence[str]:
        """The columns' titles, translated, in ``COLUMNS`` order."""
        raise NotImplementedError

    def header_tip(self, column: str) -> str | None:
        """What the header of ``column`` says when pointed at; ``None``: nothing."""
        return None

    def _set_rows(self, rows: Iterable[Any]) -> None:
        """Show ``rows`` instead of what was there (a reset: selections go)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(self.COLUMNS[section])
        return None
