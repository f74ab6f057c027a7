"""Antrean use cases: issuing tickets, and everything a loket does with them."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.queue import (
    Outcome,
    Priority,
    ServiceRules,
    TicketStatus,
    Waiting,
    issue_refusal,
    next_ticket,
    streak_needed,
    ticket_code,
    ticket_key,
)
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services import queue_statements as sql
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound, ServiceError
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue_services import _hhmm
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.prepared import NamedRow, On
from kelurahan_desk.store.tables import Office, QueueService, Ticket
from kelurahan_desk.store.unit_of_work import UnitOfWork

KIOSK = "kiosk"  # the unattended kiosk issues tickets without anyone signed in


class QueueRefused(ServiceError):
    """The queue cannot do this now (closed, quota, nothing waiting, wrong state)."""


@dataclass(frozen=True)
class TicketInfo:
    id: uuid.UUID
    key: str
    code: str
    service_id: uuid.UUID
    service_name: str
    priority: Priority | None
    issued_at: datetime
    status: TicketStatus
    calls: int
    counter_id: uuid.UUID | None
    first_called_at: datetime | None
    finished_at: datetime | None
    outcome: Outcome | None


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketInfo
    people_ahead: int
    office_name: str
    local_issued_at: datetime


# --- helpers ------------------------------------------------------------------------


def _office(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise RuntimeError("the office is not set up")
    return office


def _zone(office: Office) -> ZoneInfo:
    return ZoneInfo(office.timezone)


def service_day(moment: datetime, zone: ZoneInfo) -> date:
    """The office-local day a moment belongs to: days roll over at local midnight."""
    return moment.astimezone(zone).date()


def _ticket_info(row: Ticket | NamedRow, service_name: str) -> TicketInfo:
    """A ticket as the UI sees it, from its ORM object or a prepared statement's row."""
    return TicketInfo(
        row.id,
        row.key,
        row.code,
        row.service_id,
        service_name,
        Priority(row.priority) if row.priority else None,
        row.issued_at,
        TicketStatus(row.status),
        row.calls,
        row.counter_id,
        row.first_called_at,
        row.finished_at,
        Outcome(row.outcome) if row.outcome else None,
    )


def _service_names(session: Session) -> dict[uuid.UUID, str]:
    return {s.id: s.name for s in session.scalars(select(QueueService))}


def _payload(ticket: TicketInfo, **extra: object) -> dict[str, object]:
    """What the centre and the audit trail learn of a ticket change (no personal data)."""
    return {
        "ticket": ticket.key,
        "status": ticket.status,
        "service_id": str(ticket.service_id),
        "counter_id": str(ticket.counter_id) if ticket.counter_id else None,
        "calls": ticket.calls,
        "outcome": ticket.outcome,
        **extra,
    }


def _refused(template_message: Message) -> QueueRefused:
    return QueueRefused(template_message)


def _office_row(connection: On) -> NamedRow:
    """The office's code, name and time zone."""
    row = sql.OFFICE.first(connection)
    if row is None:
        raise RuntimeError("the office is not set up")
    return row


# --- the kiosk ----------------------------------------------------------------------


def _issued_today(session: Session, service: QueueService, day: date) -> int:
    issued = session.scalar(select(func.count()).where(sql.issued_on(service.id, day.isoformat())))
    return issued or 0


def _waiting_count(session: Session, service_ids: list[uuid.UUID] | None = None) -> dict[
    uuid.UUID, int
]:
    query = (
        select(Ticket.service_id, func.count())
        .where(Ticket.status == TicketStatus.WAITING)
        .group_by(Ticket.service_id)
    )
    if service_ids is not None:
        query = query.where(Ticket.service_id.in_(service_ids))
    return {service_id: count for service_id, count in session.execute(query)}


def _rules(service: QueueService | NamedRow) -> ServiceRules:
    return ServiceRules(
        service.active, service.daily_quota, _hhmm(service.opens_at), _hhmm(service.closes_at)
    )


