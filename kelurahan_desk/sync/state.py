"""The sync's own bookkeeping in the store: cursors, the centre's anchor, the last result.

These writes are not audited: they record what the link did, not what a person did, and
auditing them would make sync feed itself (every acknowledgement an audit event, every
event a new op to push and acknowledge). The records of people's work they refer to are
audited already, and the centre keeps every op it accepted. Each is a short transaction
that takes the write lock up front (``BEGIN IMMEDIATE``), like every write of the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.services.sync_status import STATE_KEY, message_data
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.engine import writer
from kelurahan_desk.store.tables import Setting
from kelurahan_desk.sync.errors import SyncError


@contextmanager
def transaction(store: Store) -> Iterator[Session]:
    """A write transaction outside the unit of work (the caller records events itself)."""
    with Session(writer(store.engine), expire_on_commit=False) as session:
        session.begin()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def get(session: Session, key: str) -> Any:
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    return json.loads(raw) if raw is not None else None


def put(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=json.dumps(value, sort_keys=True)))


def read(store: Store, key: str) -> Any:
    with store.read() as session:
        return get(session, key)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def record_attempt(store: Store, *, at: datetime, success: bool,
                   problem: SyncError | None, next_attempt: datetime | None,
                   failures: int) -> None:
    """What the last full sync came to, for the status bar of every process."""
    with transaction(store) as session:
        state = get(session, STATE_KEY) or {}
        state["last_attempt"] = iso(at)
        if success:
            state["last_success"] = iso(at)
        state["problem"] = ({"kind": problem.kind.value, **message_data(problem.message)}
                            if problem is not None else None)
        state["next_attempt"] = iso(next_attempt)
        state["failures"] = failures
        put(session, STATE_KEY, state)
