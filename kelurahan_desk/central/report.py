"""City-wide queue-time report: the desk's own metric definitions, per office and overall.

The figures come from ``domain.queue_metrics.compute_metrics`` (what a kelurahan's own
report uses), fed with the visits and loket stretches the centre rebuilt from queue ops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from kelurahan_desk.central.database import read_session
from kelurahan_desk.central.projections import DEFAULT_TARGET_MINUTES
from kelurahan_desk.central.tables import Counter, Office, QueueService, Ticket, TicketStretch
from kelurahan_desk.domain.queue_metrics import Stretch, Visit, VisitFigures, compute_metrics

CITY = "KOTA"


@dataclass(frozen=True)
class OfficeFigures:
    code: str
    name: str
    figures: VisitFigures


def _epoch(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


def queue_times(engine: Engine, day_from: date | None = None,
                day_to: date | None = None) -> list[OfficeFigures]:
    """Overall figures of each office with visits in the days, then the city's (last)."""
    result: list[OfficeFigures] = []
    every_visit: list[Visit] = []
    every_stretch: list[Stretch] = []
    with read_session(engine) as session:
        for office in session.scalars(select(Office).order_by(Office.code)):
            services = {s.service_id: s for s in session.scalars(
                select(QueueService).where(QueueService.office_id == office.id))}
            counters = {c.counter_id: c for c in session.scalars(
                select(Counter).where(Counter.office_id == office.id))}
            query = select(Ticket).where(Ticket.office_id == office.id)
            if day_from:
                query = query.where(Ticket.service_day >= day_from.isoformat())
            if day_to:
                query = query.where(Ticket.service_day <= day_to.isoformat())
            visits = []
            for t in session.scalars(query.order_by(Ticket.service_day, Ticket.issued_at)):
                service = services.get(t.issued_service_id)
                visits.append(Visit(
                    f"{office.code}:{t.ticket_id}", t.code, t.prefix,
                    service.name if service else t.prefix,
                    service.target_wait_minutes if service else DEFAULT_TARGET_MINUTES,
                    t.issued_at.timestamp(), _epoch(t.first_called_at), _epoch(t.finished_at),
                    t.outcome, t.service_day, t.priority))
            if not visits:
                continue
            wanted = {v.ticket_id for v in visits}
            stretches = []
            for s in session.scalars(select(TicketStretch).where(
                    TicketStretch.office_id == office.id).order_by(TicketStretch.id)):
                ticket_id = f"{office.code}:{s.ticket_id}"
                if ticket_id not in wanted:
                    continue
                counter = counters.get(s.counter_id) if s.counter_id else None
                stretches.append(Stretch(
                    ticket_id, counter.number if counter else 0,
                    counter.name if counter else "?", s.operator, s.operator,
                    s.called_at.timestamp(), _epoch(s.ended_at), s.end))
            metrics = compute_metrics(visits, stretches, ZoneInfo(office.timezone))
            result.append(OfficeFigures(office.code, office.name, metrics.overall))
            every_visit += visits
            every_stretch += stretches
    if result:
        # Hours of day play no part in the overall figures, so one zone serves the city.
        city = compute_metrics(every_visit, every_stretch, ZoneInfo("Asia/Jakarta"))
        result.append(OfficeFigures(CITY, "Seluruh kota", city.overall))
    return result


def _minutes(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def format_table(rows: list[OfficeFigures]) -> str:
    header = ("kantor", "nama", "nomor", "dilayani", "tidak hadir", "tunggu rata2",
              "tunggu median", "tunggu p90", "layanan rata2", "layanan median", "layanan p90",
              "sesuai target", "ditandai")
    lines = ["\t".join(header)]
    for row in rows:
        f = row.figures
        share = f.within_target_share
        lines.append("\t".join((
            row.code, row.name, str(f.issued), str(f.served), str(f.no_shows),
            _minutes(f.waiting.mean), _minutes(f.waiting.median), _minutes(f.waiting.p90),
            _minutes(f.service.mean), _minutes(f.service.median), _minutes(f.service.p90),
            "-" if share is None else f"{share:.0%}", str(f.flagged))))
    return "\n".join(lines)