def issue_ticket(
    store: Store,
    service_id: uuid.UUID,
    priority: Priority | None = None,
    issued_by: Actor | None = None,
) -> IssuedTicket:
    """Take a number for ``service_id``; refused plainly when closed or out of quota.

    The number is allocated inside a write transaction that began with the write lock
    (BEGIN IMMEDIATE), so processes issuing at once get consecutive, unique numbers.
    """
    who, role = (issued_by.username, issued_by.role.value) if issued_by else (KIOSK, KIOSK)
    with store.write(who, role) as uow:
        if issued_by is not None:
            authorize(uow, issued_by, Permission.SERVE_QUEUE)
        connection = uow.direct
        office = _office_row(connection)
        zone = ZoneInfo(office.timezone)
        service = sql.SERVICE.first(connection, {"service_id": service_id})
        if service is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Layanan tidak ditemukan.").format())
        day = service_day(uow.now, zone)
        issued, last_number, ahead = sql.ISSUE_COUNTS.one(connection, {
            "service_id": service_id, "day": day.isoformat(), "prefix": service.prefix,
        })
        refusal = issue_refusal(_rules(service), uow.now.astimezone(zone), issued)
        if refusal is not None:
            raise _refused(refusal)
        number = (last_number or 0) + 1
        ticket = TicketInfo(
            uuid.uuid4(), ticket_key(office.code, day, service.prefix, number),
            ticket_code(service.prefix, number), service_id, service.name, priority, uow.now,
            TicketStatus.WAITING, 0, None, None, None, None,
        )
        sql.INSERT_TICKET.run(connection, {
            "id": ticket.id, "key": ticket.key, "service_day": day.isoformat(),
            "prefix": service.prefix, "number": number, "code": ticket.code,
            "issued_service_id": service_id, "service_id": service_id,
            "target_counter_id": None, "priority": priority.value if priority else None,
            "issued_at": uow.now, "status": TicketStatus.WAITING, "calls": 0,
            "first_called_at": None, "counter_id": None, "operator_id": None,
            "finished_at": None, "outcome": None, "request_ref": None,
            "print_job_ref": None, "spoiled_card_ref": None,
        })
        uow.record("queue.ticket_issued", "ticket", ticket.id,
                   _payload(ticket, priority=priority.value if priority else None,
                            issued_at=str(uow.now)))
        return IssuedTicket(ticket, ahead, office.name, uow.now.astimezone(zone))


# --- at the loket -------------------------------------------------------------------


def _counter_of(actor: Actor) -> uuid.UUID:
    if actor.counter_id is None:
        raise QueueRefused(
            QT_TRANSLATE_NOOP(
                "queue", "Anda masuk tanpa loket. Keluar lalu masuk lagi dengan memilih loket."
            ).format()
        )
    return actor.counter_id


def _refuse_if_busy(connection: On, counter_id: uuid.UUID) -> None:
    """A loket serves one visitor at a time: refuse while it is still calling one."""
    code = sql.BUSY.scalar(connection, {"counter_id": counter_id})
    if code is not None:
        raise QueueRefused(
            QT_TRANSLATE_NOOP(
                "queue", "Loket ini masih melayani {code}. Selesaikan, tahan, atau alihkan dulu."
            ).format(code=code)
        )


def _end_segment(uow: UnitOfWork, ticket_id: uuid.UUID, end: str) -> None:
    sql.END_SEGMENT.run(uow.direct, {"of_ticket": ticket_id, "now": uow.now, "how": end})


def _start_call(uow: UnitOfWork, actor: Actor, ticket_id: uuid.UUID, kind: str) -> NamedRow:
    """Call the ticket to the actor's loket (one more call) and open its call segment."""
    counter_id = _counter_of(actor)
    row = sql.START_CALL.one(uow.direct, {
        "ticket_id": ticket_id, "at_counter": counter_id, "by_operator": actor.account_id,
        "now": uow.now,
    })
    _add_call(uow, actor, ticket_id, kind)
    return row


def _add_call(uow: UnitOfWork, actor: Actor, ticket_id: uuid.UUID, kind: str,
              ended_at: datetime | None = None) -> None:
    sql.INSERT_CALL.run(uow.direct, {
        "id": None, "ticket_id": ticket_id, "counter_id": _counter_of(actor),
        "operator_id": actor.account_id, "kind": kind, "called_at": uow.now,
        "ended_at": ended_at, "end": None,
    })


def _priority_streak(connection: On, service_id: uuid.UUID, day: str) -> int:
    """Priority calls in a row, most recent first, for a service today."""
    streak = 0
    for (priority,) in sql.PRIORITY_STREAK.all(connection, {"service_id": service_id, "day": day}):
        if priority is None:
            break
        streak += 1
    return streak


def call_next(store: Store, actor: Actor) -> TicketInfo | None:
    """Call the next visitor for the actor's loket, by the priority rule; None if nobody.

    Runs under the write lock: two lokets calling at once never get the same ticket.
    """
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow, actor, Permission.SERVE_QUEUE)
        connection = uow.direct
        _refuse_if_busy(connection, counter_id)
        heads, names = [], {}
        for i, s, p, at, n, name in sql.QUEUE_HEADS.all(connection, {"counter_id": counter_id}):
            heads.append(Waiting(i, s, p is not None, at, n))
            names[s] = name
        streaks = {}
        if needed := streak_needed(heads):
            day = service_day(uow.now, ZoneInfo(_office_row(connection).timezone)).isoformat()
            streaks = {s: _priority_streak(connection, s, day) for s in needed}
        chosen = next_ticket(heads, streaks)
        if chosen is None:
            uow.nothing_to_record()
            return None
        ticket = _ticket_info(_start_call(uow, actor, chosen.ticket_id, "call"),
                              names[chosen.service_id])
        uow.record("queue.ticket_called", "ticket", ticket.id, _payload(ticket))
        return ticket


