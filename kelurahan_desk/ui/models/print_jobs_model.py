"""The KTP-el print queue (paged, NIKs masked) and one print job's timeline."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.domain.ktp_print import REASON_LABELS, STATUS_LABELS, PrintStatus
from kelurahan_desk.services.ktp_print import STEP_OLD_CARD, PrintJobRow, PrintJobStep
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.akta_requests_model import short_tracking_number
from kelurahan_desk.ui.models.paged_model import PagedModel
from kelurahan_desk.ui.models.rows_model import Index
from kelurahan_desk.ui.models.steps_model import StepsModel
from kelurahan_desk.ui.models.time_text import day_text, moment_text

_RED, _GREEN, _AMBER, _MUTED = "#b3261e", "#1e7a3c", "#8a5a00", "#5b6770"
STATUS_COLOURS = {
    PrintStatus.PRINTING: _AMBER,
    PrintStatus.PRINTED: _GREEN,
    PrintStatus.FAILED: _RED,
    PrintStatus.CANCELLED: _MUTED,
    PrintStatus.HANDED_OVER: _MUTED,
}


class PrintJobsModel(PagedModel):
    """Print jobs as ``list_print_jobs`` pages them, in the order the filter asked."""

    # When a job last changed is in the tooltips and the opened job: the name needs the room.
    COLUMNS = ("number", "reason", "name", "nik", "requested", "status", "blank")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def job_at(self, row: int) -> PrintJobRow:
        job: PrintJobRow = self.row_at(row)
        return job

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor"), self.tr("Alasan"), self.tr("Nama"), self.tr("NIK"),
                self.tr("Tgl. mohon"), self.tr("Status"), self.tr("Blanko"))

    def header_tip(self, column: str) -> str | None:
        if column == "number":
            return self.tr("Nomor pekerjaan cetak, tanpa kode kantor di depannya")
        if column == "nik":
            return self.tr("NIK disamarkan; buka pekerjaan untuk rinciannya")
        if column == "blank":
            return self.tr("Nomor seri blanko yang dipakai pekerjaan ini")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self.job_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "number":
                return job.number
            if column == "status":
                changed = self.tr("diubah {when}").format(
                    when=moment_text(job.updated_at, self._zone))
                if job.old_card_pending:
                    return self.tr("{status}; KTP-el lama belum diterima dari pemohon "
                                   "({changed})").format(
                                       status=translated(STATUS_LABELS[job.status]),
                                       changed=changed)
                return f"{self._text(job, column)} ({changed})"
            return self._text(job, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            colour = STATUS_COLOURS.get(job.status)
            return QColor(colour) if colour else None
        return None

    def _text(self, job: PrintJobRow, column: str) -> str:
        if column == "number":
            return short_tracking_number(job.number) or job.number
        if column == "reason":
            return translated(REASON_LABELS[job.reason])
        if column == "name":
            return job.resident_name
        if column == "nik":
            return job.nik
        if column == "requested":
            return day_text(job.requested_on)
        if column == "status":
            status = translated(STATUS_LABELS[job.status])
            # The old card still to come back is what the counter must not forget.
            return self.tr("{status} · tunggu kartu lama").format(status=status) if (
                job.old_card_pending) else status
        return job.blank_serial or "—"


class PrintJobTimelineModel(StepsModel[PrintJobStep]):
    """A job's steps, oldest first: what, when (office time), who, blank, note."""

    COLUMNS = ("step", "time", "by", "serial", "note")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Langkah"), self.tr("Waktu"), self.tr("Oleh"), self.tr("Blanko"),
                self.tr("Keterangan"))

    def step_text(self, step: PrintJobStep, column: str) -> str:
        if column == "step":
            if step.kind == STEP_OLD_CARD:
                return self.tr("KTP-el lama diterima")
            return translated(STATUS_LABELS[step.status])
        if column == "serial":
            return step.serial or ""
        if step.kind == STEP_OLD_CARD and step.note:
            return self.tr("Dicatat sebagai kartu rusak {number}").format(number=step.note)
        return step.note or ""

    def step_colour(self, step: PrintJobStep, column: str) -> str | None:
        if column == "step" and step.kind != STEP_OLD_CARD:
            return STATUS_COLOURS.get(step.status)
        return None
