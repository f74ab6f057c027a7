"""Batches of invalid cards: the serah terima, the rules every batch shares, the lists.

Destructions (pemusnahan) are in ``card_destructions``. Both kinds go in two steps by two
people: someone who handles cards prepares the batch (the cards are reserved for it), a
supervisor — not the one who prepared it — confirms it. The confirmation's audit event is
the batch's seal: its hash is kept with the batch and printed in the report's QR code, so
a paper report can be checked against the chain.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from kelurahan_desk.domain.nik import mask_nik
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.spoiled_cards import (
    BatchKind,
    BatchState,
    CustodyState,
    Signatory,
    SpoilSource,
    custody_qr_text,
    custody_refusal,
    hand_over_number,
    signatory_problems,
)
from kelurahan_desk.domain.spoken import terbilang
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.blanko import authorize_read, local_day
from kelurahan_desk.services.errors import InvalidInput, NotFound, ServiceError, check
from kelurahan_desk.services.office import OfficeInfo, _office_info
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.services.spoiled_cards import (
    CUSTODY_KEY,
    CustodyRefused,
    cards_by_id,
    custody_note,
    move_cards,
    write_custody_steps,
)
from kelurahan_desk.store.card_tables import (
    CardDestruction,
    CardHandOver,
    SpoiledCard,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account
from kelurahan_desk.store.unit_of_work import Recorded, UnitOfWork


class BatchRefused(ServiceError):
    """The batch cannot do this: already confirmed, confirmed by its own preparer, …"""


# --- drafts and results ---------------------------------------------------------------


@dataclass(frozen=True)
class HandOverDraft:
    handed_on: date
    receiver: Signatory  # the Dispendukcapil officer who receives the cards
    card_ids: tuple[uuid.UUID, ...]
    note: str = ""


@dataclass(frozen=True)
class CardLine:
    """A card as a report lists it."""

    id: uuid.UUID
    register_number: str
    serial: str | None
    nik: str  # masked
    holder_name: str
    source: SpoilSource
    reason: str
    condition: str
    state: CustodyState
    logged_on: date  # office-local


@dataclass(frozen=True)
class BatchRow:
    """One hand-over or destruction in a list."""

    id: uuid.UUID
    kind: BatchKind
    number: str  # hand-over number or BA number
    state: BatchState
    day: date  # hand-over or destruction day
    card_count: int
    prepared_by_name: str
    confirmed_by_name: str | None
    confirmed_at: datetime | None


@dataclass(frozen=True)
class HandOverDetail:
    """Everything the hand-over receipt (tanda terima serah terima) prints."""

    id: uuid.UUID
    number: str
    state: BatchState
    handed_on: date
    receiver: Signatory
    note: str
    cards: tuple[CardLine, ...]
    prepared_by_name: str
    prepared_at: datetime
    confirmed_by_name: str | None  # the supervisor who confirmed
    confirmed_at: datetime | None
    audit_seq: int | None  # the confirmation's audit event and its hash
    audit_hash: str | None
    discard_reason: str | None
    office: OfficeInfo

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def count_words(self) -> str:
        return terbilang(len(self.cards))

    @property
    def qr_text(self) -> str | None:
        if self.audit_seq is None or self.audit_hash is None:
            return None
        return custody_qr_text(BatchKind.HAND_OVER, self.number, self.audit_seq,
                               self.audit_hash)


# --- shared steps ---------------------------------------------------------------------


def _signatory(person: Signatory) -> dict[str, str]:
    return {"name": person.name, "position": person.position,
            "institution": person.institution, "nip": person.nip}


def hand_over_facts(batch: CardHandOver) -> dict[str, Any]:
    """What the audit seals about a hand-over besides its cards (verify compares it)."""
    return {"number": batch.number, "handed_on": batch.handed_on,
            "receiver": _signatory(_receiver(batch)), "card_count": batch.card_count}


def _receiver(batch: CardHandOver) -> Signatory:
    return Signatory(batch.receiver_name, batch.receiver_position, batch.receiver_institution,
                     batch.receiver_nip or "")


def _unique_cards(card_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        raise InvalidInput({"card_ids": QT_TRANSLATE_NOOP(
            "spoiled_cards", "Pilih paling sedikit satu kartu.").format()})
    return ids


def _refuse_cards(problems: list[Message]) -> None:
    if problems:
        more = len(problems) - 1
        raise CustodyRefused(problems[0] if not more else QT_TRANSLATE_NOOP(
            "spoiled_cards", "{first} (dan {more} kartu lain)").format(
                first=problems[0], more=more))


def _second_person(actor: Actor, prepared_by: uuid.UUID) -> None:
    if actor.account_id == prepared_by:
        raise BatchRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Konfirmasi harus oleh orang lain, bukan yang menyiapkan.").format())


def _refuse_unless_prepared(state: str) -> None:
    if state != BatchState.PREPARED:
        raise BatchRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Berkas ini sudah {state}; tidak dapat diubah lagi.").format(
                state=QT_TRANSLATE_NOOP("spoiled_cards", "dikonfirmasi")
                if state == BatchState.CONFIRMED
                else QT_TRANSLATE_NOOP("spoiled_cards", "dibatalkan")))


def _not_before(uow: UnitOfWork, day: str) -> None:
    if date.fromisoformat(day) > local_day(uow.now, uow.session):
        raise BatchRefused(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Tanggal pelaksanaan ({day}) belum tiba; konfirmasi setelah "
            "pelaksanaan.").format(day=date.fromisoformat(day).strftime("%d/%m/%Y")))


def _discard_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    check({"reason": None if len(reason) >= 5 else QT_TRANSLATE_NOOP(
        "spoiled_cards", "Tuliskan alasan pembatalan (paling sedikit 5 huruf).").format()})
    return reason


def _get_batch[B: (CardHandOver, CardDestruction)](
    session: Session, table: type[B], batch_id: uuid.UUID, missing: Template
) -> B:
    batch = session.get(table, batch_id)
    if batch is None:
        raise NotFound(missing.format())
    return batch


def _seal(
    uow: UnitOfWork, actor: Actor, batch: CardHandOver | CardDestruction, recorded: Recorded
) -> None:
    """The batch confirmed: its confirmation's audit event (and that event's hash) is its
    seal."""
    batch.state = BatchState.CONFIRMED
    batch.confirmed_by = actor.account_id
    batch.confirmed_at = uow.now
    batch.audit_seq = recorded.audit_seq
    batch.audit_hash = recorded.audit_hash
    uow.session.flush()


def _discard(
    uow: UnitOfWork, batch: CardHandOver | CardDestruction, cards: Any, reason: str,
    action: str, record_type: str, facts: dict[str, Any],
) -> None:
    """Drop a prepared batch: its cards (``cards``: the column of ``SpoiledCard`` that
    names the batch) are free again; the audit event keeps ``facts`` and the reason."""
    _refuse_unless_prepared(batch.state)
    uow.session.execute(update(SpoiledCard).where(cards == batch.id).values(
        {cards: None}).execution_options(synchronize_session=False))
    batch.state = BatchState.DISCARDED
    batch.discard_reason = reason
    uow.record(action, record_type, batch.id, {**facts, "reason": reason})


def _lines(session: Session, column: Any, batch_id: uuid.UUID) -> tuple[CardLine, ...]:
    zone = _zone(_office(session))
    return tuple(
        CardLine(c.id, c.register_number, c.serial, mask_nik(c.nik or ""), c.holder_name or "",
                 SpoilSource(c.source), c.reason, c.condition, CustodyState(c.state),
                 c.logged_at.astimezone(zone).date())
        for c in session.scalars(select(SpoiledCard).where(column == batch_id).order_by(
            SpoiledCard.year, SpoiledCard.seq)))


def _name(session: Session, account_id: uuid.UUID | None) -> str | None:
    if account_id is None:
        return None
    account = session.get(Account, account_id)
    return account.full_name if account else None


# --- hand-over to the Dispendukcapil ---------------------------------------------------


def prepare_hand_over(store: Store, actor: Actor, draft: HandOverDraft) -> HandOverDetail:
    """Put stored cards on a hand-over list; they stay here until a supervisor confirms."""
    receiver = draft.receiver.trimmed()
    note = draft.note.strip()
    check(signatory_problems(receiver, "receiver"))
    ids = _unique_cards(draft.card_ids)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        cards = cards_by_id(uow.session, ids)
        problems = []
        for card in cards:
            refusal = custody_refusal(CustodyState(card.state), CustodyState.HANDED_OVER)
            if refusal is None and (card.hand_over_id or card.destruction_id):
                refusal = QT_TRANSLATE_NOOP(
                    "spoiled_cards", "sudah ada dalam berkas lain yang menunggu konfirmasi."
                ).format()
            if refusal is not None:
                problems.append(QT_TRANSLATE_NOOP("spoiled_cards", "{register}: {problem}")
                                .format(register=card.register_number, problem=refusal))
        _refuse_cards(problems)
        office = _office(uow.session)
        year = uow.now.astimezone(_zone(office)).year
        serial = 1 + (uow.session.scalar(select(func.max(CardHandOver.serial)).where(
            CardHandOver.year == year)) or 0)
        batch = CardHandOver(
            id=uuid.uuid4(), number=hand_over_number(office.code, year, serial), year=year,
            serial=serial, state=BatchState.PREPARED, handed_on=draft.handed_on.isoformat(),
            receiver_name=receiver.name, receiver_position=receiver.position,
            receiver_institution=receiver.institution, receiver_nip=receiver.nip or None,
            note=note or None, card_count=len(ids), prepared_by=actor.account_id,
            prepared_at=uow.now)
        uow.session.add(batch)
        uow.session.flush()
        for card in cards:
            card.hand_over_id = batch.id
            card.updated_at = uow.now
        uow.record("spoiled.hand_over_prepared", "card_hand_over", batch.id, {
            **hand_over_facts(batch), "cards": [str(i) for i in ids]})
        return _hand_over_detail(uow.session, batch)


def confirm_hand_over(store: Store, actor: Actor, batch_id: uuid.UUID) -> HandOverDetail:
    """A supervisor confirms: the cards are now with the Dispendukcapil."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.APPROVE)
        batch = _get_hand_over(uow.session, batch_id)
        _refuse_unless_prepared(batch.state)
        _second_person(actor, batch.prepared_by)
        _not_before(uow, batch.handed_on)
        ids = list(uow.session.scalars(select(SpoiledCard.id).where(
            SpoiledCard.hand_over_id == batch.id).order_by(SpoiledCard.year, SpoiledCard.seq)))
        move_cards(uow.session, SpoiledCard.hand_over_id, batch.id, CustodyState.HANDED_OVER,
                   uow.now)
        recorded = uow.record("spoiled.hand_over_confirmed", "card_hand_over", batch.id, {
            **hand_over_facts(batch),
            CUSTODY_KEY: custody_note(ids, [CustodyState.HANDED_OVER])})
        write_custody_steps(uow, recorded, ids, [CustodyState.HANDED_OVER], actor.username,
                            batch_id=batch.id)
        _seal(uow, actor, batch, recorded)
        return _hand_over_detail(uow.session, batch)


