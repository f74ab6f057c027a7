"""Backups of the store as a table: when (office time), why, and how big."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, Qt

from kelurahan_desk.store.backups import Backup
from kelurahan_desk.ui.models.rows_model import Index, RowsModel


class BackupsModel(RowsModel):
    """Rows are ``Backup`` values, newest first as ``list_backups`` gives them.

    Sizes are read once when the rows are set: rotation may delete a file at any time,
    and a view must never stat a vanished file while painting.
    """

    COLUMNS = ("taken_at", "reason", "size")
    TAKEN_AT, REASON, SIZE = range(3)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[tuple[Backup, int | None]] = []

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in another zone (the office's time zone was changed)."""
        self.beginResetModel()
        self._zone = zone
        self.endResetModel()

    def set_backups(self, backups: Sequence[Backup]) -> None:
        rows = []
        for backup in backups:
            try:
                size: int | None = backup.path.stat().st_size
            except OSError:
                size = None
            rows.append((backup, size))
        self._set_rows(rows)

    def backup_at(self, row: int) -> Backup:
        return self._rows[row][0]

    def reason_text(self, reason: str) -> str:
        texts = {
            "daily": self.tr("harian"),
            "pre-migration": self.tr("sebelum migrasi"),
            "pre-restore": self.tr("sebelum pemulihan"),
            "manual": self.tr("manual"),
        }
        return texts.get(reason, reason)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup, size = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TAKEN_AT:
                return f"{backup.taken_at.astimezone(self._zone):%d-%m-%Y %H:%M:%S}"
            if column == self.REASON:
                return self.reason_text(backup.reason)
            if size is None:
                return self.tr("—")
            return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
