"""Sidak (spot inspection) tables, and the one write that bypasses the unit of work.

An inspection, its inspectors, findings and test prints are audited records: they change
only through ``services.inspection`` in a unit of work (one audit event and one outbox
record each). Migration 0006 adds the rules the ORM does not describe: one inspection runs
at a time, an inspection is never deleted, an ended one never reopens, a stored report is
final, findings and test prints of an ended inspection stay as they were.

Counter snapshots are not records: a picture of an operator's window, replaced every
second or two while an inspection runs and deleted when it ends. Writing them through the
unit of work would add an audit event and an outbox record to the chain per picture
(thousands an hour), so ``write_snapshot`` writes them in a plain short transaction. A
trigger refuses a snapshot unless an inspection is running, so none outlive it. The audit
trail keeps who looked at which counter when; the pictures themselves survive only in the
inspection report's PDF.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.store.engine import writer
from kelurahan_desk.store.tables import Base, UtcDateTime


class Inspection(Base):
    """One sidak, from its start to the end and its report."""

    __tablename__ = "inspections"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 3574011007-SDK-20250303-1
    # 1 while it runs, NULL once ended: a UNIQUE column lets only one inspection run.
    running: Mapped[int | None] = mapped_column(Integer, unique=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    team: Mapped[str] = mapped_column(Text, default="")  # companions without an account
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ended_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    overall_findings: Mapped[str] = mapped_column(Text, default="")
    report_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    report_sha256: Mapped[str | None] = mapped_column(String(64))
    report_saved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class InspectionInspector(Base):
    """An inspector taking part (the one who started it, and any who joined)."""

    __tablename__ = "inspection_inspectors"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspections.id"), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InspectionFinding(Base):
    """What the inspector wrote about one counter."""

    __tablename__ = "inspection_findings"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspections.id"), primary_key=True)
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InspectionTestPrint(Base):
    """One "Cetak uji": which counter, which printer, and whether it printed."""

    __tablename__ = "inspection_test_prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counters.id"))
    printer: Mapped[str] = mapped_column(String(200))
    ok: Mapped[bool] = mapped_column()
    detail: Mapped[str] = mapped_column(Text, default="")  # why it failed; "" when it printed
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(40))


class CounterSnapshot(Base):
    """The latest picture of one counter's window; exists only while an inspection runs."""

    __tablename__ = "counter_snapshots"

    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counters.id"), primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    png: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(40))
    full_name: Mapped[str] = mapped_column(String(100))
    ticket_code: Mapped[str | None] = mapped_column(String(8))
    ticket_since: Mapped[datetime | None] = mapped_column(UtcDateTime())


@dataclass(frozen=True)
class SnapshotValues:
    """One picture as the operator's window took it."""

    counter_id: uuid.UUID
    taken_at: datetime
    png: bytes
    width: int
    height: int
    username: str
    full_name: str
    ticket_code: str | None
    ticket_since: datetime | None


def write_snapshot(engine: Engine, shot: SnapshotValues) -> bool:
    """Replace the counter's picture, if an inspection runs; ``False`` (nothing written)
    when none does.

    A plain transaction under the write lock, not a unit of work: pictures are not
    audited records (see the module docstring). Taking the write lock first means an
    inspection ending at the same moment is either seen as running (and then deletes this
    picture with the others) or as ended.
    """
    with writer(engine).begin() as conn:
        running = conn.execute(
            select(Inspection.id).where(Inspection.running.is_not(None))).scalar()
        if running is None:
            return False
        values = {
            "inspection_id": running, "taken_at": shot.taken_at, "png": shot.png,
            "width": shot.width, "height": shot.height, "username": shot.username,
            "full_name": shot.full_name, "ticket_code": shot.ticket_code,
            "ticket_since": shot.ticket_since,
        }
        conn.execute(
            sqlite_insert(CounterSnapshot).values(counter_id=shot.counter_id, **values)
            .on_conflict_do_update(index_elements=["counter_id"], set_=values))
    return True
