"""One transaction per use case: business rows, one audit event and one outbox record."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, canonical_json, event_hash
from kelurahan_desk.store.prepared import Prepared
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord

Clock = Callable[[], datetime]

# ``session.info`` key: (seq, action, record type, role) of each event ``record`` wrote in
# the session's transaction, for whoever logs audited actions once it commits.
RECORDED_EVENTS = "kd_recorded_audit_events"
_CHANGES_AT_BEGIN = "kd_changes_at_begin"

# Every write a user makes runs these: prepared once (see store/prepared.py).
_CHAIN_HEAD = Prepared(
    select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
_INSERT_EVENT = Prepared(insert(AuditEvent))
_INSERT_OUTBOX = Prepared(insert(OutboxRecord))


def utc_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Recorded:
    """What ``UnitOfWork.record`` appended."""

    audit_seq: int
    audit_hash: str
    op_id: uuid.UUID


class UnitOfWork:
    """A write transaction that must record exactly one audited, outgoing change."""

    def __init__(self, session: Session, clock: Clock, actor: str, role: str) -> None:
        self.session = session
        self.now = clock()
        self._actor = actor
        self._role = role
        self.recorded: Recorded | None = None
        self._nothing = False
        self._connection: Connection | None = None

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
        self.session.flush()  # business rows first: the event describes what is there
        connection = self.connection
        head = _CHAIN_HEAD.first(connection)
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
        _INSERT_EVENT.run(connection, {
            "seq": seq, "event_id": event_id, "occurred_at": fields.occurred_at,
            "actor": fields.actor, "role": fields.role, "action": action,
            "record_type": record_type, "record_id": fields.record_id,
            "changes": fields.changes, "prev_hash": prev_hash, "hash": digest,
        })
        op_id = uuid.uuid4()
        _INSERT_OUTBOX.run(connection, {
            # One outbox record per event, in the same order: it shares the event's seq.
            "seq": seq, "op_id": op_id, "audit_seq": seq, "action": action,
            "record_type": record_type, "record_id": fields.record_id,
            "payload": fields.changes if payload is None else canonical_json(payload),
            "created_at": self.now, "state": "pending", "attempts": 0,
            "last_error": None, "acked_at": None,
        })
        self.session.info.setdefault(RECORDED_EVENTS, []).append(
            (seq, action, record_type, self._role))
        self.recorded = Recorded(seq, digest, op_id)
        return self.recorded

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for Core statements where the ORM costs too much.

        Core statements bypass the session: they neither flush it first nor update the
        objects it holds, so a use case mixes the two only with care.
        """
        if self._connection is None:
            self._connection = self.session.connection()
        return self._connection

    def identify(self, actor: str, role: str) -> None:
        """Name who acts once the use case has found out (signing in learns the role)."""
        if self.recorded is not None:
            raise RuntimeError("identify the actor before recording the change")
        self._actor, self._role = actor, role

    def nothing_to_record(self) -> None:
        """End without a change (e.g. "call next" with nobody waiting); checked, not trusted.

        Checked in the session and, for Core statements, in the connection's count of
        changed rows since the transaction began.
        """
        if (self.session.new or self.session.dirty or self.session.deleted
                or _rows_changed(self.session)):
            raise RuntimeError("the unit of work changed rows but records nothing")
        self._nothing = True


class _WriteSession(Session):
    """The session of a unit of work: notes the connection's change count as it begins."""


@event.listens_for(_WriteSession, "after_begin")
def _on_begin(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
    session.info[_CHANGES_AT_BEGIN] = _total_changes(connection)


def _total_changes(connection: Connection) -> int:
    total: int = connection.connection.driver_connection.total_changes  # type: ignore[union-attr]
    return total


def _rows_changed(session: Session) -> bool:
    """Whether a Core statement changed rows in this transaction (False if none began)."""
    before = session.info.get(_CHANGES_AT_BEGIN)
    return before is not None and _total_changes(session.connection()) != before


@contextmanager
def unit_of_work(write_engine: Engine, clock: Clock, actor: str, role: str) -> Iterator[UnitOfWork]:
    """Commit business rows, audit event and outbox record together, or nothing.

    Leaving the block normally without a recorded change is a programming error: every
    write a user makes is audited.
    """
    with _WriteSession(write_engine, expire_on_commit=False) as session:
        session.begin()
        uow = UnitOfWork(session, clock, actor, role)
        try:
            yield uow
            if uow.recorded is None and not uow._nothing:
                raise RuntimeError("a unit of work ended without recording its change")
            session.commit()
        except BaseException:
            session.rollback()
            raise
