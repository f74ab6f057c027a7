"""Permohonan Akta: find a request by tracking number, NIK or name, filter, sort, open it.

The list shows NIKs masked and writes nothing to the audit; opening a request shows the
whole record and is audited (UU PDP Pasal 31).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import (
    KIND_LABELS,
    STATUS_LABELS,
    RequestKind,
    RequestStatus,
    looks_like_tracking_number,
)
from kelurahan_desk.services import akta_views
from kelurahan_desk.services.akta_views import RequestFilter
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.ui.akta_request_dialog import AktaRequestDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.akta_requests_model import AktaRequestsModel
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role

SEARCH_DELAY_MS = 300  # typing pauses this long before the list follows
DEFAULT_DAYS = 30  # the period offered when the date filter is switched on
_WIDTHS = (114, 66, 126, 120, 96, 80, 166, 76, 80)

# Ten columns fit a 1280 px window only in a smaller type than the other lists use.
_PAGE_STYLE = """
QTableView#requests_table { font-size: 9pt; }
QTableView#requests_table QHeaderView::section { font-size: 9pt; padding: 3px 4px; }
"""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AktaRequestsPage(QWidget):
    """The requests list for operators and supervisors.

    Signals: edit_requested(object) — the ``RequestDetail`` the user chose to correct; the
    main window shows the form page with it. request_opened(object) — the
    ``AktaRequestDialog`` just shown.
    """

    edit_requested = Signal(object)
    request_opened = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: AktaRequestDialog | None = None
        self.setStyleSheet(_PAGE_STYLE)

        title = QLabel(self.tr("Permohonan Akta"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "Akta kelahiran dan akta kematian yang diterima kantor ini. NIK disamarkan di "
            "daftar; membuka permohonan (Enter atau klik dua kali) menampilkan data lengkap "
            "dan tercatat di jejak audit."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "muted")

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr(
            "Cari nomor permohonan, NIK, atau nama (Ctrl+F); pindai tanda terima untuk "
            "membuka"))
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        search_label = QLabel(self.tr("&Cari"))
        search_label.setBuddy(self.search_edit)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_filter")
        self.kind_combo.addItem(self.tr("Semua jenis"), None)
        for kind in RequestKind:
            self.kind_combo.addItem(translated(KIND_LABELS[kind]), kind)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_filter")
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in RequestStatus:
            self.status_combo.addItem(translated(STATUS_LABELS[status]), status)
        self.late_check = QCheckBox(self.tr("Hanya yang &terlambat"))
        self.late_check.setObjectName("late_filter")
        self.date_check = QCheckBox(self.tr("&Diajukan dari"))
        self.date_check.setObjectName("date_filter")
        today = datetime.now(context.zone).date()
        self.date_from = self._date_edit("date_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.date_to = self._date_edit("date_to", today)
        until = QLabel(self.tr("sampai"))
        for combo in (self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for box in (self.late_check, self.date_check):
            box.toggled.connect(self._on_filter_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_filter_changed)
        self.date_check.toggled.connect(self._on_date_check_toggled)
        self._on_date_check_toggled(False)

        kind_label = QLabel(self.tr("&Jenis"))
        kind_label.setBuddy(self.kind_combo)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status_combo)
        # Two rows that fit a 1280 px window: the search and the type; then the rest.
        search_row = QHBoxLayout()
        search_row.setSpacing(6)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addSpacing(12)
        search_row.addWidget(kind_label)
        search_row.addWidget(self.kind_combo)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(self.late_check)
        filters.addSpacing(12)
        for widget in (self.date_check, self.date_from, until, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = AktaRequestsModel(context.zone, self)
        self.table = table_view(self.model, "requests_table", _WIDTHS)
        self.table.setWordWrap(False)  # a long name ends in "…"; its tooltip has it whole
        # The last column stretches over what is left; from 72 px, ten columns fit 1280 px.
        self.table.horizontalHeader().resizeSection(len(_WIDTHS), 72)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column,
                                                       self.model.sort_order)
        self.table.setSortingEnabled(True)  # the header asks the model to sort
        self.table.activated.connect(self._on_table_activated)  # Enter, double-click
        self.table.setToolTip(self.tr("Enter atau klik dua kali: buka permohonan"))

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "muted")
        self.open_button = QPushButton(self.tr("&Buka permohonan"))
        self.open_button.setObjectName("open_button")
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reload_button = QPushButton(self.tr("&Muat ulang"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.status = StatusLine("requests_status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(4)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.reload()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    # --- the list -----------------------------------------------------------------------

    def current_filter(self) -> RequestFilter:
        dated = self.date_check.isChecked()
        return RequestFilter(
            text=self.search_edit.text(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            late_only=self.late_check.isChecked(),
            date_from=_day(self.date_from.date()) if dated else None,
            date_to=_day(self.date_to.date()) if dated else None,
        )

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Search again with what the box and the filters say; keep the selection."""
        self._search_timer.stop()
        if select is None and self.selected_row() >= 0:
            select = self.model.row_at(self.selected_row()).id
        wanted = self.current_filter()
        try:
            rows = akta_views.search_requests(self.context.store, self.context.actor,
                                                 wanted)
        except ServiceError as exc:
            self.model.set_rows([])
            self.status.error(translated(exc.message))
            self._show_count(0, wanted.limit)
            return
        self.model.set_rows(rows)
        select_row(self.table, self.model.row_of(select))
        self._show_count(len(rows), wanted.limit)

    def _show_count(self, count: int, limit: int) -> None:
        text = self.tr("{count} permohonan").format(count=count)
        if count >= limit:
            text = self.tr("{count} permohonan terbaru ditampilkan; persempit pencarian untuk "
                           "melihat yang lain").format(count=count)
        self.count_label.setText(text)
        self.open_button.setEnabled(count > 0)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back from the form or from another loket's work: show what is true now.
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    # --- opening ------------------------------------------------------------------------

    def open_request(self, request_id: uuid.UUID) -> AktaRequestDialog | None:
        """Open the request in its dialog (audited); ``None`` and a message if refused."""
        self.status.clear()
        try:
            return self.show_dialog(AktaRequestDialog.load(self.context, request_id,
                                                           self.window()))
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None

    def open_tracking_number(self, text: str) -> AktaRequestDialog:
        """Open the request a scanned or typed receipt names; ``ServiceError`` if none."""
        request_id = akta_views.request_by_tracking_number(
            self.context.store, self.context.actor, text)
        return self.show_dialog(AktaRequestDialog.load(self.context, request_id,
                                                       self.window()))

    def show_dialog(self, dialog: AktaRequestDialog) -> AktaRequestDialog:
        if self.dialog is not None:
            self.dialog.close()  # one opened record at a time
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.changed.connect(self._on_dialog_changed)
        dialog.edit_requested.connect(self.edit_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.show()
        self.request_opened.emit(dialog)
        return dialog

    def open_selected(self) -> AktaRequestDialog | None:
        row = self.selected_row()
        if row < 0:
            return None
        return self.open_request(self.model.row_at(row).id)

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_search_edit_text_changed(self) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.reload()

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        """Enter searches now; an exact tracking number (typed or scanned) opens it."""
        self.reload()
        text = self.search_edit.text().strip().upper()
        if looks_like_tracking_number(text):
            row = next((n for n in range(self.model.rowCount())
                        if self.model.row_at(n).tracking_number == text), -1)
            if row >= 0:
                select_row(self.table, row)
                self.open_request(self.model.row_at(row).id)
                return
        if self.model.rowCount():
            self.table.setFocus()
            select_row(self.table, max(self.selected_row(), 0))

    @Slot()
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(bool)
    def _on_date_check_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request(self.model.row_at(index.row()).id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if self.open_selected() is None and self.selected_row() < 0:
            self.status.error(self.tr("Pilih permohonan di daftar dulu."))

    @Slot()
    def _on_reload_button_clicked(self) -> None:
        self.reload()

    @Slot(object)
    def _on_dialog_changed(self, detail: akta_views.RequestDetail) -> None:
        self.reload(select=detail.id)

    @Slot()
    def _on_dialog_finished(self) -> None:
        sender = self.sender()
        if sender is self.dialog:
            self.dialog = None
        if self.isVisible():
            self.table.setFocus()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box walks into the list, as in a browser's address bar.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount()):
            self.table.setFocus()
            select_row(self.table, max(self.selected_row(), 0))
            return True
        return super().eventFilter(watched, event)
