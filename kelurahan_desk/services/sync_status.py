"""What the status bar and the "Perlu perhatian" list say about sync, and what a person does.

The sync engine (``kelurahan_desk.sync``) keeps its state in the settings table under the
``sync.`` keys named here (read here, written there), so every process on the PC (the
desk's windows, ``kelurahan-desk sync``) shows the same last success and last problem.
An op the centre rejected waits in the outbox as ``needs_attention`` with the reason; a
supervisor or admin can send it again (a new op with the same content) or close it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound, PermissionDenied, ServiceError
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import OutboxRecord, Setting

# Keys of the settings table the sync engine writes (never audited: see docs/SYNC.md).
STATE_KEY = "sync.state"  # last success, last attempt, next attempt, the last problem
CENTRAL_URL_KEY = "sync.central_url"
CA_FILE_KEY = "sync.ca_file"
DEVICE_KEY = "sync.device"
CURSOR_KEY_PREFIX = "sync.cursor."  # + stream name

# Outbox states: pending → acked, or → needs_attention → retried | dismissed.
PENDING, ACKED, NEEDS_ATTENTION = "pending", "acked", "needs_attention"
RETRIED, DISMISSED = "retried", "dismissed"


@dataclass(frozen=True)
class SyncProblem:
    kind: str  # sync.errors.ProblemKind value
    message: Message


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    oldest_pending: datetime | None
    needs_attention: int
    last_success: datetime | None
    last_attempt: datetime | None = None
    next_attempt: datetime | None = None
    problem: SyncProblem | None = None
    configured: bool = False
    offline_warning_days: int = 2
    # Days since the last success (or, never synced, since the oldest pending record) once
    # past ``offline_warning_days``; None while within it.
    offline_days: int | None = None


def _time(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def _message(data: dict[str, Any]) -> Message:
    return Message(str(data.get("context", "sync")), str(data.get("template", "")),
                   dict(data.get("params") or {}))


def message_data(message: Message) -> dict[str, Any]:
    """A message as JSON, to be made a translatable ``Message`` again by ``_message``."""
    context = getattr(message, "context", "sync")
    template = getattr(message, "template", str(message))
    params = getattr(message, "params", {})
    return {"context": context, "template": template,
            "params": {k: v if isinstance(v, int | float | bool | None) else str(v)
                       for k, v in params.items()}}


def read_state(store: Store) -> dict[str, Any]:
    with store.read() as session:
        raw = session.scalar(select(Setting.value).where(Setting.key == STATE_KEY))
    value = json.loads(raw) if raw else {}
    return value if isinstance(value, dict) else {}


def sync_status(store: Store, now: datetime | None = None) -> SyncStatus:
    now = now or store.clock()
    with store.read() as session:
        pending, oldest = session.execute(
            select(func.count(), func.min(OutboxRecord.created_at)).where(
                OutboxRecord.state == PENDING
            )
        ).one()
        attention = session.scalar(
            select(func.count()).where(OutboxRecord.state == NEEDS_ATTENTION)
        )
        url = session.scalar(select(Setting.value).where(Setting.key == CENTRAL_URL_KEY))
    state = read_state(store)
    problem = state.get("problem")
    warn_days = get_settings(store)["offline_warning_days"]
    last_success = _time(state.get("last_success"))
    # min() keeps the column's type, so this comes back as an aware datetime.
    since = last_success or oldest
    offline_days = None
    if since is not None and now - since > timedelta(days=warn_days):
        offline_days = (now - since).days
    return SyncStatus(
        pending=int(pending), oldest_pending=oldest, needs_attention=int(attention or 0),
        last_success=last_success, last_attempt=_time(state.get("last_attempt")),
        next_attempt=_time(state.get("next_attempt")),
        problem=SyncProblem(str(problem.get("kind")), _message(problem))
        if isinstance(problem, dict) else None,
        configured=bool(url and json.loads(url)), offline_warning_days=warn_days,
        offline_days=offline_days,
    )


# --- the "Perlu perhatian" list --------------------------------------------------------


@dataclass(frozen=True)
class AttentionItem:
    """An outbox record the centre kept but did not apply, with its reason."""

    seq: int
    op_id: uuid.UUID
    action: str
    record_type: str
    record_id: str
    created_at: datetime
    reason: str


class RetryRefused(ServiceError):
    """The record is not (or no longer) on the needs-attention list."""


def _authorize_attention(session: Session, actor: Actor) -> None:
    """Supervisors (who approve) and admins (who run the office) take these up."""
    try:
        authorize(session, actor, Permission.APPROVE)
    except PermissionDenied:
        authorize(session, actor, Permission.MANAGE_OFFICE)


def list_needs_attention(store: Store, actor: Actor) -> list[AttentionItem]:
    with store.read() as session:
        _authorize_attention(session, actor)
        rows = session.scalars(select(OutboxRecord).where(
            OutboxRecord.state == NEEDS_ATTENTION).order_by(OutboxRecord.seq))
        return [AttentionItem(r.seq, r.op_id, r.action, r.record_type, r.record_id,
                              r.created_at, r.last_error or "") for r in rows]


def _attention_record(session: Session, seq: int) -> OutboxRecord:
    record = session.get(OutboxRecord, seq)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("sync", "Catatan kirim {seq} tidak ada.").format(
            seq=seq))
    if record.state != NEEDS_ATTENTION:
        raise RetryRefused(QT_TRANSLATE_NOOP(
            "sync", "Catatan kirim {seq} tidak lagi perlu perhatian.").format(seq=seq))
    return record


def retry_attention(store: Store, actor: Actor, seq: int) -> int:
    """Send a rejected op again as a new op (same action, record and payload); its seq.

    The centre answers a replay of the same op id with the same rejection, so a retry is a
    new op, recorded by the person who asked for it (the audit event names the op it
    repeats). The old record leaves the list as ``retried``.
    """
    with store.write(actor.username, actor.role) as uow:
        _authorize_attention(uow.session, actor)
        record = _attention_record(uow.session, seq)
        record.state = RETRIED
        recorded = uow.record(
            record.action, record.record_type, record.record_id,
            {"retry_of_seq": record.seq, "retry_of_op": str(record.op_id)},
            payload=json.loads(record.payload),
        )
        return recorded.audit_seq


def dismiss_attention(store: Store, actor: Actor, seq: int, note: str) -> None:
    """Close a rejected op without sending it again (settled with the centre otherwise)."""
    with store.write(actor.username, actor.role) as uow:
        _authorize_attention(uow.session, actor)
        record = _attention_record(uow.session, seq)
        record.state = DISMISSED
        uow.record("sync.attention_dismissed", "outbox", str(record.op_id),
                   {"seq": record.seq, "action": record.action, "note": note.strip()})
