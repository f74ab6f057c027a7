"""One full sync (push, pull every stream, push what the pull recorded) and its schedule.

The same engine runs from ``kelurahan-desk sync``, from tests, and on a worker thread of
the desk (``ui/sync_driver.py``). After a failure the next attempt waits
``backoff_delay(failures)``: exponential, capped, with jitter so that a city's desks do
not all come back at the same second after the centre was down; it retries for ever.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import OperationalError

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.services.sync_status import SyncStatus, sync_status
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync import state
from kelurahan_desk.sync.apply import appliers
from kelurahan_desk.sync.client import CentralClient
from kelurahan_desk.sync.errors import (
    CursorGone,
    ProblemKind,
    SyncError,
    not_configured,
)
from kelurahan_desk.sync.pull import (
    PULL_LIMIT,
    PullReport,
    StreamReport,
    pull_stream,
    restart_stream,
)
from kelurahan_desk.sync.push import PushReport, has_pending, push_pending
from kelurahan_desk.sync.push_lock import MarkedPusher, push_turn
from kelurahan_desk.sync.settings import SyncConfig, load_config

INTERVAL_SECONDS = 60.0  # between syncs while all is well (the pull side has no push)
BACKOFF_BASE_SECONDS = 5.0
BACKOFF_CAP_SECONDS = 15 * 60.0


def backoff_delay(failures: int, random_fraction: float, *,
                  base: float = BACKOFF_BASE_SECONDS, cap: float = BACKOFF_CAP_SECONDS,
                  interval: float = INTERVAL_SECONDS) -> float:
    """Seconds until the next attempt after ``failures`` failures in a row.

    No failure: the ordinary ``interval``. Else ``base · 2^(failures−1)``, at most ``cap``,
    of which a random part (``random_fraction`` in [0, 1)) of the upper half is taken away
    ("equal jitter"): the delay never drops below half the step, so it still grows, and
    desks that failed together spread out.
    """
    if failures <= 0:
        return interval
    if not 0.0 <= random_fraction <= 1.0:
        raise ValueError("random_fraction is a fraction")
    step = min(cap, base * 2.0 ** min(failures - 1, 62))
    return step / 2 + step / 2 * (1.0 - random_fraction)


ClientFactory = Callable[[SyncConfig], CentralClient]


def default_client(config: SyncConfig) -> CentralClient:
    assert config.central_url is not None and config.key is not None
    return CentralClient(config.central_url, config.key, ca_file=config.ca_file)


@dataclass
class SyncReport:
    """What one full sync did, and where the store stands after it."""

    started: datetime
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    problem: SyncError | None = None
    status: SyncStatus | None = None
    next_delay: float = INTERVAL_SECONDS

    @property
    def succeeded(self) -> bool:
        return self.problem is None

    @property
    def complete(self) -> bool:
        """Everything pending acknowledged, every stream current, nothing to look at."""
        status = self.status
        return (self.problem is None and status is not None and status.pending == 0
                and status.needs_attention == 0)


class SyncEngine:
    """Runs full syncs of one store; keeps the failure count that spaces the attempts."""

    def __init__(self, store: Store, client_factory: ClientFactory = default_client,
                 rng: Callable[[], float] = random.random,
                 interval: float = INTERVAL_SECONDS, pull_limit: int = PULL_LIMIT) -> None:
        self.store = store
        self.pull_limit = pull_limit
        self.client_factory = client_factory
        self.rng = rng
        self.interval = interval
        self.failures = 0
        self._lock = threading.Lock()  # one sync at a time per engine
        self._client: CentralClient | None = None

    def abort(self) -> None:
        """Cut the connection of a running sync (closing the program); it fails soon."""
        client = self._client
        if client is not None:
            client.abort()

    def run_once(self) -> SyncReport:
        with self._lock:
            return self._run()

    def _run(self) -> SyncReport:
        report = SyncReport(started=self.store.clock())
        try:
            config = load_config(self.store)
            if not config.ready:
                raise not_configured()
            assert config.office_code is not None
            self._client = self.client_factory(config)
            try:
                report.problem = self._sync(self._client, config.office_code, config.device,
                                            report)
            finally:
                self._client.close()
                self._client = None
        except SyncError as problem:
            report.problem = problem
        except OperationalError as exc:  # the store is locked, full, or gone
            report.problem = SyncError(ProblemKind.LOCAL, QT_TRANSLATE_NOOP(
                "sync", "Penyimpanan loket tidak dapat ditulis: {detail}").format(
                detail=str(exc.orig)))
        outcome = report.problem
        if outcome is None:
            self.failures = 0
        elif outcome.kind != ProblemKind.NOT_CONFIGURED:
            self.failures += 1
        report.next_delay = backoff_delay(self.failures, self.rng(), interval=self.interval)
        finished = self.store.clock()
        try:
            state.record_attempt(
                self.store, at=finished, success=outcome is None, problem=outcome,
                next_attempt=finished + timedelta(seconds=report.next_delay),
                failures=self.failures)
            report.status = sync_status(self.store, finished)
        except OperationalError:
            pass  # shown next time; the report still says what happened
        return report

    def _sync(self, client: CentralClient, office: str, device: str,
              report: SyncReport) -> SyncError | None:
        """Push, pull, push again; a quarantine stops pushing but not pulling."""
        held: SyncError | None = None

        def push(only_if_pending: bool = False) -> None:
            nonlocal held
            if held is not None or (only_if_pending and not has_pending(self.store)):
                return
            try:
                # One push of this store at a time, across processes (sync/push_lock.py).
                with push_turn(self.store.data_dir) as ours:
                    if not ours:
                        return  # another window of this desk is pushing this outbox now
                    done = push_pending(self.store, MarkedPusher(client, self.store.data_dir),
                                        office, device)
            except SyncError as problem:
                if problem.kind != ProblemKind.QUARANTINED:
                    raise
                held = problem
                return
            report.push.acked += done.acked
            report.push.duplicates += done.duplicates
            report.push.rejected += done.rejected
            report.push.batches += done.batches

        push()
        for stream, applier in appliers().items():
            stream_report = report.pull.streams.setdefault(stream.value, StreamReport())
            try:
                pull_stream(self.store, client, stream, applier, stream_report,
                            limit=self.pull_limit)
            except CursorGone:
                push()  # what the desk has goes up before it starts the stream again
                restart_stream(self.store, stream)
                pull_stream(self.store, client, stream, applier, stream_report,
                            limit=self.pull_limit)
        push(only_if_pending=True)  # the events the pull recorded (steps, accounts, …)
        return held
