"""What the status bar says about sync until the sync engine lands: the outbox's backlog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import OutboxRecord


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    oldest_pending: datetime | None
    needs_attention: int
    last_success: datetime | None


def sync_status(store: Store) -> SyncStatus:
    with store.read() as session:
        pending, oldest = session.execute(
            select(func.count(), func.min(OutboxRecord.created_at)).where(
                OutboxRecord.state == "pending"
            )
        ).one()
        attention = session.scalar(
            select(func.count()).where(OutboxRecord.state == "needs_attention")
        )
        last = session.scalar(select(func.max(OutboxRecord.acked_at)))
    # min()/max() keep the column's type, so these come back as aware datetimes.
    return SyncStatus(int(pending), oldest, int(attention or 0), last)
