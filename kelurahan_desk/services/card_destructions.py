"""Pemusnahan (destruction) of invalid cards and its Berita Acara's facts.

Prepared by someone who handles cards, confirmed by a supervisor who did not prepare it
(see ``card_batches`` for the shared rules); the confirmation's audit hash is the seal the
Berita Acara's QR code carries.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.spoiled_cards import (
    LEGAL_BASIS,
    BatchKind,
    BatchState,
    CustodyState,
    DestructionMethod,
    Signatory,
    custody_qr_text,
    custody_refusal,
    signatory_problems,
)
from kelurahan_desk.domain.spoken import terbilang
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.blanko import authorize_read
from kelurahan_desk.services.card_batches import (
    BatchRefused,
    CardLine,
    _discard,
    _discard_reason,
    _get_batch,
    _lines,
    _name,
    _not_before,
    _refuse_cards,
    _refuse_unless_prepared,
    _seal,
    _second_person,
    _signatory,
    _unique_cards,
)
from kelurahan_desk.services.errors import check
from kelurahan_desk.services.office import OfficeInfo, _office_info
from kelurahan_desk.services.queue import _office
from kelurahan_desk.services.spoiled_cards import (
    CUSTODY_KEY,
    cards_by_id,
    custody_note,
    move_cards,
    write_custody_steps,
)
from kelurahan_desk.store.card_tables import CardDestruction, DestructionWitness, SpoiledCard
from kelurahan_desk.store.database import Store

MAX_WITNESSES = 10


@dataclass(frozen=True)
class DestructionDraft:
    ba_number: str  # Nomor Berita Acara Pemusnahan, as the office numbers its letters
    destroyed_on: date
    place: str
    official: Signatory  # who leads the destruction and signs first
    witnesses: tuple[Signatory, ...]
    card_ids: tuple[uuid.UUID, ...]
    method: DestructionMethod = DestructionMethod.BURNED
    note: str = ""
    held_time: time | None = None  # office time the destruction began (the BA states it)


@dataclass(frozen=True)
class DestructionBatchDetail:
    """Everything the Berita Acara Pemusnahan prints."""

    id: uuid.UUID
    ba_number: str
    state: BatchState
    destroyed_on: date
    held_time: time | None  # None: recorded before the time of day was asked
    place: str
    method: DestructionMethod
    official: Signatory
    witnesses: tuple[Signatory, ...]
    note: str
    cards: tuple[CardLine, ...]
    prepared_by_name: str
    prepared_at: datetime
    confirmed_by_name: str | None
    confirmed_at: datetime | None
    audit_seq: int | None
    audit_hash: str | None
    discard_reason: str | None
    office: OfficeInfo
    legal_basis: Message = field(default_factory=LEGAL_BASIS.format)

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def count_words(self) -> str:
        """The count in words, as the report writes it beside the figure."""
        return terbilang(len(self.cards))

    @property
    def qr_text(self) -> str | None:
        if self.audit_seq is None or self.audit_hash is None:
            return None
        return custody_qr_text(BatchKind.DESTRUCTION, self.ba_number, self.audit_seq,
                               self.audit_hash)


def destruction_facts(batch: CardDestruction, witnesses: Sequence[Signatory]) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "ba_number": batch.ba_number, "destroyed_on": batch.destroyed_on}
    if batch.held_time is not None:  # absent from the facts sealed before it was asked
        facts["held_time"] = batch.held_time
    return {**facts, "place": batch.place, "method": batch.method,
            "official": _signatory(_official(batch)),
            "witnesses": [_signatory(w) for w in witnesses], "card_count": batch.card_count}


def _official(batch: CardDestruction) -> Signatory:
    return Signatory(batch.official_name, batch.official_position, batch.official_institution,
                     batch.official_nip or "")


def witnesses_of(session: Session, batch_id: uuid.UUID) -> tuple[Signatory, ...]:
    return tuple(Signatory(w.name, w.position, w.institution, w.nip or "")
                 for w in session.scalars(select(DestructionWitness).where(
                     DestructionWitness.destruction_id == batch_id).order_by(
                     DestructionWitness.position_no)))


def prepare_destruction(
    store: Store, actor: Actor, draft: DestructionDraft
) -> DestructionBatchDetail:
    """Put cards in custody (stored, or handed over) on a Berita Acara Pemusnahan."""
    ba_number = " ".join(draft.ba_number.split())
    place = " ".join(draft.place.split())
    official = draft.official.trimmed()
    witnesses = tuple(w.trimmed() for w in draft.witnesses)
    problems: dict[str, Message | None] = {
        "ba_number": QT_TRANSLATE_NOOP("spoiled_cards", "Nomor berita acara wajib diisi.")
        .format() if not ba_number else QT_TRANSLATE_NOOP(
            "spoiled_cards", "Nomor berita acara tidak boleh memuat \u201c|\u201d.").format()
        if "|" in ba_number or len(ba_number) > 80 else None,
        "place": QT_TRANSLATE_NOOP("spoiled_cards", "Tempat pemusnahan wajib diisi.").format()
        if not place else None,
        "witnesses": QT_TRANSLATE_NOOP(
            "spoiled_cards", "Pemusnahan perlu paling sedikit satu saksi.").format()
        if not witnesses else QT_TRANSLATE_NOOP(
            "spoiled_cards", "Paling banyak {count} saksi.").format(count=MAX_WITNESSES)
        if len(witnesses) > MAX_WITNESSES else None,
    }
    problems |= signatory_problems(official, "official")
    for n, witness in enumerate(witnesses, 1):
        problems |= signatory_problems(witness, f"witness{n}")
    seen = [(w.name.casefold(), w.institution.casefold()) for w in (official, *witnesses)]
    if len(set(seen)) != len(seen):
        problems["witnesses"] = QT_TRANSLATE_NOOP(
            "spoiled_cards", "Orang yang sama tercantum dua kali.").format()
    check(problems)
    ids = _unique_cards(draft.card_ids)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        if uow.session.scalar(select(CardDestruction.id).where(
                CardDestruction.ba_number == ba_number)) is not None:
            raise BatchRefused(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Nomor berita acara {number} sudah dipakai.").format(
                    number=ba_number))
        cards = cards_by_id(uow.session, ids)
        refused = []
        for card in cards:
            refusal = custody_refusal(CustodyState(card.state), CustodyState.DESTROYED)
            if refusal is None and (card.destruction_id is not None or (
                    card.state == CustodyState.STORED and card.hand_over_id is not None)):
                refusal = QT_TRANSLATE_NOOP(
                    "spoiled_cards", "sudah ada dalam berkas lain yang menunggu konfirmasi."
                ).format()
            if refusal is not None:
                refused.append(QT_TRANSLATE_NOOP("spoiled_cards", "{register}: {problem}")
                               .format(register=card.register_number, problem=refusal))
        _refuse_cards(refused)
        batch = CardDestruction(
            id=uuid.uuid4(), ba_number=ba_number, state=BatchState.PREPARED,
            destroyed_on=draft.destroyed_on.isoformat(),
            held_time=f"{draft.held_time:%H:%M}" if draft.held_time else None,
            place=place, method=draft.method,
            official_name=official.name, official_position=official.position,
            official_institution=official.institution, official_nip=official.nip or None,
            note=draft.note.strip() or None, card_count=len(ids),
            prepared_by=actor.account_id, prepared_at=uow.now)
        uow.session.add(batch)
        uow.session.flush()
        uow.session.execute(insert(DestructionWitness), [
            {"destruction_id": batch.id, "position_no": n, "name": w.name,
             "position": w.position, "institution": w.institution, "nip": w.nip or None}
            for n, w in enumerate(witnesses, 1)])
        for card in cards:
            card.destruction_id = batch.id
            card.updated_at = uow.now
        uow.record("spoiled.destruction_prepared", "card_destruction", batch.id, {
            **destruction_facts(batch, witnesses), "cards": [str(i) for i in ids]})
        return _destruction_detail(uow.session, batch)


def confirm_destruction(
    store: Store, actor: Actor, batch_id: uuid.UUID
) -> DestructionBatchDetail:
    """A supervisor confirms the cards were burned as the Berita Acara says."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.APPROVE)
        batch = _get_destruction(uow.session, batch_id)
        _refuse_unless_prepared(batch.state)
        _second_person(actor, batch.prepared_by)
        _not_before(uow, batch.destroyed_on)
        ids = list(uow.session.scalars(select(SpoiledCard.id).where(
            SpoiledCard.destruction_id == batch.id).order_by(
            SpoiledCard.year, SpoiledCard.seq)))
        move_cards(uow.session, SpoiledCard.destruction_id, batch.id, CustodyState.DESTROYED,
                   uow.now)
        recorded = uow.record("spoiled.destruction_confirmed", "card_destruction", batch.id, {
            **destruction_facts(batch, witnesses_of(uow.session, batch.id)),
            CUSTODY_KEY: custody_note(ids, [CustodyState.DESTROYED])})
        write_custody_steps(uow, recorded, ids, [CustodyState.DESTROYED], actor.username,
                            batch.place, batch.id)
        _seal(uow, actor, batch, recorded)
        return _destruction_detail(uow.session, batch)


