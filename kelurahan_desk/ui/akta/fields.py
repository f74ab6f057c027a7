"""Editors of the F-2.01 form that may stay empty (a draft lacks things), and field notes.

A ``QDateEdit`` or ``QTimeEdit`` always holds a value; a draft must be able to say "not
known yet". Both show a dash for the lowest value they can hold and read it as empty;
typing a digit into an empty one starts from a sensible value, so typing "12032026"
gives 12/03/2026 and "0830" gives 08:30, and Delete empties the whole field again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from enum import Enum

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.messages import Template
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role

EMPTY_TEXT = "—"
_EMPTY_DATE = QDate(1800, 1, 1)
_LAST_DATE = QDate(2100, 12, 31)
# Seconds are never shown: a time the operator typed carries one second, so midnight
# (00:00:01) is a real time and 00:00:00, the lowest value, can stand for "empty".
_TYPED_SECOND = 1
_SEPARATORS = ("/", ".", "-", ":")
_CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def _clears(widget: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Backspace or Delete over the whole text empties the field."""
    line = widget.lineEdit()
    whole = line.hasSelectedText() and line.selectedText() == line.text()
    return whole and event.key() in _CLEAR_KEYS


def _repeated_separator(widget: QDateTimeEdit, event: QKeyEvent) -> bool:
    """A separator typed right after Qt already moved on to the next part ("12/" after
    "12" filled the day) would skip a part; it is swallowed instead."""
    if event.text() not in _SEPARATORS:
        return False
    line = widget.lineEdit()
    at = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
    return at > 0 and line.text()[at - 1] in _SEPARATORS


class OptionalDateEdit(QDateEdit):
    """A date as dd/MM/yyyy with a calendar, or nothing (shown as a dash).

    Signals: value_changed() — the date changed, by typing, the calendar or code.
    """

    value_changed = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setDateRange(_EMPTY_DATE, _LAST_DATE)
        self.setSpecialValueText(EMPTY_TEXT)
        self.setDate(_EMPTY_DATE)
        self.setMinimumWidth(150)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(self.value_changed)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY_DATE if value is None else QDate(value))

    def is_empty(self) -> bool:
        return self.date() == _EMPTY_DATE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _clears(self, event):
            self.set_value(None)
            self.selectAll()
            return
        if _repeated_separator(self, event):
            return
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate(self.today))
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field's calendar would open in the year 1800: open it at today instead.
        if event.type() == QEvent.Type.Show and self.is_empty():
            self.calendarWidget().setCurrentPage(self.today.year, self.today.month)
        return False


class OptionalTimeEdit(QTimeEdit):
    """A time as HH:mm (24 hours), or nothing (shown as a dash).

    Signals: value_changed() — the time changed.
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setTimeRange(QTime(0, 0, 0), QTime(23, 59, 59))
        self.setSpecialValueText(EMPTY_TEXT)
        self.setTime(QTime(0, 0, 0))
        self.setMinimumWidth(90)
        self.timeChanged.connect(self.value_changed)

    def value(self) -> time | None:
        current = self.time()
        if current == QTime(0, 0, 0):
            return None
        return time(current.hour(), current.minute())

    def set_value(self, value: time | None) -> None:
        self.setTime(QTime(0, 0, 0) if value is None else
                     QTime(value.hour, value.minute, _TYPED_SECOND))

    def is_empty(self) -> bool:
        return self.time() == QTime(0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _clears(self, event):
            self.set_value(None)
            self.selectAll()
            return
        if _repeated_separator(self, event):
            return
        if self.is_empty() and event.text().isdigit():
            self.setTime(QTime(0, 0, _TYPED_SECOND))
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)


class DecimalEdit(QLineEdit):
    """A measurement typed the Indonesian way, with a decimal comma ("3,25"); a dot is
    taken too. Empty means unknown."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\d{0,3}([.,]\d{0,2})?$"), self))
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(110)

    def value(self) -> float | None:
        text = self.text().strip().replace(",", ".")
        if not text or text == ".":
            return None
        return float(text)

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}".replace(".", ","))


class CodedCombo[E: Enum](QComboBox):
    """One of F-2.01's coded answers, chosen from a list; nothing chosen shows a prompt.

    With ``numbered`` each item starts with the form's own code ("1 · RS/RB"), so the
    operator copying a paper form can type the digit it carries.
    """

    def __init__(self, labels: Mapping[E, Template], prompt: str, *, numbered: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(prompt)
        for value, label in labels.items():
            text = translated(label)
            self.addItem(f"{value.value} · {text}" if numbered else text, value)
        self.setCurrentIndex(-1)
        self.setMinimumWidth(180)

    def value(self) -> E | None:
        index = self.currentIndex()
        return None if index < 0 else self.itemData(index)

    def set_value(self, value: E | None) -> None:
        self.setCurrentIndex(-1 if value is None else self.findData(value))

    def choose(self, value: E) -> None:
        """Pick ``value`` as the operator would (the ``activated`` path)."""
        index = self.findData(value)
        self.setCurrentIndex(index)
        self.activated.emit(index)


class OrderSpin(QSpinBox):
    """Kelahiran ke-: a whole number, or nothing yet (a dash)."""

    def __init__(self, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, most)
        self.setSpecialValueText(EMPTY_TEXT)
        self.setMaximumWidth(90)

    def number(self) -> int | None:
        return self.value() or None

    def set_number(self, value: int | None) -> None:
        self.setValue(value or 0)


class FieldNote(QWidget):
    """What the checks say about one field: errors in red, warnings in amber, each on its
    own line; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        set_role(self.errors, "error")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        set_role(self.warnings, "warning")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.errors)
        column.addWidget(self.warnings)
        self.show_checks([], [])

    def show_checks(self, errors: list[str], warnings: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))
        self.warnings.setText("\n".join(f"⚠ {text}" for text in warnings))
        self.warnings.setVisible(bool(warnings))
        self.setVisible(bool(errors or warnings))

    def text(self) -> str:
        """Everything shown, errors first ("" when nothing); for tests and screen readers."""
        return "\n".join(label.text() for label in (self.errors, self.warnings)
                         if not label.isHidden())


class CheckLabel(QLabel):
    """A check box's wrapping text: clicking it toggles the box, like the box's own text
    (a ``QCheckBox`` does not wrap, and long document names need to)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box
        box.setAccessibleName(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus()
        super().mousePressEvent(event)


def wrapping_check(box: QCheckBox, text: str) -> QWidget:
    """``box`` with ``text`` beside it that wraps."""
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(CheckLabel(text, box), 1)
    return row_widget
