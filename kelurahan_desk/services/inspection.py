"""Sidak use cases: start, look, open records read-only, test print, findings, end, report.

Everything an inspector does is audited (one event and one outbox record per call, UU PDP
Pasal 31): starting and ending, every enlarged counter, every record opened, every test
print, findings, the report. None of it changes an office record: an inspector's role
grants only INSPECT and VIEW_REPORTS, and every service that writes office records refuses
it (tests/unit/test_inspection.py calls them all).

The counters' live pictures are the exception to the unit of work: an operator's window
publishes one every second or two while an inspection runs (``publish_snapshot``), written
by ``store.inspection_tables.write_snapshot`` without an audit event; ending the
inspection deletes them. See docs/DECISIONS.md, "Sidak".

What the tiles, the timeline and the report show is computed in ``inspection_overview``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.queue import TicketStatus
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services import akta_views, ktp_print, spoiled_cards
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.errors import NotFound, ServiceError, check
from kelurahan_desk.services.ktp_print import PrintJobDetail
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail
from kelurahan_desk.store.akta_tables import AktaRequest
from kelurahan_desk.store.card_tables import PrintJob, SpoiledCard
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.inspection_tables import (
    CounterSnapshot,
    Inspection,
    InspectionFinding,
    InspectionInspector,
    InspectionTestPrint,
    SnapshotValues,
    write_snapshot,
)
from kelurahan_desk.store.tables import Account, Counter, Ticket, TicketCall

if TYPE_CHECKING:
    from kelurahan_desk.services.inspection_overview import InspectionReportData

MAX_FINDINGS = 2000  # characters per counter: the report's record must reach the centre
MAX_OVERALL = 4000
MAX_TEAM = 300
MAX_PICTURE_BYTES = 4 * 1024 * 1024  # a 1024 px wide PNG of a window is ~50–300 kB


@dataclass(frozen=True)
class Picture:
    """A counter's latest window picture (``png`` empty: unchanged since last asked)."""

    counter_id: uuid.UUID
    taken_at: datetime
    png: bytes
    width: int
    height: int
    username: str
    full_name: str
    ticket_code: str | None
    ticket_since: datetime | None



class InspectionRefused(ServiceError):
    """The inspection cannot do this now (none runs, already ended, report made)."""


class RecordKind(StrEnum):
    """What an inspector may open read-only; the values are the audit's record types."""

    AKTA_REQUEST = "akta_request"
    PRINT_JOB = "print_job"
    SPOILED_CARD = "spoiled_card"


@dataclass(frozen=True)
class Inspector:
    username: str
    full_name: str


@dataclass(frozen=True)
class ActiveInspection:
    """What an operator's window needs to know: a sidak runs, since when, by whom."""

    number: str
    started_at: datetime
    inspectors: tuple[str, ...]  # full names


@dataclass(frozen=True)
class InspectionInfo:
    id: uuid.UUID
    number: str
    started_at: datetime
    ended_at: datetime | None
    inspectors: tuple[Inspector, ...]
    team: str
    findings: dict[uuid.UUID, str]  # counter id → text
    overall_findings: str
    has_report: bool


@dataclass(frozen=True)
class Findings:
    """Free text per counter and overall, as the inspector writes them."""

    per_counter: dict[uuid.UUID, str]
    overall: str


@dataclass(frozen=True)
class TestPrintResult:
    counter_id: uuid.UUID
    printer: str
    ok: bool
    detail: str
    at: datetime


Opened = RequestDetail | PrintJobDetail | SpoiledCardDetail


# --- helpers --------------------------------------------------------------------------


def _refused(text: str, **params: Any) -> InspectionRefused:
    return InspectionRefused(QT_TRANSLATE_NOOP("inspection", text).format(**params))


def _running(session: Session) -> Inspection | None:
    return session.scalar(select(Inspection).where(Inspection.running.is_not(None)))


def _require_running(session: Session) -> Inspection:
    found = _running(session)
    if found is None:
        raise _refused("Belum ada sidak yang berlangsung. Mulai sidak dulu.")
    return found


def _inspectors(session: Session, inspection_id: uuid.UUID) -> tuple[Inspector, ...]:
    rows = session.execute(
        select(Account.username, Account.full_name)
        .join(InspectionInspector, InspectionInspector.account_id == Account.id)
        .where(InspectionInspector.inspection_id == inspection_id)
        .order_by(InspectionInspector.joined_at))
    return tuple(Inspector(u, n) for u, n in rows)


