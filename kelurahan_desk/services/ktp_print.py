"""KTP-el print jobs: queue a card for a resident, print it on a blank from stock, hand it
over; a misprint spoils its blank, and an old card handed back joins the invalid cards.

A job that holds a blank (printing, printed, handed over) is that blank's one place in
the stock; the blank never goes back: a failed print makes it an invalid card in the same
unit of work, and the job may then be queued again for a new blank.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.blanko import SerialState, normalize_serial
from kelurahan_desk.domain.ktp_print import (
    OLD_CARD_SOURCE,
    OPEN_STATUSES,
    JobOrder,
    PrintReason,
    PrintStatus,
    Recipient,
    RecordStatus,
    biometrics_refusal,
    expects_old_card,
    job_number,
    move_refusal,
)
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.nik import InvalidNik, mask_nik, parse_nik
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.spoiled_cards import SpoilSource
from kelurahan_desk.services.accounts import full_names
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.blanko import authorize_read, local_day, take_blank
from kelurahan_desk.services.errors import NotFound, ServiceError, check
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.services.spoiled_cards import (
    CUSTODY_KEY,
    SpoiledCardDraft,
    custody_note,
    entry_states,
    register_card,
    write_custody_steps,
)
from kelurahan_desk.store.card_tables import PrintJob, PrintJobEvent, SpoiledCard
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.resident_tables import Resident
from kelurahan_desk.store.tables import Account, Counter, Ticket
from kelurahan_desk.store.unit_of_work import UnitOfWork

NAME_MAX = 120


class PrintJobRefused(ServiceError):
    """The job cannot do this in its present status."""


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintJobDraft:
    nik: str
    reason: PrintReason
    resident_name: str = ""  # empty: taken from the resident list when the NIK is there
    requested_on: date | None = None  # empty: today
    ticket_id: uuid.UUID | None = None  # the queue ticket (service C) of the visit
    note: str = ""
    # The operator checked in SIAK that biometrics were recorded: needed when the resident
    # list does not say (not on the list, or no status there).
    biometrics_checked: bool = False


STEP_STATUS = "status"  # the job moved to ``status``
STEP_OLD_CARD = "old_card"  # the old card was handed in (``note``: its register number)


@dataclass(frozen=True)
class PrintJobStep:
    kind: str  # STEP_STATUS or STEP_OLD_CARD
    status: PrintStatus
    at: datetime
    actor: str
    serial: str | None
    note: str | None
    actor_name: str = ""  # the account's full name


@dataclass(frozen=True)
class PrintJobDetail:
    id: uuid.UUID
    number: str
    reason: PrintReason
    status: PrintStatus
    nik: str  # masked
    resident_name: str
    requested_on: date
    ticket_id: uuid.UUID | None
    ticket_code: str | None
    blank_serial: str | None  # the blank it holds now
    expects_old_card: bool
    old_card_id: uuid.UUID | None
    old_card_register_number: str | None
    misprint_card_ids: tuple[uuid.UUID, ...]  # blanks this job spoiled
    recipient: Recipient | None
    proxy_name: str | None
    proxy_nik: str | None  # masked
    printed_at: datetime | None
    handed_over_at: datetime | None
    created_at: datetime
    updated_at: datetime
    operator_name: str
    counter_name: str | None
    timeline: tuple[PrintJobStep, ...]

    @property
    def old_card_pending(self) -> bool:
        return self.expects_old_card and self.old_card_id is None


@dataclass(frozen=True)
class PrintJobRow:
    """One line of the print queue; the NIK masked."""

    id: uuid.UUID
    number: str
    reason: PrintReason
    status: PrintStatus
    nik: str  # masked
    resident_name: str
    requested_on: date
    blank_serial: str | None
    old_card_pending: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PrintJobFilter:
    text: str = ""  # job number, NIK (or its start), blank serial or part of the name
    status: PrintStatus | None = None
    open_only: bool = False  # queued, printing, printed or failed
    reason: PrintReason | None = None
    date_from: date | None = None  # requested date
    date_to: date | None = None
    order: JobOrder = JobOrder.NEWEST


# --- helpers --------------------------------------------------------------------------


def _get(session: Session, job_id: uuid.UUID) -> PrintJob:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(QT_TRANSLATE_NOOP("ktp_print", "Pekerjaan cetak tidak ditemukan.").format())
    return job


def _refuse_move(job: PrintJob, target: PrintStatus) -> None:
    refusal = move_refusal(PrintStatus(job.status), target)
    if refusal is not None:
        raise PrintJobRefused(refusal)


def _step(uow: UnitOfWork, job: PrintJob, status: PrintStatus, actor: str,
          serial: str | None = None, note: str | None = None) -> None:
    job.status = status
    job.updated_at = uow.now
    uow.session.add(PrintJobEvent(job_id=job.id, kind=STEP_STATUS, status=status, at=uow.now,
                                  actor=actor, serial=serial, note=note))


def _reason_text(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    check({what: None if len(cleaned) >= 3 else QT_TRANSLATE_NOOP(
        "ktp_print", "Tuliskan alasannya (paling sedikit 3 huruf).").format()})
    return cleaned


# --- creating a job -------------------------------------------------------------------


def create_print_job(store: Store, actor: Actor, draft: PrintJobDraft) -> PrintJobDetail:
    """Queue a KTP-el for the resident with this NIK (one open job per NIK)."""
    note = draft.note.strip()
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        today = local_day(uow.now, uow.session)
        nik, nik_problem = "", None
        try:
            nik = parse_nik(draft.nik, today).nik
        except InvalidNik as bad:
            nik_problem = bad.message
        name = " ".join(draft.resident_name.split())
        listed = uow.session.get(Resident, nik) if nik else None
        if not name and listed is not None:
            name = listed.full_name
        status = RecordStatus(listed.ktp_status) if listed and listed.ktp_status else None
        requested = draft.requested_on or today
        check({
            "nik": nik_problem,
            "resident_name": QT_TRANSLATE_NOOP(
                "ktp_print", "Nama wajib diisi (NIK ini tidak ada di daftar penduduk).").format()
            if not name else QT_TRANSLATE_NOOP("ktp_print", "Nama terlalu panjang.").format()
            if len(name) > NAME_MAX else None,
            "requested_on": QT_TRANSLATE_NOOP(
                "ktp_print", "Tanggal permohonan tidak boleh setelah hari ini.").format()
            if requested > today else None,
            "note": QT_TRANSLATE_NOOP("ktp_print", "Catatan terlalu panjang.").format()
            if len(note) > 500 else None,
            "biometrics_checked": biometrics_refusal(status, draft.biometrics_checked)
            if nik else None,
        })
        open_job = uow.session.scalar(select(PrintJob.number).where(
            PrintJob.nik == nik, PrintJob.status.in_([s.value for s in OPEN_STATUSES])))
        if open_job is not None:
            raise PrintJobRefused(QT_TRANSLATE_NOOP(
                "ktp_print", "NIK ini masih punya pekerjaan cetak yang belum selesai: {number}."
            ).format(number=open_job))
        office = _office(uow.session)
        year = uow.now.astimezone(_zone(office)).year
        serial = 1 + (uow.session.scalar(select(func.max(PrintJob.serial)).where(
            PrintJob.year == year)) or 0)
        job = PrintJob(
            id=uuid.uuid4(), number=job_number(office.code, year, serial), year=year,
            serial=serial, reason=draft.reason, status=PrintStatus.QUEUED, nik=nik,
            resident_name=name, requested_on=requested.isoformat(),
            counter_id=actor.counter_id, created_by=actor.account_id, created_at=uow.now,
            updated_at=uow.now)
        uow.session.add(job)
        _step(uow, job, PrintStatus.QUEUED, actor.username, note=note or None)
        if draft.ticket_id is not None:
            ticket = uow.session.get(Ticket, draft.ticket_id)
            if ticket is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "ktp_print", "Nomor antrean tidak ditemukan.").format())
            job.ticket_id = ticket.id
            if ticket.print_job_ref is None:
                ticket.print_job_ref = str(job.id)
        uow.record("ktp.job_created", "print_job", job.id, {
            "number": job.number, "reason": job.reason, "nik": nik, "resident_name": name,
            "requested_on": job.requested_on,
            "ticket_id": str(job.ticket_id) if job.ticket_id else None,
            # What the permission to print rested on: the list's status, or the operator.
            "biometrics": status.value if status else "checked_by_operator"})
        return _detail(uow.session, job)


# --- printing -------------------------------------------------------------------------


def start_printing(
    store: Store, actor: Actor, job_id: uuid.UUID, serial: str | None = None
) -> PrintJobDetail:
    """Take a blank from stock for this job: the one scanned, or the first in stock."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.PRINTING)
        blank = take_blank(uow.session, serial)
        job.blank_serial = blank.serial
        _step(uow, job, PrintStatus.PRINTING, actor.username, blank.serial)
        uow.session.flush()  # the job holds the blank before the blank names the job
        blank.state = SerialState.PRINTED
        blank.print_job_id = job.id
        blank.left_stock_at = uow.now
        uow.record("ktp.printing_started", "print_job", job.id,
                   {"number": job.number, "serial": blank.serial})
        return _detail(uow.session, job)


