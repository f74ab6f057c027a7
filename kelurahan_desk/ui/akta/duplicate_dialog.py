"""The request being submitted beside the earlier ones that look like the same event.

The operator decides: the same child or death registered twice (cancel), or a different
one (twins; a second request after a cancelled akta) and the submission goes on. NIKs of
earlier requests are masked, except a NIK the operator typed in this form: the operator
knows it already, and seeing it whole is what shows the match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import (
    BIRTH_TYPE_LABELS,
    DEATH_CAUSE_LABELS,
    STATUS_LABELS,
    AktaForm,
    Person,
    RequestKind,
)
from kelurahan_desk.domain.nik import format_date, mask_nik
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services.akta_requests import DuplicateCandidate
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index
from kelurahan_desk.ui.style import set_role

_DIFFERENT = QColor("#fff1c2")


def _day(value: date | None) -> str:
    return format_date(value) if value else "—"


def _moment(day: date | None, at: time | None) -> str:
    return f"{_day(day)} {at:%H:%M}" if at else _day(day)


class ComparisonModel(QAbstractTableModel):
    """Rows are the facts compared; column 0 the new request, then each candidate."""

    def __init__(self, form: AktaForm, candidates: Sequence[DuplicateCandidate],
                 zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        typed = {p.nik for p in form.people().values() if p.nik} | (
            {form.deceased.nik} if form.deceased.nik else set())

        def nik(value: str) -> str:
            if not value:
                return "—"
            return value if value in typed else mask_nik(value)

        self._headers = [self.tr("Permohonan ini")] + [
            c.tracking_number or self.tr("Draf") for c in candidates]
        facts = self._facts(form.kind, nik)
        forms = [form, *(c.form for c in candidates)]
        self._captions = [caption for caption, _ in facts]
        columns: list[list[str]] = []
        for number, current in enumerate(forms):
            candidate = candidates[number - 1] if number else None
            column = [
                candidate.tracking_number or self.tr("(draf)") if candidate else
                self.tr("(belum diajukan)"),
                translated(STATUS_LABELS[candidate.status]) if candidate else self.tr("Baru"),
                candidate.created_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
                if candidate else self.tr("sekarang"),
            ]
            column += [read(current) for _, read in facts[3:]]
            columns.append(column)
        self._cells: list[list[str]] = columns

    def _facts(self, kind: RequestKind, nik: Callable[[str], str]
               ) -> list[tuple[str, Callable[[AktaForm], str]]]:
        def sex(value: Sex | None) -> str:
            if value is None:
                return "—"
            return self.tr("Perempuan") if value == Sex.FEMALE else self.tr("Laki-laki")

        def person(p: Person) -> str:
            return p.name or "—"

        common: list[tuple[str, Callable[[AktaForm], str]]] = [
            (self.tr("Nomor permohonan"), lambda f: ""),
            (self.tr("Status"), lambda f: ""),
            (self.tr("Dibuat"), lambda f: ""),
        ]
        if kind == RequestKind.BIRTH:
            return [
                *common,
                (self.tr("Nama anak"), lambda f: f.child.name or "—"),
                (self.tr("Jenis kelamin"), lambda f: sex(f.child.sex)),
                (self.tr("Lahir"), lambda f: _moment(f.child.birth_date, f.child.birth_time)),
                (self.tr("Tempat kelahiran"), lambda f: f.child.birth_place or "—"),
                (self.tr("Jenis kelahiran"), lambda f: translated(
                    BIRTH_TYPE_LABELS[f.child.birth_type])),
                (self.tr("Kelahiran ke-"), lambda f: str(f.child.birth_order or "—")),
                (self.tr("Ibu"), lambda f: person(f.mother)),
                (self.tr("NIK ibu"), lambda f: nik(f.mother.nik)),
                (self.tr("Ayah"), lambda f: person(f.father)),
                (self.tr("NIK ayah"), lambda f: nik(f.father.nik)),
                (self.tr("Pelapor"), lambda f: person(f.reporter)),
            ]
        return [
            *common,
            (self.tr("Nama almarhum/almarhumah"), lambda f: f.deceased.name or "—"),
            (self.tr("NIK"), lambda f: nik(f.deceased.nik)),
            (self.tr("Tanggal lahir"), lambda f: _day(f.deceased.birth_date)),
            (self.tr("Meninggal"), lambda f: _moment(f.deceased.death_date,
                                                     f.deceased.death_time)),
            (self.tr("Tempat kematian"), lambda f: f.deceased.place or "—"),
            (self.tr("Sebab kematian"), lambda f: translated(
                DEATH_CAUSE_LABELS[f.deceased.cause]) if f.deceased.cause else "—"),
            (self.tr("Pelapor"), lambda f: person(f.reporter)),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._captions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._cells)

    def cell(self, row: int, column: int) -> str:
        return self._cells[column][row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        value = self._cells[column][row]
        differs = column > 0 and row >= 3 and value != self._cells[0][row]
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return QBrush(_DIFFERENT)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and differs:
            return self.tr("Berbeda dengan permohonan ini")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return self._captions[section] if 0 <= section < len(self._captions) else None


class DuplicateDialog(QDialog):
    """Side by side; "Bukan duplikat — lanjutkan" submits anyway."""

    def __init__(self, parent: QWidget | None, form: AktaForm,
                 candidates: Sequence[DuplicateCandidate], zone: ZoneInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kemungkinan permohonan ganda"))
        self.resize(980, 690)
        if form.kind == RequestKind.BIRTH:
            why = self.tr("Sudah ada permohonan akta kelahiran dengan NIK ibu dan tanggal "
                          "lahir anak yang sama. Anak kembar memang begitu; anak yang sama "
                          "tidak boleh didaftarkan dua kali.")
        else:
            why = self.tr("Sudah ada permohonan akta kematian dengan NIK almarhum/almarhumah "
                          "yang sama.")
        intro = QLabel(why + " " + self.tr("Bandingkan, lalu putuskan. Kotak kuning: "
                                           "berbeda dengan permohonan ini."))
        intro.setWordWrap(True)
        title = QLabel(self.tr("Permohonan ini mungkin sudah pernah didaftarkan"))
        set_role(title, "subtitle")
        self.model = ComparisonModel(form, candidates, zone, self)
        self.table = QTableView()
        self.table.setObjectName("comparison")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.same_button = QPushButton(self.tr("Ini permohonan yang sama — batalkan"))
        self.same_button.setObjectName("same_button")
        self.same_button.setDefault(True)  # the safe answer is the one Enter gives
        self.different_button = QPushButton(self.tr("Bukan duplikat — lanjutkan"))
        self.different_button.setObjectName("different_button")
        buttons = QDialogButtonBox()
        buttons.addButton(self.different_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.same_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.different_button.clicked.connect(self.accept)
        self.same_button.clicked.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, form: AktaForm,
            candidates: Sequence[DuplicateCandidate], zone: ZoneInfo) -> bool:
        """True: not a duplicate, submit anyway; False: the same request, stop."""
        dialog = cls(parent, form, candidates, zone)
        return dialog.exec() == QDialog.DialogCode.Accepted
