"""Invalid (spoiled) KTP-el cards: logging them, putting them away, reading the register.

Hand-overs to the Dispendukcapil and destructions are in ``card_batches``; checking a
card's or a batch's custody against the audit chain is ``custody_check.verify_custody``.

Every custody step is written twice on purpose: as a row of ``spoiled_card_events`` (what
the pages read) and inside the use case's audit event as ``{"custody": {"to": [states],
"cards": [ids]}}`` (what the chain seals). ``verify_custody`` replays the second and
compares it with the first and with each card's stored state.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.domain.blanko import SerialState, normalize_serial, serial_problem
from kelurahan_desk.domain.ktp_print import PrintStatus
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.nik import InvalidNik, mask_nik, parse_nik
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.spoiled_cards import (
    LOGGABLE_SOURCES,
    NAME_MAX,
    NIK_REQUIRED,
    SERIAL_REQUIRED,
    TEXT_MAX,
    CardOrder,
    CustodyState,
    SpoilSource,
    custody_refusal,
    register_number,
)
from kelurahan_desk.services.accounts import full_names
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.blanko import (
    authorize_read,
    chunks,
    day_start_utc,
    local_day,
)
from kelurahan_desk.services.errors import NotFound, ServiceError, check
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.store.card_tables import (
    BlankCard,
    CardDestruction,
    CardHandOver,
    PrintJob,
    SpoiledCard,
    SpoiledCardEvent,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Ticket
from kelurahan_desk.store.unit_of_work import Recorded, UnitOfWork

CUSTODY_KEY = "custody"


class CustodyRefused(ServiceError):
    """The card (or batch) cannot do this in its present custody state."""


# --- custody steps: the row for the pages, the audit's note for the chain ------------------


def custody_note(card_ids: Sequence[uuid.UUID], states: Sequence[CustodyState]) -> dict[str, Any]:
    """What an audit event says about custody: these cards entered these states."""
    return {"to": [s.value for s in states], "cards": [str(i) for i in card_ids]}


def write_custody_steps(
    uow: UnitOfWork, recorded: Recorded, card_ids: Sequence[uuid.UUID],
    states: Sequence[CustodyState], actor: str, place: str | None = None,
    batch_id: uuid.UUID | None = None,
) -> None:
    """The timeline rows of a recorded step, tied to its audit event (written after
    ``record``, which is what gives the event its number; same transaction)."""
    rows = [
        {"card_id": card_id, "state": state.value, "at": uow.now, "actor": actor,
         "audit_seq": recorded.audit_seq, "place": place, "batch_id": batch_id}
        for card_id in card_ids for state in states
    ]
    if rows:
        uow.session.execute(insert(SpoiledCardEvent), rows)


# --- logging --------------------------------------------------------------------------


@dataclass(frozen=True)
class SpoiledCardDraft:
    source: SpoilSource
    reason: str  # why it is invalid, in the operator's words
    condition: str  # how the card looks: "patah", "chip rusak", "utuh, foto buram"
    nik: str = ""  # printed on the card; required unless it is a blank never printed
    holder_name: str = ""
    serial: str = ""  # when known; a card is never logged twice
    storage_place: str = ""  # given: logged and put away in one step
    ticket_id: uuid.UUID | None = None  # the queue ticket of the visit (if any)


def _text_problem(value: str, longest: int, shortest: int = 1) -> Message | None:
    if len(value) < shortest:
        return QT_TRANSLATE_NOOP("spoiled_cards", "Wajib diisi.").format() if not value else (
            QT_TRANSLATE_NOOP("spoiled_cards", "Terlalu singkat (paling sedikit {count} huruf)."
                              ).format(count=shortest))
    if len(value) > longest:
        return QT_TRANSLATE_NOOP(
            "spoiled_cards", "Terlalu panjang (paling banyak {count} huruf).").format(
                count=longest)
    return None


def register_card(
    uow: UnitOfWork, actor: Actor, draft: SpoiledCardDraft,
    print_job: PrintJob | None = None,
) -> SpoiledCard:
    """Check and add one invalid card to the register (no audit event: the caller records
    one for the whole use case). A serial that is one of our blanks moves that blank to
    "spoiled" in the same step, so stock and register never disagree."""
    reason = " ".join(draft.reason.split())
    condition = " ".join(draft.condition.split())
    holder = " ".join(draft.holder_name.split())
    place = " ".join(draft.storage_place.split())
    serial = normalize_serial(draft.serial)
    nik = "".join(draft.nik.split()).replace(".", "")
    today = local_day(uow.now, uow.session)
    nik_problem: Message | None = None
    if nik or draft.source in NIK_REQUIRED:
        try:
            nik = parse_nik(nik, today).nik
        except InvalidNik as bad:
            nik_problem = bad.message
    serial_issue = serial_problem(serial) if serial else (
        QT_TRANSLATE_NOOP("spoiled_cards", "Nomor seri wajib diisi untuk sumber ini.").format()
        if draft.source in SERIAL_REQUIRED else None)
    check({
        "reason": _text_problem(reason, 500, 3),
        "condition": _text_problem(condition, TEXT_MAX),
        "nik": nik_problem,
        "holder_name": _text_problem(holder, NAME_MAX, 0),
        "serial": serial_issue,
        "storage_place": _text_problem(place, TEXT_MAX, 0),
    })
    blank = _check_serial(uow.session, draft.source, serial, print_job) if serial else None
    office = _office(uow.session)
    year = uow.now.astimezone(_zone(office)).year
    seq = 1 + (uow.session.scalar(select(func.max(SpoiledCard.seq)).where(
        SpoiledCard.year == year)) or 0)
    card = SpoiledCard(
        id=uuid.uuid4(), register_number=register_number(office.code, year, seq), year=year,
        seq=seq, source=draft.source, nik=nik or None, holder_name=holder or None,
        serial=serial or None, reason=reason, condition=condition,
        state=CustodyState.STORED if place else CustodyState.LOGGED,
        storage_place=place or None, print_job_id=print_job.id if print_job else None,
        logged_by=actor.account_id, logged_at=uow.now, updated_at=uow.now)
    uow.session.add(card)
    uow.session.flush()
    if blank is not None:
        blank.state = SerialState.SPOILED
        blank.spoiled_card_id = card.id
        if blank.left_stock_at is None:
            blank.left_stock_at = uow.now
        uow.session.flush()
    if draft.ticket_id is not None:
        ticket = uow.session.get(Ticket, draft.ticket_id)
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Nomor antrean tidak ditemukan.").format())
        card.ticket_id = ticket.id
        if ticket.spoiled_card_ref is None:
            ticket.spoiled_card_ref = str(card.id)
    return card


def entry_states(card: SpoiledCard) -> list[CustodyState]:
    """The states a newly registered card entered (logged, and perhaps at once stored)."""
    if card.state == CustodyState.STORED:
        return [CustodyState.LOGGED, CustodyState.STORED]
    return [CustodyState.LOGGED]


def _check_serial(
    session: Session, source: SpoilSource, serial: str, job: PrintJob | None
) -> BlankCard | None:
    """Refuse a serial logged before or one that contradicts the stock; return our blank."""
    logged = session.scalar(select(SpoiledCard.register_number).where(
        SpoiledCard.serial == serial))
    if logged is not None:
        raise CustodyRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Kartu bernomor seri {serial} sudah dicatat ({register}); "
            "kartu tidak boleh dicatat dua kali.").format(serial=serial, register=logged))
    blank = session.get(BlankCard, serial)
    if blank is None:
        if source in SERIAL_REQUIRED:
            raise CustodyRefused(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Nomor seri {serial} bukan blanko yang pernah diterima "
                "kantor ini.").format(serial=serial))
        return None  # a card printed elsewhere
    if blank.state == SerialState.IN_STOCK:
        if source in (SpoilSource.DEFECTIVE_BLANK, SpoilSource.OTHER):
            return blank
        raise CustodyRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Blanko {serial} masih di stok dan belum pernah dicetak; pilih "
            "sumber \u201cBlanko cacat\u201d.").format(serial=serial))
    if blank.state == SerialState.PRINTED:
        holder = session.get(PrintJob, blank.print_job_id)
        if source == SpoilSource.DEFECTIVE_BLANK:
            raise CustodyRefused(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Blanko {serial} sudah dicetak ({job}), bukan blanko cacat dari "
                "stok.").format(serial=serial, job=holder.number if holder else "?"))
        if source == SpoilSource.MISPRINT and job is not None and holder is job:
            return blank
        if source != SpoilSource.MISPRINT and holder is not None and (
                holder.status == PrintStatus.HANDED_OVER):
            return blank  # issued here earlier, now back as an invalid card
        raise CustodyRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Blanko {serial} sedang dipakai pekerjaan cetak {job} yang belum "
            "diserahkan: tandai \u201cGagal cetak\u201d pada pekerjaan itu.").format(
                serial=serial, job=holder.number if holder else "?"))
    raise CustodyRefused(QT_TRANSLATE_NOOP(
        "spoiled_cards", "Blanko {serial} sudah tercatat rusak.").format(serial=serial))


def log_spoiled_card(store: Store, actor: Actor, draft: SpoiledCardDraft) -> SpoiledCardDetail:
    """Add an invalid card to the register (and, with a storage place, put it away)."""
    if draft.source not in LOGGABLE_SOURCES:
        raise CustodyRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Salah cetak dicatat lewat \u201cGagal cetak\u201d pada pekerjaan "
            "cetaknya, agar blanko dan pekerjaannya tertaut.").format())
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        card = register_card(uow, actor, draft)
        states = entry_states(card)
        recorded = uow.record("spoiled.logged", "spoiled_card", card.id, {
            "register_number": card.register_number, "source": card.source,
            "serial": card.serial, "nik": card.nik, "reason": card.reason,
            "condition": card.condition, "storage_place": card.storage_place,
            CUSTODY_KEY: custody_note([card.id], states)})
        write_custody_steps(uow, recorded, [card.id], states, actor.username,
                            card.storage_place)
        return _detail(uow.session, card)


def store_cards(
    store: Store, actor: Actor, card_ids: Sequence[uuid.UUID], place: str
) -> tuple[SpoiledCardRow, ...]:
    """Put logged cards away (one place for all of them): logged → stored."""
    place = " ".join(place.split())
    ids = list(dict.fromkeys(card_ids))
    check({"storage_place": _text_problem(place, TEXT_MAX)})
    if not ids:
        raise CustodyRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Pilih kartu yang akan disimpan.").format())
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        cards = cards_by_id(uow.session, ids)
        for card in cards:
            refusal = custody_refusal(CustodyState(card.state), CustodyState.STORED)
            if refusal is not None:
                raise CustodyRefused(QT_TRANSLATE_NOOP(
                    "spoiled_cards", "{register}: {problem}").format(
                        register=card.register_number, problem=refusal))
            card.state = CustodyState.STORED
            card.storage_place = place
            card.updated_at = uow.now
        # Several cards put away at once are one step: the audit names the group by a new
        # id and lists its cards in the custody note.
        single = len(ids) == 1
        recorded = uow.record(
            "spoiled.stored", "spoiled_card" if single else "spoiled_card_group",
            ids[0] if single else uuid.uuid4(),
            {"storage_place": place, CUSTODY_KEY: custody_note(ids, [CustodyState.STORED])})
        write_custody_steps(uow, recorded, ids, [CustodyState.STORED], actor.username, place)
        return tuple(_row(c, None, None) for c in cards)


def cards_by_id(session: Session, ids: Sequence[uuid.UUID]) -> list[SpoiledCard]:
    """The cards, in the order asked; ``NotFound`` if any is missing."""
    found: dict[uuid.UUID, SpoiledCard] = {}
    for part in chunks(list(ids)):
        for card in session.scalars(select(SpoiledCard).where(SpoiledCard.id.in_(part))):
            found[card.id] = card
    if len(found) != len(set(ids)):
        raise NotFound(QT_TRANSLATE_NOOP(
            "spoiled_cards", "{count} kartu tidak ditemukan.").format(
                count=len(set(ids)) - len(found)))
    return [found[i] for i in ids]


def move_cards(
    session: Session, column: Any, batch_id: uuid.UUID, state: CustodyState, now: datetime
) -> None:
    """Every card of a batch enters ``state`` (one statement, however many cards)."""
    session.execute(update(SpoiledCard).where(column == batch_id).values(
        state=state.value, updated_at=now).execution_options(synchronize_session=False))


# --- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class SpoiledCardRow:
    """One line of the register; the NIK masked."""

    id: uuid.UUID
    register_number: str
    source: SpoilSource
    state: CustodyState
    serial: str | None
    nik: str  # masked
    holder_name: str
    reason: str
    condition: str
    storage_place: str | None
    logged_at: datetime
    hand_over_number: str | None
    ba_number: str | None
    reserved: bool  # in a batch that waits for a supervisor's confirmation


@dataclass(frozen=True)
class CustodyStep:
    state: CustodyState
    at: datetime
    actor: str
    place: str | None
    batch_id: uuid.UUID | None
    audit_seq: int
    actor_name: str = ""  # the account's full name


@dataclass(frozen=True)
class SpoiledCardDetail:
    id: uuid.UUID
    register_number: str
    source: SpoilSource
    state: CustodyState
    serial: str | None
    nik: str  # masked
    holder_name: str
    reason: str
    condition: str
    storage_place: str | None
    logged_at: datetime
    logged_by_name: str
    print_job_id: uuid.UUID | None
    print_job_number: str | None
    ticket_code: str | None
    hand_over_id: uuid.UUID | None
    hand_over_number: str | None
    destruction_id: uuid.UUID | None
    ba_number: str | None
    timeline: tuple[CustodyStep, ...]


@dataclass(frozen=True)
class SpoiledCardFilter:
    text: str = ""  # register number, serial, NIK (or its start) or part of the name
    state: CustodyState | None = None
    source: SpoilSource | None = None
    date_from: date | None = None  # office-local day of logging
    date_to: date | None = None
    order: CardOrder = CardOrder.NEWEST


def _row(card: SpoiledCard, hand_over: str | None, ba: str | None) -> SpoiledCardRow:
    state = CustodyState(card.state)
    reserved = (state == CustodyState.STORED and (
        card.hand_over_id is not None or card.destruction_id is not None)) or (
        state == CustodyState.HANDED_OVER and card.destruction_id is not None)
    return SpoiledCardRow(
        card.id, card.register_number, SpoilSource(card.source), state, card.serial,
        mask_nik(card.nik or ""), card.holder_name or "", card.reason, card.condition,
        card.storage_place, card.logged_at, hand_over, ba, reserved)


def _filtered(session: Session, f: SpoiledCardFilter) -> Select[SpoiledCard]:
    query = select(SpoiledCard)
    text = f.text.strip()
    if text:
        digits = "".join(text.split())
        serial = normalize_serial(text)
        if digits.isdigit():
            query = query.where(or_(
                SpoiledCard.nik.startswith(digits), SpoiledCard.serial.startswith(serial),
                SpoiledCard.register_number.contains(digits)))
        else:
            query = query.where(or_(
                SpoiledCard.register_number.contains(serial, autoescape=True),
                SpoiledCard.serial.startswith(serial, autoescape=True),
                SpoiledCard.holder_name.ilike(f"%{text}%")))
    if f.state is not None:
        query = query.where(SpoiledCard.state == f.state)
    if f.source is not None:
        query = query.where(SpoiledCard.source == f.source)
    if f.date_from is not None:
        query = query.where(SpoiledCard.logged_at >= day_start_utc(f.date_from, session))
    if f.date_to is not None:
        query = query.where(SpoiledCard.logged_at < day_start_utc(
            f.date_to + timedelta(days=1), session))
    return query


def list_spoiled_cards(
    store: Store, actor: Actor, f: SpoiledCardFilter, offset: int, limit: int
) -> list[SpoiledCardRow]:
    """One page of the register (newest or oldest logged first)."""
    with store.read() as session:
        authorize_read(session, actor)
        order = (SpoiledCard.logged_at.desc(), SpoiledCard.seq.desc()) if (
            f.order == CardOrder.NEWEST) else (SpoiledCard.logged_at, SpoiledCard.seq)
        cards = list(session.scalars(_filtered(session, f).order_by(*order).offset(
            offset).limit(limit)))
        hand_overs = _numbers(session, CardHandOver.number, CardHandOver.id,
                              {c.hand_over_id for c in cards} - {None})
        bas = _numbers(session, CardDestruction.ba_number, CardDestruction.id,
                       {c.destruction_id for c in cards} - {None})
        return [_row(c, hand_overs.get(c.hand_over_id), bas.get(c.destruction_id))
                for c in cards]


def count_spoiled_cards(store: Store, actor: Actor, f: SpoiledCardFilter) -> int:
    with store.read() as session:
        authorize_read(session, actor)
        return session.scalar(select(func.count()).select_from(
            _filtered(session, f).subquery())) or 0


def _numbers(session: Session, number: Any, key: Any, ids: set[Any]) -> dict[Any, str]:
    if not ids:
        return {}
    return {k: n for n, k in session.execute(select(number, key).where(key.in_(ids)))}


def get_spoiled_card(store: Store, actor: Actor, card_id: uuid.UUID) -> SpoiledCardDetail:
    with store.read() as session:
        authorize_read(session, actor)
        card = session.get(SpoiledCard, card_id)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("spoiled_cards", "Kartu tidak ditemukan.").format())
        return _detail(session, card)


def spoiled_card_by_number(store: Store, actor: Actor, text: str) -> uuid.UUID:
    """The card a scanned or typed register number or serial names."""
    wanted = normalize_serial(text)
    with store.read() as session:
        authorize_read(session, actor)
        found = session.scalar(select(SpoiledCard.id).where(or_(
            SpoiledCard.register_number == wanted, SpoiledCard.serial == wanted)))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Kartu {number} tidak ditemukan.").format(number=wanted))
    return found


def _detail(session: Session, card: SpoiledCard) -> SpoiledCardDetail:
    session.flush()
    steps = session.scalars(select(SpoiledCardEvent).where(
        SpoiledCardEvent.card_id == card.id).order_by(SpoiledCardEvent.id)).all()
    who = session.get(Account, card.logged_by)
    job = session.get(PrintJob, card.print_job_id) if card.print_job_id else None
    ticket = session.get(Ticket, card.ticket_id) if card.ticket_id else None
    hand_over = session.get(CardHandOver, card.hand_over_id) if card.hand_over_id else None
    destruction = session.get(CardDestruction, card.destruction_id) if (
        card.destruction_id) else None
    names = full_names(session, (s.actor for s in steps))
    return SpoiledCardDetail(
        id=card.id, register_number=card.register_number, source=SpoilSource(card.source),
        state=CustodyState(card.state), serial=card.serial, nik=mask_nik(card.nik or ""),
        holder_name=card.holder_name or "", reason=card.reason, condition=card.condition,
        storage_place=card.storage_place, logged_at=card.logged_at,
        logged_by_name=who.full_name if who else "", print_job_id=card.print_job_id,
        print_job_number=job.number if job else None,
        ticket_code=ticket.code if ticket else None, hand_over_id=card.hand_over_id,
        hand_over_number=hand_over.number if hand_over else None,
        destruction_id=card.destruction_id,
        ba_number=destruction.ba_number if destruction else None,
        timeline=tuple(CustodyStep(CustodyState(s.state), s.at, s.actor, s.place, s.batch_id,
                                   s.audit_seq, names.get(s.actor, "")) for s in steps),
    )
