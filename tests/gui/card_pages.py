"""Helpers of the card pages' tests: a dialog answered through its own form, a page's
shortcut pressed, a code scanned into the main window, today in the office."""

from __future__ import annotations

import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

ZONE = ZoneInfo("Asia/Jakarta")


def today() -> date:
    return datetime.now(ZONE).date()


def stand_in(monkeypatch, dialog_class, fill, seen=None):
    """``dialog_class.ask`` builds the real dialog, lets ``fill`` type into it, presses OK
    and answers what the dialog's own submit returned (as ``exec`` would)."""

    def ask(cls, *args):
        dialog = cls(*args)
        fill(dialog)
        dialog.ok_button.click()
        if seen is not None:
            seen.append(dialog)
        return dialog.result_value if dialog.result() == dialog.DialogCode.Accepted else None

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))


def press(widget, keys: str) -> None:
    """The shortcut ``keys`` of ``widget``'s window, as the key would (an offscreen window
    is not reliably the active one, which Qt asks before it hands a key to a shortcut)."""
    (shortcut,) = [s for s in widget.findChildren(QShortcut)
                   if s.key() == QKeySequence(keys) and s.parent() is widget]
    shortcut.activated.emit()


def scan(window, text: str) -> None:
    """A scanner: the whole code and Enter within a few milliseconds."""
    start = time.monotonic()
    for n, char in enumerate(text):
        window.scanner.feed(ord(char), char, start + n * 0.001)
    window.scanner.feed(Qt.Key.Key_Return, "\r", start + len(text) * 0.001)
