"""A barcode scanner is a keyboard: notice a scan wherever the focus is."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

# Scanners type a whole code in a few milliseconds; people need ~100 ms per key.
MAX_GAP_S = 0.035
MIN_LENGTH = 5


class ScanListener(QObject):
    """Watches a window's key presses; a fast burst ended by Enter is a scan.

    Install it on the window's ``QWindow`` (``widget.windowHandle()``), which sees each
    key press exactly once, before Qt hands it to the focused widget; an application-wide
    filter would see it again for every parent it propagates to.

    Signals: scanned(str) — the scanned text. The keys still reach the focused widget:
    a scan into a text field also fills it, as users expect of a keyboard scanner.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = ""
        self._last = 0.0

    def feed(self, key: int, text: str, at: float) -> None:
        """One key press at ``at`` seconds (monotonic); the event filter's logic, testable."""
        if at - self._last > MAX_GAP_S:
            self._buffer = ""
        self._last = at
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if len(self._buffer) >= MIN_LENGTH:
                self.scanned.emit(self._buffer)
            self._buffer = ""
        elif text and text.isprintable():
            self._buffer += text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.isAutoRepeat()
        ):
            self.feed(event.key(), event.text(), time.monotonic())
        return False
