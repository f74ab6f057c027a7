"""Weeks of believable queue history for the demo office, so its reports are not empty.

A small simulation per weekday: citizens arrive (more in the mid-morning, fewer on
Fridays), two loket call them by the real priority rule, serve them for a time typical of
their service, and now and then a visitor does not come, cancels or is sent to another
service. The rows go in directly, one unit of work (and one audit event) per day: the
ordinary use cases would take minutes and write thousands of audit events.
"""

from __future__ import annotations

import heapq
import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from kelurahan_desk.domain.queue import (
    MAX_PRIORITY_IN_A_ROW,
    Outcome,
    Priority,
    TicketStatus,
    Waiting,
    next_ticket,
    ticket_code,
    ticket_key,
)
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Office, QueueService, Ticket, TicketCall

OPENS, CLOSES = time(7, 30), time(15, 0)  # service hours: numbers are taken until 14:45
LAST_TICKET = time(14, 45)
FIRST_CALL = time(7, 45)
PER_DAY = {"A": 15, "B": 5, "C": 25, "D": 12}  # tickets on an ordinary weekday
SERVICE_MINUTES = {"A": 12.0, "B": 10.0, "C": 6.0, "D": 4.0}  # mean time at the loket
WEEKDAY_LOAD = (1.2, 1.0, 1.0, 0.95, 0.75)  # Monday busiest; Friday short (Jumatan)
PRIORITY_SHARE = 0.08
NO_SHOW_SHARE = 0.05
CANCEL_SHARE = 0.03
TRANSFER_SHARE = {"A": 0.01, "B": 0.01, "C": 0.01, "D": 0.08}  # Informasi sends people on
CLOCK_SLIP_DAYS = 0.1  # share of days with one visit stamped by a clock running ahead
BREAKS = ((time(12, 0), time(12, 30)), (time(12, 30), time(13, 0)))  # per loket, staggered


@dataclass
class _Visit:
    id: uuid.UUID
    prefix: str
    number: int
    issued: datetime
    priority: str | None
    service: str  # current prefix (changes on a transfer)
    calls: list[dict[str, Any]] = field(default_factory=list)
    first_called: datetime | None = None
    finished: datetime | None = None
    outcome: str | None = None
    counter: uuid.UUID | None = None
    operator: uuid.UUID | None = None


def _arrivals(rng: random.Random, prefix: str, day: date, zone: ZoneInfo) -> list[datetime]:
    mean = PER_DAY[prefix] * WEEKDAY_LOAD[day.weekday()]
    count = max(0, round(rng.gauss(mean, math.sqrt(mean))))
    opens = datetime.combine(day, OPENS, zone)
    span = (datetime.combine(day, LAST_TICKET, zone) - opens).total_seconds() / 60
    minutes = []
    for _ in range(count):
        if rng.random() < 0.75:  # the morning crowd: most come between 08:30 and 10:30
            minutes.append(rng.triangular(0, span, 100))
        else:
            minutes.append(rng.uniform(0, span))
    return sorted(opens + timedelta(minutes=m, seconds=rng.randrange(60)) for m in minutes)


def _service_minutes(rng: random.Random, prefix: str) -> float:
    mean = SERVICE_MINUTES[prefix]
    sigma = 0.45
    minutes = rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma)
    return min(max(minutes, 1.0), 4 * mean)