def discard_hand_over(
    store: Store, actor: Actor, batch_id: uuid.UUID, reason: str
) -> HandOverDetail:
    """Drop a prepared hand-over; its cards are free again (the audit keeps the list)."""
    reason = _discard_reason(reason)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        batch = _get_hand_over(uow.session, batch_id)
        _discard(uow, batch, SpoiledCard.hand_over_id, reason, "spoiled.hand_over_discarded",
                 "card_hand_over", {"number": batch.number})
        return _hand_over_detail(uow.session, batch)


def get_hand_over(store: Store, actor: Actor, batch_id: uuid.UUID) -> HandOverDetail:
    with store.read() as session:
        authorize_read(session, actor)
        return _hand_over_detail(session, _get_hand_over(session, batch_id))


def _get_hand_over(session: Session, batch_id: uuid.UUID) -> CardHandOver:
    return _get_batch(session, CardHandOver, batch_id, QT_TRANSLATE_NOOP(
        "spoiled_cards", "Berkas serah terima tidak ditemukan."))


def _hand_over_detail(session: Session, batch: CardHandOver) -> HandOverDetail:
    session.flush()
    session.expire_all()  # cards moved by bulk statements
    return HandOverDetail(
        id=batch.id, number=batch.number, state=BatchState(batch.state),
        handed_on=date.fromisoformat(batch.handed_on), receiver=_receiver(batch),
        note=batch.note or "", cards=_lines(session, SpoiledCard.hand_over_id, batch.id),
        prepared_by_name=_name(session, batch.prepared_by) or "",
        prepared_at=batch.prepared_at, confirmed_by_name=_name(session, batch.confirmed_by),
        confirmed_at=batch.confirmed_at, audit_seq=batch.audit_seq,
        audit_hash=batch.audit_hash, discard_reason=batch.discard_reason,
        office=_office_info(_office(session)))


