"""The base of the small forms the card pages ask with: a note, fields with a message under
each, and OK/Cancel. The dialog stays open until its ``submit`` (the service call) accepts
what was typed; a refusal shows under the field it concerns, or above the buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import FieldErrors, FormGrid, dialog_buttons
from kelurahan_desk.ui.style import set_role


class AskDialog(QDialog):
    """Subclasses add rows to ``form`` (through ``errors.add_row``), call
    ``finish_layout`` and implement ``submit``; ``answer`` runs the dialog."""

    def __init__(self, parent: QWidget | None, title: str, note: str, width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.result_value: Any = None
        self.errors = FieldErrors()
        self.note = QLabel(note)
        self.note.setObjectName("ask_note")
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        self.note.setVisible(bool(note))
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.note)
        self.form = FormGrid()
        self.column.addLayout(self.form)

    def add_tall_row(self, caption: str, field: str, editor: QWidget, *below: QWidget) -> None:
        """A row for a tall editor (a text box, a list): its caption stands level with the
        editor's first line, not in its middle; the message for ``field`` goes under it."""
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        set_role(error, "error")
        error.hide()
        self.errors.labels[field] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(editor, 1)
        for widget in (*below, error):
            column.addWidget(widget)
        box.setFocusProxy(editor)
        one_line = QLineEdit(self)  # measures a line's height; never shown
        one_line.hide()
        label = self.form.add_row(caption, box, level_with=one_line)
        label.setBuddy(editor)

    def finish_layout(self, ok_text: str, cancel_text: str, grow: bool = False) -> None:
        """OK and Cancel under the form; ``grow``: the form takes the height (a list in
        it), else the room is left blank above the buttons."""
        box, self.ok_button = dialog_buttons(self, ok_text, cancel_text)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        if grow:
            self.column.setStretchFactor(self.form, 1)
        else:
            self.column.addStretch(1)
        self.column.addWidget(self.errors.general)
        self.column.addWidget(box)

    def submit(self) -> Any:
        raise NotImplementedError

    def show_invalid(self, fields: dict[str, Message]) -> None:
        """Each refused field's message under it (a subclass with rows of its own, such
        as signatories, takes theirs first)."""
        self.errors.show(fields)

    def ready(self) -> bool:
        """Whether there is something to submit; say what is missing when not."""
        return True

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        if not self.ready():
            return
        try:
            self.result_value = self.submit()
        except InvalidInput as exc:
            self.show_invalid(exc.fields)
            return
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))
            return
        self.accept()

    def answer(self) -> Any:
        """Run the dialog: the submit's result, or ``None`` when cancelled."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        self.deleteLater()  # parented to a page or dialog: do not let them pile up
        return self.result_value if accepted else None