def _simulate_day(
    rng: random.Random, day: date, zone: ZoneInfo, lokets: list[tuple[uuid.UUID, uuid.UUID]]
) -> list[_Visit]:
    """Every visit of one day, with its calls; ``lokets`` are (counter, operator) pairs."""
    visits: list[_Visit] = []
    for prefix in PER_DAY:
        for number, issued in enumerate(_arrivals(rng, prefix, day, zone), start=1):
            priority = (rng.choice(list(Priority)).value
                        if rng.random() < PRIORITY_SHARE else None)
            visits.append(_Visit(uuid.UUID(int=rng.getrandbits(128), version=4), prefix,
                                 number, issued, priority, prefix))
    # A loket is free at some moment; the earliest free one calls next.
    # The kiosk opens at 07:30; the loket start calling a little later.
    free = [(datetime.combine(day, FIRST_CALL, zone) + timedelta(minutes=rng.uniform(0, 10)), i)
            for i in range(len(lokets))]
    heapq.heapify(free)
    queued: dict[uuid.UUID, tuple[_Visit, datetime]] = {}  # waiting → since (issue time)
    pending = sorted(visits, key=lambda v: v.issued)
    streak: dict[uuid.UUID, int] = {}
    service_ids = {prefix: uuid.UUID(int=i) for i, prefix in enumerate(PER_DAY)}
    breaks_taken: set[int] = set()
    while pending or queued:
        now, loket = heapq.heappop(free)
        start, end = BREAKS[loket % len(BREAKS)]
        if loket not in breaks_taken and now >= datetime.combine(day, start, zone):
            breaks_taken.add(loket)  # back from the break; the other loket may go first
            heapq.heappush(free, (max(now, datetime.combine(day, end, zone)), loket))
            continue
        while pending and pending[0].issued <= now:
            visit = pending.pop(0)
            queued[visit.id] = (visit, visit.issued)
        if not queued:
            heapq.heappush(free, (pending[0].issued + timedelta(seconds=rng.uniform(5, 40)),
                                  loket))
            continue
        chosen = next_ticket(
            [Waiting(v.id, service_ids[v.service], v.priority is not None, since, v.number)
             for v, since in queued.values()],
            streak,
        )
        assert chosen is not None
        visit, _ = queued.pop(chosen.ticket_id)
        sid = service_ids[visit.service]
        streak[sid] = min(streak.get(sid, 0) + 1, MAX_PRIORITY_IN_A_ROW) if visit.priority \
            else 0
        counter, operator = lokets[loket]
        called = now + timedelta(seconds=rng.uniform(3, 20))
        visit.first_called = visit.first_called or called
        visit.counter, visit.operator = counter, operator
        roll = rng.random()
        if roll < NO_SHOW_SHARE and not visit.calls:
            for k in (1, 2):  # panggil ulang twice, then tidak hadir
                visit.calls.append(_call(visit, counter, operator, "recall",
                                         called + timedelta(minutes=k), ended=True))
            ended = called + timedelta(minutes=3, seconds=rng.uniform(0, 30))
            _stretch(visit, counter, operator, called, ended, Outcome.NO_SHOW)
            visit.finished, visit.outcome = ended, Outcome.NO_SHOW
        elif roll < NO_SHOW_SHARE + TRANSFER_SHARE[visit.service] and visit.service == \
                visit.prefix:
            ended = called + timedelta(minutes=rng.uniform(1.5, 4))
            _stretch(visit, counter, operator, called, ended, Outcome.TRANSFERRED)
            visit.service = rng.choice(["A", "C"] if visit.prefix == "D" else ["D"])
            queued[visit.id] = (visit, visit.issued)  # keeps its original issue time
        else:
            ended = called + timedelta(minutes=_service_minutes(rng, visit.service))
            outcome = Outcome.CANCELLED if rng.random() < CANCEL_SHARE else Outcome.DONE
            _stretch(visit, counter, operator, called, ended, outcome)
            visit.finished, visit.outcome = ended, outcome
        heapq.heappush(free, (ended + timedelta(seconds=rng.uniform(10, 60)), loket))
    seen = [v for v in visits if v.first_called is not None]
    if seen and rng.random() < CLOCK_SLIP_DAYS:
        # Now and then the kiosk PC's clock runs ahead (a flat CMOS battery after a power
        # cut): a visit then looks called before it was issued, and the report flags it.
        slipped = rng.choice(seen)
        assert slipped.first_called is not None
        slipped.issued = slipped.first_called + timedelta(minutes=rng.uniform(2, 6))
    return visits


def _call(visit: _Visit, counter: uuid.UUID, operator: uuid.UUID, kind: str, at: datetime,
          ended: bool = False) -> dict[str, Any]:
    return {"ticket_id": visit.id, "counter_id": counter, "operator_id": operator,
            "kind": kind, "called_at": at, "ended_at": at if ended else None, "end": None}