def _info(session: Session, row: Inspection) -> InspectionInfo:
    session.flush()
    findings = {f.counter_id: f.text for f in session.scalars(
        select(InspectionFinding).where(InspectionFinding.inspection_id == row.id))}
    return InspectionInfo(row.id, row.number, row.started_at, row.ended_at,
                          _inspectors(session, row.id), row.team, findings,
                          row.overall_findings, row.report_sha256 is not None)


def _text_problem(text: str, longest: int) -> Message | None:
    if len(text) > longest:
        return QT_TRANSLATE_NOOP("inspection", "Paling banyak {count} karakter.").format(
            count=longest)
    return None


def _check_findings(session: Session, findings: Findings) -> dict[uuid.UUID, str]:
    known = set(session.scalars(select(Counter.id)))
    cleaned = {c: t.strip() for c, t in findings.per_counter.items()}
    problems: dict[str, Message | None] = {
        f"counter:{c}": _text_problem(t, MAX_FINDINGS) for c, t in cleaned.items()}
    problems["overall"] = _text_problem(findings.overall.strip(), MAX_OVERALL)
    for counter_id in cleaned:
        if counter_id not in known:
            problems[f"counter:{counter_id}"] = QT_TRANSLATE_NOOP(
                "inspection", "Loket tidak ditemukan.").format()
    check(problems)
    return cleaned


def _write_findings(session: Session, row: Inspection, cleaned: dict[uuid.UUID, str],
                    overall: str, now: datetime) -> None:
    for counter_id, text in cleaned.items():
        stored = session.get(InspectionFinding, (row.id, counter_id))
        if stored is None:
            if text:
                session.add(InspectionFinding(inspection_id=row.id, counter_id=counter_id,
                                              text=text, updated_at=now))
        elif stored.text != text:
            stored.text, stored.updated_at = text, now
    row.overall_findings = overall.strip()
    session.flush()  # before the inspection ends: its findings close with it (triggers)


def _findings_payload(session: Session, row: Inspection) -> list[dict[str, Any]]:
    names = {c.id: (c.number, c.name) for c in session.scalars(select(Counter))}
    rows = session.scalars(select(InspectionFinding).where(
        InspectionFinding.inspection_id == row.id))
    return sorted(({"counter_id": str(f.counter_id), "counter": names[f.counter_id][1],
                    "number": names[f.counter_id][0], "text": f.text} for f in rows),
                  key=lambda f: f["number"])


# --- for every window -----------------------------------------------------------------


def inspection_active(store: Store) -> ActiveInspection | None:
    """Whether a sidak runs now (one indexed read: operator windows ask every 2 s).

    No sign-in needed: every window in the office shows the banner, so everyone knows.
    """
    with store.read() as session:
        row = _running(session)
        if row is None:
            return None
        names = tuple(i.full_name for i in _inspectors(session, row.id))
        return ActiveInspection(row.number, row.started_at, names)


def publish_snapshot(store: Store, actor: Actor, png: bytes, width: int, height: int) -> bool:
    """The operator window's picture for the inspector's console; ``False`` when no sidak
    runs (nothing is written then). Not audited: see the module docstring."""
    if actor.counter_id is None:
        raise _refused("Jendela ini tidak masuk di loket mana pun.")
    if not png or len(png) > MAX_PICTURE_BYTES or width <= 0 or height <= 0:
        raise _refused("Gambar layar tidak dapat dikirim.")
    with store.read() as session:
        authorize(session, actor, Permission.SERVE_QUEUE)
        ticket = session.execute(
            select(Ticket.code, func.max(TicketCall.called_at))
            .join(TicketCall, TicketCall.ticket_id == Ticket.id)
            .where(Ticket.counter_id == actor.counter_id,
                   Ticket.status == TicketStatus.CALLED, TicketCall.kind != "recall")
            .group_by(Ticket.id)).first()
    code, since = (ticket[0], ticket[1]) if ticket else (None, None)
    return write_snapshot(store.engine, SnapshotValues(
        actor.counter_id, store.clock(), png, width, height, actor.username, actor.full_name,
        code, since))


# --- the inspector's console ----------------------------------------------------------


def current_inspection(store: Store, actor: Actor) -> InspectionInfo | None:
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        row = _running(session)
        return _info(session, row) if row is not None else None


