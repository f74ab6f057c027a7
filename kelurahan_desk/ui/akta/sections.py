"""Sections of the F-2.01 form: a card with a heading, and groups of captioned fields.

Every field has a path the checks use ("mother.nik", "child.weight_kg"); a group keeps,
for each path, the widget to focus, the note under it and whether the operator has been
there yet, so a fresh form is not covered in "Wajib diisi" before anyone typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import CITIZENSHIP_LABELS, Citizenship, Person
from kelurahan_desk.ui.akta.fields import (
    CodedCombo,
    FieldNote,
    OptionalDateEdit,
    OptionalTimeEdit,
)
from kelurahan_desk.ui.akta.number_fields import KkField, NikField, NumberField
from kelurahan_desk.ui.page_parts import FormGrid
from kelurahan_desk.ui.style import set_role

CAPTION_WIDTH = 180
NAME_WIDTH = 400
MAX_TEXT = 120  # akta_checks.MAX_TEXT: longer text is refused, so it cannot be typed


class Checked(Protocol):
    def show_checks(self, errors: list[str], warnings: list[str]) -> None: ...


@dataclass
class FieldSlot:
    """One field of the form as the checks and the problems list know it."""

    path: str
    section: str  # "Ibu"
    label: str  # "NIK"
    widget: QWidget  # what gets the focus
    note: Checked
    touched: bool = False

    @property
    def caption(self) -> str:
        """"Ibu · NIK", for the problems list."""
        return f"{self.section} · {self.label}" if self.section else self.label


class Card(QFrame):
    """A white card with a heading; the form's sections sit in these."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.heading = QLabel(title)
        set_role(self.heading, "subtitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 14, 20, 18)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)

    def add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)


