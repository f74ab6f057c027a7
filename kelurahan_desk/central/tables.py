"""The centre's own tables (SQLAlchemy 2.0 typed style); PostgreSQL or SQLite."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

# SQLite makes only an INTEGER PRIMARY KEY auto-numbered; PostgreSQL gets a bigint.
BigId = BigInteger().with_variant(Integer(), "sqlite")
_TEXT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes: timestamptz on PostgreSQL, sortable ISO text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the centre: times are UTC")
        value = value.astimezone(UTC)
        return value.strftime(_TEXT_FORMAT) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            return datetime.strptime(value, _TEXT_FORMAT).replace(tzinfo=UTC)
        assert isinstance(value, datetime)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Centre(Base):
    """One row: the epoch names this database in every cursor it hands out."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    epoch: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class StreamHead(Base):
    """Positions of a pull stream: the newest handed out, and the oldest still kept."""

    __tablename__ = "stream_heads"

    stream: Mapped[str] = mapped_column(String(20), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    # Cursors below the floor are refused (409): removed rows older than it were purged.
    floor: Mapped[int] = mapped_column(BigInteger, default=0)


class Office(Base):
    """A kelurahan office and the head of its audit chain as the centre accepted it."""

    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)  # 10 digits, no dots
    name: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    head_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))
    quarantine_kind: Mapped[str | None] = mapped_column(String(20))
    quarantine_reason: Mapped[str | None] = mapped_column(Text)
    quarantined_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_push_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_device: Mapped[str | None] = mapped_column(String(64))
    # kelurahan-desk's version on that device at the last push (None: a desk that omits it)
    last_app_version: Mapped[str | None] = mapped_column(String(40))
    # The newest ``sent_at`` (desk's clock) of a push taken: tells a late delivery from a
    # desk restored from a backup (see push._late_delivery).
    last_push_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class OfficeKey(Base):
    """An office's bearer key, kept as its SHA-256 only (keys are 256 random bits)."""

    __tablename__ = "office_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Op(Base):
    """Every op the centre accepted, with the audit event it came with, as sent."""

    __tablename__ = "ops"
    __table_args__ = (
        UniqueConstraint("office_id", "seq"),
        UniqueConstraint("office_id", "op_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # No foreign key (migration 0005), here and in the queue tables a push writes: the
    # database checked it row by row; a push writes the id of the office row it locked.
    office_id: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))  # applied | rejected
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    device: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())


# --- projections of pushed ops ------------------------------------------------------------


class AktaRequest(Base):
    """An akta request as its office declared it, and the status the centre gave it."""

    __tablename__ = "akta_requests"
    __table_args__ = (UniqueConstraint("office_id", "request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid())  # the desk's id
    tracking_number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), index=True)
    late: Mapped[bool] = mapped_column(default=False)
    expected_completion: Mapped[str | None] = mapped_column(String(10))
    subject_name: Mapped[str] = mapped_column(String(100))
    form: Mapped[str] = mapped_column(Text)  # canonical JSON of the F-2.01 form
    akta_number: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(Text)  # of the last return or cancellation
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class QueueService(Base):
    __tablename__ = "queue_services"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    service_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(1))
    name: Mapped[str] = mapped_column(String(60))
    target_wait_minutes: Mapped[int] = mapped_column(Integer)


class Counter(Base):
    __tablename__ = "counters"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    counter_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))


class Ticket(Base):
    """A visit, rebuilt from the office's queue.* ops, for the city-wide report."""

    __tablename__ = "tickets"
    __table_args__ = (Index("ix_tickets_office_day", "office_id", "service_day"),)

    office_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # no foreign key: Op
    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(8))
    service_day: Mapped[str] = mapped_column(String(10))
    prefix: Mapped[str] = mapped_column(String(1))
    issued_service_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    priority: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    outcome: Mapped[str | None] = mapped_column(String(12))


class TicketStretch(Base):
    """One stretch of a visit at a loket (call, resume or take-back to its end)."""

    __tablename__ = "ticket_stretches"
    __table_args__ = (Index("ix_stretches_ticket", "office_id", "ticket_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_id: Mapped[int] = mapped_column(Integer)  # no foreign key: see Op
    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    counter_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    operator: Mapped[str] = mapped_column(String(40))
    called_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    end: Mapped[str | None] = mapped_column(String(12))


# --- pull streams --------------------------------------------------------------------------


class RequestStep(Base):
    """Stream ``requests``: a status step the centre gave a request (a log)."""

    __tablename__ = "request_steps"

    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    tracking_number: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str | None] = mapped_column(Text)
    akta_number: Mapped[str | None] = mapped_column(String(60))
    by: Mapped[str] = mapped_column(String(60))


class StockSerial(Base):
    """Stream ``stock``: a blank card allocated to an office (a log)."""

    __tablename__ = "stock_serials"

    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    batch: Mapped[str | None] = mapped_column(String(60))
    allocated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CentralAccount(Base):
    """Stream ``accounts``: an account the centre manages (latest state; moves on change)."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("office_id", "username"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, unique=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    username: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Resident(Base):
    """Stream ``residents``: the city's list (latest state; a changed row moves on)."""

    __tablename__ = "residents"

    nik: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, unique=True)
    kk: Mapped[str] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(60))
    birth_date: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(200))
    rt: Mapped[str] = mapped_column(String(3))
    rw: Mapped[str] = mapped_column(String(3))
    kelurahan_code: Mapped[str] = mapped_column(String(10))
    religion: Mapped[str | None] = mapped_column(String(40))
    ktp_status: Mapped[str | None] = mapped_column(String(30))  # SIAK's, as in the file
    removed: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
