"""The white box on top of an opened job, card or batch: its number, a status pill, a
notice when something waits, and facts in columns of caption over value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from kelurahan_desk.ui.style import set_role

HEADER_STYLE = """
QFrame#record_header { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }
QLabel#status_pill { font-weight: 700; padding: 3px 10px; border-radius: 10px;
                     background: #e8f1f2; }
QLabel#record_notice { color: #4a3b00; background: #fff8e1; border: 1px solid #e6c66a;
                       border-radius: 6px; padding: 4px 10px; }
QLabel[fact="caption"] { color: #5b6770; font-size: 9.5pt; }
QLabel[fact="value"] { color: #12343b; font-weight: 600; }
"""


class RecordHeader(QFrame):
    """``facts`` are (key, caption), laid out ``per_row`` to a row; ``wide`` facts (a list
    of witnesses) each take a whole row under them."""

    def __init__(self, facts: Sequence[tuple[str, str]], per_row: int = 4,
                 wide: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.setObjectName("record_header")
        self.title = QLabel()
        self.title.setObjectName("record_title")
        set_role(self.title, "subtitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("status_pill")
        self.notice = QLabel()
        self.notice.setObjectName("record_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        self.facts: dict[str, QLabel] = {}
        rows = -(-len(facts) // per_row)
        placed = [(divmod(n, per_row), 1, fact) for n, fact in enumerate(facts)]
        placed += [((rows + n, 0), per_row, fact) for n, fact in enumerate(wide)]
        for (row, column), span, (key, caption) in placed:
            label = QLabel(caption)
            label.setProperty("fact", "caption")
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setProperty("fact", "value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long place or name wraps; the dialog keeps its width
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row * 2, column, 1, span)
            grid.addWidget(value, row * 2 + 1, column, 1, span)
            if row:
                grid.setRowMinimumHeight(row * 2, 24)  # air between two rows of facts
            self.facts[key] = value
        for column in range(per_row):
            grid.setColumnStretch(column, 1)
        column_layout = QVBoxLayout(self)
        column_layout.setContentsMargins(14, 10, 14, 10)
        column_layout.addLayout(top)
        column_layout.addLayout(grid)
        column_layout.addWidget(self.notice)

    def show_status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")

    def set_fact(self, key: str, text: str) -> None:
        self.facts[key].setText(text or "—")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