def discard_destruction(
    store: Store, actor: Actor, batch_id: uuid.UUID, reason: str
) -> DestructionBatchDetail:
    reason = _discard_reason(reason)
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.HANDLE_CARDS)
        batch = _get_destruction(uow.session, batch_id)
        _discard(uow, batch, SpoiledCard.destruction_id, reason,
                 "spoiled.destruction_discarded", "card_destruction",
                 {"ba_number": batch.ba_number})
        return _destruction_detail(uow.session, batch)


def get_destruction(store: Store, actor: Actor, batch_id: uuid.UUID) -> DestructionBatchDetail:
    with store.read() as session:
        authorize_read(session, actor)
        return _destruction_detail(session, _get_destruction(session, batch_id))


def _get_destruction(session: Session, batch_id: uuid.UUID) -> CardDestruction:
    return _get_batch(session, CardDestruction, batch_id, QT_TRANSLATE_NOOP(
        "spoiled_cards", "Berita acara pemusnahan tidak ditemukan."))


def _destruction_detail(session: Session, batch: CardDestruction) -> DestructionBatchDetail:
    session.flush()
    session.expire_all()
    return DestructionBatchDetail(
        id=batch.id, ba_number=batch.ba_number, state=BatchState(batch.state),
        destroyed_on=date.fromisoformat(batch.destroyed_on),
        held_time=time.fromisoformat(batch.held_time) if batch.held_time else None,
        place=batch.place,
        method=DestructionMethod(batch.method), official=_official(batch),
        witnesses=witnesses_of(session, batch.id), note=batch.note or "",
        cards=_lines(session, SpoiledCard.destruction_id, batch.id),
        prepared_by_name=_name(session, batch.prepared_by) or "",
        prepared_at=batch.prepared_at, confirmed_by_name=_name(session, batch.confirmed_by),
        confirmed_at=batch.confirmed_at, audit_seq=batch.audit_seq,
        audit_hash=batch.audit_hash, discard_reason=batch.discard_reason,
        office=_office_info(_office(session)))