def mark_printed(store: Store, actor: Actor, job_id: uuid.UUID) -> PrintJobDetail:
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.PRINTED)
        job.printed_at = uow.now
        _step(uow, job, PrintStatus.PRINTED, actor.username, job.blank_serial)
        uow.record("ktp.printed", "print_job", job.id,
                   {"number": job.number, "serial": job.blank_serial})
        return _detail(uow.session, job)


def mark_failed(
    store: Store, actor: Actor, job_id: uuid.UUID, reason: str, condition: str,
    storage_place: str = "",
) -> PrintJobDetail:
    """The print went wrong (or the card fails its check): its blank becomes an invalid
    card (a misprint) in the same step; the job may be queued again."""
    reason = _reason_text(reason, "reason")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.FAILED)
        serial = job.blank_serial
        card = register_card(uow, actor, SpoiledCardDraft(
            SpoilSource.MISPRINT, reason, condition, nik=job.nik,
            holder_name=job.resident_name, serial=serial or "", storage_place=storage_place),
            print_job=job)
        job.blank_serial = None
        _step(uow, job, PrintStatus.FAILED, actor.username, serial, reason)
        states = entry_states(card)
        recorded = uow.record("ktp.print_failed", "print_job", job.id, {
            "number": job.number, "serial": serial, "reason": reason,
            "spoiled_card_id": str(card.id), "register_number": card.register_number,
            CUSTODY_KEY: custody_note([card.id], states)})
        write_custody_steps(uow, recorded, [card.id], states, actor.username,
                            card.storage_place)
        return _detail(uow.session, job)


