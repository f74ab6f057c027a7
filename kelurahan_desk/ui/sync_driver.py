"""Runs the sync engine in the background of the desk: on a timer, and soon after a change.

Every few seconds a small background read looks at the outbox and the sync state (for
the status bar); when the newest outbox record is newer than at the last sync, a sync
starts a few seconds later (debounced: a burst of changes makes one sync). Syncs never
overlap: a request while one runs makes one more right after it. The engine's own schedule
(the ordinary interval, or the backoff after failures) sets the next attempt otherwise.
Nothing here touches the store or the network on the GUI thread.
"""

from __future__ import annotations

import sys
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kelurahan_desk.services.sync_status import SyncStatus, sync_status
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.background import run_in_background

if TYPE_CHECKING:  # the engine (pydantic's wire schemas: ~0.3 s) loads after start-up
    from kelurahan_desk.sync.engine import SyncEngine, SyncReport

POLL_MS = 5_000  # how often the outbox is looked at
DEBOUNCE_MS = 3_000  # after a change, wait this long for the next one before syncing
FIRST_SYNC_MS = 2_000  # after start-up
FALLBACK_INTERVAL_S = 60.0  # after a failure of the driver itself (a bug, not the link)

_drivers: weakref.WeakSet[SyncDriver] = weakref.WeakSet()


def sync_soon(reset: bool = False) -> None:
    """Ask every running driver for a sync now (``reset``: forget the failures first,
    e.g. after the admin entered a new key)."""
    for driver in list(_drivers):
        driver.request_sync(reset=reset)


def _outbox_head(store: Store) -> int:
    with store.read() as session:
        head = session.connection().exec_driver_sql("SELECT max(seq) FROM outbox").scalar()
    return int(head or 0)


def _look(store: Store) -> tuple[int, SyncStatus]:
    return _outbox_head(store), sync_status(store)


class SyncDriver(QObject):
    """Drives one ``SyncEngine`` from the Qt event loop.

    Signals: status_changed(object) — a ``SyncStatus`` (after every poll and sync);
    sync_started() — a sync began on a worker thread; sync_finished(object) — its
    ``SyncReport``.
    """

    status_changed = Signal(object)
    sync_started = Signal()
    sync_finished = Signal(object)

    def __init__(self, store: Store, engine: SyncEngine | None = None,
                 parent: QObject | None = None, *, poll_ms: int = POLL_MS,
                 debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._store = store
        self.engine = engine  # made on the worker thread at the first sync when None
        self._reset = False
        self.running = False
        self._again = False
        self._synced_head: int | None = None  # outbox head at the start of the last sync
        self._seen_head = 0
        self._polling = False
        self._stopped = False
        self.last_status: SyncStatus | None = None
        self._next = QTimer(self)  # the engine's schedule
        self._next.setSingleShot(True)
        self._next.timeout.connect(self._on_next_timeout)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._on_next_timeout)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._on_poll_timeout)
        _drivers.add(self)

    def start(self, first_ms: int = FIRST_SYNC_MS) -> None:
        self._stopped = False
        self._poll.start()
        self._next.start(first_ms)
        self._on_poll_timeout()

    def stop(self) -> None:
        """No more syncs; one running is cut short (its connection closed)."""
        self._stopped = True
        for timer in (self._next, self._debounce, self._poll):
            timer.stop()
        if self.running and self.engine is not None:
            self.engine.abort()

    def request_sync(self, reset: bool = False) -> None:
        """A sync as soon as possible (now, or right after the one running)."""
        if reset:
            self._reset = True
        if self.running:
            self._again = True
            return
        self._debounce.stop()
        self._next.start(0)

    def changed(self) -> None:
        """Something was written: sync after a short quiet spell."""
        if self.running:
            self._again = True
        elif not self._stopped:
            self._debounce.start()

    # --- slots ---------------------------------------------------------------------

    @Slot()
    def _on_poll_timeout(self) -> None:
        if self._polling or self._stopped:
            return
        self._polling = True
        store = self._store
        run_in_background(lambda: _look(store), self._on_poll_done, self._on_poll_failed)

    def _on_poll_done(self, result: tuple[int, SyncStatus]) -> None:
        self._polling = False
        head, status = result
        if head != self._seen_head:
            self._seen_head = head
            if self._synced_head is not None and head > self._synced_head:
                self.changed()
        self._publish(status)

    def _on_poll_failed(self, _exc: Exception) -> None:
        self._polling = False  # the store was busy; the next poll tries again

    @Slot()
    def _on_next_timeout(self) -> None:
        if self.running or self._stopped:
            return
        self.running = True
        self._again = False
        self._debounce.stop()
        self._next.stop()
        self._synced_head = self._seen_head
        self.sync_started.emit()
        run_in_background(self._work, self._on_sync_done, self._on_sync_failed)

    def _work(self) -> tuple[SyncReport, int]:
        """On the worker thread. The head is read before the sync, so a change made while
        it ran syncs again; after it only when nothing is left pending (the events the
        pull recorded went up in the same sync and need no second one)."""
        if self.engine is None:
            from kelurahan_desk.sync.engine import SyncEngine

            self.engine = SyncEngine(self._store)
        if self._reset:
            self._reset = False
            self.engine.failures = 0
        head = _outbox_head(self._store)
        report = self.engine.run_once()
        if report.status is not None and report.status.pending == 0:
            head = _outbox_head(self._store)
        return report, head

    def _on_sync_done(self, result: tuple[SyncReport, int]) -> None:
        report, head = result
        self.running = False
        self._synced_head = head
        self.sync_finished.emit(report)
        if report.status is not None:
            self._publish(report.status)
        if self._stopped:
            return
        if self._again:
            self._next.start(0)
        else:
            self._next.start(int(report.next_delay * 1000))

    def _on_sync_failed(self, exc: Exception) -> None:
        # A bug, not a link problem (those come back in the report): try on the slow
        # schedule, and say so where an admin reading the log sees it.
        print(f"kelurahan-desk: sync failed: {exc!r}", file=sys.stderr)
        self.running = False
        if not self._stopped:
            self._next.start(int(FALLBACK_INTERVAL_S * 1000))

    def _publish(self, status: SyncStatus) -> None:
        self.last_status = status
        self.status_changed.emit(status)
