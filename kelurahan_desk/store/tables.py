"""Mapped tables of the local store (SQLAlchemy 2.0 typed style)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utc_text(moment: datetime) -> str:
    """The stored form of a time, ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, from ``moment``'s own
    fields (give it in UTC). ``isoformat`` writes it in a quarter of ``strftime``'s time
    (every write writes several); ``strftime`` does not pad years before 1000, kept so."""
    if moment.year < 1000:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.isoformat(timespec="microseconds")[:26] + "Z"


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as sortable ISO text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store: times are stored in UTC")
        return utc_text(value.astimezone(UTC))

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored form ("…T01:02:03.456789Z") twenty times faster than
        # strptime; anything without the zone is not what process_bind_param wrote.
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not UTC:
            raise ValueError(f"not a stored UTC time: {value!r}")
        return moment


class Base(DeclarativeBase):
    pass


class Office(Base):
    """The one office this store belongs to (row id 1)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10))  # Kemendagri code, digits only
    name: Mapped[str] = mapped_column(String(100))
    kecamatan: Mapped[str] = mapped_column(String(100))
    kota: Mapped[str] = mapped_column(String(100))
    province: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Counter(Base):
    __tablename__ = "counters"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(default=True)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Setting(Base):
    """Office-wide settings a supervisor or admin may change, as JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """One link of the audit chain; triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    occurred_at: Mapped[str] = mapped_column(String(32))  # UTC ISO text, sealed as-is
    actor: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class OutboxRecord(Base):
    """A change waiting to reach the centre; exactly one per audit event."""

    __tablename__ = "outbox"
    # An op shares its event's seq: the primary key keeps them one to one (an index on
    # audit_seq would be one more page for every write to write; migration 0008).
    __table_args__ = (CheckConstraint("audit_seq = seq", name="outbox_one_per_event"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    # The foreign key makes deleting an audit event fail while its op exists, and lets
    # `PRAGMA foreign_key_check` expose a tail cut made with the checks switched off.
    audit_seq: Mapped[int] = mapped_column(ForeignKey("audit_events.seq"))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


# --- queue (antrean) ------------------------------------------------------------------


class QueueService(Base):
    """A service citizens queue for; its prefix letters the tickets (A, B, C, …)."""

    __tablename__ = "queue_services"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(1), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    target_wait_minutes: Mapped[int]
    daily_quota: Mapped[int | None]
    opens_at: Mapped[str | None] = mapped_column(String(5))  # "08:00", office time
    closes_at: Mapped[str | None] = mapped_column(String(5))
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class CounterService(Base):
    """Which services a loket calls."""

    __tablename__ = "counter_services"

    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    service_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("queue_services.id"), primary_key=True
    )


class Ticket(Base):
    """One visit: issued at the kiosk, called, perhaps transferred, finished."""

    __tablename__ = "tickets"
    __table_args__ = (UniqueConstraint("service_day", "prefix", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # office-day-code, see domain
    service_day: Mapped[str] = mapped_column(String(10), index=True)  # office-local YYYY-MM-DD
    prefix: Mapped[str] = mapped_column(String(1))  # as issued; renaming never renumbers
    number: Mapped[int]
    code: Mapped[str] = mapped_column(String(8))
    issued_service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_services.id"))
    # Who waits for a service is read through the status index (no index of its own).
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_services.id"))
    target_counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counters.id"))
    priority: Mapped[str | None] = mapped_column(String(20))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(10), index=True)
    calls: Mapped[int] = mapped_column(default=0)
    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counters.id"))
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    outcome: Mapped[str | None] = mapped_column(String(12))
    # Links to the work the visit produced; the pages that make them come in later issues.
    request_ref: Mapped[str | None] = mapped_column(String(60))
    print_job_ref: Mapped[str | None] = mapped_column(String(60))
    spoiled_card_ref: Mapped[str | None] = mapped_column(String(60))


class TicketCall(Base):
    """One stretch of a visit at a loket: from a call to a finish, hold or transfer.

    The display board announces new rows; the queue-time metrics read them per counter
    and operator.
    """

    __tablename__ = "ticket_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counters.id"))
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(10))  # call | recall | resume | take_back
    called_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    end: Mapped[str | None] = mapped_column(String(12))  # an Outcome, or "held"
