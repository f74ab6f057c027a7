"""What the sidak console and report show: each counter now and today, the office's day.

Read-only. The queue figures are the supervisor's (``queue_report`` and the definitions in
``domain/queue_metrics``), filtered to the counter; who is signed in and what the counter
registered, printed or spoiled today come from its audit timeline
(``inspection_timeline``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.queue import TicketStatus
from kelurahan_desk.domain.queue_metrics import NO_STATS, Stats
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.inspection import Picture
from kelurahan_desk.services.inspection_timeline import day_start, events_since, today, walk
from kelurahan_desk.services.office import OfficeInfo, _office_info
from kelurahan_desk.services.queue import _office
from kelurahan_desk.services.queue_report import QueueReportFilter, queue_report
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.inspection_tables import (
    Inspection,
    InspectionFinding,
    InspectionInspector,
    InspectionTestPrint,
)
from kelurahan_desk.store.tables import Account, Counter, QueueService, Ticket, TicketCall

# Today's figures that are counted from the counter's audit events.
_REGISTERED = frozenset({"akta.submitted"})
_PRINTED = frozenset({"ktp.printed"})
_SPOILED = frozenset({"spoiled.logged", "ktp.print_failed"})  # entries added to the register


# --- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedIn:
    username: str
    full_name: str
    since: datetime


@dataclass(frozen=True)
class ServingNow:
    code: str
    service_name: str
    since: datetime  # the call that began this stretch at the counter


@dataclass(frozen=True)
class CounterFigures:
    """Today at one counter. Waiting and service are of the visits served (partly) there,
    as the queue report filtered to the counter gives them."""

    served: int
    no_shows: int
    waiting: Stats
    service: Stats
    requests_registered: int
    cards_printed: int
    cards_spoiled: int


NO_FIGURES = CounterFigures(0, 0, NO_STATS, NO_STATS, 0, 0, 0)


@dataclass(frozen=True)
class CounterOverview:
    counter_id: uuid.UUID
    number: int
    name: str
    signed_in: SignedIn | None  # by the audit trail: the last sign-in there not ended
    serving: ServingNow | None
    held: int
    figures: CounterFigures


@dataclass(frozen=True)
class HourFigures:
    label: str  # "08.00"
    issued: int
    waiting: Stats


@dataclass(frozen=True)
class DayQueue:
    """The whole office's queue today, so far."""

    issued: int
    served: int
    no_shows: int
    still_open: int
    waiting_now: int
    longest_wait_now: float | None  # minutes
    waiting: Stats
    service: Stats
    by_hour: tuple[HourFigures, ...]


@dataclass(frozen=True)
class TestPrintLine:
    printer: str
    ok: bool
    detail: str
    at: datetime


@dataclass(frozen=True)
class CounterReport:
    counter_id: uuid.UUID
    number: int
    name: str
    signed_in: SignedIn | None
    serving: ServingNow | None
    figures: CounterFigures
    looks: int  # times an inspector enlarged it during the inspection
    test_prints: tuple[TestPrintLine, ...]
    findings: str = ""
    picture: Picture | None = None


@dataclass(frozen=True)
class OpenedRecord:
    at: datetime
    actor_name: str
    record_type: str
    number: str


@dataclass(frozen=True)
class InspectionReportData:
    """Everything the Laporan Sidak prints, as plain values."""

    office: OfficeInfo
    inspection_id: uuid.UUID
    number: str
    started_at: datetime
    ended_at: datetime
    inspectors: tuple[tuple[str, str], ...]  # (username, full name)
    team: str
    counters: tuple[CounterReport, ...]
    day: DayQueue
    overall_findings: str
    opened: tuple[OpenedRecord, ...]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))



# --- the tiles ----------------------------------------------------------------------------


def _serving(session: Session) -> dict[uuid.UUID, ServingNow]:
    names = {s.id: s.name for s in session.scalars(select(QueueService))}
    rows = session.execute(
        select(Ticket.counter_id, Ticket.code, Ticket.service_id, func.max(TicketCall.called_at))
        .join(TicketCall, TicketCall.ticket_id == Ticket.id)
        .where(Ticket.status == TicketStatus.CALLED, TicketCall.kind != "recall")
        .group_by(Ticket.id))
    return {counter: ServingNow(code, names.get(service, ""), since)
            for counter, code, service, since in rows if counter is not None}


def _held(session: Session) -> dict[uuid.UUID, int]:
    return {c: n for c, n in session.execute(
        select(Ticket.counter_id, func.count()).where(Ticket.status == TicketStatus.HELD)
        .group_by(Ticket.counter_id)) if c is not None}