# --- lists ----------------------------------------------------------------------------


def list_batches(store: Store, actor: Actor, kind: BatchKind | None = None) -> list[BatchRow]:
    """Hand-overs and destructions, newest prepared first (there are few: no paging)."""
    with store.read() as session:
        authorize_read(session, actor)
        rows: list[tuple[datetime, BatchRow]] = []
        if kind in (None, BatchKind.HAND_OVER):
            for h in session.scalars(select(CardHandOver)):
                rows.append((h.prepared_at, BatchRow(
                    h.id, BatchKind.HAND_OVER, h.number, BatchState(h.state),
                    date.fromisoformat(h.handed_on), h.card_count,
                    _name(session, h.prepared_by) or "", _name(session, h.confirmed_by),
                    h.confirmed_at)))
        if kind in (None, BatchKind.DESTRUCTION):
            for d in session.scalars(select(CardDestruction)):
                rows.append((d.prepared_at, BatchRow(
                    d.id, BatchKind.DESTRUCTION, d.ba_number, BatchState(d.state),
                    date.fromisoformat(d.destroyed_on), d.card_count,
                    _name(session, d.prepared_by) or "", _name(session, d.confirmed_by),
                    d.confirmed_at)))
        return [row for _, row in sorted(rows, key=lambda r: r[0], reverse=True)]


def batch_candidates(store: Store, actor: Actor, kind: BatchKind) -> tuple[uuid.UUID, ...]:
    """Every card that may go on a new batch of ``kind`` now, oldest first (the page's
    "select all": a city-wide destruction lists thousands)."""
    with store.read() as session:
        authorize_read(session, actor)
        query = select(SpoiledCard.id).where(SpoiledCard.destruction_id.is_(None))
        if kind == BatchKind.HAND_OVER:
            query = query.where(SpoiledCard.state == CustodyState.STORED,
                                SpoiledCard.hand_over_id.is_(None))
        else:
            query = query.where(
                (SpoiledCard.state == CustodyState.HANDED_OVER) | (
                    (SpoiledCard.state == CustodyState.STORED)
                    & SpoiledCard.hand_over_id.is_(None)))
        return tuple(session.scalars(query.order_by(SpoiledCard.year, SpoiledCard.seq)))
