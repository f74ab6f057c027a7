"""Mapped tables of KTP-el print jobs, blank-card stock and the custody of invalid cards.

Migration 0005 adds CHECK constraints and triggers the ORM does not describe: a serial is
in exactly one place (in stock, printed on a job, or spoiled with its invalid-card entry)
and never moves back; custody states only move forward; receipts, serials, invalid cards,
confirmed batches and the timelines are never deleted or rewritten.

Two foreign keys close cycles (a job holds a blank that points back at the job, a job
takes back an old card that points at the job); they are ``use_alter`` so SQLAlchemy can
order its writes: jobs first, then invalid cards, then blanks.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.store.tables import Base, UtcDateTime


class BlankReceipt(Base):
    """One delivery of blank cards from the Dispendukcapil, as its document states it."""

    __tablename__ = "blank_receipts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    received_on: Mapped[str] = mapped_column(String(10), index=True)  # office-local ISO day
    document_number: Mapped[str] = mapped_column(String(80), unique=True)
    count: Mapped[int] = mapped_column(Integer)  # as declared; equals its serials
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class BlankCard(Base):
    """One blank, by its serial: in stock, printed (``print_job_id``) or spoiled
    (``spoiled_card_id``); see the CHECK in migration 0005."""

    __tablename__ = "blank_cards"
    __table_args__ = (
        Index("ix_blank_cards_state_serial", "state", "serial"),
        Index("ix_blank_cards_receipt_state", "receipt_id", "state"),
    )

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("blank_receipts.id"))
    state: Mapped[str] = mapped_column(String(10))  # SerialState
    # The job that took it (kept after a misprint: the history of that job).
    print_job_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("print_jobs.id"), index=True)
    spoiled_card_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("spoiled_cards.id"), unique=True)
    left_stock_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)


class StockAllocation(Base):
    """A blank the centre allocated to this office (the ``stock`` stream; migration 0007).

    Not stock yet: the blank is counted in when the delivery is received at the desk
    (a ``BlankReceipt`` listing its serial). A log: never changed, never deleted.
    """

    __tablename__ = "stock_allocations"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)  # the centre's
    batch: Mapped[str | None] = mapped_column(String(80), index=True)
    allocated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    pulled_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PrintJob(Base):
    """One KTP-el to print for a resident, from the request to the hand-over."""

    __tablename__ = "print_jobs"
    __table_args__ = (
        UniqueConstraint("year", "serial"),
        Index("ix_print_jobs_status_created", "status", "created_at"),
        Index("ix_print_jobs_requested", "requested_on", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 3574011007-KTP-2025-00042
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(12))  # PrintReason
    status: Mapped[str] = mapped_column(String(12))  # PrintStatus
    nik: Mapped[str] = mapped_column(String(16), index=True)
    resident_name: Mapped[str] = mapped_column(String(120))
    requested_on: Mapped[str] = mapped_column(String(10))  # office-local ISO day
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counters.id"))
    # The blank it holds now (printing, printed, handed over); None otherwise.
    blank_serial: Mapped[str | None] = mapped_column(
        ForeignKey("blank_cards.serial", use_alter=True), unique=True)
    old_card_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("spoiled_cards.id", use_alter=True), unique=True)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    recipient: Mapped[str | None] = mapped_column(String(10))  # Recipient
    proxy_name: Mapped[str | None] = mapped_column(String(120))
    proxy_nik: Mapped[str | None] = mapped_column(String(16))
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PrintJobEvent(Base):
    """One step of a job's timeline: who moved it where, when, with which blank and why."""

    __tablename__ = "print_job_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("print_jobs.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "status" (a move) or "old_card"
    status: Mapped[str] = mapped_column(String(12))  # the job's status after the step
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(40))
    serial: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class CardHandOver(Base):
    """A serah terima of invalid cards to the Dispendukcapil: prepared, then confirmed by a
    supervisor (another person), whose audit event's hash is kept for the receipt's QR."""

    __tablename__ = "card_hand_overs"
    __table_args__ = (UniqueConstraint("year", "serial"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 3574011007-ST-2025-0001
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), index=True)  # BatchState
    handed_on: Mapped[str] = mapped_column(String(10))
    receiver_name: Mapped[str] = mapped_column(String(120))
    receiver_position: Mapped[str] = mapped_column(String(200))
    receiver_institution: Mapped[str] = mapped_column(String(200))
    receiver_nip: Mapped[str | None] = mapped_column(String(18))
    note: Mapped[str | None] = mapped_column(Text)
    card_count: Mapped[int] = mapped_column(Integer)
    prepared_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    prepared_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    confirmed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    audit_seq: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(64))
    discard_reason: Mapped[str | None] = mapped_column(Text)


class CardDestruction(Base):
    """A pemusnahan with its Berita Acara: prepared, then confirmed by a supervisor."""

    __tablename__ = "card_destructions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    ba_number: Mapped[str] = mapped_column(String(80), unique=True)
    state: Mapped[str] = mapped_column(String(10), index=True)  # BatchState
    destroyed_on: Mapped[str] = mapped_column(String(10))
    held_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" office time
    place: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(10))  # DestructionMethod
    official_name: Mapped[str] = mapped_column(String(120))
    official_position: Mapped[str] = mapped_column(String(200))
    official_institution: Mapped[str] = mapped_column(String(200))
    official_nip: Mapped[str | None] = mapped_column(String(18))
    note: Mapped[str | None] = mapped_column(Text)
    card_count: Mapped[int] = mapped_column(Integer)
    prepared_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    prepared_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    confirmed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    audit_seq: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(64))
    discard_reason: Mapped[str | None] = mapped_column(Text)


class DestructionWitness(Base):
    __tablename__ = "destruction_witnesses"
    __table_args__ = (UniqueConstraint("destruction_id", "position_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    destruction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_destructions.id"))
    position_no: Mapped[int] = mapped_column(Integer)  # order on the report
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(18))


class SpoiledCard(Base):
    """One invalid KTP-el in the office's register, from logging to destruction."""

    __tablename__ = "spoiled_cards"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_spoiled_cards_state_logged", "state", "logged_at"),
        Index("ix_spoiled_cards_source_logged", "source", "logged_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    register_number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(24))  # SpoilSource
    state: Mapped[str] = mapped_column(String(12))  # CustodyState
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    holder_name: Mapped[str | None] = mapped_column(String(120))
    serial: Mapped[str | None] = mapped_column(String(40), unique=True)  # never logged twice
    reason: Mapped[str] = mapped_column(Text)
    condition: Mapped[str] = mapped_column(String(200))
    storage_place: Mapped[str | None] = mapped_column(String(200))
    print_job_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("print_jobs.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    hand_over_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("card_hand_overs.id"), index=True)
    destruction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("card_destructions.id"), index=True)
    logged_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SpoiledCardEvent(Base):
    """One custody step of a card, tied to the audit event that recorded it."""

    __tablename__ = "spoiled_card_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("spoiled_cards.id"), index=True)
    state: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(40))
    audit_seq: Mapped[int] = mapped_column(ForeignKey("audit_events.seq"))
    place: Mapped[str | None] = mapped_column(String(200))
    batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())  # hand-over or destruction