def line_edit(name: str, width: int = NAME_WIDTH, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(MAX_TEXT)
    edit.setMinimumWidth(width)
    edit.setMaximumWidth(width)
    edit.setPlaceholderText(placeholder)
    return edit


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


class FieldGroup(QWidget):
    """Captioned fields in a grid (captions level with their editors), one section's part.

    Signals: changed() — any field changed; touched(str) — the operator finished a field
    (its path).
    """

    changed = Signal()
    touched = Signal(str)

    def __init__(self, prefix: str, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.section = section
        self.grid = FormGrid(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnMinimumWidth(0, CAPTION_WIDTH)
        self.grid.setVerticalSpacing(8)
        self.slots: dict[str, FieldSlot] = {}

    def add(self, key: str, caption: str, editor: QWidget, *, after: str = "") -> QWidget:
        """A row: ``caption``, then ``editor`` (with ``after``, e.g. a unit) and its note."""
        return self.add_row(caption, [(key, editor, after, caption)])

    def add_row(self, caption: str, parts: Sequence[tuple[str, QWidget, str, str]]) -> QWidget:
        """Several fields on one row (date and time, weight and length), each given as
        (key, editor, unit after it, its own caption for the problems list); each keeps
        its own note under the row."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        line = QHBoxLayout()
        line.setSpacing(8)
        notes: list[QWidget] = []
        for key, editor, after, own_caption in parts:
            editor.setObjectName(editor.objectName() or f"{self.prefix}_{key}")
            line.addWidget(editor, 1 if isinstance(editor, NumberField) else 0)
            if after:
                line.addWidget(QLabel(after))
                line.addSpacing(12)
            note: Checked
            if isinstance(editor, NumberField):
                note = editor
            else:
                field_note = FieldNote()
                field_note.setObjectName(f"note_{self.prefix}_{key}")
                notes.append(field_note)
                note = field_note
            self._register(key, editor, note, own_caption.replace("&", ""))
        if not isinstance(parts[-1][1], NumberField):
            line.addStretch(1)
        column.addLayout(line)
        for note_widget in notes:
            column.addWidget(note_widget)
        box.setFocusProxy(parts[0][1])
        self.grid.add_row(caption, box, level_with=parts[0][1] if not isinstance(
            parts[0][1], NumberField) else parts[0][1].edit)
        return box

    def add_wide(self, widget: QWidget) -> None:
        self.grid.add_wide(widget)

    def _register(self, key: str, editor: QWidget, note: Checked, caption: str) -> None:
        path = f"{self.prefix}.{key}"
        self.slots[path] = FieldSlot(path, self.section, caption, editor, note)

        def done() -> None:
            self._on_field_finished(path)

        if isinstance(editor, NumberField):
            editor.changed.connect(self.changed)
            editor.finished.connect(done)
        elif isinstance(editor, OptionalDateEdit | OptionalTimeEdit):
            editor.value_changed.connect(self.changed)
            editor.editingFinished.connect(done)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self.changed)
            editor.activated.connect(done)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(self.changed)
            editor.editingFinished.connect(done)
        elif isinstance(editor, QAbstractSpinBox) and not isinstance(editor, QDateTimeEdit):
            editor.valueChanged.connect(self.changed)  # type: ignore[attr-defined]
            editor.editingFinished.connect(done)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self.changed)

    def _on_field_finished(self, path: str) -> None:
        self.slots[path].touched = True
        self.touched.emit(path)

    def touch_all(self) -> None:
        for slot in self.slots.values():
            slot.touched = True

    def mark_filled(self) -> None:
        """Fields filled from elsewhere (the resident list) count as visited."""
        self.touch_all()
        self.changed.emit()
        for path in self.slots:
            self.touched.emit(path)

    def set_enabled_fields(self, enabled: bool) -> None:
        for slot in self.slots.values():
            slot.widget.setEnabled(enabled)

    def checkbox(self, name: str) -> QCheckBox:
        """A check box that belongs to this part of the form (its text goes beside it
        with ``wrapping_check``)."""
        box = QCheckBox()
        box.setObjectName(name)
        box.toggled.connect(self.changed)
        return box


class PersonFields(FieldGroup):
    """Reporter, witness or parent. Reporter and witnesses: name, NIK, No. KK and
    citizenship; parents: name, NIK, place and date of birth and citizenship (F-2.01)."""

    def __init__(self, prefix: str, section: str, today: Callable[[], date], *,
                 parent_of_child: bool, parent: QWidget | None = None) -> None:
        super().__init__(prefix, section, parent)
        self.parent_of_child = parent_of_child
        self.name = line_edit(f"{prefix}_name")
        self.nik = NikField(today)
        self.nik.edit.setObjectName(f"{prefix}_nik")
        self.kk: KkField | None = None
        self.birth_place: QLineEdit | None = None
        self.birth_date: OptionalDateEdit | None = None
        self.add("name", self.tr("Nama lengkap"), self.name)
        self.add("nik", self.tr("NIK"), self.nik)
        if parent_of_child:
            self.birth_place = line_edit(f"{prefix}_birth_place", 260)
            self.birth_date = OptionalDateEdit(today())
            self.add("birth_place", self.tr("Tempat lahir"), self.birth_place)
            self.add("birth_date", self.tr("Tanggal lahir"), self.birth_date)
        else:
            self.kk = KkField()
            self.kk.edit.setObjectName(f"{prefix}_kk")
            self.add("kk", self.tr("No. KK"), self.kk)
        self.citizenship: CodedCombo[Citizenship] = CodedCombo(
            CITIZENSHIP_LABELS, self.tr("— pilih —"))
        self.citizenship.set_value(Citizenship.WNI)
        self.citizenship.setMinimumWidth(100)
        self.citizenship.setMaximumWidth(120)
        self.add("citizenship", self.tr("Kewarganegaraan"), self.citizenship)
        # What F-2.01 does not ask of this role, but a loaded request may carry (a
        # parent's No. KK), goes back unchanged rather than lost.
        self._kept = Person()

    def person(self) -> Person:
        return Person(
            name=self.name.text(),
            nik=self.nik.text(),
            kk=self.kk.text() if self.kk else self._kept.kk,
            birth_place=self.birth_place.text() if self.birth_place else (
                self._kept.birth_place),
            birth_date=self.birth_date.value() if self.birth_date else (
                self._kept.birth_date),
            citizenship=self.citizenship.value() or Citizenship.WNI,
        )

    def set_person(self, person: Person) -> None:
        self._kept = person
        self.name.setText(person.name)
        self.nik.set_text(person.nik)
        if self.kk is not None:
            self.kk.set_text(person.kk)
        if self.birth_place is not None:
            self.birth_place.setText(person.birth_place)
        if self.birth_date is not None:
            self.birth_date.set_value(person.birth_date)
        self.citizenship.set_value(person.citizenship)

    def fill(self, *, name: str, nik: str, kk: str, birth_place: str,
             birth_date: date | None) -> None:
        """Take a person from the resident list; the fields count as visited."""
        self.set_person(Person(name, nik, kk, birth_place, birth_date, Citizenship.WNI))
        self.mark_filled()


def focus_field(widget: QWidget) -> None:
    """Focus a field and select what it holds, so typing replaces it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    target = widget.edit if isinstance(widget, NumberField) else widget
    if isinstance(target, QLineEdit | QAbstractSpinBox):
        target.selectAll()
