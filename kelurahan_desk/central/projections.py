"""What the centre builds from accepted ops: akta requests, and visits for the queue report.

Every accepted op is kept whole in ``ops``; these tables are views the centre needs. An
action the centre does not project (sign-ins, settings, drafts, …) is kept and nothing
more. An op that names a record of another office is refused for the whole push (403);
an akta op the centre cannot apply is ``rejected`` with a reason (it reaches the desk's
"needs attention" list). Queue ops only feed statistics: one the centre cannot place (a
ticket it never saw issued) is kept but not projected.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.central.tables import (
    AktaRequest,
    Counter,
    Office,
    QueueService,
    Ticket,
    TicketStretch,
)
from kelurahan_desk.domain.akta import CENTRAL_STATUSES, TRACKING_PATTERN, RequestStatus, can_move
from kelurahan_desk.domain.audit import canonical_json
from kelurahan_desk.sync.wire import PushOp

DEFAULT_TARGET_MINUTES = 15  # until a queue.service_saved names the service's own target


class Rejected(Exception):
    """The op joins the chain but is not applied; ``code`` and ``reason`` go to the desk."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class ForeignRecord(Exception):
    """The op names a record of another office (answered 403, nothing written)."""


def event_time(op: PushOp) -> datetime:
    return datetime.fromisoformat(op.event.occurred_at).astimezone(UTC)


def check_ownership(op: PushOp, office_code: str) -> None:
    """Raise ``ForeignRecord`` when the op's record carries another office's code."""
    number: Any = None
    if op.action == "akta.submitted":
        number = op.payload.get("tracking_number")
    elif op.action == "queue.ticket_issued":
        number = op.payload.get("ticket")
    if isinstance(number, str) and not number.startswith(office_code + "-"):
        raise ForeignRecord(number)


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise Rejected("invalid_payload", f"record_id {text!r} bukan UUID") from None


# --- akta requests -------------------------------------------------------------------


def _request(session: Session, office: Office, op: PushOp) -> AktaRequest | None:
    return session.scalar(select(AktaRequest).where(
        AktaRequest.office_id == office.id, AktaRequest.request_id == _uuid(op.record_id)))


def _subject(form: dict[str, Any]) -> str:
    section = form.get("child" if form.get("kind") == "birth" else "deceased")
    name = section.get("name") if isinstance(section, dict) else None
    return str(name or "")[:100]


def _form(op: PushOp) -> dict[str, Any]:
    form = op.payload.get("form")
    if not isinstance(form, dict) or form.get("kind") not in ("birth", "death"):
        raise Rejected("invalid_payload", f"{op.action}: formulir (form) tidak lengkap")
    return form


def _akta_submitted(session: Session, office: Office, op: PushOp) -> None:
    number = op.payload.get("tracking_number")
    if not isinstance(number, str) or not TRACKING_PATTERN.match(number):
        raise Rejected("invalid_payload", "akta.submitted tanpa nomor pelacakan yang sah")
    form = _form(op)
    at = event_time(op)
    row = _request(session, office, op)
    taken = session.scalar(select(AktaRequest.request_id).where(
        AktaRequest.tracking_number == number))
    if taken is not None and (row is None or taken != row.request_id):
        raise Rejected("tracking_number_taken",
                       f"nomor pelacakan {number} sudah dipakai permohonan lain")
    if row is None:
        row = AktaRequest(office_id=office.id, request_id=_uuid(op.record_id),
                          submitted_at=at)
        session.add(row)
    elif not can_move(RequestStatus(row.status), RequestStatus.SUBMITTED):
        raise Rejected("status_conflict",
                       f"{number} berstatus {row.status} di pusat; tidak dapat diajukan ulang")
    row.tracking_number = number
    row.kind = form["kind"]
    row.status = RequestStatus.SUBMITTED.value
    row.late = bool(op.payload.get("late"))
    completion = op.payload.get("expected_completion")
    row.expected_completion = completion if isinstance(completion, str) else None
    row.subject_name = _subject(form)
    row.form = canonical_json(form)
    row.updated_at = at


def _known_request(session: Session, office: Office, op: PushOp) -> AktaRequest:
    row = _request(session, office, op)
    if row is None:
        raise Rejected("unknown_record",
                       f"{op.action}: permohonan {op.record_id} belum pernah diterima pusat")
    return row