def requeue_job(store: Store, actor: Actor, job_id: uuid.UUID) -> PrintJobDetail:
    """Queue a failed job again: it will take a new blank."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.QUEUED)
        _step(uow, job, PrintStatus.QUEUED, actor.username)
        uow.record("ktp.job_requeued", "print_job", job.id, {"number": job.number})
        return _detail(uow.session, job)


def cancel_print_job(
    store: Store, actor: Actor, job_id: uuid.UUID, reason: str
) -> PrintJobDetail:
    """Give a job up while it holds no blank (queued, or failed)."""
    reason = _reason_text(reason, "reason")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.CANCELLED)
        _step(uow, job, PrintStatus.CANCELLED, actor.username, note=reason)
        uow.record("ktp.job_cancelled", "print_job", job.id,
                   {"number": job.number, "reason": reason})
        return _detail(uow.session, job)


# --- the old card and the hand-over -----------------------------------------------------


def receive_old_card(
    store: Store, actor: Actor, job_id: uuid.UUID, condition: str, reason: str,
    serial: str = "", storage_place: str = "",
) -> PrintJobDetail:
    """The resident hands in the old card (rusak, perubahan data): it joins the invalid
    cards in the same step, linked to this job."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        reason_enum = PrintReason(job.reason)
        if not expects_old_card(reason_enum):
            raise PrintJobRefused(QT_TRANSLATE_NOOP(
                "ktp_print", "Pekerjaan cetak karena kartu baru atau hilang tidak menerima "
                "kartu lama.").format())
        if job.old_card_id is not None:
            raise PrintJobRefused(QT_TRANSLATE_NOOP(
                "ktp_print", "Kartu lama untuk pekerjaan ini sudah diterima.").format())
        if job.status == PrintStatus.CANCELLED:
            raise PrintJobRefused(QT_TRANSLATE_NOOP(
                "ktp_print", "Pekerjaan cetak ini sudah dibatalkan.").format())
        card = register_card(uow, actor, SpoiledCardDraft(
            OLD_CARD_SOURCE[reason_enum], reason, condition, nik=job.nik,
            holder_name=job.resident_name, serial=serial, storage_place=storage_place,
            ticket_id=job.ticket_id), print_job=job)
        job.old_card_id = card.id
        job.updated_at = uow.now
        uow.session.add(PrintJobEvent(
            job_id=job.id, kind=STEP_OLD_CARD, status=job.status, at=uow.now, actor=actor.username,
            serial=card.serial, note=card.register_number))
        states = entry_states(card)
        recorded = uow.record("ktp.old_card_received", "print_job", job.id, {
            "number": job.number, "spoiled_card_id": str(card.id),
            "register_number": card.register_number, "serial": card.serial,
            "source": card.source, CUSTODY_KEY: custody_note([card.id], states)})
        write_custody_steps(uow, recorded, [card.id], states, actor.username,
                            card.storage_place)
        return _detail(uow.session, job)


