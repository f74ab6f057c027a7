"""People who sign a report, as rows of fields: name, position (jabatan), institution
(instansi) and the NIP a civil servant has. The official is one row; witnesses are rows
added and removed (Ctrl+T adds one; the × button or Ctrl+Delete in a row removes it).

A service refusal about a person names its field ``official.name``, ``witness2.nip``, …;
``show_errors`` puts each under its row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.spoiled_cards import NIP_LENGTH, Signatory
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role

_PARTS = ("name", "position", "institution", "nip")
_REMOVE_WIDTH = 30


def _nip_width(widget: QWidget) -> int:
    """Room for 18 digits and an edit's frame, in the font the style sheet gives."""
    widget.ensurePolished()
    return widget.fontMetrics().horizontalAdvance("0" * NIP_LENGTH) + 22


def _columns(widgets: Sequence[QWidget], tail: QWidget | None) -> QHBoxLayout:
    """Name, position and institution share the width; the NIP is as wide as 18 digits;
    a row that can be removed ends in its ×, the others in a gap as wide, so that rows
    and captions line up."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for widget in widgets[:3]:
        row.addWidget(widget, 1)
    widgets[3].setFixedWidth(_nip_width(widgets[3]))
    row.addWidget(widgets[3])
    if tail is not None:
        row.addWidget(tail)
    else:
        row.addSpacing(_REMOVE_WIDTH + 6)
    return row


class SignatoryHeader(QWidget):
    """The column captions (Nama, Jabatan, Instansi, NIP) over ``reference``'s fields and
    the rows under it: each caption is kept over its field whenever the field moves."""

    def __init__(self, reference: SignatoryFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.captions: dict[str, QLabel] = {}
        for part, text in zip(_PARTS, (self.tr("Nama"), self.tr("Jabatan"),
                                       self.tr("Instansi"), self.tr("NIP (bila ada)")),
                              strict=True):
            caption = QLabel(text, self)
            set_role(caption, "muted")
            caption.setIndent(4)  # over the text in the edit, not over its frame
            self.captions[part] = caption
            reference.edits[part].installEventFilter(self)
        self.setFixedHeight(next(iter(self.captions.values())).sizeHint().height())

    def sizeHint(self) -> QSize:
        # No layout of its own (the captions follow the fields): one line high.
        return QSize(0, self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.place()

    def place(self) -> None:
        origin = self.mapToGlobal(QPoint(0, 0)).x()
        for part, caption in self.captions.items():
            edit = self.reference.edits[part]
            left = edit.mapToGlobal(QPoint(0, 0)).x() - origin
            caption.setGeometry(left, 0, edit.width(), self.height())


class SignatoryFields(QWidget):
    """One person's four fields, with a remove button when ``removable``.

    Signals: remove_requested() — the × was pressed (or Ctrl+Delete in the row).
    """

    remove_requested = Signal()

    def __init__(self, prefix: str, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.edits: dict[str, QLineEdit] = {}
        placeholders = {"name": self.tr("nama dan gelar"), "position": self.tr("jabatan"),
                        "institution": self.tr("mis. Kecamatan Kademangan"),
                        "nip": self.tr("{count} angka").format(count=NIP_LENGTH)}
        for part in _PARTS:
            edit = QLineEdit()
            edit.setObjectName(f"{prefix}_{part}")
            edit.setPlaceholderText(placeholders[part])
            self.edits[part] = edit
        self.edits["nip"].setMaxLength(24)  # room for the spaces people type
        for part in ("name", "position", "institution"):
            self.edits[part].setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Fixed)
        self.remove_button: QPushButton | None = None
        if removable:
            self.remove_button = QPushButton("×")
            self.remove_button.setObjectName(f"{prefix}_remove")
            self.remove_button.setFixedWidth(_REMOVE_WIDTH)
            self.remove_button.setAutoDefault(False)
            self.remove_button.setToolTip(self.tr("Hapus baris ini (Ctrl+Delete)"))
            self.remove_button.clicked.connect(self.remove_requested)
            remove = QShortcut(QKeySequence("Ctrl+Delete"), self)
            remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            remove.activated.connect(self.remove_requested)
        self.error = QLabel()
        self.error.setObjectName(f"error_{prefix}")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(_columns(list(self.edits.values()), self.remove_button))
        column.addWidget(self.error)
        self.setFocusProxy(self.edits["name"])

    def value(self) -> Signatory:
        e = self.edits
        return Signatory(e["name"].text(), e["position"].text(), e["institution"].text(),
                         e["nip"].text())

    def set_value(self, person: Signatory) -> None:
        for part in _PARTS:
            self.edits[part].setText(getattr(person, part))
            self.edits[part].setCursorPosition(0)  # a long position shows its start

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values())

    def show_errors(self, fields: Mapping[str, object]) -> None:
        """The messages for this row's fields, each named by what it is about."""
        captions = {"name": self.tr("Nama"), "position": self.tr("Jabatan"),
                    "institution": self.tr("Instansi"), "nip": self.tr("NIP")}
        lines = [f"{captions[part]}: {translated(fields[f'{self.prefix}.{part}'])}"
                 for part in _PARTS if f"{self.prefix}.{part}" in fields]
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))


