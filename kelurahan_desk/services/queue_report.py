"""The supervisor's queue report: figures over a period, what waits now, export audit."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.queue import TicketStatus
from kelurahan_desk.domain.queue_column_metrics import metrics_of_columns
from kelurahan_desk.domain.queue_metrics import (
    FlaggedVisit,
    LoketFigures,
    Stretch,
    Visit,
    VisitFigures,
    compute_metrics,
)
from kelurahan_desk.domain.roles import Permission, Role
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.queue_period import read_period
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Office, QueueService, Ticket, TicketCall


@dataclass(frozen=True)
class QueueReportFilter:
    """Service days ``date_from``..``date_to`` (office-local, inclusive); None = all."""

    date_from: date
    date_to: date
    service_ids: tuple[uuid.UUID, ...] | None = None  # the service a visit was issued for
    counter_ids: tuple[uuid.UUID, ...] | None = None  # visits served (partly) there
    operator_ids: tuple[uuid.UUID, ...] | None = None  # visits served (partly) by them


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class ReportChoices:
    """What the report can be filtered by."""

    services: list[Choice]
    counters: list[Choice]
    operators: list[Choice]


@dataclass(frozen=True)
class WaitingNow:
    """Live: how many wait for a service (any day still open), and the longest wait."""

    service_id: uuid.UUID
    prefix: str
    name: str
    waiting: int
    at_loket: int  # called or held
    oldest_issued_at: datetime | None
    oldest_wait_minutes: float | None


@dataclass(frozen=True)
class QueueReport:
    office_name: str
    timezone: str
    filter: QueueReportFilter
    filter_names: dict[str, list[str]]  # "services"/"counters"/"operators" → chosen names
    generated_at: datetime
    overall: VisitFigures
    by_service: list[VisitFigures]
    by_counter: list[LoketFigures]
    by_operator: list[LoketFigures]
    by_hour: list[VisitFigures]
    by_day: list[VisitFigures]
    flagged: list[FlaggedVisit]
    waiting_now: list[WaitingNow]
    # The inputs, for the CSV: made when first read (``queue_period.Rows``).
    visits: Sequence[Visit]
    stretches: Sequence[Stretch]


def _office(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise RuntimeError("the office is not set up")
    return office


def _ticket_conditions(f: QueueReportFilter) -> tuple[str, list[object]]:
    """SQL conditions on tickets ``t`` for the filter, and their parameters."""
    where = ["t.service_day >= ?", "t.service_day <= ?"]
    params: list[object] = [f.date_from.isoformat(), f.date_to.isoformat()]

    def among(column: str, ids: tuple[uuid.UUID, ...]) -> str:
        params.extend(i.hex for i in ids)  # a Uuid is stored as 32 hex digits
        return f"{column} IN ({', '.join('?' * len(ids))})"

    if f.service_ids is not None:
        where.append(among("t.issued_service_id", f.service_ids))
    if f.counter_ids is not None or f.operator_ids is not None:
        served = ["kind != 'recall'"]
        if f.counter_ids is not None:
            served.append(among("counter_id", f.counter_ids))
        if f.operator_ids is not None:
            served.append(among("operator_id", f.operator_ids))
        where.append(f"t.id IN (SELECT ticket_id FROM ticket_calls WHERE {' AND '.join(served)})")
    return " AND ".join(where), params


def _waiting_now(session: Session, now: datetime) -> list[WaitingNow]:
    rows = session.execute(
        select(Ticket.service_id, Ticket.status, func.count(), func.min(Ticket.issued_at))
        .where(Ticket.status.in_([TicketStatus.WAITING, TicketStatus.CALLED,
                                  TicketStatus.HELD]))
        .group_by(Ticket.service_id, Ticket.status)
    ).all()
    waiting: dict[uuid.UUID, tuple[int, datetime | None]] = {}
    at_loket: dict[uuid.UUID, int] = {}
    for service_id, status, count, first in rows:
        if status == TicketStatus.WAITING:
            waiting[service_id] = (count, first)
        else:
            at_loket[service_id] = at_loket.get(service_id, 0) + count
    result = []
    for service in session.scalars(
        select(QueueService).where(QueueService.active.is_(True))
        .order_by(QueueService.position, QueueService.prefix)
    ):
        count, oldest = waiting.get(service.id, (0, None))
        result.append(WaitingNow(
            service.id, service.prefix, service.name, count, at_loket.get(service.id, 0),
            oldest, (now - oldest).total_seconds() / 60 if oldest else None,
        ))
    return result


def waiting_now(store: Store, actor: Actor) -> list[WaitingNow]:
    """What waits at this moment, per active service (cheap: for a 10-second refresh)."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        return _waiting_now(session, store.clock())


