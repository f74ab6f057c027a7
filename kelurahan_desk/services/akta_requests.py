"""Akta kelahiran / akta kematian use cases: draft, submit, correct, cancel, hand over.

The desk owns a request as declared and the steps it takes at the counter (draft,
submitted, handed over, cancelled); the Dispendukcapil owns the steps between (sent,
verified or returned, akta issued, ready for pick-up), which reach the desk through sync
(``apply_central_status``) or, until a link exists, from a supervisor's hand
(``set_central_status``). Both paths go through one function. Reading requests (the list,
a search, opening one): ``akta_views``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.akta import (
    CENTRAL_STATUSES,
    EDITABLE,
    AktaForm,
    RequestKind,
    RequestStatus,
    can_move,
    form_changes,
    form_to_dict,
    tracking_number,
    trimmed,
)
from kelurahan_desk.domain.akta_checks import FormCheck, check_draft, check_form, check_nik
from kelurahan_desk.domain.akta_deadlines import DeadlineRule, add_working_days, is_late
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.settings import DAYS_WORKING
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.akta_views import RequestDetail, form_of, get_request, request_detail
from kelurahan_desk.services.errors import InvalidInput, NotFound, ServiceError, check
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.store.akta_tables import AktaRequest, AktaStatusEvent
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Ticket
from kelurahan_desk.store.unit_of_work import UnitOfWork

CENTRAL = "dispendukcapil"  # the actor name of steps that came from the centre


class RequestRefused(ServiceError):
    """The request cannot do this in its present state."""


@dataclass(frozen=True)
class DuplicateCandidate:
    """An earlier request that looks like the same child or the same death."""

    id: uuid.UUID
    kind: RequestKind
    status: RequestStatus
    tracking_number: str | None
    form: AktaForm
    created_at: datetime


class PossibleDuplicate(ServiceError):
    """Submission stopped: earlier requests look like the same event; the operator decides."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "akta", "Kemungkinan sudah pernah didaftarkan ({count} permohonan mirip). "
            "Bandingkan dulu sebelum melanjutkan.").format(count=len(candidates)))
        self.candidates = candidates


# --- helpers ------------------------------------------------------------------------


def _local_now(session: Session, store: Store) -> datetime:
    return store.clock().astimezone(_zone(_office(session)))


def _deadline_rule(settings: dict[str, int], kind: RequestKind) -> DeadlineRule:
    days = settings["akta_birth_deadline_days" if kind == RequestKind.BIRTH
                    else "akta_death_deadline_days"]
    return DeadlineRule(days, settings["akta_deadline_counting"] == DAYS_WORKING)


def _check(store: Store, session: Session, form: AktaForm) -> FormCheck:
    now = _local_now(session, store)
    return check_form(form, now.date(), now.time(), _deadline_rule(get_settings(store), form.kind))


def check_request(store: Store, form: AktaForm) -> FormCheck:
    """The checks the form shows live; the same ones submission enforces."""
    with store.read() as session:
        return _check(store, session, trimmed(form))


def check_nik_field(store: Store, text: str) -> FormCheck:
    """Decode one NIK field on its own, for the live note next to it."""
    check = FormCheck()
    with store.read() as session:
        check_nik(check, "nik", text, _local_now(session, store).date(), required=False)
    return check


def _copy_columns(row: AktaRequest, form: AktaForm) -> None:
    """The searchable copies of what the form says."""
    birth = form.kind == RequestKind.BIRTH
    row.form = json.dumps(form_to_dict(form), ensure_ascii=False, sort_keys=True)
    row.subject_name = form.subject_name[:120]
    row.subject_nik = (form.deceased.nik if not birth else "") or None
    row.reporter_name = form.reporter.name[:120]
    row.reporter_nik = form.reporter.nik or None
    row.mother_nik = (form.mother.nik if birth and not form.parents_unknown else "") or None
    event = form.event_date
    row.event_date = event.isoformat() if event else None


def _step(uow: UnitOfWork, row: AktaRequest, status: RequestStatus, actor: str,
          source: str, at: datetime | None = None, **details: str | None) -> None:
    row.status = status
    row.updated_at = uow.now
    uow.session.add(AktaStatusEvent(
        request_id=row.id, status=status, at=at or uow.now, actor=actor, source=source,
        **details))


def _link_ticket(session: Session, row: AktaRequest, ticket_id: uuid.UUID | None) -> None:
    if ticket_id is None or row.ticket_id == ticket_id:
        return
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(QT_TRANSLATE_NOOP("akta", "Nomor antrean tidak ditemukan.").format())
    row.ticket_id = ticket_id
    if ticket.request_ref is None:
        ticket.request_ref = str(row.id)


