"""An operator window's picture for the inspector's console, while a sidak runs.

The window (and any dialog open over it) is grabbed on the GUI thread and scaled down;
encoding the PNG and writing it to the store happen in a worker thread, one picture at a
time: a slow disk skips a picture instead of queueing them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.inspection import publish_snapshot
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.background import run_in_background

PUBLISH_MS = 1500  # the console calls a picture older than 6 s "offline"
MAX_WIDTH = 1024  # readable when enlarged, ~100–250 kB as PNG


def grab_window(window: QWidget, max_width: int = MAX_WIDTH) -> QImage:
    """What ``window`` shows, with its open dialogs drawn where they stand over it."""
    image = window.grab().toImage()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and _owner(w) is window]
    if dialogs:
        painter = QPainter(image)
        origin = window.mapToGlobal(QPoint(0, 0))
        for dialog in dialogs:
            shot = dialog.grab().toImage()
            at = dialog.mapToGlobal(QPoint(0, 0)) - origin
            # Off-screen platforms place dialogs anywhere: keep each one inside the picture.
            x = min(max(at.x(), 0), max(0, image.width() - shot.width()))
            y = min(max(at.y(), 0), max(0, image.height() - shot.height()))
            painter.drawImage(x, y, shot)
        painter.end()
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return image


def _owner(dialog: QWidget) -> QWidget | None:
    parent = dialog.parentWidget()
    return parent.window() if parent is not None else None


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str, not bytes
        raise OSError("the window's picture could not be encoded")
    buffer.close()
    return bytes(data.data())


class SnapshotPublisher(QObject):
    """Publishes ``window``'s picture every ``interval_ms`` while started.

    Signals: published(bool) — a picture was written (True), or none was because no
    inspection runs any more (False).
    """

    published = Signal(bool)

    def __init__(self, window: QWidget, store: Store, actor: Callable[[], Actor],
                 interval_ms: int = PUBLISH_MS) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._actor = actor
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.publish()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.publish()

    def publish(self) -> None:
        if self._busy:
            return  # the last picture is still being written
        self._busy = True
        image = grab_window(self._window)
        store, actor = self._store, self._actor()

        def work() -> bool:
            return publish_snapshot(store, actor, png_bytes(image), image.width(),
                                    image.height())

        run_in_background(work, self._on_written, self._on_failed)

    def _on_written(self, written: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.published.emit(bool(written))

    def _on_failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        # The next tick tries again; a console shows the counter offline meanwhile.
        print(f"kelurahan-desk: sidak picture not sent: {exc}", file=sys.stderr)
