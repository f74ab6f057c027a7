"""NIK and No. KK fields that say, as the operator types, what the number means.

Under a NIK: "Perempuan · lahir 12/03/1990 · Kec. Kademangan, …"; under a No. KK its
region. While the field has the focus a number still being typed gets a calm count
("12 dari 16 angka"), not an error; once the operator leaves it, a short number is an
error like any other. The form's own checks about the field (a mother's NIK that decodes
as male, a witness twice) show under it too, without repeating what the decode says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kelurahan_desk.domain.nik import (
    NUMBER_LENGTH,
    InvalidKk,
    InvalidNik,
    NikInfo,
    format_date,
    parse_kk,
    parse_nik,
)
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.ui.akta.fields import FieldNote
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role


def _short_region(name: str | None) -> str:
    """"Kec. Kademangan, Kota Probolinggo": the province adds nothing under a field."""
    if not name:
        return ""
    parts = name.split(", ")
    return ", ".join(parts[:-1]) if len(parts) >= 3 else name


def _digits_so_far(text: str) -> int | None:
    """How many digits a number being typed has, or None when it holds anything else."""
    compact = "".join(c for c in text if c not in " .-\t")
    return len(compact) if compact.isdigit() else None


class NumberField(QWidget):
    """A 16-digit number with a line under it that explains it, and the form's notes.

    Signals: changed() — the text changed; finished() — the operator left the field
    after changing it (or pressed Enter); decoded(object) — what a valid number says
    (a ``NikInfo``/``KkInfo``), or None, whenever that changes.
    """

    changed = Signal()
    finished = Signal()
    decoded = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(24)  # room for spaces or dots in a pasted number
        self.edit.setPlaceholderText(self.tr("16 angka"))
        self.edit.setMinimumWidth(200)
        self.edit.setMaximumWidth(200)
        self.info = QLabel()
        self.info.setWordWrap(True)
        set_role(self.info, "muted")
        self.info.hide()
        self.note = FieldNote()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.info)
        column.addWidget(self.note)
        self.setFocusProxy(self.edit)
        # The edit keeps its 16-digit width; the lines under it use the row's width.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._own: tuple[list[str], list[str]] = ([], [])
        self._checks: tuple[list[str], list[str]] = ([], [])
        self._typing = False
        self._value: object | None = None
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.editingFinished.connect(self.finished)
        self.edit.installEventFilter(self)

    # --- public ----------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def value(self) -> object | None:
        """What the number says when it is valid (``NikInfo``/``KkInfo``), else None."""
        return self._value

    def show_checks(self, errors: list[str], warnings: list[str]) -> None:
        """The form's messages about this field (already translated)."""
        self._checks = (errors, warnings)
        self._render_note()

    def note_text(self) -> str:
        """The decode line and the messages under the field, as shown."""
        parts = [self.info.text()] if not self.info.isHidden() else []
        if not self.note.isHidden():
            parts.append(self.note.text())
        return "\n".join(parts)

    # --- decoding --------------------------------------------------------------------

    def _decode(self, text: str) -> tuple[str, list[str], list[str], object | None]:
        """(what the number says, errors, warnings, value) for a number of full length."""
        raise NotImplementedError

    @Slot(str)
    def _on_edit_text_changed(self, _text: str) -> None:
        self._refresh()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._refresh()
        return False

    def _refresh(self) -> None:
        text = self.edit.text().strip()
        info, value = "", None
        errors: list[str] = []
        warnings: list[str] = []
        count = _digits_so_far(text)
        self._typing = (count is not None and 0 < count < NUMBER_LENGTH
                        and self.edit.hasFocus())
        if not text:
            pass
        elif self._typing:
            info = self.tr("{count} dari {total} angka").format(
                count=count, total=NUMBER_LENGTH)
        else:
            info, errors, warnings, value = self._decode(text)
        self.info.setText(info)
        self.info.setVisible(bool(info))
        self._own = (errors, warnings)
        self._render_note()
        if value != self._value:
            self._value = value
            self.decoded.emit(value)

    def _render_note(self) -> None:
        own_errors, own_warnings = self._own
        # While a number is still being typed the line under it counts digits; the
        # form's "must be 16 digits" would contradict that calm count.
        checks = [] if self._typing else [m for m in self._checks[0] if m not in own_errors]
        warnings = own_warnings + [m for m in self._checks[1] if m not in own_warnings]
        self.note.show_checks(own_errors + checks, warnings)


class NikField(NumberField):
    """A NIK. ``today`` (the office's date) settles the century of the birth year."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        self._today = today
        super().__init__(parent)

    def nik_info(self) -> NikInfo | None:
        value = self.value()
        return value if isinstance(value, NikInfo) else None

    def _decode(self, text: str) -> tuple[str, list[str], list[str], object | None]:
        try:
            info = parse_nik(text, self._today())
        except InvalidNik as refused:
            return "", [translated(refused.message)], [], None
        sex = self.tr("Perempuan") if info.sex == Sex.FEMALE else self.tr("Laki-laki")
        parts = [sex, self.tr("lahir {date}").format(date=format_date(info.birth_date))]
        if info.region_name:
            parts.append(_short_region(info.region_name))
        return " · ".join(parts), [], [translated(w) for w in info.warnings], info


class KkField(NumberField):
    """A No. KK: length, digits and the issuing region (the rest is not confirmed)."""

    def _decode(self, text: str) -> tuple[str, list[str], list[str], object | None]:
        try:
            info = parse_kk(text)
        except InvalidKk as refused:
            return "", [translated(refused.message)], [], None
        region = _short_region(info.region_name) or info.region_code
        return (self.tr("Wilayah KK: {region}").format(region=region), [],
                [translated(w) for w in info.warnings], info)
