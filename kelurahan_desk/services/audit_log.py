"""Reading the audit trail: for supervisors, inspectors and admins, never operators."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    occurred_at: datetime
    actor: str
    role: str
    action: str
    record_type: str
    record_id: str
    changes: dict[str, Any]


def count_audit_events(store: Store, actor: Actor) -> int:
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def list_audit_events(
    store: Store, actor: Actor, before_seq: int | None, limit: int
) -> list[AuditEntry]:
    """One page, newest first, of the events older than ``before_seq`` (or the newest)."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if before_seq is not None:
            query = query.where(AuditEvent.seq < before_seq)
        rows = session.scalars(query)
        return [
            AuditEntry(
                e.seq,
                datetime.strptime(e.occurred_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
                e.actor,
                e.role,
                e.action,
                e.record_type,
                e.record_id,
                json.loads(e.changes),
            )
            for e in rows
        ]