def hand_over_card(
    store: Store, actor: Actor, job_id: uuid.UUID, recipient: Recipient, id_checked: bool,
    proxy_name: str = "", proxy_nik: str = "",
) -> PrintJobDetail:
    """The new KTP-el leaves the counter: to the resident, or to a named proxy (name and
    NIK), now. A job that expects the old card back waits for it first."""
    proxy_name = " ".join(proxy_name.split())
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        job = _get(uow.session, job_id)
        _refuse_move(job, PrintStatus.HANDED_OVER)
        if expects_old_card(PrintReason(job.reason)) and job.old_card_id is None:
            raise PrintJobRefused(QT_TRANSLATE_NOOP(
                "ktp_print", "Terima dulu KTP-el lama dari pemohon sebelum menyerahkan yang "
                "baru.").format())
        problems: dict[str, Message | None] = {
            "id_checked": None if id_checked else QT_TRANSLATE_NOOP(
                "ktp_print", "Cocokkan identitas penerima sebelum menyerahkan KTP-el.").format()}
        nik = ""
        if recipient == Recipient.PROXY:
            try:
                nik = parse_nik(proxy_nik, local_day(uow.now, uow.session)).nik
            except InvalidNik as bad:
                problems["proxy_nik"] = bad.message
            else:
                if nik == job.nik:
                    problems["proxy_nik"] = QT_TRANSLATE_NOOP(
                        "ktp_print", "Ini NIK pemohon sendiri; pilih \u201cPemohon sendiri\u201d."
                    ).format()
            problems["proxy_name"] = QT_TRANSLATE_NOOP(
                "ktp_print", "Nama kuasa wajib diisi.").format() if not proxy_name else (
                QT_TRANSLATE_NOOP("ktp_print", "Nama terlalu panjang.").format()
                if len(proxy_name) > NAME_MAX else None)
        check(problems)
        job.recipient = recipient
        job.proxy_name = proxy_name if recipient == Recipient.PROXY else None
        job.proxy_nik = nik or None
        job.handed_over_at = uow.now
        _step(uow, job, PrintStatus.HANDED_OVER, actor.username, job.blank_serial)
        uow.record("ktp.handed_over", "print_job", job.id, {
            "number": job.number, "serial": job.blank_serial, "recipient": recipient.value,
            "proxy_name": job.proxy_name, "proxy_nik": job.proxy_nik, "id_checked": True})
        return _detail(uow.session, job)


# --- reading --------------------------------------------------------------------------


def get_print_job(store: Store, actor: Actor, job_id: uuid.UUID) -> PrintJobDetail:
    with store.read() as session:
        authorize_read(session, actor)
        return _detail(session, _get(session, job_id))


def print_job_by_number(store: Store, actor: Actor, text: str) -> uuid.UUID:
    """The job a scanned or typed job number (or the serial of its blank) names."""
    wanted = normalize_serial(text)
    with store.read() as session:
        authorize_read(session, actor)
        found = session.scalar(select(PrintJob.id).where(or_(
            PrintJob.number == wanted, PrintJob.blank_serial == wanted)))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "ktp_print", "Pekerjaan cetak {number} tidak ditemukan.").format(number=wanted))
    return found


