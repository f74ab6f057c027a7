"""The base of the card lists' tabs (Antrean cetak, Kartu rusak): a search box and filters
over a paged table, the count, a status line and buttons under it; one record opened at a time.

Keys: Ctrl+F search, Enter (or double-click) opens, F5 reloads; a number typed or scanned
in the search box and Enter opens its record. The tab adds its own keys and buttons.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from PySide6.QtCore import QModelIndex, Qt, SignalInstance, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services.errors import NotFound, ServiceError
from kelurahan_desk.ui.cards.list_parts import DateRange, SearchBox, fixed_columns
from kelurahan_desk.ui.cards.print_job_dialog import open_modeless
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.paged_model import Count, Fetch, PagedModel
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role


@dataclass(frozen=True)
class ListWords:
    """What the shared widgets say, translated by the tab itself (its ``self.tr``), so each
    text keeps the tab's class as its translation context."""

    search: str  # "&Cari", the search box's label
    order: str  # "&Urutan", the order combo's label
    open: str  # "B&uka"
    reload: str  # "&Muat ulang (F5)"
    nothing_selected: str  # what "Buka" says when no row is selected


Keys = QKeySequence | QKeySequence.StandardKey


class RecordDialog(Protocol):
    """An opened record: it says when it changed the record (``changed(detail)``)."""

    @property
    def changed(self) -> SignalInstance: ...


class ListTab[M: PagedModel, D: QDialog](QWidget):
    """A tab lists one kind of record (rows with an ``id``) and opens one at a time.

    A subclass makes its filters, its model and its buttons, then calls ``_lay_out``; it
    says how to query (``_queries``), what the count says (``count_text``), how a number
    names a record (``_record_of_number``) and how to open one (``_open_record``).
    """

    model: M
    table: QTableView
    search: SearchBox

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: D | None = None

    # --- building (called by the subclass) ----------------------------------------------

    def _search_box(self, name: str, placeholder: str) -> SearchBox:
        search = SearchBox(name, placeholder)
        search.search_changed.connect(self._on_filter_changed)
        search.search_entered.connect(self._on_search_search_entered)
        return search

    def _list_table(self, model: M, name: str, widths: Sequence[int], tip: str) -> QTableView:
        """The model's table, ``widths`` fixed and its "name" column taking the rest."""
        table = table_view(model, name, widths)
        fixed_columns(table, widths, stretch=model.COLUMNS.index("name"))
        table.setWordWrap(False)
        table.activated.connect(self._on_table_activated)
        table.setToolTip(tip)
        return table

    def _lay_out(self, words: ListWords, filters: Sequence[QComboBox], period: DateRange,
                 order: QComboBox, buttons: Sequence[QPushButton], status_name: str,
                 keys: Sequence[tuple[Keys, Callable[[], None]]]) -> None:
        """The search box and ``filters`` on top, ``period`` and ``order`` under them, the
        table, the status line, then the count and Muat ulang, Buka and ``buttons``.
        ``keys`` are the tab's own shortcuts."""
        self._nothing_selected = words.nothing_selected
        self.search.table = self.table
        search_label = QLabel(words.search)
        search_label.setBuddy(self.search)
        for combo in (*filters, order):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        period.changed.connect(self._on_filter_changed)
        order_label = QLabel(words.order)
        order_label.setBuddy(order)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(6)
        for combo in filters:
            top.addWidget(combo)
        middle = QHBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(period)
        middle.addStretch(1)
        middle.addWidget(order_label)
        middle.addWidget(order)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "muted")
        self.open_button = QPushButton(words.open)
        self.open_button.setObjectName("open_button")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reload_button = QPushButton(words.reload)
        self.reload_button.setObjectName("reload_button")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.status = StatusLine(status_name)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.reload_button, self.open_button, *buttons):
            bottom.addWidget(button)

        for sequence, slot in ((QKeySequence.StandardKey.Find, self._focus_search), *keys,
                               (QKeySequence("F5"), self._on_reload_button_clicked)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # --- what the subclass says -----------------------------------------------------------

    def _queries(self) -> tuple[Fetch, Count]:
        """How to fetch a page of the rows the filters ask for, and how to count them."""
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def _record_of_number(self, text: str) -> uuid.UUID:
        """The record a number (or serial) names; ``NotFound`` if none does."""
        raise NotImplementedError

    def _open_record(self, record_id: uuid.UUID) -> D | None:
        raise NotImplementedError

    def _row_after_enter(self) -> int:
        """The row Enter in the search box walks into when it named no record."""
        return max(self.selected_row(), 0)

    # --- the list ---------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Query again with what the box and filters say; keep (or move to) a selection."""
        self.search.stop()
        if select is None and self.selected_rows():
            select = self.model.row_at(self.selected_rows()[0]).id
        fetch, count = self._queries()
        try:
            self.model.load(fetch, count)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
        select_row(self.table, self.model.find(lambda row: row.id == select))
        self.count_label.setText(self.count_text(self.model.total))
        self.open_button.setEnabled(self.model.total > 0)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_row(self) -> int:
        rows = self.selected_rows()
        return rows[0] if rows else -1

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # another loket may have changed the list since

    # --- opening ------------------------------------------------------------------------

    def _show_dialog(self, load: Callable[[], D]) -> D | None:
        """The record ``load`` opens, shown over the tab in place of the one open before."""
        self.status.clear()
        try:
            dialog = load()
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        if self.dialog is not None:
            self.dialog.close()  # one opened record at a time
        # Every D has the signal; Python's types cannot say "a QDialog with changed".
        cast(RecordDialog, dialog).changed.connect(self._on_dialog_changed)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        open_modeless(dialog)
        return dialog

    def open_number(self, text: str) -> D | None:
        """Open the record a number (or serial) names; ``None`` if none does."""
        try:
            record_id = self._record_of_number(text)
        except NotFound:
            return None
        return self._open_record(record_id)

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(str)
    def _on_search_search_entered(self, text: str) -> None:
        """Enter: an exact number opens its record; else search now."""
        if text and self.open_number(text) is not None:
            return
        self.reload()
        if self.model.rowCount():
            self.table.setFocus()
            select_row(self.table, self._row_after_enter())

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_record(self.model.row_at(index.row()).id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.status.error(self._nothing_selected)
            return
        self._open_record(self.model.row_at(rows[0]).id)

    @Slot()
    def _on_reload_button_clicked(self) -> None:
        self.reload()

    @Slot(object)
    def _on_dialog_changed(self, detail: Any) -> None:
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
