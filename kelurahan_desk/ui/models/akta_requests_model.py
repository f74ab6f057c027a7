"""The akta requests list (NIKs masked, sortable by any column) and one request's timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.domain.akta import KIND_LABELS, STATUS_LABELS, RequestKind, RequestStatus
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services.akta_requests import CENTRAL
from kelurahan_desk.services.akta_views import RequestRow, StatusStep
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.models.steps_model import StepsModel
from kelurahan_desk.ui.models.time_text import day_text, moment_text

# The workflow's order: sorting by status lines requests up the way they move.
STATUS_ORDER = {status: n for n, status in enumerate(RequestStatus)}
# Colours that read on the light table and agree with style.py's ok / error roles.
_RED, _GREEN, _AMBER, _MUTED = "#b3261e", "#1e7a3c", "#8a5a00", "#5b6770"
STATUS_COLOURS = {
    RequestStatus.RETURNED: _RED,
    RequestStatus.READY: _GREEN,
    RequestStatus.CANCELLED: _MUTED,
    RequestStatus.DRAFT: _AMBER,
}


def short_tracking_number(number: str | None) -> str | None:
    """``AKL-2026-00042``: every request listed here carries this office's code, so the
    list leaves it out (the tooltip and the record show the whole number)."""
    if number and len(number) > 11 and number[:10].isdigit() and number[10] == "-":
        return number[11:]
    return number


def _nothing_last(value: Any) -> tuple[bool, Any]:
    """A sort key that puts empty values after the rest, whichever way is ascending."""
    return (value is None, value if value is not None else 0)


class AktaRequestsModel(RowsModel):
    """Requests as ``search_requests`` returns them; ``sort`` keeps the chosen order across
    reloads, so a header click survives a new search."""

    COLUMNS = ("tracking", "kind", "name", "nik", "reporter", "event", "status", "late",
               "expected", "updated")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[RequestRow] = []
        self._sort_column = self.COLUMNS.index("updated")
        self._sort_order = Qt.SortOrder.DescendingOrder

    def set_rows(self, rows: list[RequestRow]) -> None:
        self._set_rows(sorted(rows, key=self._key(self._sort_column),
                              reverse=self._sort_order == Qt.SortOrder.DescendingOrder))

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    def row_of(self, request_id: uuid.UUID | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == request_id), -1)

    # --- sorting ----------------------------------------------------------------------

    def _key(self, column: int) -> Callable[[RequestRow], Any]:
        name = self.COLUMNS[column]
        keys: dict[str, Callable[[RequestRow], Any]] = {
            # Drafts (no number yet) after every numbered request.
            "tracking": lambda r: _nothing_last(r.tracking_number),
            "kind": lambda r: translated(KIND_LABELS[r.kind]),
            "name": lambda r: r.subject_name.casefold(),
            "nik": lambda r: r.subject_nik,
            "reporter": lambda r: r.reporter_name.casefold(),
            "event": lambda r: _nothing_last(r.event_date),
            "status": lambda r: STATUS_ORDER[r.status],
            "late": lambda r: r.late,
            "expected": lambda r: _nothing_last(r.expected_completion),
            "updated": lambda r: r.updated_at,
        }
        key = keys[name]
        # Ties keep a stable, meaningful order: the newest change first.
        return lambda r: (key(r), -r.updated_at.timestamp())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [self._rows[i.row()].id for i in old]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        moved_to = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(moved_to[rid], i.column()) for rid, i in zip(held, old, strict=True)])
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # --- what is shown ----------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nomor"),
            self.tr("Jenis"),
            self.tr("Nama"),
            self.tr("NIK"),
            self.tr("Pelapor"),
            self.tr("Tanggal\nperistiwa"),
            self.tr("Status"),
            self.tr("Terlambat"),
            self.tr("Perkiraan\nselesai"),
            self.tr("Diubah"),
        )

    def header_tip(self, column: str) -> str | None:
        if column == "tracking":
            return self.tr("Nomor permohonan, tanpa kode kantor di depannya")
        if column == "nik":
            return self.tr("NIK almarhum/almarhumah, atau NIK ibu untuk akta kelahiran; "
                           "disamarkan. Buka permohonan untuk melihat NIK lengkap.")
        if column == "event":
            return self.tr("Tanggal lahir anak atau tanggal kematian")
        if column == "updated":
            return self.tr("Perubahan terakhir; jam saja untuk perubahan hari ini")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "tracking":
                return row.tracking_number or self.tr("Draf: nomor diberikan saat diajukan")
            if column == "kind":
                return translated(KIND_LABELS[row.kind])
            if column == "updated":
                return moment_text(row.updated_at, self._zone)
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status" and row.status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[row.status])
            if column == "late" and row.late:
                return QColor(_RED)
        return None

    def _text(self, row: RequestRow, column: str) -> str:
        if column == "tracking":
            return short_tracking_number(row.tracking_number) or self.tr("Draf")
        if column == "kind":
            return self.tr("Kelahiran") if row.kind == RequestKind.BIRTH else self.tr("Kematian")
        if column == "name":
            return row.subject_name or self.tr("(belum diisi)")
        if column == "nik":
            return row.subject_nik or "—"
        if column == "reporter":
            return row.reporter_name or "—"
        if column == "event":
            return day_text(row.event_date)
        if column == "status":
            return translated(STATUS_LABELS[row.status])
        if column == "late":
            return self.tr("Ya") if row.late else ""
        if column == "expected":
            return day_text(row.expected_completion)
        return self._recent_text(row.updated_at)

    def _recent_text(self, moment: datetime) -> str:
        """``14:05`` for today's changes, ``27-11-2026`` for older ones (office time)."""
        local = moment.astimezone(self._zone)
        if local.date() == datetime.now(self._zone).date():
            return f"{local:%H:%M}"
        return f"{local:%d-%m-%Y}"


class TimelineModel(StepsModel[StatusStep]):
    """A request's status steps, oldest first: what, when (office time), who, and details."""

    COLUMNS = ("status", "time", "who", "details")

    def step_at(self, row: int) -> StatusStep:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        zone = zone_name(self._zone, datetime.now(self._zone))
        return (self.tr("Status"), self.tr("Waktu ({zone})").format(zone=zone),
                self.tr("Oleh"), self.tr("Keterangan"))

    def step_text(self, step: StatusStep, column: str) -> str:
        if column == "status":
            return translated(STATUS_LABELS[step.status])
        return self.who(step) if column == "who" else self.details(step)

    def step_colour(self, step: StatusStep, column: str) -> str | None:
        return STATUS_COLOURS.get(step.status) if column == "status" else None

    def who(self, step: StatusStep) -> str:
        if step.source == "central" or step.actor == CENTRAL:
            return self.tr("Dispendukcapil")
        if step.source == "supervisor":
            return self.tr("{user} (supervisor, manual)").format(
                user=step.actor_name or step.actor)
        return step.actor_name or step.actor

    def details(self, step: StatusStep) -> str:
        parts = []
        if step.reason:
            parts.append(self.tr("Alasan: {reason}").format(reason=step.reason))
        if step.akta_number:
            parts.append(self.tr("No. akta: {number}").format(number=step.akta_number))
        if step.recipient_name:
            parts.append(self.tr("Diterima oleh {name} (NIK {nik}), KTP-el dicocokkan").format(
                name=step.recipient_name, nik=step.recipient_nik or "—"))
        return "; ".join(parts)
