"""A page whose feature is not built yet says so plainly, and what it will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kelurahan_desk.ui.style import set_role


class PlaceholderPage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        set_role(heading, "title")
        notice = QLabel(
            self.tr("<b>Halaman ini belum tersedia di versi ini.</b><br>{promise}").format(
                promise=promise
            )
        )
        notice.setObjectName("notice")
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.RichText)
        set_role(notice, "notice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(notice)
        layout.addStretch(1)
