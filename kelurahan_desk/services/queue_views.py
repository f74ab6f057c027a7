"""What the kiosk, a loket's Antrean page and the display board show, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.queue import (
    Outcome,
    TicketStatus,
    issue_refusal,
)
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import (
    TicketInfo,
    _counter_of,
    _issued_today,
    _office,
    _rules,
    _service_names,
    _ticket_info,
    _waiting_count,
    _zone,
    service_day,
)
from kelurahan_desk.services.queue_services import ServiceInfo, _service_info
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import (
    Counter,
    CounterService,
    QueueService,
    Ticket,
    TicketCall,
)


@dataclass(frozen=True)
class KioskService:
    service: ServiceInfo
    waiting: int
    refusal: Message | None  # why no ticket can be taken now; None when open


@dataclass(frozen=True)
class CounterView:
    """What a loket's Antrean page shows."""

    current: TicketInfo | None
    held: list[TicketInfo]
    no_shows: list[TicketInfo]
    waiting: dict[str, int]  # prefix → waiting count, for the loket's services
    served_today: int
    no_show_after_calls: int


@dataclass(frozen=True)
class BoardCall:
    call_id: int
    code: str
    counter_number: int
    counter_name: str
    called_at: datetime
    kind: str


@dataclass(frozen=True)
class BoardView:
    """What the display board shows: now serving per loket, recent calls, waiting."""

    serving: dict[int, str | None]  # counter number → ticket code being served
    counter_names: dict[int, str]
    recent: list[BoardCall]  # newest first
    waiting: dict[str, int]
    office_name: str


def kiosk_overview(store: Store) -> list[KioskService]:
    """Every active service with its waiting count and, when closed, why."""
    with store.read() as session:
        office = _office(session)
        zone = _zone(office)
        now = store.clock()
        day = service_day(now, zone)
        waiting = _waiting_count(session)
        result = []
        for service in session.scalars(
            select(QueueService)
            .where(QueueService.active.is_(True))
            .order_by(QueueService.position, QueueService.prefix)
        ):
            refusal = issue_refusal(
                _rules(service), now.astimezone(zone), _issued_today(session, service, day)
            )
            result.append(KioskService(_service_info(service), waiting.get(service.id, 0),
                                       refusal))
        return result


def counter_view(store: Store, actor: Actor) -> CounterView:
    counter_id = _counter_of(actor)
    needed = get_settings(store)["no_show_after_calls"]
    with store.read() as session:
        authorize(session, actor, Permission.SERVE_QUEUE)
        names = _service_names(session)
        day = service_day(store.clock(), _zone(_office(session))).isoformat()
        mine = list(session.scalars(
            select(Ticket).where(Ticket.counter_id == counter_id, Ticket.service_day == day)
            .order_by(Ticket.issued_at)))
        services = list(session.scalars(
            select(CounterService.service_id).where(CounterService.counter_id == counter_id)))
        waiting = _waiting_count(session, services)
        prefixes = {s.id: s.prefix for s in session.scalars(select(QueueService))}
        info = [_ticket_info(t, names.get(t.service_id, "")) for t in mine]
        return CounterView(
            current=next((t for t in info if t.status == TicketStatus.CALLED), None),
            held=[t for t in info if t.status == TicketStatus.HELD],
            no_shows=[t for t in info if t.outcome == Outcome.NO_SHOW],
            waiting={prefixes[s]: waiting.get(s, 0) for s in services},
            served_today=sum(1 for t in mine if t.outcome == Outcome.DONE),
            no_show_after_calls=needed,
        )


def board_view(store: Store, recent: int = 6) -> BoardView:
    """For the display board (no sign-in: it shows only ticket codes and lokets)."""
    with store.read() as session:
        office = _office(session)
        counters = {c.id: c for c in session.scalars(
            select(Counter).where(Counter.active.is_(True)))}
        serving: dict[int, str | None] = {c.number: None for c in counters.values()}
        for ticket in session.scalars(select(Ticket).where(Ticket.status == TicketStatus.CALLED)):
            counter = counters.get(ticket.counter_id) if ticket.counter_id else None
            if counter is not None:
                serving[counter.number] = ticket.code
        calls = session.execute(
            select(TicketCall, Ticket.code).join(Ticket, Ticket.id == TicketCall.ticket_id)
            .order_by(TicketCall.id.desc()).limit(recent)
        ).all()
        waiting = _waiting_count(session)
        prefixes = {s.id: s.prefix for s in session.scalars(
            select(QueueService).where(QueueService.active.is_(True)))}
        return BoardView(
            serving=serving,
            counter_names={c.number: c.name for c in counters.values()},
            recent=[
                BoardCall(call.id, code, counters[call.counter_id].number,
                          counters[call.counter_id].name, call.called_at, call.kind)
                for call, code in calls if call.counter_id in counters
            ],
            waiting={p: waiting.get(s, 0) for s, p in prefixes.items()},
            office_name=office.name,
        )


def calls_since(store: Store, after_call_id: int) -> list[BoardCall]:
    """Calls made after ``after_call_id``, oldest first: what the board must announce."""
    with store.read() as session:
        counters = {c.id: c for c in session.scalars(select(Counter))}
        rows = session.execute(
            select(TicketCall, Ticket.code).join(Ticket, Ticket.id == TicketCall.ticket_id)
            .where(TicketCall.id > after_call_id).order_by(TicketCall.id)
        ).all()
        return [BoardCall(c.id, code, counters[c.counter_id].number,
                          counters[c.counter_id].name, c.called_at, c.kind)
                for c, code in rows]


def last_call_id(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.max(TicketCall.id))) or 0
