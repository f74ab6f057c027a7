"""Blank KTP-el stock: receipts from the Dispendukcapil, the reconciliation, low stock.

Each blank is one row keyed by its serial, in exactly one place (in stock, printed on a
job, spoiled with its invalid-card entry); migration 0005's constraints and triggers keep
it so whatever writes the store. The print-job and invalid-card use cases move blanks
through the helpers at the end of this module.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.blanko import (
    STOCK_WINDOW_DAYS,
    InvalidSerials,
    SerialFacts,
    SerialState,
    describe_serials,
    normalize_serial,
    outlook_message,
    parse_serials,
    reconcile,
    serial_problem,
    stock_outlook,
    tally_problem,
)
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import PermissionDenied, ServiceError, check
from kelurahan_desk.services.office import OfficeInfo, _office_info, get_settings
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.store.card_tables import BlankCard, BlankReceipt, PrintJob, SpoiledCard
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account

_CHUNK = 500  # ids or serials per IN (…) list


class StockRefused(ServiceError):
    """The stock cannot do this: an unknown, used or spoiled blank; a duplicate serial."""


def authorize_read(session: Session, actor: Actor) -> None:
    """Card lists and the stock are for those who handle cards and those who review them
    (supervisors, inspectors on a sidak); NIKs in what they read are masked."""
    try:
        authorize(session, actor, Permission.HANDLE_CARDS)
    except PermissionDenied:
        authorize(session, actor, Permission.VIEW_REPORTS)


def local_day(moment: datetime, session: Session) -> date:
    return moment.astimezone(_zone(_office(session))).date()


def day_start_utc(day: date, session: Session) -> datetime:
    """The UTC moment the office-local ``day`` begins (for filters on stored UTC times)."""
    return datetime.combine(day, time(0), _zone(_office(session))).astimezone(UTC)


def chunks[T](items: Sequence[T], size: int = _CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- receipts -------------------------------------------------------------------------


@dataclass(frozen=True)
class BlankReceiptDraft:
    received_on: date
    document_number: str  # the Dispendukcapil's delivery document
    count: int
    serials: str  # as typed or scanned: a list and/or ranges, "A0001-A0100, B0005"
    note: str = ""


@dataclass(frozen=True)
class ReceiptRow:
    id: uuid.UUID
    received_on: date
    document_number: str
    count: int
    printed: int
    spoiled: int
    in_stock: int
    first_serial: str
    last_serial: str
    created_at: datetime
    created_by_name: str


def receive_blanks(store: Store, actor: Actor, draft: BlankReceiptDraft) -> ReceiptRow:
    """Take a delivery into stock: every serial listed, as many as the document says, none
    known before. One wrong serial refuses the whole receipt."""
    document = " ".join(draft.document_number.split())
    note = draft.note.strip()
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        today = local_day(uow.now, uow.session)
        serials: list[str] = []
        serial_error: Message | None = None
        try:
            serials = parse_serials(draft.serials)
        except InvalidSerials as bad:
            serial_error = bad.problems[0] if len(bad.problems) == 1 else QT_TRANSLATE_NOOP(
                "blanko", "{first} (dan {more} masalah lain)").format(
                    first=bad.problems[0], more=len(bad.problems) - 1)
        check({
            "received_on": QT_TRANSLATE_NOOP(
                "blanko", "Tanggal terima tidak boleh setelah hari ini.").format()
            if draft.received_on > today else None,
            "document_number": QT_TRANSLATE_NOOP("blanko", "Nomor dokumen wajib diisi.").format()
            if not document else QT_TRANSLATE_NOOP(
                "blanko", "Nomor dokumen terlalu panjang.").format()
            if len(document) > 80 else None,
            "count": QT_TRANSLATE_NOOP("blanko", "Jumlah harus lebih dari 0.").format()
            if draft.count <= 0 else None,
            "serials": serial_error,
        })
        if len(serials) != draft.count:
            check({"serials": QT_TRANSLATE_NOOP(
                "blanko", "Jumlah {count} keping, tetapi nomor seri yang diisi {listed}."
            ).format(count=draft.count, listed=len(serials))})
        if uow.session.scalar(select(BlankReceipt.id).where(
                BlankReceipt.document_number == document)) is not None:
            raise StockRefused(QT_TRANSLATE_NOOP(
                "blanko", "Dokumen {number} sudah pernah diterima.").format(number=document))
        known = known_serials(uow.session, serials)
        if known:
            raise StockRefused(QT_TRANSLATE_NOOP(
                "blanko", "Penerimaan ditolak: {count} nomor seri sudah tercatat sebelumnya "
                "({serials}).").format(count=len(known), serials=describe_serials(known)))
        receipt = BlankReceipt(
            id=uuid.uuid4(), received_on=draft.received_on.isoformat(),
            document_number=document, count=draft.count, note=note or None,
            created_by=actor.account_id, created_at=uow.now)
        uow.session.add(receipt)
        uow.session.flush()
        uow.session.execute(insert(BlankCard), [
            {"serial": s, "receipt_id": receipt.id, "state": SerialState.IN_STOCK}
            for s in serials])
        uow.record("blanko.received", "blank_receipt", receipt.id, {
            "document_number": document, "received_on": receipt.received_on,
            "count": draft.count, "serials": serials})
        return _receipt_rows(uow.session, [receipt.id])[0]


def known_serials(session: Session, serials: Sequence[str]) -> list[str]:
    """Serials already in stock history or already logged as invalid cards."""
    known: list[str] = []
    for part in chunks(serials):
        known += session.scalars(select(BlankCard.serial).where(BlankCard.serial.in_(part)))
        known += session.scalars(select(SpoiledCard.serial).where(SpoiledCard.serial.in_(part)))
    order = {s: i for i, s in enumerate(serials)}
    return sorted(set(known), key=order.__getitem__)


def list_receipts(store: Store, actor: Actor) -> list[ReceiptRow]:
    """Every receipt, newest first, with where its blanks are now."""
    with store.read() as session:
        authorize_read(session, actor)
        ids = list(session.scalars(select(BlankReceipt.id).order_by(
            BlankReceipt.received_on.desc(), BlankReceipt.created_at.desc())))
        return _receipt_rows(session, ids)


def _receipt_rows(session: Session, ids: list[uuid.UUID]) -> list[ReceiptRow]:
    if not ids:
        return []
    per_state: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    spans: dict[uuid.UUID, tuple[str, str]] = {}
    for receipt_id, state, n in session.execute(select(
            BlankCard.receipt_id, BlankCard.state, func.count()).where(
            BlankCard.receipt_id.in_(ids)).group_by(BlankCard.receipt_id, BlankCard.state)):
        per_state[receipt_id][state] = n
    for receipt_id, first, last in session.execute(select(
            BlankCard.receipt_id, func.min(BlankCard.serial), func.max(BlankCard.serial)).where(
            BlankCard.receipt_id.in_(ids)).group_by(BlankCard.receipt_id)):
        spans[receipt_id] = (first, last)
    rows = {r.id: (r, name) for r, name in session.execute(
        select(BlankReceipt, Account.full_name).join(
            Account, Account.id == BlankReceipt.created_by).where(BlankReceipt.id.in_(ids)))}
    result = []
    for receipt_id in ids:
        receipt, name = rows[receipt_id]
        states = per_state[receipt_id]
        first, last = spans.get(receipt_id, ("", ""))
        result.append(ReceiptRow(
            receipt.id, date.fromisoformat(receipt.received_on), receipt.document_number,
            receipt.count, states.get(SerialState.PRINTED, 0),
            states.get(SerialState.SPOILED, 0), states.get(SerialState.IN_STOCK, 0),
            first, last, receipt.created_at, name))
    return result


# --- reconciliation -------------------------------------------------------------------


@dataclass(frozen=True)
class ReconciliationLine:
    """One receipt's figures (or, with ``receipt_id`` None, the total)."""

    receipt_id: uuid.UUID | None
    received_on: date | None
    document_number: str
    received: int  # as declared
    listed: int  # serials stored for it
    printed: int
    spoiled: int
    in_stock: int
    broken: int  # serials whose state or links are wrong
    balanced: bool
    problem: Message | None


