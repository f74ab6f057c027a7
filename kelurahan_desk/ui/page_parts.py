"""Building blocks shared by pages, dialogs and the wizard: field errors, status line, tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    set_role(label, "error")
    label.hide()
    return label


class FormGrid(QGridLayout):
    """Caption and field rows, like ``QFormLayout`` but safe for messages that wrap.

    ``QFormLayout`` answers height-for-width with its rows' *minimum* heights, so once a
    wrapped message appears under a field, the line edits above it get squeezed flat.
    A grid asks each row for its real height.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setHorizontalSpacing(12)
        self._rows = 0
        self._captions: dict[QWidget, QLabel] = {}

    def add_row(self, caption: str, field: QWidget, level_with: QWidget | None = None) -> QLabel:
        """``caption`` left of ``field``; a mnemonic in it focuses ``field``.

        The caption is top-aligned and exactly as tall as ``level_with`` (default
        ``field``), so it stays level with the editor when a message grows the row.
        """
        editor = level_with or field
        label = QLabel(caption)
        label.setBuddy(editor)
        editor.ensurePolished()  # the style sheet's font decides the editor's height
        label.setFixedHeight(editor.sizeHint().height())
        self.addWidget(label, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        self.addWidget(field, self._rows, 1)
        self._captions[field] = label
        self._rows += 1
        return label

    def add_wide(self, widget: QWidget) -> None:
        """``widget`` across both columns (a hint, a group of fields, a message)."""
        self.addWidget(widget, self._rows, 0, 1, 2)
        self._rows += 1

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        """Show or hide ``field`` and its caption; a hidden row takes no space."""
        field.setVisible(visible)
        caption = self._captions.get(field)
        if caption is not None:
            caption.setVisible(visible)


class FieldErrors:
    """A red message under each field of a form (label objectName ``error_<field>``).

    A message for a field that has no row goes to ``general`` (``error_form``): a service
    that learns a new check still gets heard.
    """

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = _error_label("error_form")

    def add_row(
        self, form: FormGrid, caption: str, field: str, editor: QWidget, *below: QWidget
    ) -> QWidget:
        """Add a row: ``caption``, then ``editor`` with ``below`` and the error under it.

        Returns the field-column widget (for ``FormGrid.set_row_visible``).
        """
        error = _error_label(f"error_{field}")
        self.labels[field] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        for widget in (editor, *below, error):
            column.addWidget(widget)
        box.setFocusProxy(editor)
        form.add_row(caption, box, level_with=editor)
        return box

    def show(self, fields: Mapping[str, object]) -> None:
        """Show each field's message (translated) under its field; clears the rest first."""
        self.clear()
        general: list[str] = []
        for field, message in fields.items():
            label = self.labels.get(field)
            if label is None:
                general.append(translated(message))
            else:
                label.setText(translated(message))
                label.show()
        if general:
            self.show_general("\n".join(general))

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        """The message under ``field`` ("" when none); for tests and screen readers."""
        label = self.labels.get(field, self.general)
        return "" if label.isHidden() else label.text()


class StatusLine(QLabel):
    """One line under a tab's buttons: what just happened, green, or why not, red."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()

    def ok(self, text: str) -> None:
        self._say(text, "ok")

    def error(self, text: str) -> None:
        self._say(text, "error")

    def busy(self, text: str) -> None:
        self._say(text, "muted")

    def clear(self) -> None:
        super().clear()
        self.hide()

    def _say(self, text: str, role: str) -> None:
        set_role(self, role)
        self.setText(text)
        self.show()


def table_view(model: QAbstractItemModel, name: str, widths: Sequence[int]) -> QTableView:
    """A read-only table that selects one whole row at a time.

    ``widths`` are the starting widths of all columns but the last, which takes the rest;
    short lists read better with fixed columns than with one name column stretched wide.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return view


def select_row(view: QTableView, row: int) -> None:
    if row >= 0:
        view.selectionModel().setCurrentIndex(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def dialog_buttons(
    dialog: QDialog, ok_text: str, cancel_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (the default button, so Enter submits) and Cancel for a small dialog."""
    box = QDialogButtonBox()
    ok = QPushButton(ok_text)
    ok.setObjectName("ok_button")
    ok.setDefault(True)  # Enter in any field submits
    set_role(ok, "primary")
    cancel = QPushButton(cancel_text)
    cancel.setObjectName("cancel_button")
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.clicked.connect(dialog.reject)
    return box, ok


def password_edit(name: str) -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
