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
    ticket_code,
    ticket_key,
)
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound, ServiceError
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue_services import _hhmm
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import (
    Counter,
    CounterService,
    Office,
    QueueService,
    Ticket,
    TicketCall,
)
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


def _ticket_info(row: Ticket, names: dict[uuid.UUID, str]) -> TicketInfo:
    return TicketInfo(
        row.id,
        row.key,
        row.code,
        row.service_id,
        names.get(row.service_id, ""),
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


def _name_of(session: Session, ticket: Ticket) -> dict[uuid.UUID, str]:
    """The one service name ``_ticket_info`` needs (from the session's identity map)."""
    service = session.get(QueueService, ticket.service_id)
    return {ticket.service_id: service.name if service else ""}


def _payload(ticket: Ticket, **extra: object) -> dict[str, object]:
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


# --- the kiosk ----------------------------------------------------------------------


def _issued_today(session: Session, service: QueueService, day: date) -> int:
    return session.scalar(
        select(func.count()).where(
            Ticket.issued_service_id == service.id, Ticket.service_day == day.isoformat()
        )
    ) or 0


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


def _rules(service: QueueService) -> ServiceRules:
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
            authorize(uow.session, issued_by, Permission.SERVE_QUEUE)
        office = _office(uow.session)
        zone = _zone(office)
        service = uow.session.get(QueueService, service_id)
        if service is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Layanan tidak ditemukan.").format())
        day = service_day(uow.now, zone)
        refusal = issue_refusal(
            _rules(service), uow.now.astimezone(zone), _issued_today(uow.session, service, day)
        )
        if refusal is not None:
            raise _refused(refusal)
        number = (
            uow.session.scalar(
                select(func.max(Ticket.number)).where(
                    Ticket.service_day == day.isoformat(), Ticket.prefix == service.prefix
                )
            )
            or 0
        ) + 1
        ahead = _waiting_count(uow.session, [service.id]).get(service.id, 0)
        ticket = Ticket(
            id=uuid.uuid4(),
            key=ticket_key(office.code, day, service.prefix, number),
            service_day=day.isoformat(),
            prefix=service.prefix,
            number=number,
            code=ticket_code(service.prefix, number),
            issued_service_id=service.id,
            service_id=service.id,
            priority=priority.value if priority else None,
            issued_at=uow.now,
            status=TicketStatus.WAITING,
            calls=0,
        )
        uow.session.add(ticket)
        uow.record("queue.ticket_issued", "ticket", ticket.id,
                   _payload(ticket, priority=ticket.priority, issued_at=str(uow.now)))
        info = _ticket_info(ticket, {service.id: service.name})
        return IssuedTicket(info, ahead, office.name, uow.now.astimezone(zone))


# --- at the loket -------------------------------------------------------------------


def _counter_of(actor: Actor) -> uuid.UUID:
    if actor.counter_id is None:
        raise QueueRefused(
            QT_TRANSLATE_NOOP(
                "queue", "Anda masuk tanpa loket. Keluar lalu masuk lagi dengan memilih loket."
            ).format()
        )
    return actor.counter_id


def _current_at(session: Session, counter_id: uuid.UUID) -> Ticket | None:
    return session.scalar(
        select(Ticket).where(Ticket.counter_id == counter_id,
                             Ticket.status == TicketStatus.CALLED)
    )


def _open_segment(session: Session, ticket: Ticket) -> TicketCall | None:
    return session.scalar(
        select(TicketCall)
        .where(TicketCall.ticket_id == ticket.id, TicketCall.kind != "recall",
               TicketCall.ended_at.is_(None))
        .order_by(TicketCall.id.desc())
        .limit(1)
    )


def _end_segment(session: Session, ticket: Ticket, now: datetime, end: str) -> None:
    segment = _open_segment(session, ticket)
    if segment is not None:
        segment.ended_at = now
        segment.end = end


def _start_call(uow: UnitOfWork, actor: Actor, ticket: Ticket, kind: str) -> None:
    counter_id = _counter_of(actor)
    ticket.status = TicketStatus.CALLED
    ticket.counter_id = counter_id
    ticket.operator_id = actor.account_id
    ticket.target_counter_id = None
    ticket.calls += 1
    if ticket.first_called_at is None:
        ticket.first_called_at = uow.now
    uow.session.add(TicketCall(ticket_id=ticket.id, counter_id=counter_id,
                               operator_id=actor.account_id, kind=kind, called_at=uow.now))


def _busy_refusal(current: Ticket) -> QueueRefused:
    return QueueRefused(
        QT_TRANSLATE_NOOP(
            "queue", "Loket ini masih melayani {code}. Selesaikan, tahan, atau alihkan dulu."
        ).format(code=current.code)
    )


def _priority_streak(session: Session, service_id: uuid.UUID, day: str) -> int:
    """Priority calls in a row, most recent first, for a service today."""
    rows = session.execute(
        select(Ticket.priority)
        .join(TicketCall, TicketCall.ticket_id == Ticket.id)
        .where(Ticket.service_id == service_id, Ticket.service_day == day,
               TicketCall.kind == "call")
        .order_by(TicketCall.id.desc())
        .limit(10)
    ).scalars()
    streak = 0
    for priority in rows:
        if priority is None:
            break
        streak += 1
    return streak


def _queue_heads(session: Session, counter_id: uuid.UUID) -> list[Waiting]:
    """The longest-waiting priority and regular visitor of each service this loket calls.

    The priority rule only ever chooses among these (at most two per service), so a long
    queue costs one indexed query, not a load of every waiting ticket.
    """
    ranked = (
        select(
            Ticket.id, Ticket.service_id, Ticket.priority, Ticket.issued_at, Ticket.number,
            func.row_number().over(
                partition_by=(Ticket.service_id, Ticket.priority.is_(None)),
                order_by=(Ticket.issued_at, Ticket.number),
            ).label("place"),
        )
        .join(CounterService, (CounterService.service_id == Ticket.service_id)
              & (CounterService.counter_id == counter_id))
        .where(
            Ticket.status == TicketStatus.WAITING,
            Ticket.target_counter_id.is_(None) | (Ticket.target_counter_id == counter_id),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.id, ranked.c.service_id, ranked.c.priority, ranked.c.issued_at,
               ranked.c.number).where(ranked.c.place == 1))
    return [Waiting(i, s, p is not None, at, n) for i, s, p, at, n in rows]


def call_next(store: Store, actor: Actor) -> TicketInfo | None:
    """Call the next visitor for the actor's loket, by the priority rule; None if nobody.

    Runs under the write lock: two lokets calling at once never get the same ticket.
    """
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.SERVE_QUEUE)
        current = _current_at(uow.session, counter_id)
        if current is not None:
            raise _busy_refusal(current)
        heads = _queue_heads(uow.session, counter_id)
        day = service_day(uow.now, _zone(_office(uow.session))).isoformat()
        streaks = {s: _priority_streak(uow.session, s, day) for s in {h.service_id for h in heads}}
        chosen = next_ticket(heads, streaks)
        if chosen is None:
            uow.nothing_to_record()
            return None
        ticket = uow.session.get_one(Ticket, chosen.ticket_id)
        _start_call(uow, actor, ticket, "call")
        uow.record("queue.ticket_called", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def _mine(uow: UnitOfWork, actor: Actor, ticket_id: uuid.UUID) -> Ticket:
    authorize(uow.session, actor, Permission.SERVE_QUEUE)
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(QT_TRANSLATE_NOOP("queue", "Nomor antrean tidak ditemukan.").format())
    return ticket


def _require(ticket: Ticket, *states: TicketStatus, counter_id: uuid.UUID | None = None) -> None:
    if ticket.status not in states or (
        counter_id is not None and ticket.counter_id != counter_id
    ):
        raise QueueRefused(
            QT_TRANSLATE_NOOP("queue", "{code} tidak bisa diproses di loket ini sekarang.")
            .format(code=ticket.code)
        )


def recall(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Panggil ulang: announce again the visitor this loket is calling."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.CALLED, counter_id=counter_id)
        ticket.calls += 1
        uow.session.add(TicketCall(ticket_id=ticket.id, counter_id=counter_id,
                                   operator_id=actor.account_id, kind="recall",
                                   called_at=uow.now, ended_at=uow.now))
        uow.record("queue.ticket_recalled", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def _close(uow: UnitOfWork, ticket: Ticket, outcome: Outcome) -> None:
    ticket.status = TicketStatus.FINISHED
    ticket.outcome = outcome
    ticket.finished_at = uow.now
    _end_segment(uow.session, ticket, uow.now, outcome)


def mark_no_show(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Tidak hadir: allowed once the visitor was called the configured number of times."""
    counter_id = _counter_of(actor)
    needed = get_settings(store)["no_show_after_calls"]
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.CALLED, counter_id=counter_id)
        if ticket.calls < needed:
            raise QueueRefused(
                QT_TRANSLATE_NOOP(
                    "queue", "{code} baru dipanggil {calls} kali; tandai tidak hadir setelah"
                    " {needed} kali panggilan."
                ).format(code=ticket.code, calls=ticket.calls, needed=needed)
            )
        _close(uow, ticket, Outcome.NO_SHOW)
        uow.record("queue.ticket_no_show", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def take_back(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """A visitor marked absent arrives after all (same day): serve them at this loket."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        day = service_day(uow.now, _zone(_office(uow.session))).isoformat()
        if ticket.outcome != Outcome.NO_SHOW or ticket.service_day != day:
            raise QueueRefused(
                QT_TRANSLATE_NOOP(
                    "queue", "Hanya nomor yang hari ini ditandai tidak hadir yang bisa"
                    " dilayani kembali."
                ).format()
            )
        current = _current_at(uow.session, counter_id)
        if current is not None:
            raise _busy_refusal(current)
        ticket.outcome = None
        ticket.finished_at = None
        _start_call(uow, actor, ticket, "take_back")
        uow.record("queue.ticket_taken_back", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def hold(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    """Tahan: set the visitor aside at this loket (e.g. to fetch a document)."""
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.CALLED, counter_id=counter_id)
        ticket.status = TicketStatus.HELD
        _end_segment(uow.session, ticket, uow.now, "held")
        uow.record("queue.ticket_held", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def resume(store: Store, actor: Actor, ticket_id: uuid.UUID) -> TicketInfo:
    counter_id = _counter_of(actor)
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.HELD, counter_id=counter_id)
        current = _current_at(uow.session, counter_id)
        if current is not None:
            raise _busy_refusal(current)
        _start_call(uow, actor, ticket, "resume")
        uow.record("queue.ticket_resumed", "ticket", ticket.id, _payload(ticket))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


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
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.CALLED, TicketStatus.HELD, counter_id=own_counter)
        service = uow.session.get(QueueService, service_id)
        if service is None or not service.active:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Layanan tidak ditemukan.").format())
        if counter_id is not None and uow.session.get(Counter, counter_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Loket tidak ditemukan.").format())
        _end_segment(uow.session, ticket, uow.now, Outcome.TRANSFERRED)
        previous = ticket.service_id
        ticket.status = TicketStatus.WAITING
        ticket.service_id = service.id
        ticket.target_counter_id = counter_id
        ticket.counter_id = None
        uow.record("queue.ticket_transferred", "ticket", ticket.id,
                   _payload(ticket, from_service_id=str(previous),
                            to_counter_id=str(counter_id) if counter_id else None))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


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
    with store.write(actor.username, actor.role) as uow:
        ticket = _mine(uow, actor, ticket_id)
        _require(ticket, TicketStatus.CALLED, counter_id=counter_id)
        _close(uow, ticket, outcome)
        links = links or WorkLinks()
        ticket.request_ref = links.request_ref
        ticket.print_job_ref = links.print_job_ref
        ticket.spoiled_card_ref = links.spoiled_card_ref
        uow.record("queue.ticket_finished", "ticket", ticket.id,
                   _payload(ticket, request_ref=links.request_ref,
                            print_job_ref=links.print_job_ref,
                            spoiled_card_ref=links.spoiled_card_ref))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


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
        authorize(uow.session, actor, Permission.SERVE_QUEUE)
        office = _office(uow.session)
        today = service_day(uow.now, _zone(office))
        if match[1] is not None and (match[1] != office.code or match[2] != f"{today:%Y%m%d}"):
            raise QueueRefused(
                QT_TRANSLATE_NOOP("queue", "Karcis ini bukan untuk kantor ini hari ini.").format()
            )
        ticket = uow.session.scalar(select(Ticket).where(
            Ticket.service_day == today.isoformat(), Ticket.prefix == match[3],
            Ticket.number == int(match[4])))
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP("queue", "Nomor {code} tidak ada hari ini.").format(
                code=ticket_code(match[3], int(match[4]))))
        if ticket.status not in (TicketStatus.WAITING, TicketStatus.HELD) and not (
            ticket.outcome == Outcome.NO_SHOW
        ):
            raise QueueRefused(
                QT_TRANSLATE_NOOP("queue", "{code} sedang atau sudah dilayani.").format(
                    code=ticket.code)
            )
        if ticket.status == TicketStatus.HELD and ticket.counter_id != counter_id:
            raise _require_refusal(ticket)
        current = _current_at(uow.session, counter_id)
        if current is not None:
            raise _busy_refusal(current)
        kind = {TicketStatus.WAITING: "call", TicketStatus.HELD: "resume"}.get(
            TicketStatus(ticket.status), "take_back")
        ticket.outcome = None
        ticket.finished_at = None
        _start_call(uow, actor, ticket, kind)
        uow.record("queue.ticket_called", "ticket", ticket.id, _payload(ticket, scanned=True))
        return _ticket_info(ticket, _name_of(uow.session, ticket))


def _require_refusal(ticket: Ticket) -> QueueRefused:
    return QueueRefused(
        QT_TRANSLATE_NOOP("queue", "{code} tidak bisa diproses di loket ini sekarang.")
        .format(code=ticket.code)
    )
