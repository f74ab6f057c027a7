"""The kiosk's look and its parts: the scaled stylesheet and the big service buttons."""

from __future__ import annotations

import logging
import re
import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from kelurahan_desk.ui.style import set_role

log = logging.getLogger(__name__)

# The kiosk's own look, drawn for 1920×1080 and scaled to the window (``kiosk_stylesheet``):
# a touch screen is read from arm's length whatever its resolution. Dark on light or white
# on dark teal; scaled down to the smallest supported window nothing is below 22 px.
KIOSK_STYLESHEET = """
KioskWindow { background: #eef1f3; }
QFrame#kiosk_header { background: #12343b; }
QFrame#kiosk_header QLabel { color: white; }
QLabel#welcome { font-size: 44px; font-weight: 700; }
QLabel#instruction { font-size: 30px; color: #d7e8ea; }
QLabel#clock { font-size: 68px; font-weight: 700; }
QLabel#date { font-size: 28px; color: #d7e8ea; }
QLabel#priority_caption { font-size: 32px; font-weight: 700; color: #12343b; }
QLabel#priority_hint { font-size: 28px; color: #33434a; }
QPushButton[role="kiosk-priority"] {
    font-size: 36px; font-weight: 700; color: #12343b; background: white;
    border: 4px solid #12343b; border-radius: 18px; padding: 8px 32px; min-height: 64px;
}
QPushButton[role="kiosk-priority"]:checked {
    background: #ffd54f; color: black; border: 5px solid black;
}
QLabel#footer { font-size: 28px; color: #33434a; }

QFrame#ticket_page { background: #12343b; }
QFrame#ticket_page QLabel { color: white; }
QLabel#ticket_heading { font-size: 52px; font-weight: 700; }
QFrame#ticket_page QLabel#ticket_code { font-size: CODEpx; font-weight: 800; color: #ffd54f; }
QLabel#ticket_service { font-size: 46px; font-weight: 700; }
QFrame#ticket_page QLabel#ticket_priority {
    font-size: 36px; font-weight: 700; color: black; background: #ffd54f;
    border-radius: 14px; padding: 4px 24px;
}
QLabel#people_ahead { font-size: 48px; }
QFrame#ticket_page QLabel#print_status { font-size: 36px; color: #d7e8ea; }
QFrame#print_box[role="error"] {
    background: #fff3cd; border: 6px solid #b3261e; border-radius: 16px;
}
QFrame#ticket_page QFrame#print_box[role="error"] QLabel#print_status {
    font-weight: 700; color: #5c1200;
}
QFrame#refusal_page { background: white; }
QLabel#refusal_heading { font-size: 52px; font-weight: 700; color: #12343b; }
QLabel#refusal_service { font-size: 42px; font-weight: 700; color: #33434a; }
QLabel#refusal_reason { font-size: 56px; font-weight: 800; color: #a3211a; }
QLabel#refusal_advice { font-size: 36px; color: #12343b; }
QPushButton[role="kiosk-back"] {
    font-size: 36px; font-weight: 700; color: #12343b; background: white;
    border: 5px solid #12343b; border-radius: 18px; padding: 10px 56px; min-height: 64px;
}
QFrame#refusal_page QPushButton[role="kiosk-back"] { background: #12343b; color: white; }
"""

# The service buttons, scaled once more when many services share the screen.
SERVICE_STYLESHEET = """
QPushButton[role="kiosk-service"] {
    background: #145a63; border: 4px solid #0b3a40; border-radius: 24px;
}
QPushButton[role="kiosk-service"]:pressed { background: #0b3a40; }
QPushButton[role="kiosk-service-refused"] {
    background: #dfe3e6; border: 4px dashed #8a959e; border-radius: 24px;
}
QLabel[role="kiosk-letter"] {
    font-size: 90px; font-weight: 800; color: #145a63; background: white;
    border-radius: 75px; min-width: 150px; max-width: 150px;
    min-height: 150px; max-height: 150px;
}
QLabel[role="kiosk-letter-refused"] {
    font-size: 90px; font-weight: 800; color: #7d878f; background: #f4f5f6;
    border-radius: 75px; min-width: 150px; max-width: 150px;
    min-height: 150px; max-height: 150px;
}
QLabel[role="kiosk-name"] { font-size: 50px; font-weight: 700; color: white; }
QLabel[role="kiosk-name-refused"] { font-size: 50px; font-weight: 700; color: #4a545c; }
QLabel[role="kiosk-waiting"] { font-size: 36px; color: #e6f2f3; }
QLabel[role="kiosk-waiting-refused"] { font-size: 36px; font-weight: 700; color: #8c1d18; }
"""
MIN_SCALE = 0.8  # 1280×800 (the smallest screen supported) is drawn at 0.8
MAX_SCALE = 1.5