def report_choices(store: Store, actor: Actor) -> ReportChoices:
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        services = [Choice(s.id, f"{s.prefix} – {s.name}") for s in session.scalars(
            select(QueueService).order_by(QueueService.position, QueueService.prefix))]
        counters = [Choice(c.id, c.name) for c in session.scalars(
            select(Counter).order_by(Counter.number))]
        served = select(TicketCall.operator_id).distinct()
        operators = [Choice(a.id, a.full_name) for a in session.scalars(
            select(Account).where(Account.id.in_(served)
                                  | Account.role.in_([Role.OPERATOR, Role.SUPERVISOR]))
            .order_by(Account.full_name))]
        return ReportChoices(services, counters, operators)


def _names(
    session: Session, table: Any, ids: Sequence[uuid.UUID] | None, label: Any
) -> list[str]:
    if ids is None:
        return []
    return sorted(label(row) for row in session.scalars(select(table).where(table.id.in_(ids))))


def queue_report(store: Store, actor: Actor, report_filter: QueueReportFilter) -> QueueReport:
    """Every figure of the Laporan antrean for ``report_filter`` (supervisor, inspector,
    admin). Two queries read the visits and their stretches; the domain computes."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        office = _office(session)
        now = store.clock()
        counters = {c.id.hex: (c.number, c.name) for c in session.scalars(select(Counter))}
        operators = {a.id.hex: a.full_name for a in session.scalars(select(Account))}
        where, params = _ticket_conditions(report_filter)
        period = read_period(session, where, params, counters, operators)
        filter_names = {
            "services": _names(session, QueueService, report_filter.service_ids,
                               lambda s: f"{s.prefix} – {s.name}"),
            "counters": _names(session, Counter, report_filter.counter_ids,
                               lambda c: c.name),
            "operators": _names(session, Account, report_filter.operator_ids,
                                lambda a: a.full_name),
        }
        live = _waiting_now(session, now)
        office_name, zone_name = office.name, office.timezone
    zone = ZoneInfo(zone_name)
    if period.visit_columns is not None and period.stretch_columns is not None:
        metrics = metrics_of_columns(period.visit_columns, period.stretch_columns, zone)
    else:
        metrics = compute_metrics(period.visits, period.stretches, zone)
    if report_filter.counter_ids is not None:
        chosen = {counters[i.hex][0] for i in report_filter.counter_ids if i.hex in counters}
        by_counter = [c for c in metrics.by_counter if int(c.key) in chosen]
    else:
        by_counter = metrics.by_counter
    if report_filter.operator_ids is not None:
        wanted = {i.hex for i in report_filter.operator_ids}
        by_operator = [o for o in metrics.by_operator if o.key in wanted]
    else:
        by_operator = metrics.by_operator
    return QueueReport(
        office_name=office_name, timezone=zone_name, filter=report_filter,
        filter_names=filter_names, generated_at=now, overall=metrics.overall,
        by_service=metrics.by_service, by_counter=by_counter, by_operator=by_operator,
        by_hour=metrics.by_hour, by_day=metrics.by_day, flagged=metrics.flagged,
        waiting_now=live, visits=period.visits, stretches=period.stretches,
    )


def record_report_export(
    store: Store, actor: Actor, kind: str, report_filter: QueueReportFilter, rows: int = 0
) -> None:
    """Audit an export of the report (it names operators: personal data, UU PDP Pasal 31)."""
    if kind not in ("pdf", "csv"):
        raise ValueError(f"unknown export kind {kind!r}")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.VIEW_REPORTS)

        def ids(values: tuple[uuid.UUID, ...] | None) -> list[str] | None:
            return None if values is None else [str(v) for v in values]

        f = report_filter
        uow.record("queue.report_exported", "queue_report",
                   f"{f.date_from.isoformat()}..{f.date_to.isoformat()}", {
                       "kind": kind,
                       "date_from": f.date_from.isoformat(),
                       "date_to": f.date_to.isoformat(),
                       "service_ids": ids(f.service_ids),
                       "counter_ids": ids(f.counter_ids),
                       "operator_ids": ids(f.operator_ids),
                       "rows": rows,
                   })