def _queue_figures(store: Store, actor: Actor, day: date,
                   counters: Iterable[Counter]) -> dict[uuid.UUID, tuple[int, int, Stats, Stats]]:
    figures = {}
    for counter in counters:
        report = queue_report(store, actor, QueueReportFilter(day, day, counter_ids=(counter.id,)))
        here = next((c for c in report.by_counter if c.key == str(counter.number)), None)
        figures[counter.id] = (here.served if here else 0, here.no_shows if here else 0,
                               report.overall.waiting, report.overall.service)
    return figures


def _overview(store: Store, actor: Actor,
              day: date | None) -> tuple[list[CounterOverview], date]:
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        this_day, zone = today(session, store)
        day = day or this_day
        counters = list(session.scalars(
            select(Counter).where(Counter.active.is_(True)).order_by(Counter.number)))
        for counter in counters:
            session.expunge(counter)
        walked = walk(session, day_start(day, zone))
        names = {u: n for u, n in session.execute(select(Account.username, Account.full_name))}
        serving = _serving(session) if day == this_day else {}
        held = _held(session) if day == this_day else {}
    queue = _queue_figures(store, actor, day, counters)
    result = []
    for counter in counters:
        key = str(counter.id)
        actions = [e.action for e in walked.events.get(key, [])]
        who = walked.present.get(key) if day == this_day else None
        served, no_shows, waiting, service = queue[counter.id]
        result.append(CounterOverview(
            counter.id, counter.number, counter.name,
            SignedIn(who[0], names.get(who[0], who[0]), who[1]) if who else None,
            serving.get(counter.id), held.get(counter.id, 0),
            CounterFigures(served, no_shows, waiting, service,
                           sum(a in _REGISTERED for a in actions),
                           sum(a in _PRINTED for a in actions),
                           sum(a in _SPOILED for a in actions))))
    return result, day


def counter_overview(store: Store, actor: Actor, day: date | None = None) -> list[CounterOverview]:
    """Every active counter: who is signed in, what it serves now, today's figures."""
    return _overview(store, actor, day)[0]



# --- the report --------------------------------------------------------------------------


def day_queue(store: Store, actor: Actor, day: date) -> DayQueue:
    """The office's queue on ``day`` so far (the supervisor's definitions)."""
    report = queue_report(store, actor, QueueReportFilter(day, day))
    overall = report.overall
    waits = [w.oldest_wait_minutes for w in report.waiting_now
             if w.oldest_wait_minutes is not None]
    return DayQueue(
        overall.issued, overall.served, overall.no_shows, overall.still_open,
        sum(w.waiting for w in report.waiting_now), max(waits) if waits else None,
        overall.waiting, overall.service,
        tuple(HourFigures(h.label, h.issued, h.waiting) for h in report.by_hour))


def report_data(store: Store, actor: Actor, inspection_id: uuid.UUID) -> InspectionReportData:
    """What the Laporan Sidak shows, as of now (pictures are added by ``end_inspection``)."""
    overview, day = _overview(store, actor, None)
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        row = session.get(Inspection, inspection_id)
        if row is None:
            raise ValueError(f"no inspection {inspection_id}")
        office = _office_info(_office(session))
        inspectors = tuple((u, n) for u, n in session.execute(
            select(Account.username, Account.full_name)
            .join(InspectionInspector, InspectionInspector.account_id == Account.id)
            .where(InspectionInspector.inspection_id == row.id)
            .order_by(InspectionInspector.joined_at)))
        findings = {f.counter_id: f.text for f in session.scalars(
            select(InspectionFinding).where(InspectionFinding.inspection_id == row.id))}
        prints: dict[uuid.UUID, list[TestPrintLine]] = defaultdict(list)
        for p in session.scalars(select(InspectionTestPrint).where(
                InspectionTestPrint.inspection_id == row.id).order_by(InspectionTestPrint.id)):
            prints[p.counter_id].append(TestPrintLine(p.printer, p.ok, p.detail, p.at))
        names = {u: n for u, n in session.execute(select(Account.username, Account.full_name))}
        looks: dict[str, int] = defaultdict(int)
        opened = []
        for event in events_since(session, row.started_at):
            if event.changes.get("inspection") != row.number:
                continue
            if event.action == "sidak.counter_viewed":
                looks[event.record_id] += 1
            elif event.action == "sidak.record_opened":
                opened.append(OpenedRecord(event.at, names.get(event.actor, event.actor),
                                           event.record_type,
                                           str(event.changes.get("number") or "")))
        started_at, number, team, overall = (row.started_at, row.number, row.team,
                                             row.overall_findings)
    counters = tuple(CounterReport(
        c.counter_id, c.number, c.name, c.signed_in, c.serving, c.figures,
        looks.get(str(c.counter_id), 0), tuple(prints.get(c.counter_id, [])),
        findings.get(c.counter_id, "")) for c in overview)
    now = store.clock()
    return InspectionReportData(office, inspection_id, number, started_at, now, inspectors,
                                team, counters, day_queue(store, actor, day), overall,
                                tuple(opened), now)