def scale_for(width: int, height: int) -> float:
    return max(MIN_SCALE, min(MAX_SCALE, width / 1920, height / 1080))


def _scaled(sheet: str, scale: float) -> str:
    return re.sub(r"(\d+)px", lambda m: f"{max(1, round(int(m[1]) * scale))}px", sheet)


def kiosk_stylesheet(scale: float, density: float, code_px: int) -> str:
    """The kiosk's look for a window ``scale`` and a service ``density``; the number's size."""
    return (_scaled(KIOSK_STYLESHEET, scale).replace("CODEpx", f"{code_px}px")
            + _scaled(SERVICE_STYLESHEET, scale * density))


MIN_DENSITY = 0.5


def grid_shape(services: int) -> tuple[int, float]:
    """Columns of service buttons, and how much smaller their words start, for a count.

    Up to six services nothing on the start screen is below 22 px at 1280×800; more, or
    long names, shrink the buttons' words further until they fit (``MIN_DENSITY``).
    """
    if services <= 4:
        return 2, 1.0
    if services <= 6:
        return 2, 0.8
    if services <= 9:
        return 3, 0.65
    return 4, 0.55


def code_px(height: int) -> int:
    """The number is the one thing to read from afar: as big as the screen allows."""
    return max(96, min(300, height // 5))


def kiosk_label(name: str, text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def as_sentence(text: str) -> str:
    """``text`` ending in a full stop, so another sentence can follow it."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


class TapPage(QFrame):
    """A full-screen page that reports a touch anywhere on it."""

    tapped = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit()
        super().mouseReleaseEvent(event)


class ServiceButton(QPushButton):
    """One service: its letter, its name, and how many wait (or why it is closed).

    Signals:
        crowded(): its words need more room than it has.
    """

    crowded = Signal()

    def __init__(self, service_id: uuid.UUID) -> None:
        super().__init__()
        self.service_id = service_id
        self.refused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.letter = kiosk_label("service_letter", wrap=False)
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = kiosk_label("service_name")
        self.status = kiosk_label("service_status")
        for label in (self.letter, self.name, self.status):
            # The button takes the touch wherever it lands, also on its words.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addStretch(1)
        words.addWidget(self.name)
        words.addWidget(self.status)
        words.addStretch(1)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(24, 10, 24, 10)
        self._row.setSpacing(24)
        self._row.addWidget(self.letter, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addLayout(words, 1)

    def show_service(self, prefix: str, name: str, status: str, refused: bool) -> None:
        self.refused = refused
        self.letter.setText(prefix)
        self.name.setText(name)
        self.status.setText(status)
        suffix = "-refused" if refused else ""
        set_role(self, f"kiosk-service{suffix}")
        set_role(self.letter, f"kiosk-letter{suffix}")
        set_role(self.name, f"kiosk-name{suffix}")
        set_role(self.status, f"kiosk-waiting{suffix}")
        self.setAccessibleName(f"{prefix}, {name}, {status}")
        if not self.fits():
            self.crowded.emit()

    def fits(self) -> bool:
        return self._row.totalHeightForWidth(self.width()) <= self.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.fits():
            self.crowded.emit()

    # QPushButton sizes itself by its own text; this one is as big as its words need.
    def sizeHint(self) -> QSize:
        return self._row.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._row.minimumSize()