def _number(session: Session, now: datetime) -> str:
    office = _office(session)
    day = now.astimezone(_zone(office)).strftime("%Y%m%d")
    prefix = f"{office.code}-SDK-{day}-"
    taken = session.scalar(select(func.count()).where(Inspection.number.startswith(prefix)))
    return f"{prefix}{(taken or 0) + 1}"


def start_inspection(store: Store, actor: Actor, team: str = "") -> InspectionInfo:
    """Start a sidak; when one already runs, join it as another inspector.

    ``team`` names companions without an account (e.g. "Inspektorat: Drs. Ahmad").
    """
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        check({"team": _text_problem(team.strip(), MAX_TEAM)})
        row = _running(uow.session)
        if row is not None:
            if uow.session.get(InspectionInspector, (row.id, actor.account_id)) is None:
                uow.session.add(InspectionInspector(
                    inspection_id=row.id, account_id=actor.account_id, joined_at=uow.now))
                uow.record("sidak.joined", "inspection", row.id, {"number": row.number})
            else:
                uow.nothing_to_record()
            return _info(uow.session, row)
        row = Inspection(id=uuid.uuid4(), number=_number(uow.session, uow.now), running=1,
                         started_at=uow.now, started_by=actor.account_id, team=team.strip(),
                         overall_findings="")
        uow.session.add(row)
        uow.session.flush()
        uow.session.add(InspectionInspector(inspection_id=row.id, account_id=actor.account_id,
                                            joined_at=uow.now))
        uow.record("sidak.started", "inspection", row.id,
                   {"number": row.number, "team": row.team})
        return _info(uow.session, row)


