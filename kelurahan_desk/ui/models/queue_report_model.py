"""The queue report's tables: figures per service, loket, operator, hour or day; flagged visits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from kelurahan_desk.domain.queue_metrics import (
    FLAG_LABELS,
    FlaggedVisit,
    LoketFigures,
    VisitFigures,
)
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

GROUP_KINDS = ("service", "counter", "operator", "hour", "day")


def minutes_text(value: float | None) -> str:
    """Minutes with one decimal and the Indonesian decimal comma; "–" when there is none."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _day_text(day: str) -> str:
    return f"{day[8:10]}-{day[5:7]}-{day[0:4]}"


class QueueReportModel(RowsModel):
    """One group table of the report; ``set_rows(kind, rows)`` switches the columns too.

    Visit groups (service, hour, day) show waiting and service times; loket groups
    (counter, operator) show the time spent at the loket.
    """

    VISIT_COLUMNS = ("group", "issued", "called", "wait_mean", "wait_median", "wait_p90",
                     "within", "service_mean", "service_median", "service_p90", "no_show",
                     "flagged")
    LOKET_COLUMNS = ("group", "handled", "served", "time_mean", "time_median", "time_p90",
                     "no_shows", "transferred")
    COLUMNS: tuple[str, ...] = VISIT_COLUMNS  # switched by ``set_rows``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = "service"
        self._rows: list[VisitFigures] | list[LoketFigures] = []

    @property
    def kind(self) -> str:
        return self._kind

    def set_rows(self, kind: str, rows: Sequence[VisitFigures] | Sequence[LoketFigures]) -> None:
        if kind not in GROUP_KINDS:
            raise ValueError(f"unknown group kind {kind!r}")
        # A reset of its own: the columns change with the kind.
        self.beginResetModel()
        self._kind = kind
        self.COLUMNS = (self.LOKET_COLUMNS if kind in ("counter", "operator")
                        else self.VISIT_COLUMNS)
        self._rows = list(rows)  # type: ignore[assignment]
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return _LEFT if self.COLUMNS[section] == "group" else _RIGHT
        return super().headerData(section, orientation, role)

    def _group_title(self) -> str:
        return {
            "service": self.tr("Layanan"), "counter": self.tr("Loket"),
            "operator": self.tr("Petugas"), "hour": self.tr("Jam ambil nomor"),
            "day": self.tr("Tanggal"),
        }[self._kind]

    def headers(self) -> tuple[str, ...]:
        titles = {  # two lines each: eleven columns must fit a 1024-pixel-wide screen
            "group": self._group_title(),
            "issued": self.tr("Tiket"),
            "called": self.tr("Dipanggil"),
            "wait_mean": self.tr("Tunggu\nrata²"),
            "wait_median": self.tr("Tunggu\nmedian"),
            "wait_p90": self.tr("Tunggu\nP90"),
            "within": self.tr("Dalam\ntarget"),
            "service_mean": self.tr("Layanan\nrata²"),
            "service_median": self.tr("Layanan\nmedian"),
            "service_p90": self.tr("Layanan\nP90"),
            "no_show": self.tr("Tidak\nhadir"),
            "flagged": self.tr("Janggal"),
            "handled": self.tr("Dilayani"),
            "served": self.tr("Selesai"),
            "time_mean": self.tr("Di loket\nrata²"),
            "time_median": self.tr("Di loket\nmedian"),
            "time_p90": self.tr("Di loket\nP90"),
            "no_shows": self.tr("Tidak\nhadir"),
            "transferred": self.tr("Dialihkan"),
        }
        return tuple(titles[column] for column in self.COLUMNS)

    def header_tip(self, column: str) -> str | None:
        if column == "group":
            return self._group_title()
        if column.startswith("wait"):
            return self.tr("Waktu tunggu (menit): panggilan pertama − ambil nomor")
        if column.startswith("service"):
            return self.tr("Waktu layanan (menit): selesai − panggilan pertama")
        if column.startswith("time"):
            return self.tr("Waktu di loket (menit): akhir − awal setiap pelayanan di loket")
        if column == "within":
            return self.tr("Kunjungan yang menunggu paling lama sebesar target layanannya")
        if column == "flagged":
            return self.tr("Kunjungan dengan waktu janggal: tidak dihitung")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column == "group" else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if isinstance(row, LoketFigures):
            return self._loket_cell(row, column)
        return self._visit_cell(row, column)

    def _group_label(self, row: VisitFigures | LoketFigures) -> str:
        if self._kind == "service":
            return f"{row.key} – {row.label}"
        if self._kind == "hour":
            return f"{row.key}.00–{int(row.key) + 1:02d}.00"
        if self._kind == "day":
            return _day_text(row.key)
        return row.label

    def _visit_cell(self, row: VisitFigures, column: str) -> str:
        values: dict[str, Any] = {
            "issued": row.issued, "called": row.called,
            "wait_mean": minutes_text(row.waiting.mean),
            "wait_median": minutes_text(row.waiting.median),
            "wait_p90": minutes_text(row.waiting.p90),
            "within": percent_text(row.within_target_share),
            "service_mean": minutes_text(row.service.mean),
            "service_median": minutes_text(row.service.median),
            "service_p90": minutes_text(row.service.p90),
            "no_show": percent_text(row.no_show_rate), "flagged": row.flagged,
        }
        return self._group_label(row) if column == "group" else str(values[column])

    def _loket_cell(self, row: LoketFigures, column: str) -> str:
        values: dict[str, Any] = {
            "handled": row.stretches, "served": row.served,
            "time_mean": minutes_text(row.stretch.mean),
            "time_median": minutes_text(row.stretch.median),
            "time_p90": minutes_text(row.stretch.p90),
            "no_shows": row.no_shows, "transferred": row.transferred,
        }
        return self._group_label(row) if column == "group" else str(values[column])


class FlaggedVisitsModel(RowsModel):
    """Visits left out of the figures, with why."""

    COLUMNS = ("day", "code", "service", "reason")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FlaggedVisit] = []

    def set_flagged(self, rows: Sequence[FlaggedVisit]) -> None:
        self._set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Tanggal"), self.tr("Nomor"), self.tr("Layanan"), self.tr("Alasan"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= index.row() < len(self._rows)):
            return None
        visit = self._rows[index.row()]
        return (_day_text(visit.service_day), visit.code, visit.service_prefix,
                translated(FLAG_LABELS[visit.reason]))[index.column()]