@dataclass(frozen=True)
class BrokenSerialRow:
    serial: str
    document_number: str  # the receipt it came with ("" if none)
    problem: Message


@dataclass(frozen=True)
class Reconciliation:
    """received = printed + spoiled + in stock, per receipt and in total; every serial that
    breaks it. What the reconciliation page shows and its PDF prints."""

    as_of: datetime
    office: OfficeInfo
    lines: tuple[ReconciliationLine, ...]  # oldest receipt first
    total: ReconciliationLine
    broken: tuple[BrokenSerialRow, ...]

    @property
    def balanced(self) -> bool:
        return self.total.balanced and all(line.balanced for line in self.lines)


def reconcile_stock(store: Store, actor: Actor) -> Reconciliation:
    with store.read() as session:
        authorize_read(session, actor)
        return _reconciliation(session, store.clock())


def _reconciliation(session: Session, now: datetime) -> Reconciliation:
    receipts = session.execute(select(
        BlankReceipt.id, BlankReceipt.count.label("declared"), BlankReceipt.received_on,
        BlankReceipt.document_number).order_by(
        BlankReceipt.received_on, BlankReceipt.created_at)).all()
    holding: dict[str, list[str]] = defaultdict(list)
    for serial, status in session.execute(select(PrintJob.blank_serial, PrintJob.status).where(
            PrintJob.blank_serial.is_not(None))):
        holding[serial or ""].append(status)
    logged = set(session.scalars(select(SpoiledCard.serial).where(
        SpoiledCard.serial.is_not(None))))
    query = (
        select(BlankCard.serial, BlankCard.receipt_id, BlankCard.state, PrintJob.status,
               PrintJob.blank_serial, BlankCard.spoiled_card_id, SpoiledCard.serial)
        .outerjoin(PrintJob, PrintJob.id == BlankCard.print_job_id)
        .outerjoin(SpoiledCard, SpoiledCard.id == BlankCard.spoiled_card_id)
    )
    facts = (
        SerialFacts(
            serial=serial, receipt_key=str(receipt_id), state=state,
            linked_job_status=job_status, linked_job_serial=job_serial,
            has_spoiled_link=spoiled_id is not None, linked_spoiled_serial=spoiled_serial,
            holding_job_statuses=tuple(holding.get(serial, ())),
            spoiled_entries=1 if serial in logged else 0)
        for serial, receipt_id, state, job_status, job_serial, spoiled_id, spoiled_serial
        in session.execute(query)
    )
    figures = reconcile([(str(r.id), r.declared) for r in receipts], facts)
    documents = {str(r.id): r.document_number for r in receipts}
    lines = []
    for r in receipts:
        t = figures.receipts[str(r.id)]
        lines.append(ReconciliationLine(
            r.id, date.fromisoformat(r.received_on), r.document_number, t.received, t.listed,
            t.printed, t.spoiled, t.in_stock, t.broken + t.unknown, t.balanced,
            tally_problem(t)))
    t = figures.total
    total = ReconciliationLine(None, None, "", t.received, t.listed, t.printed, t.spoiled,
                               t.in_stock, t.broken + t.unknown, figures.balanced,
                               tally_problem(t))
    broken = tuple(BrokenSerialRow(b.serial, documents.get(b.receipt_key, ""), b.problem)
                   for b in figures.broken)
    return Reconciliation(now, _office_info(_office(session)), tuple(lines), total, broken)


