"""Fixtures for the unit tests: a real temporary store, the demo office, and a fake clock."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, AuditEvent, Counter, OutboxRecord, Setting

# A Monday morning in Probolinggo (08:00 WIB); any fixed moment would do.
START = datetime(2025, 3, 3, 1, 0, 0, tzinfo=UTC)


class FakeClock:
    """Aware UTC time that moves only when a test says so.

    ``Store.open(path, clock=clock)`` takes any callable returning a datetime, so the
    clock is callable as well as having ``now()``.
    """

    def __init__(self, start: datetime = START) -> None:
        self._now = start
        self.set(start)

    def now(self) -> datetime:
        return self._now

    def __call__(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        self._now += delta if delta is not None else timedelta(**parts)
        return self._now

    def set(self, moment: datetime) -> datetime:
        """Jump to ``moment`` (aware), e.g. just before an office's local midnight."""
        if moment.tzinfo is None:
            raise ValueError("the store keeps UTC: give the clock an aware datetime")
        self._now = moment.astimezone(UTC)
        return self._now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def _store_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty and a demo store made once, through the real code, then closed.

    Seeding the demo hashes several passwords and commits once per step with
    ``synchronous=FULL``; copying the finished file makes every test start from the same
    real store at a fraction of the cost.
    """
    base = tmp_path_factory.mktemp("store-templates")
    made = {}
    for kind in ("empty", "demo"):
        template = Store.open(base / kind, clock=FakeClock())
        try:
            if kind == "demo":
                assert seed_demo(template) is True
        finally:
            template.close()
        made[kind] = template.path
    return made


def _copy_store(template: Path, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    for suffix in ("", "-wal"):  # the WAL is gone after a clean close; copy it if not
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copy2(source, data_dir / source.name)


@pytest.fixture
def store(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    clock: FakeClock,
    _store_templates: dict[str, Path],
) -> Iterator[Store]:
    """A migrated store in a real temporary SQLite file, on the fake clock.

    Empty, unless the test also asks for ``demo_store``: then this is that same store.
    """
    kind = "demo" if "demo_store" in request.fixturenames else "empty"
    _copy_store(_store_templates[kind], tmp_path / "store")
    opened = Store.open(tmp_path / "store", clock=clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The same store, seeded with the demo office (Pohsangit Kidul, two loket, 4 users)."""
    assert seed_demo(store) is False  # seeded already: the copy holds the demo office
    return store


@dataclass(frozen=True)
class Counts:
    """Row counts of the tables a service may write."""

    accounts: int
    counters: int
    settings: int
    audit: int
    outbox: int


def _counts(store: Store) -> Counts:
    with store.read() as session:

        def n(table: type) -> int:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)

        return Counts(n(Account), n(Counter), n(Setting), n(AuditEvent), n(OutboxRecord))


def _last_event(store: Store) -> AuditEvent:
    """The newest audit event (detached, fully loaded)."""
    with store.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        session.expunge(event)
        return event


def _last_outbox(store: Store) -> OutboxRecord:
    with store.read() as session:
        record = session.scalars(select(OutboxRecord).order_by(OutboxRecord.seq.desc())).first()
        assert record is not None
        session.expunge(record)
        return record


def _stored_account(store: Store, username: str) -> Account:
    with store.read() as session:
        account = session.scalar(select(Account).where(Account.username == username))
        assert account is not None, username
        session.expunge(account)
        return account


# Helpers are handed out as fixtures: tests/ has two conftest.py files, so importing
# "from conftest import ..." would depend on sys.path order.


@pytest.fixture
def counts() -> Callable[[Store], Counts]:
    return _counts


@pytest.fixture
def last_event() -> Callable[[Store], AuditEvent]:
    return _last_event


@pytest.fixture
def last_outbox() -> Callable[[Store], OutboxRecord]:
    return _last_outbox


@pytest.fixture
def stored_account() -> Callable[[Store, str], Account]:
    return _stored_account