def _akta_corrected(session: Session, office: Office, op: PushOp) -> None:
    row = _known_request(session, office, op)
    form = _form(op)
    row.form = canonical_json(form)
    row.subject_name = _subject(form)
    row.updated_at = event_time(op)


def _move(row: AktaRequest, target: RequestStatus) -> None:
    if not can_move(RequestStatus(row.status), target):
        raise Rejected("status_conflict", f"{row.tracking_number} berstatus {row.status} di "
                       f"pusat; tidak dapat menjadi {target.value}")
    row.status = target.value


def _akta_cancelled(session: Session, office: Office, op: PushOp) -> None:
    row = _request(session, office, op)
    if row is None:
        return  # a draft was cancelled: the centre never saw it
    _move(row, RequestStatus.CANCELLED)
    reason = op.payload.get("reason")
    row.reason = reason if isinstance(reason, str) else None
    row.updated_at = event_time(op)


def _akta_handed_over(session: Session, office: Office, op: PushOp) -> None:
    row = _known_request(session, office, op)
    _move(row, RequestStatus.HANDED_OVER)
    row.updated_at = event_time(op)


def _akta_status_set(session: Session, office: Office, op: PushOp) -> None:
    """A supervisor wrote down by hand what the Dispendukcapil did while offline."""
    row = _known_request(session, office, op)
    try:
        status = RequestStatus(str(op.payload.get("status")))
    except ValueError:
        raise Rejected("invalid_payload", "akta.status_set tanpa status yang sah") from None
    if status not in CENTRAL_STATUSES:
        raise Rejected("invalid_payload", "akta.status_set dengan status milik loket")
    _move(row, status)
    number = op.payload.get("akta_number")
    if isinstance(number, str) and number:
        row.akta_number = number
    row.updated_at = event_time(op)


# --- the queue -----------------------------------------------------------------------


@dataclass
class QueueState:
    """Tickets and open stretches touched by one push, kept in memory between its ops."""

    tickets: dict[uuid.UUID, Ticket]
    open_stretches: dict[uuid.UUID, TicketStretch]


def _ticket(session: Session, office: Office, state: QueueState,
            ticket_id: uuid.UUID) -> Ticket | None:
    if ticket_id not in state.tickets:
        found = session.get(Ticket, (office.id, ticket_id))
        if found is None:
            return None
        state.tickets[ticket_id] = found
    return state.tickets[ticket_id]


def _open_stretch(session: Session, office: Office, state: QueueState,
                  ticket_id: uuid.UUID) -> TicketStretch | None:
    if ticket_id not in state.open_stretches:
        found = session.scalar(select(TicketStretch).where(
            TicketStretch.office_id == office.id, TicketStretch.ticket_id == ticket_id,
            TicketStretch.ended_at.is_(None)).order_by(TicketStretch.id.desc()).limit(1))
        if found is None:
            return None
        state.open_stretches[ticket_id] = found
    return state.open_stretches.get(ticket_id)


def _end_stretch(session: Session, office: Office, state: QueueState, ticket: Ticket,
                 at: datetime, end: str) -> None:
    stretch = _open_stretch(session, office, state, ticket.ticket_id)
    if stretch is not None:
        stretch.ended_at, stretch.end = at, end
        state.open_stretches.pop(ticket.ticket_id, None)


