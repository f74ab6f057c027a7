"""Fixtures for the unit tests: a real temporary store on the fake clock, row counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, AuditEvent, Counter, OutboxRecord, Setting


@pytest.fixture
def store(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    clock: Callable[[], datetime],
    _store_templates: dict[str, Path],
    copy_template: Callable[[Path, Path], None],
) -> Iterator[Store]:
    """A migrated store in a real temporary SQLite file, on the fake clock.

    Empty, unless the test also asks for ``demo_store``: then this is that same store.
    """
    kind = "demo" if "demo_store" in request.fixturenames else "empty"
    copy_template(_store_templates[kind], tmp_path / "store")
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


@pytest.fixture
def no_fsync(request: pytest.FixtureRequest) -> None:
    """Commit without waiting for the disk in the test's throw-away demo store
    (``pytestmark = pytest.mark.usefixtures("no_fsync")``).

    ``synchronous=FULL`` (a ticket number shown must survive a power cut) costs an fsync
    per unit of work; what these tests check is the rules, not the disk, and tests/unit/
    test_store.py covers durability. Only the pooled connections of this test's store
    change.
    """
    if "demo_store" not in request.fixturenames:
        return
    store = request.getfixturevalue("demo_store")
    event.listen(store.engine, "connect", lambda conn, _: conn.execute("PRAGMA synchronous=OFF"))
    store.engine.dispose()


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
