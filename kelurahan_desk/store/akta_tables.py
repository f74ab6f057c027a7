"""Mapped tables of akta kelahiran / akta kematian requests and their status timeline."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.store.tables import Base, UtcDateTime


class AktaRequest(Base):
    """One F-2.01 request. The form itself is kept as JSON (``domain.akta.form_to_dict``);
    the columns beside it are copies for searching, listing and duplicate checks."""

    __tablename__ = "akta_requests"
    __table_args__ = (
        UniqueConstraint("kind", "year", "serial"),
        Index("ix_akta_requests_mother_birth", "mother_nik", "event_date"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # RequestKind
    status: Mapped[str] = mapped_column(String(12), index=True)  # RequestStatus
    # Given at submission: 3574011007-AKL-2026-00042 (drafts have none yet).
    tracking_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    year: Mapped[int | None] = mapped_column(Integer)
    serial: Mapped[int | None] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(Text)
    subject_name: Mapped[str] = mapped_column(String(120), index=True)
    subject_nik: Mapped[str | None] = mapped_column(String(16), index=True)
    reporter_name: Mapped[str] = mapped_column(String(120))
    reporter_nik: Mapped[str | None] = mapped_column(String(16), index=True)
    mother_nik: Mapped[str | None] = mapped_column(String(16))
    event_date: Mapped[str | None] = mapped_column(String(10))  # birth or death, ISO
    late: Mapped[bool] = mapped_column(default=False)
    expected_completion: Mapped[str | None] = mapped_column(String(10))
    akta_number: Mapped[str | None] = mapped_column(String(60))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counters.id"))
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AktaStatusEvent(Base):
    """One step of a request's timeline: who moved it where, when, and why."""

    __tablename__ = "akta_status_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("akta_requests.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(60))  # a user name, or "dispendukcapil"
    source: Mapped[str] = mapped_column(String(10))  # desk | central | supervisor
    reason: Mapped[str | None] = mapped_column(Text)
    akta_number: Mapped[str | None] = mapped_column(String(60))
    recipient_name: Mapped[str | None] = mapped_column(String(120))
    recipient_nik: Mapped[str | None] = mapped_column(String(16))
