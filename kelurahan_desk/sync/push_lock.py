"""One push at a time per store, across the processes of one PC.

Every desk window (lokets, the kiosk, the display) runs its own background sync on the
office's one store, and ``kelurahan-desk sync`` may run beside them; they all see a change
at about the same moment and sync together. Two pushes of one store in flight at once can
reach the centre in the other order: process A reads ops 1..10 (head 10), an event 11 is
written, process B reads 1..11 (head 11) and is applied first; A then arrives with a head
older than the one the centre accepted, which is exactly what a desk restored from an old
backup looks like (``backwards``), and the office is quarantined. The kill -9 proof
(tests/integration/test_sync_kill.py) found this with two processes on one store.

So a push takes the store's push lock (an OS file lock beside the store: released by the
OS when its process dies, even by SIGKILL) for reading its batches, sending them and
marking the answers. The lock does not cover what happens after a process died with a
push on its way: the centre may still be working on it. Each push request therefore leaves
a marker beside the lock while it is on its way; the next holder that finds a marker (its
writer died mid-push) waits ``ORPHAN_GRACE_SECONDS`` before it sends anything, so the
orphaned push lands first and is answered to no one, harmlessly.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kelurahan_desk.sync import wire
from kelurahan_desk.sync.push import Pusher

LOCK_FILE = "sync-push.lock"
IN_FLIGHT_FILE = "sync-push.inflight"
WAIT_SECONDS = 10.0  # for another process's push to end; then this sync skips its push
ORPHAN_GRACE_SECONDS = 2.0
_POLL_SECONDS = 0.02


if sys.platform == "win32":  # pragma: no cover - exercised on Windows desks
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def push_turn(data_dir: Path, wait: float = WAIT_SECONDS,
              grace: float = ORPHAN_GRACE_SECONDS) -> Iterator[bool]:
    """Hold the store's push lock; yields False (lock not held) if another process kept
    it for ``wait`` seconds: that process is pushing this same outbox now."""
    # flock locks belong to the open file, so two engines of one process exclude each
    # other too; a lock per folder (a process may serve only one store at a time anyway).
    with open(data_dir / LOCK_FILE, "a+b") as handle:
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(_POLL_SECONDS)
        try:
            marker = data_dir / IN_FLIGHT_FILE
            if marker.exists():  # its writer died with a push on the way: let it land
                time.sleep(grace)
                marker.unlink(missing_ok=True)
            yield True
        finally:
            _unlock(handle)


class MarkedPusher:
    """A client whose pushes leave the in-flight marker while they are on their way."""

    def __init__(self, client: Pusher, data_dir: Path) -> None:
        self._client = client
        self._marker = data_dir / IN_FLIGHT_FILE
        self._lock = threading.Lock()

    def push(self, body: bytes) -> wire.PushResponse:
        with self._lock:
            self._marker.write_text(f"{os.getpid()} {time.time():.3f}\n", encoding="ascii")
            try:
                return self._client.push(body)
            finally:
                self._marker.unlink(missing_ok=True)
