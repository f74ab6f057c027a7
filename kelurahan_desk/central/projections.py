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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, TextClause, TextualSelect, bindparam, select, text, update
from sqlalchemy.orm import Session

from kelurahan_desk.central.bulk import insert_rows
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


_TICKET_COLUMNS = (
    "office_id", "ticket_id", "key", "code", "service_day", "prefix", "issued_service_id",
    "priority", "status", "issued_at", "first_called_at", "finished_at", "outcome",
)
_STRETCH_COLUMNS = (
    "office_id", "ticket_id", "counter_id", "operator", "called_at", "ended_at", "end",
)


@dataclass
class QueueState:
    """Tickets and open stretches touched by one push, as plain rows (dicts) in memory.

    ``prefetch`` reads the stored tickets and open stretches of a whole push in two
    queries (``looked_up`` holds the ticket ids it read, found or not); the ops change
    the rows in memory; ``write_queue`` stores them at the end, new rows in one batch per
    table. Measured: the ORM's per-object flush cost more than the rest of a push.
    """

    tickets: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    new_tickets: set[uuid.UUID] = field(default_factory=set)
    changed_tickets: set[uuid.UUID] = field(default_factory=set)
    open_stretches: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    new_stretches: list[dict[str, Any]] = field(default_factory=list)
    changed_stretches: dict[int, dict[str, Any]] = field(default_factory=dict)
    looked_up: set[uuid.UUID] = field(default_factory=set)
    # Ids as parsed: a push names each ticket in several ops, and a service and a counter
    # in hundreds (uuid.UUID() was a tenth of the projection's time).
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    def id_of(self, text: str) -> uuid.UUID:
        """``text`` as a UUID, parsed once a push; ``Rejected`` when it is none."""
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = _uuid(text)
        return found


_PREFETCH_CHUNK = 1000


# On PostgreSQL each id is looked up on its own through the index, whatever the tables'
# statistics say: before its first ANALYZE the planner took "office_id = 1" for a rare
# value and filtered every row of the office instead, on every push (measured: a push's
# time grew with the office's history). The LIMIT keeps the subquery from being flattened
# into a join the planner could again answer with a scan.
_PG_TICKETS = text(
    "SELECT t.* FROM unnest(CAST(:ids AS uuid[])) AS k(id) CROSS JOIN LATERAL ("
    " SELECT {columns} FROM tickets WHERE office_id = :office AND ticket_id = k.id"
    " LIMIT 1) AS t")
_PG_OPEN_STRETCHES = text(
    "SELECT s.* FROM unnest(CAST(:ids AS uuid[])) AS k(id) CROSS JOIN LATERAL ("
    " SELECT id, {columns} FROM ticket_stretches WHERE office_id = :office"
    " AND ticket_id = k.id AND ended_at IS NULL ORDER BY id DESC LIMIT 1) AS s")


def _load(session: Session, office: Office, state: QueueState,
          ids: Sequence[uuid.UUID]) -> None:
    tickets, stretches = Ticket.__table__.c, TicketStretch.__table__.c
    postgres = session.connection().dialect.name == "postgresql"
    for start in range(0, len(ids), _PREFETCH_CHUNK):
        chunk = ids[start:start + _PREFETCH_CHUNK]
        if postgres:
            found_tickets = session.execute(
                _pg(_PG_TICKETS, Ticket, _TICKET_COLUMNS),
                {"ids": list(chunk), "office": office.id}).mappings()
        else:
            found_tickets = session.execute(select(*(tickets[c] for c in _TICKET_COLUMNS))
                                            .where(tickets.office_id == office.id,
                                                   tickets.ticket_id.in_(chunk))).mappings()
        stored = []
        for row in found_tickets:
            state.tickets.setdefault(row["ticket_id"], dict(row))
            stored.append(row["ticket_id"])
        if not stored:
            continue  # a ticket the centre never saw has no stretch either
        if postgres:
            found_stretches = session.execute(
                _pg(_PG_OPEN_STRETCHES, TicketStretch, ("id", *_STRETCH_COLUMNS)),
                {"ids": stored, "office": office.id}).mappings()
        else:
            found_stretches = session.execute(select(stretches.id, *(
                stretches[c] for c in _STRETCH_COLUMNS)).where(
                stretches.office_id == office.id, stretches.ticket_id.in_(stored),
                stretches.ended_at.is_(None)).order_by(stretches.id)).mappings()
        for row in found_stretches:
            state.open_stretches[row["ticket_id"]] = dict(row)  # the newest stays
    state.looked_up.update(ids)


def _pg(query: TextClause, mapped: type[Any], columns: Sequence[str]) -> TextualSelect:
    """The query with its columns, typed as the table types them (times, UUIDs)."""
    table = mapped.__table__
    quoted = ", ".join(f'"{c}"' for c in columns if c != "id")
    sql = query.text.replace("{columns}", quoted)
    return text(sql).columns(*(table.c[c] for c in columns))


def prefetch(session: Session, office: Office, ops: Sequence[PushOp],
             state: QueueState) -> None:
    """Read, for the queue ops of a push, their stored tickets and open stretches."""
    wanted: set[uuid.UUID] = set()
    for op in ops:
        if op.action.startswith("queue.ticket_"):
            try:
                wanted.add(state.id_of(op.record_id))
            except Rejected:
                continue
    _load(session, office, state, sorted(wanted - state.looked_up))


def _ticket(session: Session, office: Office, state: QueueState,
            ticket_id: uuid.UUID) -> dict[str, Any] | None:
    if ticket_id not in state.looked_up and ticket_id not in state.tickets:
        _load(session, office, state, [ticket_id])
    return state.tickets.get(ticket_id)