def _refuse_unless_editable(row: AktaRequest) -> None:
    if RequestStatus(row.status) not in EDITABLE:
        raise RequestRefused(QT_TRANSLATE_NOOP(
            "akta", "Permohonan yang sudah dikirim ke Dispendukcapil tidak dapat diubah "
            "lagi.").format())


def _invalid(found: FormCheck) -> InvalidInput:
    first: dict[str, Message] = {}
    for issue in found.errors:
        first.setdefault(issue.field, issue.message)
    return InvalidInput(first)


def _new_row(uow: UnitOfWork, actor: Actor, form: AktaForm) -> AktaRequest:
    row = AktaRequest(
        id=uuid.uuid4(), kind=form.kind, status=RequestStatus.DRAFT, late=False,
        created_by=actor.account_id, counter_id=actor.counter_id, created_at=uow.now,
        updated_at=uow.now)
    _copy_columns(row, form)
    uow.session.add(row)
    return row


# --- drafting and submitting ------------------------------------------------------------


def save_draft(
    store: Store, actor: Actor, form: AktaForm, request_id: uuid.UUID | None = None,
    ticket_id: uuid.UUID | None = None,
) -> RequestDetail:
    """Keep what was typed so far; nothing is required of a draft but sane lengths."""
    form = trimmed(form)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        found = check_draft(form)
        if found.errors:
            raise _invalid(found)
        if request_id is None:
            row = _new_row(uow, actor, form)
            _step(uow, row, RequestStatus.DRAFT, actor.username, "desk")
            before = None
        else:
            row = get_request(uow.session, request_id)
            if row.status != RequestStatus.DRAFT:
                raise RequestRefused(QT_TRANSLATE_NOOP(
                    "akta", "Hanya permohonan berstatus draf yang disimpan sebagai draf."
                ).format())
            before = form_of(row)
            row.updated_at = uow.now
        _check_kind(row, form)
        _copy_columns(row, form)
        _link_ticket(uow.session, row, ticket_id)
        changes = form_changes(before, form) if before else {"kind": form.kind.value}
        uow.record("akta.draft_saved", "akta_request", row.id, {"changes": changes})
        return request_detail(uow.session, row)


def _check_kind(row: AktaRequest, form: AktaForm) -> None:
    if row.kind != form.kind:
        raise RequestRefused(QT_TRANSLATE_NOOP(
            "akta", "Jenis permohonan tidak dapat diubah.").format())


