"""Proof: the link fails in every way while two offices write and sync, and afterwards desk
and centre are identical, every record exactly once.

Two desks of two offices (real stores, the real engine and ``CentralClient``) each write a
few hundred records through the desk's services (tickets issued, called and finished; akta
requests submitted) while a sync thread syncs without pause through a fault proxy of its
own (``tests/fault_proxy.py``: dropped connections, half-sent requests, delays, 500s from
the proxy, resets after the centre committed, half answers, answers later than the desk's
timeout) under a seeded, bounded schedule. The centre meanwhile advances the requests it
received (a ``requests`` stream page to pull through the same faults). Then the link goes
quiet, the desks sync until nothing is pending, and each is compared with the centre.

Bounds (environment): ``KD_FAULT_RECORDS`` actions per desk (150), ``KD_FAULT_BUDGET``
faults per desk (120), ``KD_FAULT_SEED`` (6); on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from kelurahan_desk.central import admin
from kelurahan_desk.services import akta_requests, queue
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.sync import credentials
from kelurahan_desk.sync import settings as sync_settings
from tests.akta_forms import birth_form
from tests.fault_proxy import Fault, FaultProxy, FaultSchedule
from tests.integration.conftest import central_engine
from tests.integration.sync_proofs import (
    assert_desk_and_centre_identical,
    demo_template,
    env_int,
    proof_seed,
    say,
    short_timeout_engine,
)
from tests.integration.test_sync_desk import (
    Desk,
    make_desk,
)

RECORDS = env_int("KD_FAULT_RECORDS", 150)  # writing actions per desk
BUDGET = env_int("KD_FAULT_BUDGET", 120)  # faults per desk at most
SEED = proof_seed("KD_FAULT_SEED", 6)
CLIENT_TIMEOUT = 2.0  # the desk's timeout here; a late answer comes after it
QUIET_SYNCS = 6  # syncs allowed to empty the outbox once the link is quiet


@pytest.fixture(autouse=True)
def _key_in_a_file(monkeypatch):
    monkeypatch.setenv(credentials.KEYRING_ENV, "file")


class Writer(threading.Thread):
    """A loket's day, quickly: tickets issued, called and finished; births registered."""

    def __init__(self, desk: Desk, seed: int, actions: int) -> None:
        super().__init__(name=f"writer-{desk.code}", daemon=True)
        self.desk, self.rng, self.actions = desk, random.Random(seed), actions
        self.done: Counter[str] = Counter()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            store = self.desk.store
            operator = self.desk.actor("operator")
            services = [s.id for s in list_services(store)]
            born = datetime.now(UTC).date() - timedelta(days=10)
            for n in range(self.actions):
                roll = self.rng.random()
                if roll < 0.45:
                    queue.issue_ticket(store, self.rng.choice(services))
                    self.done["ticket_issued"] += 1
                elif roll < 0.8:
                    called = queue.call_next(store, operator)
                    if called is None:
                        queue.issue_ticket(store, self.rng.choice(services))
                        self.done["ticket_issued"] += 1
                    else:
                        queue.finish(store, operator, called.id)
                        self.done["ticket_served"] += 1
                else:
                    akta_requests.submit_request(store, operator,
                                                 birth_form(born, serial=n + 1))
                    self.done["akta_submitted"] += 1
                time.sleep(self.rng.uniform(0.0, 0.02))
        except BaseException as exc:  # reported by the test
            self.error = exc


class Syncer(threading.Thread):
    """The desk's background sync, without its pauses: one full sync after another."""

    def __init__(self, desk: Desk, writer: Writer) -> None:
        super().__init__(name=f"syncer-{desk.code}", daemon=True)
        self.desk, self.writer = desk, writer
        self.outcomes: Counter[str] = Counter()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            after = 0
            while after < 3:  # a few more once the writer is done, still under faults
                if not self.writer.is_alive():
                    after += 1
                report = self.desk.sync()
                self.outcomes[report.problem.kind.value if report.problem else "ok"] += 1
                time.sleep(0.01)
        except BaseException as exc:
            self.error = exc


class Advancer(threading.Thread):
    """The centre's staff: every request that arrived is marked ``sent``."""

    def __init__(self, desks: list[Desk]) -> None:
        super().__init__(name="advancer", daemon=True)
        self.desks = desks
        self.stop = threading.Event()
        self.advanced: set[str] = set()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.wait(0.3):
                self.once()
        except BaseException as exc:
            self.error = exc

    def once(self) -> None:
        engine = central_engine(self.desks[0].central.database_url)
        for desk in self.desks:
            for row in admin.list_requests(engine, office=desk.code, status="submitted"):
                admin.advance_request(engine, row.tracking_number, "sent", akta_number=None,
                                      reason=None, by="fault-test")
                self.advanced.add(row.tracking_number)


def _status_steps(desk: Desk) -> dict[str, tuple[str, int]]:
    """Per tracking number: the desk's status and how many central steps it holds."""
    with desk.store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT r.tracking_number, r.status, (SELECT count(*) FROM akta_status_events e"
            " WHERE e.request_id = r.id AND e.source = 'central')"
            " FROM akta_requests r WHERE r.tracking_number IS NOT NULL").all()
    return {number: (status, int(steps)) for number, status, steps in rows}