def _changed(state: QueueState, ticket: dict[str, Any]) -> None:
    if ticket["ticket_id"] not in state.new_tickets:
        state.changed_tickets.add(ticket["ticket_id"])


def _end_stretch(state: QueueState, ticket: dict[str, Any], at: datetime, end: str) -> None:
    stretch = state.open_stretches.pop(ticket["ticket_id"], None)
    if stretch is not None:
        stretch["ended_at"], stretch["end"] = at, end
        if "id" in stretch:  # stored before this push
            state.changed_stretches[stretch["id"]] = stretch


def _issued(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    key = op.payload.get("ticket")
    service = op.payload.get("service_id")
    if not isinstance(key, str) or not isinstance(service, str) or key.count("-") < 2:
        return
    _, day, code = key.split("-", 2)
    ticket_id = state.id_of(op.record_id)
    if _ticket(session, office, state, ticket_id) is not None:
        return
    priority = op.payload.get("priority")
    state.tickets[ticket_id] = {
        "office_id": office.id, "ticket_id": ticket_id, "key": key, "code": code,
        "service_day": f"{day[:4]}-{day[4:6]}-{day[6:8]}", "prefix": code[:1],
        "issued_service_id": state.id_of(service),
        "priority": priority if isinstance(priority, str) else None, "status": "waiting",
        "issued_at": event_time(op), "first_called_at": None, "finished_at": None,
        "outcome": None,
    }
    state.new_tickets.add(ticket_id)


def _queue_step(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    ticket = _ticket(session, office, state, state.id_of(op.record_id))
    if ticket is None:
        return
    at = event_time(op)
    step = op.action.removeprefix("queue.ticket_")
    if step in ("called", "resumed", "taken_back"):
        counter = op.payload.get("counter_id")
        stretch = {
            "office_id": office.id, "ticket_id": ticket["ticket_id"],
            "counter_id": state.id_of(counter) if isinstance(counter, str) else None,
            "operator": op.event.actor, "called_at": at, "ended_at": None, "end": None,
        }
        state.new_stretches.append(stretch)
        state.open_stretches[ticket["ticket_id"]] = stretch
        ticket["status"] = "called"
        if ticket["first_called_at"] is None:
            ticket["first_called_at"] = at
        if step == "taken_back":
            ticket["outcome"] = ticket["finished_at"] = None
    elif step == "held":
        _end_stretch(state, ticket, at, "held")
        ticket["status"] = "held"
    elif step == "transferred":
        _end_stretch(state, ticket, at, "dialihkan")
        ticket["status"] = "waiting"
    elif step in ("finished", "no_show"):
        outcome = op.payload.get("outcome")
        outcome = outcome if isinstance(outcome, str) else (
            "tidak_hadir" if step == "no_show" else "selesai")
        _end_stretch(state, ticket, at, outcome)
        ticket["status"], ticket["outcome"], ticket["finished_at"] = "finished", outcome, at
    else:
        return
    _changed(state, ticket)


def _day_closed(session: Session, office: Office, op: PushOp, state: QueueState) -> None:
    keys = op.payload.get("closed")
    if not isinstance(keys, list) or not keys:
        return
    at = event_time(op)
    wanted = {k for k in keys if isinstance(k, str)}
    ids = {tid for tid, t in state.tickets.items() if t["key"] in wanted}
    ids.update(session.scalars(select(Ticket.ticket_id).where(
        Ticket.office_id == office.id, Ticket.key.in_(sorted(wanted)))))
    for ticket_id in sorted(ids):
        ticket = _ticket(session, office, state, ticket_id)
        assert ticket is not None
        _end_stretch(state, ticket, at, "reset")
        ticket["status"], ticket["outcome"], ticket["finished_at"] = "finished", "reset", at
        _changed(state, ticket)


def write_queue(session: Session, state: QueueState) -> None:
    """Store what the push's queue ops made of the tickets and stretches."""
    tickets = Ticket.__table__
    stretches = TicketStretch.__table__
    assert isinstance(tickets, Table) and isinstance(stretches, Table)
    insert_rows(session, tickets, _TICKET_COLUMNS,
                [state.tickets[t] for t in sorted(state.new_tickets)])
    if state.changed_tickets:
        session.execute(
            update(tickets).where(tickets.c.office_id == bindparam("b_office"),
                                  tickets.c.ticket_id == bindparam("b_ticket"))
            .values(status=bindparam("status"), first_called_at=bindparam("first_called_at"),
                    finished_at=bindparam("finished_at"), outcome=bindparam("outcome")),
            [{"b_office": t["office_id"], "b_ticket": t["ticket_id"], "status": t["status"],
              "first_called_at": t["first_called_at"], "finished_at": t["finished_at"],
              "outcome": t["outcome"]}
             for t in (state.tickets[i] for i in sorted(state.changed_tickets))])
    insert_rows(session, stretches, _STRETCH_COLUMNS, state.new_stretches)
    if state.changed_stretches:
        session.execute(
            update(stretches).where(stretches.c.id == bindparam("b_id"))
            .values(ended_at=bindparam("ended_at"), end=bindparam("end")),
            [{"b_id": i, "ended_at": s["ended_at"], "end": s["end"]}
             for i, s in sorted(state.changed_stretches.items())])
    state.new_tickets.clear()
    state.changed_tickets.clear()
    state.new_stretches.clear()
    state.changed_stretches.clear()


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


def needs_database(op: PushOp, state: QueueState) -> bool:
    """Whether projecting ``op`` may read or write through the session. A ticket's step
    whose ticket ``prefetch`` looked up needs nothing but ``state``; an action kept only
    needs nothing."""
    if op.action.startswith("queue.ticket_"):
        ticket_id = state.ids.get(op.record_id)
        return ticket_id is None or ticket_id not in state.looked_up
    return op.action in _AKTA or op.action in _QUEUE


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