class WitnessList(QWidget):
    """Witness rows (``witness1``, ``witness2``, … in order), at least one.

    Signals: changed() — a row was added or removed.
    """

    changed = Signal()

    def __init__(self, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = most
        self.rows: list[SignatoryFields] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self.error = QLabel()
        self.error.setObjectName("error_witnesses")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.add_button = QPushButton(self.tr("&Tambah saksi (Ctrl+T)"))
        self.add_button.setObjectName("add_witness_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        add = QShortcut(QKeySequence("Ctrl+T"), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self._on_add_button_clicked)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(self._column)
        outer.addWidget(self.error)
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        outer.addLayout(below)
        self.add_row()

    def add_row(self, person: Signatory | None = None) -> SignatoryFields | None:
        if len(self.rows) >= self.most:
            return None
        row = SignatoryFields(f"witness{len(self.rows) + 1}", removable=True)
        row.remove_requested.connect(self._on_row_remove_requested)
        if person is not None:
            row.set_value(person)
        self.rows.append(row)
        self._column.addWidget(row)
        self._renumber()
        self.changed.emit()
        return row

    def remove_row(self, row: SignatoryFields) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        if not self.rows:
            self.add_row()
        self._renumber()
        self.rows[-1].setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        # The service names witnesses by their place in the list.
        for n, row in enumerate(self.rows, start=1):
            row.prefix = f"witness{n}"
            for part, edit in row.edits.items():
                edit.setObjectName(f"witness{n}_{part}")
        self.add_button.setEnabled(len(self.rows) < self.most)

    def set_witnesses(self, people: Sequence[Signatory]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        for person in people:
            self.add_row(person)
        if not self.rows:
            self.add_row()

    def witnesses(self) -> tuple[Signatory, ...]:
        """The rows filled in (an untouched empty row is not a witness)."""
        return tuple(row.value() for row in self.rows if not row.is_empty())

    def show_errors(self, fields: Mapping[str, object]) -> None:
        """Each witness's messages under its row; those about the list (none, too many,
        one person twice) under the list."""
        general = fields.get("witnesses")
        self.error.setText(translated(general) if general is not None else "")
        self.error.setVisible(general is not None)
        filled = [row for row in self.rows if not row.is_empty()]
        for n, row in enumerate(filled, start=1):
            row.prefix = f"witness{n}"  # the numbers the service saw
            row.show_errors(fields)
        for row in self.rows:
            if row.is_empty():
                row.show_errors({})

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        if row is not None:
            row.setFocus()

    @Slot()
    def _on_row_remove_requested(self) -> None:
        sender = self.sender()
        if isinstance(sender, SignatoryFields):
            self.remove_row(sender)