@pytest.mark.slow
def test_faults_then_quiet_leave_desk_and_centre_identical(central, tmp_path_factory, tmp_path,
                                                           request):
    started = time.monotonic()
    desks, proxies = [], []
    try:
        for i in range(2):
            desk = make_desk(central, demo_template(tmp_path_factory), tmp_path / f"desk{i}")
            proxy = FaultProxy(central.base_url, FaultSchedule(
                seed=SEED * 100 + i, budget=BUDGET, late_seconds=CLIENT_TIMEOUT + 0.5,
                # The fault that matters, whatever the threads' timing: a push the centre
                # committed and the desk never heard of.
                sure={"push": Fault.RESET_AFTER_COMMIT}))
            sync_settings.configure(desk.store, None, proxy.url, None)
            desk.engine = short_timeout_engine(desk.store, SEED + i, CLIENT_TIMEOUT)
            desks.append(desk)
            proxies.append(proxy)
        writers = [Writer(desk, SEED * 10 + i, RECORDS) for i, desk in enumerate(desks)]
        syncers = [Syncer(desk, writer) for desk, writer in zip(desks, writers, strict=True)]
        advancer = Advancer(desks)
        for thread in (*writers, *syncers, advancer):
            thread.start()
        for thread in (*writers, *syncers):
            thread.join(timeout=240)
            assert not thread.is_alive(), f"{thread.name} did not finish"
        advancer.stop.set()
        advancer.join(timeout=30)
        for thread in (*writers, *syncers, advancer):
            assert thread.error is None, f"{thread.name}: {thread.error!r}"
        faulted = time.monotonic() - started

        # Quiet: every request passes. Sync until the outbox is empty.
        for proxy in proxies:
            proxy.quiet()
        advancer.once()  # the last requests too, so every pulled step is checked
        quiet_runs = []
        for desk in desks:
            runs = 0
            while runs < QUIET_SYNCS:
                runs += 1
                report = desk.sync()
                if report.complete:
                    break
            assert report.complete, (report.problem, report.status)
            quiet_runs.append(runs)

        lines = [f"fault proxy, seed {SEED}, {RECORDS} actions and ≤{BUDGET} faults a desk, "
                 f"{central.database_url.split(':')[0]}: {faulted:.1f} s under faults, "
                 f"{time.monotonic() - started:.1f} s in all"]
        for desk, proxy, writer, syncer, runs in zip(desks, proxies, writers, syncers,
                                                     quiet_runs, strict=True):
            view = assert_desk_and_centre_identical(desk)
            # Every step the centre took reached the desk once, however often it was pulled.
            steps = _status_steps(desk)
            for number in advancer.advanced & steps.keys():
                assert steps[number] == ("sent", 1), (number, steps[number])
            assert advancer.advanced >= steps.keys()
            assert verify_store(desk.store.path).ok
            lines.append(f"office {desk.code}: {len(view.ops)} ops at the centre exactly once "
                         f"(head {view.head[0]}), {dict(writer.done)}, "
                         f"{len(steps)} requests advanced and pulled; syncs under faults "
                         f"{dict(syncer.outcomes)}, {runs} quiet sync(s) to empty; "
                         f"{proxy.forwarded} requests reached the centre")
            lines.append(proxy.summary())
            hit = proxy.by_fault()
            # The fault that matters: pushes the centre committed and the desk never heard.
            assert proxy.hits[(Fault.RESET_AFTER_COMMIT.value, "push")] >= 1, proxy.summary()
            assert sum(n for f, n in hit.items() if f != Fault.PASS) >= 10, proxy.summary()
        say(request, "\n".join(lines))
    finally:
        for proxy in proxies:
            proxy.close()
        for desk in desks:
            desk.store.close()


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)
def test_a_push_delivered_after_the_desks_timeout_behind_a_newer_one(central, tmp_path_factory,
                                                                     tmp_path):
    desk = make_desk(central, demo_template(tmp_path_factory), tmp_path / "desk")
    proxy = FaultProxy(central.base_url, FaultSchedule(
        seed=SEED, rate=1.0, weights={Fault.LATE_REQUEST: 1},
        max_per_kind={Fault.LATE_REQUEST: 1}, late_seconds=CLIENT_TIMEOUT + 1.0))
    try:
        sync_settings.configure(desk.store, None, proxy.url, None)
        desk.engine = short_timeout_engine(desk.store, SEED, CLIENT_TIMEOUT)
        first = desk.sync()  # its push is held past the timeout, then delivered
        assert first.problem is not None
        queue.issue_ticket(desk.store, list_services(desk.store)[0].id)
        proxy.quiet()
        assert desk.sync().complete  # the newer push is applied first
        time.sleep(1.5)  # the held one has reached the centre by now
        report = desk.sync()
        assert report.complete, report.problem
    finally:
        proxy.close()
        desk.store.close()