# --- low stock ------------------------------------------------------------------------


@dataclass(frozen=True)
class StockStatus:
    in_stock: int
    threshold: int  # setting blanko_low_stock_threshold
    low: bool
    used: int  # blanks that left the stock within the window
    window_days: int  # 30, or fewer while the first receipt is younger
    per_day: float
    days_left: int | None  # None while nothing was used in the window
    message: Message | None  # the warning while low


def stock_status(store: Store, actor: Actor) -> StockStatus:
    threshold = get_settings(store)["blanko_low_stock_threshold"]
    with store.read() as session:
        authorize_read(session, actor)
        now = store.clock()
        in_stock = session.scalar(select(func.count()).select_from(BlankCard).where(
            BlankCard.state == SerialState.IN_STOCK)) or 0
        since = now - timedelta(days=STOCK_WINDOW_DAYS)
        used = session.scalar(select(func.count()).select_from(BlankCard).where(
            BlankCard.left_stock_at >= since)) or 0
        # Younger than 30 days, the office's first receipt bounds the window: an office
        # that started a week ago uses a week's rate, not a seventh of it.
        first = session.scalar(select(func.min(BlankReceipt.received_on)))
        observed = ((local_day(now, session) - date.fromisoformat(first)).days + 1
                    if first is not None else STOCK_WINDOW_DAYS)
    outlook = stock_outlook(in_stock, threshold, used, observed)
    return StockStatus(outlook.in_stock, threshold, outlook.low, outlook.used,
                       outlook.window_days, outlook.per_day, outlook.days_left,
                       outlook_message(outlook))


