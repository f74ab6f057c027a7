"""The antrean's services as a table: letter, name, target, quota, hours, lokets, status."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from kelurahan_desk.services.queue_services import ServiceInfo
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

_INACTIVE = QColor("#7a858c")
_WARNING = QColor("#8a5a00")


def clock_text(moment: time) -> str:
    """``08.00``: Indonesian writes clock times with a dot."""
    return f"{moment:%H.%M}"


class QueueServicesModel(RowsModel):
    """Rows are ``ServiceInfo`` values with the names of the lokets that call each one.

    The tab reloads everything after a change; a list of a handful of services needs no
    paging.
    """

    COLUMNS = ("prefix", "name", "target", "quota", "hours", "counters", "status")
    PREFIX, NAME, TARGET, QUOTA, HOURS, COUNTERS, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceInfo] = []
        self._counters: dict[uuid.UUID, list[str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_services(
        self,
        services: Sequence[ServiceInfo],
        counter_names: Mapping[uuid.UUID, Sequence[str]],
    ) -> None:
        """Show ``services``; ``counter_names`` maps a service id to its lokets' names."""
        self._counters = {key: list(names) for key, names in counter_names.items()}
        self._set_rows(services)

    def service_at(self, row: int) -> ServiceInfo:
        return self._rows[row]

    def counters_of(self, row: int) -> list[str]:
        """The names of the lokets that call the service in ``row``."""
        return self._counters.get(self._rows[row].id, [])

    def row_of(self, service_id: object) -> int:
        """The row showing ``service_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == service_id), -1)

    def hours_text(self, service: ServiceInfo) -> str:
        opens, closes = service.opens_at, service.closes_at
        if opens is not None and closes is not None:
            return f"{clock_text(opens)}–{clock_text(closes)}"
        if opens is not None:
            return self.tr("Mulai {time}").format(time=clock_text(opens))
        if closes is not None:
            return self.tr("Sampai {time}").format(time=clock_text(closes))
        return self.tr("Sepanjang hari")

    def _display(self, row: int, column: int) -> str:
        service = self._rows[row]
        if column == self.PREFIX:
            return service.prefix
        if column == self.NAME:
            return service.name
        if column == self.TARGET:
            return str(service.target_wait_minutes)
        if column == self.QUOTA:
            return "—" if service.daily_quota is None else str(service.daily_quota)
        if column == self.HOURS:
            return self.hours_text(service)
        if column == self.COUNTERS:
            names = self.counters_of(row)
            return ", ".join(names) if names else self.tr("Tidak ada loket")
        return self.tr("Aktif") if service.active else self.tr("Nonaktif")

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Huruf"),
            self.tr("Nama"),
            # Two lines: one would make these the widest columns for a two-digit value.
            self.tr("Target tunggu\n(menit)"),
            self.tr("Kuota\nharian"),
            self.tr("Jam layanan"),
            self.tr("Loket"),
            self.tr("Status"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        service = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.COUNTERS):
            if column == self.COUNTERS and not self.counters_of(row):
                return self.tr("Tidak ada loket yang memanggil layanan ini: nomornya akan "
                               "menunggu terus. Pilih loketnya lewat Ubah….")
            return self._display(row, column)  # the column may be too narrow for all of it
        if role == Qt.ItemDataRole.ForegroundRole:
            if not service.active:
                return _INACTIVE
            if column == self.COUNTERS and not self.counters_of(row):
                return _WARNING  # an active service nobody calls: its visitors wait forever
        if role == Qt.ItemDataRole.FontRole and column == self.PREFIX:
            return self._bold
        # Short values under wide headers: centred, they read as the header's own.
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.PREFIX, self.TARGET, self.QUOTA
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
