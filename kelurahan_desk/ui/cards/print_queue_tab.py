"""Antrean cetak: the print jobs, filtered and ordered, a page at a time; new jobs; opening one.

Keys: Ctrl+N new job, Ctrl+F search, Enter (or double-click) opens, F5 reloads. Typing or
scanning a job number or a blank serial in the search box and pressing Enter opens its job.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.domain.ktp_print import (
    ORDER_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    JobOrder,
)
from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.services import ktp_print
from kelurahan_desk.services.errors import NotFound, ServiceError
from kelurahan_desk.services.ktp_print import PrintJobDetail, PrintJobFilter
from kelurahan_desk.ui.cards.list_parts import DateRange, SearchBox, fixed_columns, label_combo
from kelurahan_desk.ui.cards.print_job_dialog import PrintJobDialog, open_modeless
from kelurahan_desk.ui.cards.print_job_form import PrintJobFormDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.print_jobs_model import PrintJobsModel
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role

# number, reason, name (takes the rest), NIK, requested, status, blank
_WIDTHS = (128, 108, 150, 142, 92, 238, 100)
OPEN = "open"  # the status filter's first choice: every job not finished


class PrintQueueTab(QWidget):
    """Signals: job_opened(object) — the ``PrintJobDialog`` just shown."""

    job_opened = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: PrintJobDialog | None = None

        self.search = SearchBox("job_search", self.tr(
            "Cari nomor pekerjaan, NIK, nomor seri blanko, atau nama (Ctrl+F)"))
        self.search.search_changed.connect(self._on_filter_changed)
        self.search.search_entered.connect(self._on_search_search_entered)
        search_label = QLabel(self.tr("&Cari"))
        search_label.setBuddy(self.search)
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
        for combo in (self.status_combo, self.reason_combo, self.order_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.period.changed.connect(self._on_filter_changed)
        order_label = QLabel(self.tr("&Urutan"))
        order_label.setBuddy(self.order_combo)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(6)
        top.addWidget(self.status_combo)
        top.addWidget(self.reason_combo)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.period)
        filters.addStretch(1)
        filters.addWidget(order_label)
        filters.addWidget(self.order_combo)

        self.model = PrintJobsModel(context.zone, self)
        self.table = table_view(self.model, "jobs_table", _WIDTHS)
        fixed_columns(self.table, _WIDTHS, stretch=PrintJobsModel.COLUMNS.index("name"))
        self.table.setWordWrap(False)
        self.table.activated.connect(self._on_table_activated)
        self.table.setToolTip(self.tr("Enter atau klik dua kali: buka pekerjaan"))
        self.search.table = self.table

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "muted")
        self.new_button = QPushButton(self.tr("Pekerjaan &baru… (Ctrl+N)"))
        self.new_button.setObjectName("new_job_button")
        set_role(self.new_button, "primary")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.new_button.setVisible(can(context.actor.role, Permission.HANDLE_CARDS))
        self.open_button = QPushButton(self.tr("B&uka"))
        self.open_button.setObjectName("open_button")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reload_button = QPushButton(self.tr("&Muat ulang (F5)"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.status = StatusLine("queue_tab_status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.new_button)

        for keys, slot in ((QKeySequence.StandardKey.Find, self._focus_search),
                           (QKeySequence("Ctrl+N"), self._on_new_button_clicked),
                           (QKeySequence("F5"), self._on_reload_button_clicked)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.reload()

    # --- the list ---------------------------------------------------------------------

    def current_filter(self) -> PrintJobFilter:
        date_from, date_to = self.period.period()
        status = self.status_combo.currentData()
        return PrintJobFilter(
            text=self.search.text(), status=None if status == OPEN else status,
            open_only=status == OPEN, reason=self.reason_combo.currentData(),
            date_from=date_from, date_to=date_to, order=self.order_combo.currentData())

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Query again with what the box and filters say; keep (or move to) a selection."""
        self.search.stop()
        if select is None and self.selected_row() >= 0:
            select = self.model.job_at(self.selected_row()).id
        store, actor, wanted = self.context.store, self.context.actor, self.current_filter()
        try:
            self.model.load(
                lambda offset, limit: ktp_print.list_print_jobs(store, actor, wanted, offset,
                                                                limit),
                lambda: ktp_print.count_print_jobs(store, actor, wanted))
        except ServiceError as exc:
            self.status.error(translated(exc.message))
        select_row(self.table, self.model.find(lambda job: job.id == select))
        self.count_label.setText(self.tr("{count} pekerjaan cetak").format(
            count=self.model.total))
        self.open_button.setEnabled(self.model.total > 0)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # another loket may have printed since

    # --- opening and creating ---------------------------------------------------------

    def open_job(self, job_id: uuid.UUID) -> PrintJobDialog | None:
        self.status.clear()
        try:
            dialog = PrintJobDialog.load(self.context, job_id, self.window())
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        if self.dialog is not None:
            self.dialog.close()  # one opened job at a time
        dialog.changed.connect(self._on_dialog_changed)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        open_modeless(dialog)
        self.job_opened.emit(dialog)
        return dialog

    def open_number(self, text: str) -> PrintJobDialog | None:
        """Open the job a job number or blank serial names; ``None`` if none does."""
        try:
            job_id = ktp_print.print_job_by_number(self.context.store, self.context.actor, text)
        except NotFound:
            return None
        return self.open_job(job_id)

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
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(str)
    def _on_search_search_entered(self, text: str) -> None:
        """Enter: an exact job number or blank serial opens it; else search now."""
        if text and self.open_number(text) is not None:
            return
        self.reload()
        if self.model.rowCount():
            self.table.setFocus()
            select_row(self.table, max(self.selected_row(), 0))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_job(self.model.job_at(index.row()).id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            self.status.error(self.tr("Pilih pekerjaan di daftar dulu."))
            return
        self.open_job(self.model.job_at(row).id)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        if self.new_button.isVisible():
            self.new_job()

    @Slot()
    def _on_reload_button_clicked(self) -> None:
        self.reload()

    @Slot(object)
    def _on_dialog_changed(self, detail: PrintJobDetail) -> None:
        self.reload(select=detail.id)

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self.sender() is self.dialog:
            self.dialog = None
        if self.isVisible():
            self.table.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
