"""Running slow work off the GUI thread; results come back as queued signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the GUI thread; the worker only emits, never touches a widget."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> _Relay:
    """Run ``work()`` on Qt's thread pool; call ``on_done``/``on_error`` in the GUI thread."""
    relay = _Relay()
    _running.add(relay)

    @Slot(object)
    def done(result: Any) -> None:
        _running.discard(relay)
        on_done(result)

    @Slot(object)
    def failed(exc: Exception) -> None:
        _running.discard(relay)
        on_error(exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))
    return relay
