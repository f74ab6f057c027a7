"""One transaction per use case: business rows, one audit event and one outbox record."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event, exc, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, canonical_json, event_hash
from kelurahan_desk.store.commit_notes import EventNote, tell_committed
from kelurahan_desk.store.prepared import Direct, Prepared
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord
from kelurahan_desk.store.tables import utc_text as utc_text  # for the services that use it

Clock = Callable[[], datetime]


# ``session.info`` key: the events of units of work joined to that session, until it commits.
_JOINED_EVENTS = "kd_joined_audit_events"


# Every write a user makes runs these: prepared once (see store/prepared.py).
_CHAIN_HEAD = Prepared(
    select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
_INSERT_EVENT = Prepared(insert(AuditEvent))
_INSERT_OUTBOX = Prepared(insert(OutboxRecord))


@dataclass(frozen=True)
class Recorded:
    """What ``UnitOfWork.record`` appended."""

    audit_seq: int
    audit_hash: str
    op_id: uuid.UUID


class UnitOfWork:
    """A write transaction that must record exactly one audited, outgoing change.

    The transaction begins (``BEGIN IMMEDIATE``) at its first statement, on a pooled
    connection taken then. ``direct`` runs prepared statements on it; ``connection`` (a
    SQLAlchemy ``Connection``) and ``session`` (an ORM ``Session`` joined to the same
    transaction) are made only when a use case asks for them: a session cost ~0.1 ms of
    every queue action that never used one (docs/PERFORMANCE.md, "Queue actions").
    """

    def __init__(self, engine: Engine | None, clock: Clock, actor: str, role: str) -> None:
        self.now = clock()
        self._engine = engine
        self._actor = actor
        self._role = role
        self.recorded: Recorded | None = None
        self.events: list[EventNote] = []
        self._nothing = False
        self._pooled: PoolProxiedConnection | None = None
        self._direct: Direct | None = None
        self._changes_at_begin = 0
        self._connection: Connection | None = None
        self._session: Session | None = None

    def record(
        self,
        action: str,
        record_type: str,
        record_id: str | uuid.UUID,
        changes: dict[str, Any],
        payload: dict[str, Any] | None = None,
    ) -> Recorded:
        """Append the audit event and its outbox record; call once per use case.

        ``changes`` is what the audit trail keeps (never a password); ``payload`` is what
        the centre receives (defaults to ``changes``).
        """
        if self.recorded is not None:
            raise RuntimeError(f"a use case records one change, {action} is a second")
        self.flush()  # business rows first: the event describes what is there
        direct = self.direct
        head = _CHAIN_HEAD.first(direct)
        seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        event_id = uuid.uuid4()
        fields = AuditFields(
            seq=seq,
            event_id=str(event_id),
            occurred_at=utc_text(self.now),
            actor=self._actor,
            role=self._role,
            action=action,
            record_type=record_type,
            record_id=str(record_id),
            changes=canonical_json(changes),
        )
        digest = event_hash(fields, prev_hash)
        # Prepared inserts, not ORM objects: flushing two new objects cost more than the
        # rest of the audit step.
        _INSERT_EVENT.run(direct, {
            "seq": seq, "event_id": event_id, "occurred_at": fields.occurred_at,
            "actor": fields.actor, "role": fields.role, "action": action,
            "record_type": record_type, "record_id": fields.record_id,
            "changes": fields.changes, "prev_hash": prev_hash, "hash": digest,
        })
        op_id = uuid.uuid4()
        _INSERT_OUTBOX.run(direct, {
            # One outbox record per event, in the same order: it shares the event's seq.
            "seq": seq, "op_id": op_id, "audit_seq": seq, "action": action,
            "record_type": record_type, "record_id": fields.record_id,
            "payload": fields.changes if payload is None else canonical_json(payload),
            "created_at": self.now, "state": "pending", "attempts": 0,
            "last_error": None, "acked_at": None,
        })
        self.events.append((seq, action, record_type, self._role))
        self.recorded = Recorded(seq, digest, op_id)
        return self.recorded

    @classmethod
    def joined(cls, session: Session, clock: Clock, actor: str, role: str) -> UnitOfWork:
        """A unit of work inside ``session``'s transaction, which its owner commits (a
        sync page records one event per change it applies)."""
        uow = cls(None, clock, actor, role)
        uow._session = session
        uow._connection = connection = session.connection()
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        uow._direct = Direct(driver, connection.dialect)
        uow._changes_at_begin = driver.total_changes
        if _JOINED_EVENTS not in session.info:  # told to on_commit's callbacks as before
            session.info[_JOINED_EVENTS] = []
            event.listen(session, "after_commit", _joined_committed)
            event.listen(session, "after_soft_rollback", _joined_rolled_back)
        uow.events = session.info[_JOINED_EVENTS]
        return uow

    @property
    def direct(self) -> Direct:
        """The transaction's DB-API connection, for prepared statements (store/prepared.py).

        They bypass the session: they neither flush it first nor update the objects it
        holds, so a use case mixes the two only with care.
        """
        if self._direct is None:
            assert self._engine is not None  # a joined unit of work has its connection
            pooled = self._engine.raw_connection()
            driver: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
            try:
                # Taking the write lock up front: see store/engine.py.
                driver.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                pooled.close()
                raise exc.DBAPIError.instance(
                    "BEGIN IMMEDIATE", (), error, sqlite3.Error) from error
            self._pooled = pooled
            self._changes_at_begin = driver.total_changes
            self._direct = Direct(driver, self._engine.dialect)
        return self._direct

    @property
    def connection(self) -> Connection:
        """The transaction as a SQLAlchemy ``Connection``, for Core statements (see
        ``direct`` about mixing them with the session)."""
        if self._connection is None:
            self.direct  # noqa: B018  # begins the transaction
            assert self._engine is not None and self._pooled is not None
            connection = Connection(self._engine, self._pooled)
            connection.begin()  # store/engine.py's hook sees the transaction has begun
            self._connection = connection
        return self._connection

    @property
    def session(self) -> Session:
        """An ORM session joined to the transaction: it flushes into it and never commits
        it (the unit of work does)."""
        if self._session is None:
            self._session = Session(self.connection, expire_on_commit=False)
        return self._session

    def flush(self) -> None:
        """Flush the session's changes into the transaction (if a session was made)."""
        if self._session is not None:
            self._session.flush()

    def identify(self, actor: str, role: str) -> None:
        """Name who acts once the use case has found out (signing in learns the role)."""
        if self.recorded is not None:
            raise RuntimeError("identify the actor before recording the change")
        self._actor, self._role = actor, role

    def nothing_to_record(self) -> None:
        """End without a change (e.g. "call next" with nobody waiting); checked, not trusted.

        Checked in the session and in the connection's count of changed rows since the
        transaction began (prepared and Core statements).
        """
        session = self._session
        if session is not None and (session.new or session.dirty or session.deleted):
            raise RuntimeError("the unit of work changed rows but records nothing")
        if self._direct is not None and (
                self._direct.driver.total_changes != self._changes_at_begin):
            raise RuntimeError("the unit of work changed rows but records nothing")
        self._nothing = True

    def _commit(self) -> None:
        if self._session is not None:
            self._session.commit()  # flushes; the joined transaction stays open
        if self._connection is not None:
            self._connection.commit()
        elif self._direct is not None:
            self._direct.driver.execute("COMMIT")

    def _rollback(self) -> None:
        if self._session is not None:
            self._session.rollback()
        if self._connection is not None:
            self._connection.rollback()
        elif self._direct is not None and self._direct.driver.in_transaction:
            self._direct.driver.execute("ROLLBACK")

    def _close(self) -> None:
        if self._session is not None:
            self._session.close()
        if self._connection is not None:
            self._connection.close()  # returns the pooled connection too
        elif self._pooled is not None:
            self._pooled.close()


def _joined_committed(session: Session) -> None:
    events = session.info.get(_JOINED_EVENTS)
    if events:
        tell_committed(events)
        events.clear()


def _joined_rolled_back(session: Session, _previous: object) -> None:
    session.info.get(_JOINED_EVENTS, []).clear()


@contextmanager
def unit_of_work(write_engine: Engine, clock: Clock, actor: str, role: str) -> Iterator[UnitOfWork]:
    """Commit business rows, audit event and outbox record together, or nothing.

    Leaving the block normally without a recorded change is a programming error: every
    write a user makes is audited.
    """
    uow = UnitOfWork(write_engine, clock, actor, role)
    try:
        try:
            yield uow
            if uow.recorded is None and not uow._nothing:
                raise RuntimeError("a unit of work ended without recording its change")
            uow._commit()
        except BaseException:
            uow._rollback()
            raise
    finally:
        uow._close()
    if uow.events:
        tell_committed(uow.events)