def _stretch(visit: _Visit, counter: uuid.UUID, operator: uuid.UUID, called: datetime,
             ended: datetime, end: str) -> None:
    row = _call(visit, counter, operator, "call", called)
    row["ended_at"], row["end"] = ended, end
    visit.calls.append(row)


def _staff(store: Store) -> tuple[list[uuid.UUID], list[uuid.UUID], dict[str, uuid.UUID], str,
                                  ZoneInfo]:
    with store.read() as session:
        office = session.get(Office, 1)
        if office is None:
            raise RuntimeError("the office is not set up")
        counters = list(session.scalars(
            select(Counter.id).where(Counter.active.is_(True)).order_by(Counter.number)
            .limit(2)))
        accounts = {a.username: a for a in session.scalars(
            select(Account).where(Account.role.in_([Role.OPERATOR, Role.SUPERVISOR]),
                                  Account.active.is_(True)))}
        preferred = [accounts[u].id for u in ("operator", "supervisor") if u in accounts]
        people = preferred or [a.id for a in accounts.values()][:2]
        services = {s.prefix: s.id for s in session.scalars(select(QueueService))}
        return counters, people, services, office.code, ZoneInfo(office.timezone)


def seed_queue_history(store: Store, weeks: int = 6, seed: int = 20251128) -> int:
    """Fill the ``weeks`` before today (weekdays; today stays empty); return tickets added.

    Days that already have tickets are left as they are. Deterministic for a ``seed``.
    """
    counters, people, services, office_code, zone = _staff(store)
    if not counters or not people or not set(PER_DAY) <= set(services):
        raise RuntimeError("the demo history needs two loket, staff and services A–D")
    rng = random.Random(seed)
    today = store.clock().astimezone(zone).date()
    added = 0
    for back in range(weeks * 7, 0, -1):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        # Mostly Siti at Loket 1 and Bambang at Loket 2; some days the other way round.
        staff = people if rng.random() < 0.7 or len(people) < 2 else people[::-1]
        lokets = [(counters[i % len(counters)], staff[i % len(staff)]) for i in range(2)]
        visits = _simulate_day(rng, day, zone, lokets)
        added += _insert_day(store, day, visits, services, office_code)
    return added


def _insert_day(store: Store, day: date, visits: list[_Visit], services: dict[str, uuid.UUID],
                office_code: str) -> int:
    with store.write("system", "system") as uow:
        if uow.session.scalar(select(func.count()).select_from(Ticket)
                              .where(Ticket.service_day == day.isoformat())):
            uow.nothing_to_record()
            return 0
        tickets = [{
            "id": v.id,
            "key": ticket_key(office_code, day, v.prefix, v.number),
            "service_day": day.isoformat(),
            "prefix": v.prefix,
            "number": v.number,
            "code": ticket_code(v.prefix, v.number),
            "issued_service_id": services[v.prefix],
            "service_id": services[v.service],
            "target_counter_id": None,
            "priority": v.priority,
            "issued_at": v.issued.astimezone(UTC),
            "status": TicketStatus.FINISHED.value,
            "calls": len(v.calls),
            "first_called_at": v.first_called.astimezone(UTC) if v.first_called else None,
            "counter_id": v.counter,
            "operator_id": v.operator,
            "finished_at": v.finished.astimezone(UTC) if v.finished else None,
            "outcome": v.outcome,
            "request_ref": None,
            "print_job_ref": None,
            "spoiled_card_ref": None,
        } for v in visits]
        calls = sorted((c for v in visits for c in v.calls), key=lambda c: c["called_at"])
        for call in calls:
            call["called_at"] = call["called_at"].astimezone(UTC)
            if call["ended_at"] is not None:
                call["ended_at"] = call["ended_at"].astimezone(UTC)
        if tickets:
            uow.session.execute(insert(Ticket), tickets)
        if calls:
            uow.session.execute(insert(TicketCall), calls)
        uow.record("queue.history_seeded", "queue_day", day.isoformat(),
                   {"tickets": len(tickets), "calls": len(calls)})
        return len(tickets)
