"""The form's side panel: the reporting deadline, and what is still wrong (a list model)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.domain.akta import RequestKind
from kelurahan_desk.domain.akta_checks import Deadline, Severity, late_message
from kelurahan_desk.domain.nik import format_date
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import repolish, set_role

_ERROR = QColor("#b3261e")
_WARNING = QColor("#8a5a00")
_TODO = QColor("#33434b")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Problem:
    path: str
    severity: Severity
    caption: str  # "Ibu · NIK"; "" for the form as a whole
    message: str  # translated
    empty: bool = False  # fields not filled in yet: a to-do, not a mistake


class ProblemsModel(QAbstractListModel):
    """What the checks found, errors first; each row knows the field it belongs to."""

    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: p.severity != Severity.ERROR)
        if ordered == self._rows:
            return
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ("○ " if problem.empty else "⚠ " if problem.severity == Severity.WARNING
                    else "✖ ")
            text = f"{problem.caption}: {problem.message}" if problem.caption else (
                problem.message)
            return mark + text
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.message
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_TODO if problem.empty else _ERROR
                          if problem.severity == Severity.ERROR else _WARNING)
        if role == self.PathRole:
            return problem.path
        return None


class DeadlineBox(QFrame):
    """On time until a date, or late with what a late request needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadline_box")
        self.setProperty("card", True)
        self.title = QLabel(self.tr("Batas pelaporan"))
        set_role(self.title, "subtitle")
        self.state = QLabel()
        self.state.setObjectName("deadline_state")
        self.state.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("deadline_detail")
        self.detail.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.state)
        column.addWidget(self.detail)
        self.late = False

    def show_deadline(self, kind: RequestKind, deadline: Deadline | None, days: int,
                      today: date, working_days: bool = False) -> None:
        """``days``: the legal period in the office's settings (60 births, 30 deaths),
        counted in working days when ``working_days``."""
        self.late = bool(deadline and deadline.late)
        event = self.tr("kelahiran") if kind == RequestKind.BIRTH else self.tr("kematian")
        period = (self.tr("{days} hari kerja") if working_days else
                  self.tr("{days} hari")).format(days=days)
        if deadline is None:
            self.state.setText(self.tr("Isi tanggal {event} untuk melihat batasnya.").format(
                event=event))
            set_role(self.state, "muted")
            self.detail.setText(self.tr("Dilaporkan paling lambat {period} sesudah "
                                        "{event}.").format(period=period, event=event))
            set_role(self.detail, "muted")
        elif deadline.late:
            self.state.setText(self.tr("TERLAMBAT {days} hari").format(days=deadline.days_late))
            set_role(self.state, "error")
            self.detail.setText(translated(late_message(kind, deadline)))
            set_role(self.detail, "warning")
        else:
            left = (deadline.last_day - today).days
            self.state.setText(self.tr("Tepat waktu sampai {date}").format(
                date=format_date(deadline.last_day)))
            set_role(self.state, "ok")
            self.detail.setText(
                self.tr("Hari ini batas terakhir.") if left == 0 else
                self.tr("Masih {left} hari lagi (batas {period} sesudah {event}).").format(
                    left=left, period=period, event=event))
            set_role(self.detail, "muted")
        self._repolish()

    def show_reported(self, kind: RequestKind, deadline: Deadline, reported: date) -> None:
        """A request taken in: whether it was on time the day it was reported."""
        self.late = deadline.late
        if deadline.late:
            self.state.setText(self.tr("Dilaporkan {date}: terlambat {days} hari").format(
                date=format_date(reported), days=deadline.days_late))
            set_role(self.state, "error")
            self.detail.setText(translated(late_message(kind, deadline)))
            set_role(self.detail, "warning")
        else:
            self.state.setText(self.tr("Dilaporkan {date}: tepat waktu").format(
                date=format_date(reported)))
            set_role(self.state, "ok")
            self.detail.setText(self.tr("Batas pelaporan {date}.").format(
                date=format_date(deadline.last_day)))
            set_role(self.detail, "muted")
        self._repolish()

    def _repolish(self) -> None:
        self.setProperty("late", self.late)
        repolish(self)