# --- the serials themselves -----------------------------------------------------------


@dataclass(frozen=True)
class BlankFilter:
    state: SerialState | None = None
    receipt_id: uuid.UUID | None = None
    text: str = ""  # the start of a serial


@dataclass(frozen=True)
class BlankRow:
    serial: str
    state: SerialState
    receipt_id: uuid.UUID
    document_number: str
    job_id: uuid.UUID | None
    job_number: str | None
    spoiled_card_id: uuid.UUID | None
    register_number: str | None
    left_stock_at: datetime | None


def _blank_query(f: BlankFilter) -> Select[BlankCard]:
    query = select(BlankCard)
    if f.state is not None:
        query = query.where(BlankCard.state == f.state)
    if f.receipt_id is not None:
        query = query.where(BlankCard.receipt_id == f.receipt_id)
    text = normalize_serial(f.text)
    if text:
        query = query.where(BlankCard.serial.startswith(text, autoescape=True))
    return query


def list_blanks(
    store: Store, actor: Actor, f: BlankFilter, offset: int, limit: int
) -> list[BlankRow]:
    """One page of serials in serial order."""
    with store.read() as session:
        authorize_read(session, actor)
        sub = _blank_query(f).order_by(BlankCard.serial).offset(offset).limit(limit).subquery()
        page = select(
            sub.c.serial, sub.c.state, sub.c.receipt_id, BlankReceipt.document_number,
            sub.c.print_job_id, PrintJob.number, sub.c.spoiled_card_id,
            SpoiledCard.register_number, sub.c.left_stock_at,
        ).join(BlankReceipt, BlankReceipt.id == sub.c.receipt_id).outerjoin(
            PrintJob, PrintJob.id == sub.c.print_job_id).outerjoin(
            SpoiledCard, SpoiledCard.id == sub.c.spoiled_card_id).order_by(sub.c.serial)
        return [BlankRow(r[0], SerialState(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8])
                for r in session.execute(page)]


def count_blanks(store: Store, actor: Actor, f: BlankFilter) -> int:
    with store.read() as session:
        authorize_read(session, actor)
        return session.scalar(select(func.count()).select_from(
            _blank_query(f).subquery())) or 0


# --- moving blanks (for the print-job and invalid-card use cases) -----------------------


def take_blank(session: Session, serial: str | None) -> BlankCard:
    """The blank to print on: the one scanned, or the first in stock (oldest receipt
    first). Refuses a serial that is unknown, printed or spoiled, and an empty stock."""
    if serial is None or not serial.strip():
        blank = session.scalars(
            select(BlankCard).join(BlankReceipt).where(
                BlankCard.state == SerialState.IN_STOCK).order_by(
                BlankReceipt.received_on, BlankReceipt.created_at, BlankCard.serial).limit(1)
        ).first()
        if blank is None:
            raise StockRefused(QT_TRANSLATE_NOOP(
                "blanko", "Stok blanko habis: terima blanko dari Dispendukcapil dulu.").format())
        return blank
    wanted = normalize_serial(serial)
    problem = serial_problem(wanted)
    if problem is not None:
        check({"serial": problem})
    blank = session.get(BlankCard, wanted)
    if blank is None:
        raise StockRefused(QT_TRANSLATE_NOOP(
            "blanko", "Blanko {serial} tidak ada dalam penerimaan mana pun.").format(
                serial=wanted))
    if blank.state != SerialState.IN_STOCK:
        raise StockRefused(stock_refusal(session, blank))
    return blank


def stock_refusal(session: Session, blank: BlankCard) -> Message:
    """Why ``blank`` (not in stock) cannot be used again."""
    if blank.state == SerialState.PRINTED:
        number = session.scalar(select(PrintJob.number).where(
            PrintJob.id == blank.print_job_id))
        return QT_TRANSLATE_NOOP(
            "blanko", "Blanko {serial} sudah dipakai untuk pekerjaan cetak {job}.").format(
                serial=blank.serial, job=number or "?")
    register = session.scalar(select(SpoiledCard.register_number).where(
        SpoiledCard.id == blank.spoiled_card_id))
    return QT_TRANSLATE_NOOP(
        "blanko", "Blanko {serial} sudah tercatat rusak ({register}).").format(
            serial=blank.serial, register=register or "?")
