"""Reading akta requests: the list and its search, and one record with its timeline."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.akta import (
    EDITABLE,
    AktaForm,
    RequestKind,
    RequestStatus,
    form_from_dict,
)
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.domain.nik import mask_nik
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.accounts import full_names
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound
from kelurahan_desk.services.office import OfficeInfo, _office_info
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.store.akta_tables import AktaRequest, AktaStatusEvent
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Ticket


@dataclass(frozen=True)
class StatusStep:
    status: RequestStatus
    at: datetime
    actor: str
    source: str  # desk | central | supervisor
    reason: str | None
    akta_number: str | None
    recipient_name: str | None
    recipient_nik: str | None  # masked
    actor_name: str = ""  # the account's full name, when the actor is one of ours


@dataclass(frozen=True)
class RequestDetail:
    id: uuid.UUID
    kind: RequestKind
    status: RequestStatus
    tracking_number: str | None
    form: AktaForm
    late: bool
    expected_completion: date | None
    akta_number: str | None
    ticket_id: uuid.UUID | None
    ticket_code: str | None
    created_at: datetime
    submitted_at: datetime | None
    operator_name: str
    counter_name: str | None
    office: OfficeInfo
    timeline: tuple[StatusStep, ...]

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE


@dataclass(frozen=True)
class RequestRow:
    """One line of the requests list; NIKs masked (the list is not the record)."""

    id: uuid.UUID
    kind: RequestKind
    status: RequestStatus
    tracking_number: str | None
    subject_name: str
    subject_nik: str  # masked
    reporter_name: str
    event_date: date | None
    late: bool
    expected_completion: date | None
    updated_at: datetime
    submitted_at: datetime | None


@dataclass(frozen=True)
class RequestFilter:
    text: str = ""  # tracking number, NIK (or its start) or part of a name
    kind: RequestKind | None = None
    status: RequestStatus | None = None
    late_only: bool = False
    date_from: date | None = None  # office-local day of submission (drafts: last change)
    date_to: date | None = None
    limit: int = 500


def get_request(session: Session, request_id: uuid.UUID) -> AktaRequest:
    row = session.get(AktaRequest, request_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("akta", "Permohonan tidak ditemukan.").format())
    return row


def form_of(row: AktaRequest) -> AktaForm:
    return form_from_dict(json.loads(row.form))


def open_request(store: Store, actor: Actor, request_id: uuid.UUID) -> RequestDetail:
    """The whole record, NIKs in full: opening it is recorded (UU PDP Pasal 31)."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        row = get_request(uow.session, request_id)
        uow.record("akta.opened", "akta_request", row.id,
                   {"tracking_number": row.tracking_number})
        return request_detail(uow.session, row)


def request_by_tracking_number(store: Store, actor: Actor, text: str) -> uuid.UUID:
    """The request a scanned or typed receipt number names."""
    number = text.strip().upper()
    with store.read() as session:
        authorize(session, actor, Permission.REGISTER_CIVIL)
        found = session.scalar(select(AktaRequest.id).where(
            AktaRequest.tracking_number == number))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "akta", "Nomor pelacakan {number} tidak ditemukan.").format(number=number))
    return found


def search_requests(store: Store, actor: Actor, f: RequestFilter) -> list[RequestRow]:
    """The requests list: newest change first; NIKs masked."""
    with store.read() as session:
        authorize(session, actor, Permission.REGISTER_CIVIL)
        zone = _zone(_office(session))
        query = select(AktaRequest)
        text = f.text.strip()
        if text:
            query = query.where(_matching(text))
        if f.kind is not None:
            query = query.where(AktaRequest.kind == f.kind)
        if f.status is not None:
            query = query.where(AktaRequest.status == f.status)
        if f.late_only:
            query = query.where(AktaRequest.late.is_(True))
        # The day of submission (of the last change, for drafts), in office time.
        moment = func.coalesce(AktaRequest.submitted_at, AktaRequest.updated_at)
        if f.date_from is not None:
            query = query.where(moment >= _midnight(f.date_from, zone))
        if f.date_to is not None:
            query = query.where(moment < _midnight(f.date_to + timedelta(days=1), zone))
        rows = session.scalars(
            query.order_by(AktaRequest.updated_at.desc()).limit(f.limit)).all()
        return [_row(row) for row in rows]


def _matching(text: str) -> ColumnElement[bool]:
    """A typed or scanned search: a tracking number (whole, or its serial), a NIK's start,
    or part of a name."""
    digits = "".join(text.split())
    if digits.isdigit():
        by_nik = or_(AktaRequest.subject_nik.startswith(digits),
                     AktaRequest.reporter_nik.startswith(digits),
                     AktaRequest.mother_nik.startswith(digits))
        # Up to five digits may be a tracking number's serial ("42" finds ...-00042).
        return or_(by_nik, AktaRequest.serial == int(digits)) if len(digits) <= 5 else by_nik
    pattern = f"%{text}%"
    return or_(AktaRequest.tracking_number.ilike(pattern),
               AktaRequest.subject_name.ilike(pattern),
               AktaRequest.reporter_name.ilike(pattern))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    """The office-local midnight that starts ``day``."""
    return datetime.combine(day, time(0), zone)


def _row(row: AktaRequest) -> RequestRow:
    return RequestRow(
        row.id, RequestKind(row.kind), RequestStatus(row.status), row.tracking_number,
        row.subject_name, mask_nik(row.subject_nik or row.mother_nik or ""),
        row.reporter_name, date.fromisoformat(row.event_date) if row.event_date else None,
        row.late,
        date.fromisoformat(row.expected_completion) if row.expected_completion else None,
        row.updated_at, row.submitted_at)


def request_detail(session: Session, row: AktaRequest) -> RequestDetail:
    session.flush()
    steps = session.scalars(select(AktaStatusEvent).where(
        AktaStatusEvent.request_id == row.id).order_by(AktaStatusEvent.id)).all()
    creator = session.get(Account, row.created_by)
    counter = session.get(Counter, row.counter_id) if row.counter_id else None
    ticket = session.get(Ticket, row.ticket_id) if row.ticket_id else None
    names = full_names(session, (s.actor for s in steps))
    return RequestDetail(
        id=row.id, kind=RequestKind(row.kind), status=RequestStatus(row.status),
        tracking_number=row.tracking_number, form=form_of(row), late=row.late,
        expected_completion=date.fromisoformat(row.expected_completion)
        if row.expected_completion else None,
        akta_number=row.akta_number, ticket_id=row.ticket_id,
        ticket_code=ticket.code if ticket else None,
        created_at=row.created_at, submitted_at=row.submitted_at,
        operator_name=creator.full_name if creator else "",
        counter_name=counter.name if counter else None,
        office=_office_info(_office(session)),
        timeline=tuple(
            StatusStep(RequestStatus(s.status), s.at, s.actor, s.source, s.reason,
                       s.akta_number, s.recipient_name,
                       mask_nik(s.recipient_nik) if s.recipient_nik else None,
                       names.get(s.actor, ""))
            for s in steps),
    )
