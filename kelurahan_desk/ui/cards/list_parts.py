"""Parts the card lists share: a search box that waits for a pause in typing, a date range
that may be switched off, combo boxes of domain labels, and date conversions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from kelurahan_desk.domain.messages import Template
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import select_row

# The card lists have many columns: they fit a 1280 px window in a smaller type than the
# other lists use, as the Permohonan Akta list does.
PAGE_STYLE = """
QTableView { font-size: 9.5pt; }
QTableView QHeaderView::section { font-size: 9.5pt; padding: 4px 4px; }
"""

SEARCH_DELAY_MS = 300  # typing pauses this long before the list follows
DEFAULT_DAYS = 30  # the period offered when the date filter is switched on


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fixed_columns(table: QTableView, widths: Sequence[int], stretch: int) -> None:
    """Columns of ``widths``; column ``stretch`` takes what the window leaves (a name)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def date_edit(name: str, day: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def label_combo(name: str, first: str | None, labels: Mapping[Any, Template],
                only: Iterable[Any] | None = None) -> QComboBox:
    """A combo of domain labels (translated), data the enum value; ``first`` (data None)
    on top when given, e.g. "Semua status"."""
    combo = QComboBox()
    combo.setObjectName(name)
    if first is not None:
        combo.addItem(first, None)
    keep = set(only) if only is not None else None
    for key, label in labels.items():
        if keep is None or key in keep:
            combo.addItem(translated(label), key)
    return combo


def choose(combo: QComboBox, data: object) -> None:
    """Select the item holding ``data``."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


class SearchBox(QLineEdit):
    """A search field: the list follows after a pause in typing (``search_changed``);
    Enter (``search_entered``) searches at once; Down walks into ``table``.

    Signals: search_changed() — search now with the text; search_entered(str) — Enter.
    """

    search_changed = Signal()
    search_entered = Signal(str)

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder)
        self.table: QTableView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_changed)
        self.textEdited.connect(self._on_self_text_edited)
        self.returnPressed.connect(self._on_self_return_pressed)
        self.installEventFilter(self)

    def stop(self) -> None:
        """A search is being made now: the pending one is not needed."""
        self._timer.stop()

    @Slot(str)
    def _on_self_text_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_self_return_pressed(self) -> None:
        self._timer.stop()
        self.search_entered.emit(self.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.table
        if (watched is self and table is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and table.model().rowCount()):
            table.setFocus()
            rows = table.selectionModel().selectedRows()
            select_row(table, rows[0].row() if rows else 0)
            return True
        return super().eventFilter(watched, event)


class DateRange(QWidget):
    """"[x] <caption> [from] sampai [to]": a period that is off until ticked.

    Signals: changed() — ticked, unticked, or a date moved.
    """

    changed = Signal()

    def __init__(self, caption: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(caption)
        self.check.setObjectName("date_filter")
        self.date_from = date_edit("date_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.date_to = date_edit("date_to", today)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.check)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("sampai")))
        row.addWidget(self.date_to)
        self.check.toggled.connect(self._on_check_toggled)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self._on_check_toggled(False)

    @Slot(bool)
    def _on_check_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def period(self) -> tuple[date | None, date | None]:
        if not self.check.isChecked():
            return None, None
        return pydate(self.date_from.date()), pydate(self.date_to.date())
