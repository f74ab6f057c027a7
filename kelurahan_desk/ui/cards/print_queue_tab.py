"""Antrean cetak: the print jobs, filtered and ordered, a page at a time; new jobs; opening one.

Keys: Ctrl+N new job, Ctrl+F search, Enter (or double-click) opens, F5 reloads. Typing or
scanning a job number or a blank serial in the search box and pressing Enter opens its job.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from kelurahan_desk.domain.ktp_print import (
    ORDER_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    JobOrder,
)
from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.services import ktp_print
from kelurahan_desk.services.ktp_print import PrintJobDetail, PrintJobFilter
from kelurahan_desk.ui.cards.list_parts import DateRange, label_combo
from kelurahan_desk.ui.cards.list_tab import ListTab, ListWords
from kelurahan_desk.ui.cards.print_job_dialog import PrintJobDialog
from kelurahan_desk.ui.cards.print_job_form import PrintJobFormDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.models.paged_model import Count, Fetch
from kelurahan_desk.ui.models.print_jobs_model import PrintJobsModel
from kelurahan_desk.ui.style import set_role

# number, reason, name (takes the rest), NIK, requested, status, blank
_WIDTHS = (128, 108, 150, 142, 92, 238, 100)
OPEN = "open"  # the status filter's first choice: every job not finished


class PrintQueueTab(ListTab[PrintJobsModel, PrintJobDialog]):
    """Signals: job_opened(object) — the ``PrintJobDialog`` just shown."""

    job_opened = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search = self._search_box("job_search", self.tr(
            "Cari nomor pekerjaan, NIK, nomor seri blanko, atau nama (Ctrl+F)"))
        # "Belum selesai" (queued, printing, printed or failed) is what the counter works
        # through; it comes first and is chosen at the start.
        self.status_combo = label_combo("status_filter", self.tr("Semua status"),
                                        STATUS_LABELS)
        self.status_combo.insertItem(0, self.tr("Belum selesai"), OPEN)
        self.status_combo.setCurrentIndex(0)
        self.reason_combo = label_combo("reason_filter", self.tr("Semua alasan"),
                                        REASON_LABELS)
        self.order_combo = label_combo("order", None, ORDER_LABELS)
        self.order_combo.setCurrentIndex(self.order_combo.findData(JobOrder.REQUESTED))
        self.period = DateRange(self.tr("&Dimohon dari"), datetime.now(context.zone).date())

        self.model = PrintJobsModel(context.zone, self)
        self.table = self._list_table(self.model, "jobs_table", _WIDTHS,
                                      self.tr("Enter atau klik dua kali: buka pekerjaan"))
        self.new_button = QPushButton(self.tr("Pekerjaan &baru… (Ctrl+N)"))
        self.new_button.setObjectName("new_job_button")
        set_role(self.new_button, "primary")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.new_button.setVisible(can(context.actor.role, Permission.HANDLE_CARDS))
        self._lay_out(
            ListWords(search=self.tr("&Cari"), order=self.tr("&Urutan"), open=self.tr("B&uka"),
                      reload=self.tr("&Muat ulang (F5)"),
                      nothing_selected=self.tr("Pilih pekerjaan di daftar dulu.")),
            (self.status_combo, self.reason_combo), self.period, self.order_combo,
            (self.new_button,), "queue_tab_status",
            ((QKeySequence("Ctrl+N"), self._on_new_button_clicked),))
        self.reload()

    # --- the list ---------------------------------------------------------------------

    def current_filter(self) -> PrintJobFilter:
        date_from, date_to = self.period.period()
        status = self.status_combo.currentData()
        return PrintJobFilter(
            text=self.search.text(), status=None if status == OPEN else status,
            open_only=status == OPEN, reason=self.reason_combo.currentData(),
            date_from=date_from, date_to=date_to, order=self.order_combo.currentData())

    def _queries(self) -> tuple[Fetch, Count]:
        store, actor, wanted = self.context.store, self.context.actor, self.current_filter()
        return (lambda offset, limit: ktp_print.list_print_jobs(store, actor, wanted, offset,
                                                                limit),
                lambda: ktp_print.count_print_jobs(store, actor, wanted))

    def count_text(self, total: int) -> str:
        return self.tr("{count} pekerjaan cetak").format(count=total)

    # --- opening and creating ---------------------------------------------------------

    def open_job(self, job_id: uuid.UUID) -> PrintJobDialog | None:
        dialog = self._show_dialog(
            lambda: PrintJobDialog.load(self.context, job_id, self.window()))
        if dialog is not None:
            self.job_opened.emit(dialog)
        return dialog

    def _open_record(self, record_id: uuid.UUID) -> PrintJobDialog | None:
        return self.open_job(record_id)

    def _record_of_number(self, text: str) -> uuid.UUID:
        """The job a job number or blank serial names."""
        return ktp_print.print_job_by_number(self.context.store, self.context.actor, text)

    def new_job(self, ticket_id: uuid.UUID | None = None,
                ticket_code: str | None = None) -> PrintJobDetail | None:
        """The job form; a job made is selected and opened, so printing can start."""
        detail = PrintJobFormDialog.ask(self.window(), self.context, ticket_id, ticket_code)
        if detail is None:
            return None
        if self.status_combo.currentData() not in (OPEN, None):
            self.status_combo.setCurrentIndex(0)  # the new job must be in the list shown
        self.reload(select=detail.id)
        self.status.ok(self.tr("Pekerjaan {number} masuk antrean cetak.").format(
            number=detail.number))
        self.open_job(detail.id)
        return detail

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def _on_new_button_clicked(self) -> None:
        if self.new_button.isVisible():
            self.new_job()