def record_look(store: Store, actor: Actor, counter_id: uuid.UUID) -> None:
    """An inspector enlarged a counter's tile: who looked at which counter when."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        counter = uow.session.get(Counter, counter_id)
        if counter is None:
            raise NotFound(QT_TRANSLATE_NOOP("inspection", "Loket tidak ditemukan.").format())
        running = _running(uow.session)
        shot = uow.session.get(CounterSnapshot, counter_id)
        uow.record("sidak.counter_viewed", "counter", counter.id, {
            "counter": counter.name,
            "inspection": running.number if running else None,
            "picture_of": shot.username if shot else None,
            "picture_taken_at": shot.taken_at.isoformat() if shot else None,
        })


_LOOKUPS: dict[RecordKind, tuple[Any, Any, Any]] = {
    RecordKind.AKTA_REQUEST: (AktaRequest, AktaRequest.tracking_number, None),
    RecordKind.PRINT_JOB: (PrintJob, PrintJob.number, PrintJob.blank_serial),
    RecordKind.SPOILED_CARD: (SpoiledCard, SpoiledCard.register_number, SpoiledCard.serial),
}


def find_record(store: Store, actor: Actor, kind: RecordKind, text: str) -> uuid.UUID:
    """The record a typed or scanned number names (finding is not opening: not audited)."""
    wanted = "".join(text.split()).upper()
    table, number, serial = _LOOKUPS[kind]
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        where = number == wanted if serial is None else or_(number == wanted, serial == wanted)
        found: uuid.UUID | None = session.scalar(select(table.id).where(where))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("inspection", "Catatan {number} tidak ditemukan.")
                       .format(number=wanted or text.strip()))
    return found


def inspect_record(store: Store, actor: Actor, kind: RecordKind, record_id: uuid.UUID) -> Opened:
    """Open a request, print job or invalid-card entry read-only; the opening is audited.

    The same details its own page shows (built by that page's service), without its
    write permission: the inspector's role has none.
    """
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        session = uow.session
        detail: Opened
        if kind is RecordKind.AKTA_REQUEST:
            detail = akta_views.request_detail(session, akta_views.get_request(session, record_id))
            number = detail.tracking_number
        elif kind is RecordKind.PRINT_JOB:
            detail = ktp_print._detail(session, ktp_print._get(session, record_id))
            number = detail.number
        else:
            card = session.get(SpoiledCard, record_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("inspection", "Kartu tidak ditemukan.")
                               .format())
            detail = spoiled_cards._detail(session, card)
            number = detail.register_number
        running = _running(session)
        uow.record("sidak.record_opened", kind.value, record_id, {
            "number": number, "inspection": running.number if running else None})
        return detail


def record_test_print(store: Store, actor: Actor, counter_id: uuid.UUID, printer: str,
                      ok: bool, detail: str = "") -> TestPrintResult:
    """Keep whether a "Cetak uji" on ``printer`` for the counter printed (and why not)."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        row = _require_running(uow.session)
        counter = uow.session.get(Counter, counter_id)
        if counter is None:
            raise NotFound(QT_TRANSLATE_NOOP("inspection", "Loket tidak ditemukan.").format())
        printed = InspectionTestPrint(inspection_id=row.id, counter_id=counter.id,
                                      printer=printer.strip()[:200] or "-", ok=ok,
                                      detail="" if ok else detail.strip()[:500], at=uow.now,
                                      actor=actor.username)
        uow.session.add(printed)
        uow.record("sidak.test_printed", "counter", counter.id, {
            "inspection": row.number, "counter": counter.name, "printer": printed.printer,
            "ok": ok, "detail": printed.detail})
        return TestPrintResult(counter.id, printed.printer, ok, printed.detail, uow.now)


def save_findings(store: Store, actor: Actor, findings: Findings) -> InspectionInfo:
    """Keep the findings written so far (the console saves them as the inspector goes)."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        row = _require_running(uow.session)
        cleaned = _check_findings(uow.session, findings)
        _write_findings(uow.session, row, cleaned, findings.overall, uow.now)
        uow.record("sidak.findings_saved", "inspection", row.id, {
            "number": row.number, "findings": _findings_payload(uow.session, row),
            "overall": row.overall_findings})
        return _info(uow.session, row)


def end_inspection(store: Store, actor: Actor, findings: Findings) -> InspectionReportData:
    """End the sidak with its final findings; every counter picture is deleted.

    Returns what the report shows: the figures as they were a moment before the end and
    the counters' last pictures (read in the same transaction that deletes them). The
    PDF is made from it and kept with ``save_report``.
    """
    # The figures read numpy's columns: imported here, not by every window at start.
    from kelurahan_desk.services.inspection_overview import report_data

    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        before = _require_running(session)
        inspection_id = before.id
    figures = report_data(store, actor, inspection_id)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        row = _require_running(uow.session)
        if row.id != inspection_id:
            raise _refused("Sidak ini sudah diakhiri.")
        cleaned = _check_findings(uow.session, findings)
        _write_findings(uow.session, row, cleaned, findings.overall, uow.now)
        pictures = {s.counter_id: Picture(s.counter_id, s.taken_at, s.png, s.width, s.height,
                                          s.username, s.full_name, s.ticket_code,
                                          s.ticket_since)
                    for s in uow.session.scalars(select(CounterSnapshot))}
        uow.session.execute(delete(CounterSnapshot))
        row.running, row.ended_at, row.ended_by = None, uow.now, actor.account_id
        uow.record("sidak.ended", "inspection", row.id, {
            "number": row.number, "pictures_deleted": len(pictures),
            "findings": _findings_payload(uow.session, row),
            "overall": row.overall_findings})
        final = {c.counter_id: replace(c, findings=cleaned.get(c.counter_id, ""),
                                       picture=pictures.get(c.counter_id))
                 for c in figures.counters}
        return replace(figures, ended_at=uow.now, overall_findings=row.overall_findings,
                       counters=tuple(final.values()))


def live_pictures(store: Store, actor: Actor,
                  known: Mapping[uuid.UUID, datetime] | None = None) -> list[Picture]:
    """Every counter's latest picture; ``png`` is empty for one ``known`` already has
    (same ``taken_at``), so a console polling each second reads only what changed."""
    known = known or {}
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        heads = session.execute(select(CounterSnapshot.counter_id, CounterSnapshot.taken_at,
                                       CounterSnapshot.width, CounterSnapshot.height,
                                       CounterSnapshot.username, CounterSnapshot.full_name,
                                       CounterSnapshot.ticket_code,
                                       CounterSnapshot.ticket_since)).all()
        changed = [h[0] for h in heads if known.get(h[0]) != h[1]]
        pngs: dict[uuid.UUID, bytes] = {c: png for c, png in session.execute(
            select(CounterSnapshot.counter_id, CounterSnapshot.png)
            .where(CounterSnapshot.counter_id.in_(changed)))} if changed else {}
        return [Picture(c, at, pngs.get(c, b""), w, h, u, n, code, since)
                for c, at, w, h, u, n, code, since in heads]
