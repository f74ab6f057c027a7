"""One transaction per use case: business rows, one audit event and one outbox record."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, canonical_json, event_hash
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord

Clock = Callable[[], datetime]


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
        head = self.session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        fields = AuditFields(
            seq=seq,
            event_id=str(uuid.uuid4()),
            occurred_at=utc_text(self.now),
            actor=self._actor,
            role=self._role,
            action=action,
            record_type=record_type,
            record_id=str(record_id),
            changes=canonical_json(changes),
        )
        digest = event_hash(fields, prev_hash)
        self.session.add(
            AuditEvent(
                seq=seq,
                event_id=uuid.UUID(fields.event_id),
                occurred_at=fields.occurred_at,
                actor=fields.actor,
                role=fields.role,
                action=action,
                record_type=record_type,
                record_id=fields.record_id,
                changes=fields.changes,
                prev_hash=prev_hash,
                hash=digest,
            )
        )
        op_id = uuid.uuid4()
        self.session.add(
            OutboxRecord(
                # One outbox record per event, in the same order: it shares the event's seq.
                seq=seq,
                op_id=op_id,
                audit_seq=seq,
                action=action,
                record_type=record_type,
                record_id=fields.record_id,
                payload=canonical_json(changes if payload is None else payload),
                created_at=self.now,
                state="pending",
                attempts=0,
            )
        )
        self.recorded = Recorded(seq, digest, op_id)
        return self.recorded

    def identify(self, actor: str, role: str) -> None:
        """Name who acts once the use case has found out (signing in learns the role)."""
        if self.recorded is not None:
            raise RuntimeError("identify the actor before recording the change")
        self._actor, self._role = actor, role

    def nothing_to_record(self) -> None:
        """End without a change (e.g. "call next" with nobody waiting); checked, not trusted."""
        if self.session.new or self.session.dirty or self.session.deleted:
            raise RuntimeError("the unit of work changed rows but records nothing")
        self._nothing = True


@contextmanager
def unit_of_work(write_engine: Engine, clock: Clock, actor: str, role: str) -> Iterator[UnitOfWork]:
    """Commit business rows, audit event and outbox record together, or nothing.

    Leaving the block normally without a recorded change is a programming error: every
    write a user makes is audited.
    """
    with Session(write_engine, expire_on_commit=False) as session:
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