def _mine(uow: UnitOfWork, actor: Actor, ticket_id: uuid.UUID) -> NamedRow:
    """The ticket's row with its service's name (``service_name``), for a signed-in loket."""
    authorize(uow, actor, Permission.SERVE_QUEUE)
    row = sql.TICKET_BY_ID.first(uow.direct, {"ticket_id": ticket_id})
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("queue", "Nomor antrean tidak ditemukan.").format())
    return row


def _require(ticket: NamedRow, *states: TicketStatus, counter_id: uuid.UUID | None = None) -> None:
    if ticket.status not in states or (
        counter_id is not None and ticket.counter_id != counter_id
    ):
        raise _require_refusal(ticket.code)


def recall(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Panggil ulang: announce again the visitor this loket is calling."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.CALLED, counter_id=counter_id)
        row = sql.RECALL.one(uow.direct, {"ticket_id": ticket_id})
        _add_call(uow, actor, ticket_id, "recall", ended_at=uow.now)  # a recall is no segment
        ticket = _ticket_info(row, found.service_name)
        uow.record("queue.ticket_recalled", "ticket", ticket.id, _payload(ticket))
        return ticket


def _close(uow: UnitOfWork, ticket_id: uuid.UUID, outcome: Outcome,
           links: WorkLinks | None = None) -> NamedRow:
    """Finish the visit with ``outcome`` (and, from ``finish``, the work it produced)."""
    values = {"ticket_id": ticket_id, "with_outcome": outcome, "now": uow.now}
    if links is None:
        row = sql.CLOSE.one(uow.direct, values)
    else:
        row = sql.FINISH.one(uow.direct, {
            **values, "request": links.request_ref, "print_job": links.print_job_ref,
            "spoiled_card": links.spoiled_card_ref})
    _end_segment(uow, ticket_id, outcome)
    return row


def mark_no_show(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Tidak hadir: allowed once the visitor was called the configured number of times."""
    counter_id = _counter_of(actor)
    needed = get_settings(store)["no_show_after_calls"]
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.CALLED, counter_id=counter_id)
        if found.calls < needed:
            raise QueueRefused(
                QT_TRANSLATE_NOOP(
                    "queue", "{code} baru dipanggil {calls} kali; tandai tidak hadir setelah"
                    " {needed} kali panggilan."
                ).format(code=found.code, calls=found.calls, needed=needed)
            )
        ticket = _ticket_info(_close(uow, ticket_id, Outcome.NO_SHOW), found.service_name)
        uow.record("queue.ticket_no_show", "ticket", ticket.id, _payload(ticket))
        return ticket


def take_back(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """A visitor marked absent arrives after all (same day): serve them at this loket."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        zone = ZoneInfo(_office_row(uow.direct).timezone)
        if found.outcome != Outcome.NO_SHOW or found.service_day != service_day(
                uow.now, zone).isoformat():
            raise QueueRefused(
                QT_TRANSLATE_NOOP(
                    "queue", "Hanya nomor yang hari ini ditandai tidak hadir yang bisa"
                    " dilayani kembali."
                ).format()
            )
        _refuse_if_busy(uow.direct, counter_id)
        ticket = _ticket_info(_start_call(uow, actor, ticket_id, "take_back"),
                              found.service_name)
        uow.record("queue.ticket_taken_back", "ticket", ticket.id, _payload(ticket))
        return ticket


def hold(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Tahan: set the visitor aside at this loket (e.g. to fetch a document)."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.CALLED, counter_id=counter_id)
        row = sql.HOLD.one(uow.direct, {"ticket_id": ticket_id})
        _end_segment(uow, ticket_id, "held")
        ticket = _ticket_info(row, found.service_name)
        uow.record("queue.ticket_held", "ticket", ticket.id, _payload(ticket))
        return ticket


def resume(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.HELD, counter_id=counter_id)
        _refuse_if_busy(uow.direct, counter_id)
        ticket = _ticket_info(_start_call(uow, actor, ticket_id, "resume"), found.service_name)
        uow.record("queue.ticket_resumed", "ticket", ticket.id, _payload(ticket))
        return ticket


def transfer(
    store: Store,
    actor: Actor,
    ticket_id: uuid.UUID,
    service_id: uuid.UUID,
    counter_id: uuid.UUID | None = None,
) -> TicketInfo:
    """Alihkan to another service and/or loket; the visit keeps its original issue time."""
    own_counter = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.CALLED, TicketStatus.HELD, counter_id=own_counter)
        connection = uow.direct
        service = sql.SERVICE.first(connection, {"service_id": service_id})
        if service is None or not service.active:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Layanan tidak ditemukan.").format())
        if counter_id is not None and sql.COUNTER.first(
                connection, {"counter_id": counter_id}) is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Loket tidak ditemukan.").format())
        _end_segment(uow, ticket_id, Outcome.TRANSFERRED)
        row = sql.TRANSFER.one(connection, {
            "ticket_id": ticket_id, "to_service": service_id, "to_counter": counter_id,
        })
        ticket = _ticket_info(row, service.name)
        uow.record("queue.ticket_transferred", "ticket", ticket.id,
                   _payload(ticket, from_service_id=str(found.service_id),
                            to_counter_id=str(counter_id) if counter_id else None))
        return ticket


@dataclass(frozen=True)
class WorkLinks:
    """The work a visit produced; pages that create these come in their own issues."""

    request_ref: str | None = None
    print_job_ref: str | None = None
    spoiled_card_ref: str | None = None


def finish(
    store: Store,
    actor: Actor,
    ticket_id: uuid.UUID,
    outcome: Outcome = Outcome.DONE,
    links: WorkLinks | None = None,
) -> TicketInfo:
    """Selesai (or dibatalkan): close the visit at this loket, linked to its work."""
    if outcome not in (Outcome.DONE, Outcome.CANCELLED):
        raise ValueError(f"finish takes selesai or dibatalkan, not {outcome}")
    counter_id = _counter_of(actor)
    links = links or WorkLinks()
    with store.write(actor.username, actor.role) as uow:
        found = _mine(uow, actor, ticket_id)
        _require(found, TicketStatus.CALLED, counter_id=counter_id)
        ticket = _ticket_info(_close(uow, ticket_id, outcome, links), found.service_name)
        uow.record("queue.ticket_finished", "ticket", ticket.id,
                   _payload(ticket, request_ref=links.request_ref,
                            print_job_ref=links.print_job_ref,
                            spoiled_card_ref=links.spoiled_card_ref))
        return ticket


_SCANNED = re.compile(r"(?:(\d{10})-(\d{8})-)?([A-Z])-?(\d{1,4})")


def call_scanned(store: Store, actor: Actor, scanned: str) -> TicketInfo:
    """A ticket's barcode (or its typed code) calls that ticket to this loket."""
    match = _SCANNED.fullmatch(scanned.strip().upper())
    if match is None:
        raise QueueRefused(
            QT_TRANSLATE_NOOP("queue", "Kode {text} bukan nomor antrean.").format(
                text=scanned.strip()[:20])
        )
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow, actor, Permission.SERVE_QUEUE)
        connection = uow.direct
        office = _office_row(connection)
        today = service_day(uow.now, ZoneInfo(office.timezone))
        if match[1] is not None and (match[1] != office.code or match[2] != f"{today:%Y%m%d}"):
            raise QueueRefused(
                QT_TRANSLATE_NOOP("queue", "Karcis ini bukan untuk kantor ini hari ini.").format()
            )
        found = sql.TICKET_BY_CODE.first(connection, {
            "day": today.isoformat(), "prefix": match[3], "number": int(match[4])})
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Nomor {code} tidak ada hari ini.").format(
                code=ticket_code(match[3], int(match[4]))))
        if found.status not in (TicketStatus.WAITING, TicketStatus.HELD) and not (
            found.outcome == Outcome.NO_SHOW
        ):
            raise QueueRefused(
                QT_TRANSLATE_NOOP("queue", "{code} sedang atau sudah dilayani.").format(
                    code=found.code)
            )
        if found.status == TicketStatus.HELD and found.counter_id != counter_id:
            raise _require_refusal(found.code)
        _refuse_if_busy(connection, counter_id)
        kind = {TicketStatus.WAITING: "call", TicketStatus.HELD: "resume"}.get(
            TicketStatus(found.status), "take_back")
        ticket = _ticket_info(_start_call(uow, actor, found.id, kind), found.service_name)
        uow.record("queue.ticket_called", "ticket", ticket.id, _payload(ticket, scanned=True))
        return ticket


def _require_refusal(code: str) -> QueueRefused:
    return QueueRefused(
        QT_TRANSLATE_NOOP("queue", "{code} tidak bisa diproses di loket ini sekarang.")
        .format(code=code)
    )