def _filtered(f: PrintJobFilter) -> Select[PrintJob]:
    query = select(PrintJob)
    text = f.text.strip()
    if text:
        digits = "".join(text.split())
        upper = normalize_serial(text)
        if digits.isdigit():
            query = query.where(or_(PrintJob.nik.startswith(digits),
                                    PrintJob.number.contains(digits),
                                    PrintJob.blank_serial == upper))
        else:
            query = query.where(or_(PrintJob.number == upper, PrintJob.blank_serial == upper,
                                    PrintJob.resident_name.ilike(f"%{text}%")))
    if f.status is not None:
        query = query.where(PrintJob.status == f.status)
    elif f.open_only:
        query = query.where(PrintJob.status.in_([s.value for s in OPEN_STATUSES]))
    if f.reason is not None:
        query = query.where(PrintJob.reason == f.reason)
    if f.date_from is not None:
        query = query.where(PrintJob.requested_on >= f.date_from.isoformat())
    if f.date_to is not None:
        query = query.where(PrintJob.requested_on < (f.date_to + timedelta(days=1)).isoformat())
    return query


def list_print_jobs(
    store: Store, actor: Actor, f: PrintJobFilter, offset: int, limit: int
) -> list[PrintJobRow]:
    """One page of the print queue in the filter's order."""
    order = {
        JobOrder.NEWEST: (PrintJob.created_at.desc(), PrintJob.serial.desc()),
        JobOrder.OLDEST: (PrintJob.created_at, PrintJob.serial),
        JobOrder.REQUESTED: (PrintJob.requested_on, PrintJob.created_at),
    }[f.order]
    with store.read() as session:
        authorize_read(session, actor)
        jobs = session.scalars(_filtered(f).order_by(*order).offset(offset).limit(limit))
        return [PrintJobRow(
            j.id, j.number, PrintReason(j.reason), PrintStatus(j.status), mask_nik(j.nik),
            j.resident_name, date.fromisoformat(j.requested_on), j.blank_serial,
            expects_old_card(PrintReason(j.reason)) and j.old_card_id is None
            and j.status != PrintStatus.CANCELLED, j.created_at, j.updated_at)
            for j in jobs]


def count_print_jobs(store: Store, actor: Actor, f: PrintJobFilter) -> int:
    with store.read() as session:
        authorize_read(session, actor)
        return session.scalar(select(func.count()).select_from(_filtered(f).subquery())) or 0


def _detail(session: Session, job: PrintJob) -> PrintJobDetail:
    session.flush()
    steps = session.scalars(select(PrintJobEvent).where(
        PrintJobEvent.job_id == job.id).order_by(PrintJobEvent.id)).all()
    creator = session.get(Account, job.created_by)
    counter = session.get(Counter, job.counter_id) if job.counter_id else None
    ticket = session.get(Ticket, job.ticket_id) if job.ticket_id else None
    old = session.get(SpoiledCard, job.old_card_id) if job.old_card_id else None
    misprints = tuple(session.scalars(select(SpoiledCard.id).where(
        SpoiledCard.print_job_id == job.id, SpoiledCard.source == SpoilSource.MISPRINT
    ).order_by(SpoiledCard.year, SpoiledCard.seq)))
    names = full_names(session, (s.actor for s in steps))
    return PrintJobDetail(
        id=job.id, number=job.number, reason=PrintReason(job.reason),
        status=PrintStatus(job.status), nik=mask_nik(job.nik),
        resident_name=job.resident_name, requested_on=date.fromisoformat(job.requested_on),
        ticket_id=job.ticket_id, ticket_code=ticket.code if ticket else None,
        blank_serial=job.blank_serial, expects_old_card=expects_old_card(PrintReason(job.reason)),
        old_card_id=job.old_card_id, old_card_register_number=old.register_number if old
        else None, misprint_card_ids=misprints,
        recipient=Recipient(job.recipient) if job.recipient else None,
        proxy_name=job.proxy_name, proxy_nik=mask_nik(job.proxy_nik) if job.proxy_nik else None,
        printed_at=job.printed_at, handed_over_at=job.handed_over_at,
        created_at=job.created_at, updated_at=job.updated_at,
        operator_name=creator.full_name if creator else "",
        counter_name=counter.name if counter else None,
        timeline=tuple(PrintJobStep(s.kind, PrintStatus(s.status), s.at, s.actor, s.serial,
                                    s.note, names.get(s.actor, "")) for s in steps),
    )