def find_duplicates(
    store: Store, form: AktaForm, exclude: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    """Earlier, not cancelled requests for the same event: the same mother NIK and birth
    date (birth), or the same deceased NIK (death). Twins match too: the operator decides."""
    form = trimmed(form)
    with store.read() as session:
        return _duplicates(session, form, exclude)


def _duplicates(
    session: Session, form: AktaForm, exclude: uuid.UUID | None
) -> list[DuplicateCandidate]:
    query = select(AktaRequest).where(
        AktaRequest.kind == form.kind, AktaRequest.status != RequestStatus.CANCELLED)
    if form.kind == RequestKind.BIRTH:
        if form.parents_unknown or not form.mother.nik or form.child.birth_date is None:
            return []
        query = query.where(AktaRequest.mother_nik == form.mother.nik,
                            AktaRequest.event_date == form.child.birth_date.isoformat())
    else:
        if not form.deceased.nik:
            return []
        query = query.where(AktaRequest.subject_nik == form.deceased.nik)
    if exclude is not None:
        query = query.where(AktaRequest.id != exclude)
    return [
        DuplicateCandidate(row.id, RequestKind(row.kind), RequestStatus(row.status),
                           row.tracking_number, form_of(row), row.created_at)
        for row in session.scalars(query.order_by(AktaRequest.created_at))
    ]


def submit_request(
    store: Store, actor: Actor, form: AktaForm, request_id: uuid.UUID | None = None,
    ticket_id: uuid.UUID | None = None,
    not_duplicates: frozenset[uuid.UUID] = frozenset(),
) -> RequestDetail:
    """Check everything, give a tracking number and take the request in at the counter.

    Raises ``InvalidInput`` (by field) while anything required is wrong or missing, and
    ``PossibleDuplicate`` while an earlier request looks like the same event and the
    operator has not said it is a different one (``not_duplicates``). A returned request
    submitted again keeps its tracking number.
    """
    form = trimmed(form)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        found = _check(store, uow.session, form)
        if found.errors:
            raise _invalid(found)
        row = _new_row(uow, actor, form) if request_id is None else get_request(
            uow.session, request_id)
        _check_kind(row, form)
        before = form_of(row) if request_id is not None else None
        if not can_move(RequestStatus(row.status), RequestStatus.SUBMITTED):
            raise RequestRefused(QT_TRANSLATE_NOOP(
                "akta", "Permohonan ini sudah diterima; simpan perubahannya saja.").format())
        others = [c for c in _duplicates(uow.session, form, row.id)
                  if c.id not in not_duplicates]
        if others:
            raise PossibleDuplicate(others)
        _copy_columns(row, form)
        _link_ticket(uow.session, row, ticket_id)
        local = uow.now.astimezone(_zone(_office(uow.session)))
        if row.tracking_number is None:
            row.year = local.year
            row.serial = 1 + (uow.session.scalar(select(func.max(AktaRequest.serial)).where(
                AktaRequest.kind == form.kind, AktaRequest.year == local.year)) or 0)
            row.tracking_number = tracking_number(
                _office(uow.session).code, form.kind, row.year, row.serial)
        settings = get_settings(store)
        days = settings["akta_birth_completion_days" if form.kind == RequestKind.BIRTH
                        else "akta_death_completion_days"]
        # A returned request submitted again was reported on its first submission day:
        # that day (with the event date as now corrected) decides whether it was late.
        if row.submitted_at is None:
            row.submitted_at = uow.now
        reported = row.submitted_at.astimezone(local.tzinfo).date()
        event = form.event_date
        row.late = event is not None and is_late(
            event, reported, _deadline_rule(settings, form.kind))
        row.expected_completion = add_working_days(local.date(), days).isoformat()
        _step(uow, row, RequestStatus.SUBMITTED, actor.username, "desk")
        uow.record("akta.submitted", "akta_request", row.id, {
            "tracking_number": row.tracking_number,
            "late": row.late,
            "not_duplicates": sorted(str(i) for i in not_duplicates),
            "changes": form_changes(before, form) if before else {},
        }, payload={
            "tracking_number": row.tracking_number,
            "late": row.late,
            "expected_completion": row.expected_completion,
            "ticket_id": str(row.ticket_id) if row.ticket_id else None,
            "form": form_to_dict(form),
        })
        return request_detail(uow.session, row)


def update_request(
    store: Store, actor: Actor, request_id: uuid.UUID, form: AktaForm
) -> RequestDetail:
    """Correct a request already taken in (until it is sent); it must still pass the checks.

    Drafts are saved with ``save_draft``; a returned request is corrected and submitted
    again with ``submit_request``.
    """
    form = trimmed(form)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        row = get_request(uow.session, request_id)
        _refuse_unless_editable(row)
        _check_kind(row, form)
        if row.status == RequestStatus.DRAFT:
            raise RequestRefused(QT_TRANSLATE_NOOP(
                "akta", "Draf disimpan dengan tombol Simpan draf.").format())
        found = _check(store, uow.session, form)
        if found.errors:
            raise _invalid(found)
        changes = form_changes(form_of(row), form)
        if not changes:
            raise RequestRefused(QT_TRANSLATE_NOOP(
                "akta", "Tidak ada yang berubah.").format())
        _copy_columns(row, form)
        row.updated_at = uow.now
        uow.record("akta.corrected", "akta_request", row.id, {"changes": changes},
                   payload={"changes": changes, "form": form_to_dict(form)})
        return request_detail(uow.session, row)


def cancel_request(
    store: Store, actor: Actor, request_id: uuid.UUID, reason: str
) -> RequestDetail:
    reason = reason.strip()
    check({"reason": None if len(reason) >= 5 else QT_TRANSLATE_NOOP(
        "akta", "Tuliskan alasan pembatalan (paling sedikit 5 huruf).").format()})
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        row = get_request(uow.session, request_id)
        _refuse_move(row, RequestStatus.CANCELLED)
        _step(uow, row, RequestStatus.CANCELLED, actor.username, "desk", reason=reason)
        uow.record("akta.cancelled", "akta_request", row.id, {"reason": reason})
        return request_detail(uow.session, row)


def _refuse_move(row: AktaRequest, target: RequestStatus) -> None:
    if not can_move(RequestStatus(row.status), target):
        from kelurahan_desk.domain.akta import STATUS_LABELS

        raise RequestRefused(QT_TRANSLATE_NOOP(
            "akta", "Status \u201c{current}\u201d tidak dapat diubah menjadi \u201c{target}\u201d."
        ).format(current=STATUS_LABELS[RequestStatus(row.status)],
                 target=STATUS_LABELS[target]))


# --- steps taken by the Dispendukcapil ---------------------------------------------------


def _central_step(
    uow: UnitOfWork, row: AktaRequest, status: RequestStatus, actor: str, source: str,
    reason: str | None, akta_number: str | None, at: datetime | None = None,
) -> None:
    if status not in CENTRAL_STATUSES:
        raise RequestRefused(QT_TRANSLATE_NOOP(
            "akta", "Status ini diatur oleh loket, bukan oleh Dispendukcapil.").format())
    _refuse_move(row, status)
    reason = (reason or "").strip() or None
    akta_number = (akta_number or "").strip() or None
    check({
        "reason": QT_TRANSLATE_NOOP("akta", "Tuliskan alasan pengembalian.").format()
        if status == RequestStatus.RETURNED and not reason else None,
        "akta_number": QT_TRANSLATE_NOOP("akta", "Nomor akta wajib diisi.").format()
        if status == RequestStatus.ISSUED and not akta_number else None,
    })
    if akta_number:
        row.akta_number = akta_number
    _step(uow, row, status, actor, source, at, reason=reason, akta_number=akta_number)


def set_central_status(
    store: Store, actor: Actor, request_id: uuid.UUID, status: RequestStatus,
    reason: str | None = None, akta_number: str | None = None,
) -> RequestDetail:
    """A supervisor records by hand what the Dispendukcapil did (while no sync link exists)."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.APPROVE)
        row = get_request(uow.session, request_id)
        _central_step(uow, row, status, actor.username, "supervisor", reason, akta_number)
        uow.record("akta.status_set", "akta_request", row.id, {
            "status": status.value, "reason": reason, "akta_number": row.akta_number})
        return request_detail(uow.session, row)


def apply_central_status(
    store: Store, tracking: str, status: RequestStatus, reason: str | None = None,
    akta_number: str | None = None, at: datetime | None = None,
) -> bool:
    """A status the centre sent down, in a unit of work of its own (see below)."""
    with store.write(CENTRAL, "system") as uow:
        applied = apply_central_step(uow, tracking, status, reason, akta_number, at)
        if not applied:
            uow.nothing_to_record()
        return applied


def apply_central_step(
    uow: UnitOfWork, tracking: str, status: RequestStatus, reason: str | None = None,
    akta_number: str | None = None, at: datetime | None = None,
) -> bool:
    """A step the centre took (the sync's pull of the ``requests`` stream), inside the
    caller's unit of work, so the sync applies a page and its cursor in one transaction.

    ``at`` is when the Dispendukcapil took the step; the timeline keeps that time. The
    same step again (same status, same central time: a stream fetched again from the
    start) writes nothing and answers False; so does a step the request already shows
    (a supervisor recorded it by hand while the link was down). Refused moves raise.
    """
    row = uow.session.scalar(select(AktaRequest).where(
        AktaRequest.tracking_number == tracking))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "akta", "Nomor pelacakan {number} tidak ditemukan.").format(number=tracking))
    if at is not None and uow.session.scalar(select(AktaStatusEvent.id).where(
            AktaStatusEvent.request_id == row.id, AktaStatusEvent.source == "central",
            AktaStatusEvent.status == status, AktaStatusEvent.at == at)) is not None:
        return False
    if row.status == status and (status != RequestStatus.ISSUED
                                 or (akta_number or "").strip() == (row.akta_number or "")):
        return False
    _central_step(uow, row, status, CENTRAL, "central", reason, akta_number, at)
    uow.record("akta.status_received", "akta_request", row.id, {
        "status": status.value, "reason": reason, "akta_number": row.akta_number})
    return True


# --- hand-over ------------------------------------------------------------------------


def hand_over(
    store: Store, actor: Actor, request_id: uuid.UUID, recipient_name: str,
    recipient_nik: str, id_checked: bool,
) -> RequestDetail:
    """The akta leaves the counter: to whom, with their KTP-el checked against the NIK."""
    recipient_name = recipient_name.strip()
    recipient_nik = "".join(recipient_nik.split())
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        row = get_request(uow.session, request_id)
        _refuse_move(row, RequestStatus.HANDED_OVER)
        found = FormCheck()
        check_nik(found, "recipient_nik", recipient_nik,
                  _local_now(uow.session, store).date(), required=True)
        check({
            "recipient_name": None if recipient_name else QT_TRANSLATE_NOOP(
                "akta_checks", "Wajib diisi.").format(),
            "recipient_nik": found.errors[0].message if found.errors else None,
            "id_checked": None if id_checked else QT_TRANSLATE_NOOP(
                "akta", "Cocokkan KTP-el penerima dengan NIK sebelum menyerahkan akta."
            ).format(),
        })
        _step(uow, row, RequestStatus.HANDED_OVER, actor.username, "desk",
              recipient_name=recipient_name, recipient_nik=recipient_nik)
        uow.record("akta.handed_over", "akta_request", row.id, {
            "recipient_name": recipient_name, "recipient_nik": recipient_nik,
            "id_checked": True})
        return request_detail(uow.session, row)


def local_time(store: Store) -> tuple[date, time]:
    """The office's local date and time now (for forms that default to today)."""
    with store.read() as session:
        now = _local_now(session, store)
    return now.date(), now.time()