def _issued(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    key = op.payload.get("ticket")
    service = op.payload.get("service_id")
    if not isinstance(key, str) or not isinstance(service, str) or key.count("-") < 2:
        return
    _, day, code = key.split("-", 2)
    ticket_id = _uuid(op.record_id)
    if _ticket(session, office, state, ticket_id) is not None:
        return
    priority = op.payload.get("priority")
    ticket = Ticket(
        office_id=office.id, ticket_id=ticket_id, key=key, code=code,
        service_day=f"{day[:4]}-{day[4:6]}-{day[6:8]}", prefix=code[:1],
        issued_service_id=_uuid(service), priority=priority if isinstance(priority, str)
        else None, status="waiting", issued_at=event_time(op),
    )
    session.add(ticket)
    state.tickets[ticket_id] = ticket


def _queue_step(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    ticket = _ticket(session, office, state, _uuid(op.record_id))
    if ticket is None:
        return
    at = event_time(op)
    step = op.action.removeprefix("queue.ticket_")
    if step in ("called", "resumed", "taken_back"):
        counter = op.payload.get("counter_id")
        stretch = TicketStretch(
            office_id=office.id, ticket_id=ticket.ticket_id, operator=op.event.actor,
            counter_id=_uuid(counter) if isinstance(counter, str) else None, called_at=at)
        session.add(stretch)
        state.open_stretches[ticket.ticket_id] = stretch
        ticket.status = "called"
        if ticket.first_called_at is None:
            ticket.first_called_at = at
        if step == "taken_back":
            ticket.outcome = ticket.finished_at = None
    elif step == "held":
        _end_stretch(session, office, state, ticket, at, "held")
        ticket.status = "held"
    elif step == "transferred":
        _end_stretch(session, office, state, ticket, at, "dialihkan")
        ticket.status = "waiting"
    elif step in ("finished", "no_show"):
        outcome = op.payload.get("outcome")
        outcome = outcome if isinstance(outcome, str) else (
            "tidak_hadir" if step == "no_show" else "selesai")
        _end_stretch(session, office, state, ticket, at, outcome)
        ticket.status, ticket.outcome, ticket.finished_at = "finished", outcome, at


def _day_closed(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    keys = op.payload.get("closed")
    if not isinstance(keys, list) or not keys:
        return
    at = event_time(op)
    wanted = [k for k in keys if isinstance(k, str)]
    for ticket_id in session.scalars(select(Ticket.ticket_id).where(
            Ticket.office_id == office.id, Ticket.key.in_(wanted))):
        ticket = _ticket(session, office, state, ticket_id)
        assert ticket is not None
        _end_stretch(session, office, state, ticket, at, "reset")
        ticket.status, ticket.outcome, ticket.finished_at = "finished", "reset", at


def _upsert_service(session: Session, office: Office, service_id: uuid.UUID,
                    values: dict[str, Any]) -> None:
    row = session.get(QueueService, (office.id, service_id))
    if row is None:
        row = QueueService(office_id=office.id, service_id=service_id,
                           target_wait_minutes=DEFAULT_TARGET_MINUTES)
        session.add(row)
    for name in ("prefix", "name", "target_wait_minutes"):
        if name in values and values[name] is not None:
            setattr(row, name, values[name])


def _services(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    if op.action == "queue.service_saved":
        _upsert_service(session, office, _uuid(op.record_id), op.payload)
        return
    for service in op.payload.get("services") or []:
        if isinstance(service, dict) and isinstance(service.get("id"), str):
            _upsert_service(session, office, _uuid(service["id"]), service)


def _counter(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    row = session.get(Counter, (office.id, _uuid(op.record_id)))
    if row is None:
        if not isinstance(op.payload.get("number"), int):
            return
        row = Counter(office_id=office.id, counter_id=_uuid(op.record_id))
        session.add(row)
    for name in ("number", "name"):
        if name in op.payload:
            setattr(row, name, op.payload[name])


_AKTA = {
    "akta.submitted": _akta_submitted,
    "akta.corrected": _akta_corrected,
    "akta.cancelled": _akta_cancelled,
    "akta.handed_over": _akta_handed_over,
    "akta.status_set": _akta_status_set,
}
_QUEUE = {
    "queue.ticket_issued": _issued,
    **{f"queue.ticket_{step}": _queue_step for step in (
        "called", "recalled", "resumed", "taken_back", "held", "transferred", "finished",
        "no_show")},
    "queue.day_closed": _day_closed,
    "queue.services_seeded": _services,
    "queue.service_saved": _services,
    "counter.added": _counter,
    "counter.updated": _counter,
}


def project(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    """Apply one new op to the projections; raises ``Rejected`` (nothing of it written)."""
    akta = _AKTA.get(op.action)
    if akta is not None:
        # A savepoint: a rejected akta op leaves no half-made row behind. Flushed first, so
        # rolling it back never takes the earlier ops' pending rows with it.
        session.flush()
        with session.begin_nested():
            akta(session, office, op)
        return
    queue = _QUEUE.get(op.action)
    if queue is not None:
        queue(session, office, op, state)

