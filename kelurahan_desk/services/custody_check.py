"""Checking a card's or a batch's custody against the audit chain ("Periksa rantai").

The chain is walked from the first event, every hash recomputed; the custody notes of the
events (``{"custody": {"to": [...], "cards": [...]}}``) are replayed card by card through
the domain's transition table; the result is compared with each card's stored state and
timeline, and a batch's stored seal (audit number and hash), card list and report facts
with the event that confirmed it. Editing any of these in the file shows up here.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, event_hash
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.spoiled_cards import (
    CUSTODY_LABELS,
    BatchKind,
    BatchState,
    CustodyState,
    replay_custody,
)
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.blanko import authorize_read, chunks
from kelurahan_desk.services.card_batches import hand_over_facts
from kelurahan_desk.services.card_destructions import destruction_facts, witnesses_of
from kelurahan_desk.services.errors import NotFound
from kelurahan_desk.services.spoiled_cards import CUSTODY_KEY
from kelurahan_desk.store.card_tables import (
    CardDestruction,
    CardHandOver,
    SpoiledCard,
    SpoiledCardEvent,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import AuditEvent

_CONFIRMED = {BatchKind.HAND_OVER: "spoiled.hand_over_confirmed",
              BatchKind.DESTRUCTION: "spoiled.destruction_confirmed"}
_PREPARED = {BatchKind.HAND_OVER: "spoiled.hand_over_prepared",
             BatchKind.DESTRUCTION: "spoiled.destruction_prepared"}


@dataclass(frozen=True)
class CardCustodyCheck:
    card_id: uuid.UUID
    register_number: str
    serial: str | None
    stored_state: str  # as the store has it (anything, in a tampered file)
    audited_states: tuple[CustodyState, ...]  # the states the audit chain tells, in order
    problems: tuple[Message, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CustodyVerdict:
    """What "Periksa rantai" shows for a card or a batch."""

    subject: str  # the card's register number, or the batch's number
    chain_intact: bool  # every audit event unchanged and linked to the one before
    chain_problems: tuple[Message, ...]
    events_checked: int
    batch_problems: tuple[Message, ...]  # seal, card list and report facts of a batch
    cards: tuple[CardCustodyCheck, ...]
    audit_hash: str | None  # a confirmed batch's seal as the chain has it

    @property
    def intact(self) -> bool:
        return (self.chain_intact and not self.batch_problems
                and all(card.intact for card in self.cards))

    @property
    def broken_cards(self) -> tuple[CardCustodyCheck, ...]:
        return tuple(card for card in self.cards if not card.intact)


@dataclass(frozen=True)
class _Event:
    seq: int
    hash: str
    action: str
    record_id: str
    changes: dict[str, Any]


def verify_custody(
    store: Store, actor: Actor, *, batch_id: uuid.UUID | None = None,
    card_id: uuid.UUID | None = None,
) -> CustodyVerdict:
    """Is the custody of this batch (and each of its cards), or of this card, intact?"""
    if (batch_id is None) == (card_id is None):
        raise ValueError("give a batch_id or a card_id")
    with store.read() as session:
        authorize_read(session, actor)
        subject_id = str(batch_id or card_id)
        chain_problems, checked, events = _walk_chain(session, subject_id)
        batch_problems: list[Message] = []
        seal: str | None = None
        if card_id is not None:
            card = session.get(SpoiledCard, card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "spoiled_cards", "Kartu tidak ditemukan.").format())
            subject, ids = card.register_number, [card.id]
        else:
            assert batch_id is not None
            subject, ids, seal = _check_batch(session, batch_id, events, batch_problems)
        return CustodyVerdict(
            subject, not chain_problems, tuple(chain_problems), checked,
            tuple(batch_problems), tuple(_check_cards(session, ids, events)), seal)


def _walk_chain(session: Session, subject_id: str) -> tuple[list[Message], int, list[_Event]]:
    """Recompute every link; keep the events that move custody or concern the subject."""
    problems: list[Message] = []
    kept: list[_Event] = []
    expected_prev, expected_seq, count = GENESIS_HASH, 1, 0
    rows = session.execute(select(
        AuditEvent.seq, AuditEvent.event_id, AuditEvent.occurred_at, AuditEvent.actor,
        AuditEvent.role, AuditEvent.action, AuditEvent.record_type, AuditEvent.record_id,
        AuditEvent.changes, AuditEvent.prev_hash, AuditEvent.hash,
    ).order_by(AuditEvent.seq).execution_options(yield_per=2000))
    for row in rows:
        count += 1
        seq = row.seq
        if seq != expected_seq:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Jejak audit terputus: peristiwa {first} sampai {last} hilang."
            ).format(first=expected_seq, last=seq - 1))
        if row.prev_hash != expected_prev:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Jejak audit terputus pada peristiwa {seq}.").format(seq=seq))
        fields = AuditFields(seq, str(row.event_id), row.occurred_at, row.actor, row.role,
                             row.action, row.record_type, row.record_id, row.changes)
        if event_hash(fields, row.prev_hash) != row.hash:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Peristiwa audit {seq} telah diubah setelah dicatat.").format(
                    seq=seq))
        if f'"{CUSTODY_KEY}"' in row.changes or row.record_id == subject_id:
            try:
                changes = json.loads(row.changes)
            except ValueError:
                changes = {}
            kept.append(_Event(seq, row.hash, row.action, row.record_id, changes))
        expected_prev, expected_seq = row.hash, seq + 1
    return problems, count, kept


def _custody_of(event: _Event) -> tuple[list[CustodyState], list[str]]:
    note = event.changes.get(CUSTODY_KEY)
    if not isinstance(note, dict):
        return [], []
    try:
        states = [CustodyState(s) for s in note.get("to", [])]
    except ValueError:
        states = []
    return states, [str(c) for c in note.get("cards", [])]


def _check_cards(
    session: Session, ids: list[uuid.UUID], events: Iterable[_Event]
) -> list[CardCustodyCheck]:
    wanted = {str(i) for i in ids}
    audited: dict[str, list[tuple[int, list[CustodyState]]]] = defaultdict(list)
    for event in events:
        states, named = _custody_of(event)
        for card_text in wanted.intersection(named):
            audited[card_text].append((event.seq, states))
    stored_steps: dict[uuid.UUID, list[tuple[str, int]]] = defaultdict(list)
    cards: dict[uuid.UUID, SpoiledCard] = {}
    for part in chunks(ids):
        for found in session.scalars(select(SpoiledCard).where(SpoiledCard.id.in_(part))):
            cards[found.id] = found
        for step in session.scalars(select(SpoiledCardEvent).where(
                SpoiledCardEvent.card_id.in_(part)).order_by(SpoiledCardEvent.id)):
            stored_steps[step.card_id].append((step.state, step.audit_seq))
    checks = []
    for card_id in ids:
        card = cards.get(card_id)
        steps = audited.get(str(card_id), [])
        replay = replay_custody(states for _, states in steps)
        problems = list(replay.problems)
        if card is None:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Kartu ini ada dalam jejak audit tetapi hilang dari "
                "register.").format())
            checks.append(CardCustodyCheck(card_id, "?", None, "", replay.states,
                                           tuple(problems)))
            continue
        if not steps:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Tidak ada jejak audit untuk kartu ini.").format())
        elif replay.final is not None and card.state != replay.final:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Status tersimpan \u201c{stored}\u201d berbeda dengan jejak "
                "audit \u201c{audited}\u201d.").format(
                    stored=_label(card.state), audited=CUSTODY_LABELS[replay.final]))
        audited_steps = [(s.value, seq) for seq, states in steps for s in states]
        if steps and stored_steps.get(card_id, []) != audited_steps:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Riwayat tersimpan kartu ini tidak sama dengan jejak audit."
            ).format())
        checks.append(CardCustodyCheck(card.id, card.register_number, card.serial, card.state,
                                       replay.states, tuple(problems)))
    return checks


def _label(state: str) -> str:
    try:
        return CUSTODY_LABELS[CustodyState(state)]
    except ValueError:
        return state


def _check_batch(
    session: Session, batch_id: uuid.UUID, events: list[_Event], problems: list[Message]
) -> tuple[str, list[uuid.UUID], str | None]:
    """Check a batch's seal, list and facts; return its number and the cards to check."""
    hand_over = session.get(CardHandOver, batch_id)
    destruction = None if hand_over else session.get(CardDestruction, batch_id)
    if hand_over is not None:
        kind, number, column = BatchKind.HAND_OVER, hand_over.number, SpoiledCard.hand_over_id
        state, seq, stored_hash = hand_over.state, hand_over.audit_seq, hand_over.audit_hash
        facts = hand_over_facts(hand_over)
    elif destruction is not None:
        kind, number = BatchKind.DESTRUCTION, destruction.ba_number
        column = SpoiledCard.destruction_id
        state, seq, stored_hash = destruction.state, destruction.audit_seq, destruction.audit_hash
        facts = destruction_facts(destruction, witnesses_of(session, batch_id))
    else:
        raise NotFound(QT_TRANSLATE_NOOP("spoiled_cards", "Berkas tidak ditemukan.").format())
    members = list(session.scalars(select(SpoiledCard.id).where(column == batch_id).order_by(
        SpoiledCard.year, SpoiledCard.seq)))
    own = [e for e in events if e.record_id == str(batch_id)]
    action = _CONFIRMED[kind] if state == BatchState.CONFIRMED else _PREPARED[kind]
    sealing = [e for e in own if e.action == action]
    audited_cards: list[str] = []
    seal = None
    if not sealing:
        problems.append(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Tidak ada peristiwa audit yang mencatat berkas ini.").format())
    else:
        event = sealing[-1]
        seal = event.hash if state == BatchState.CONFIRMED else None
        if state == BatchState.CONFIRMED:
            audited_cards = _custody_of(event)[1]
        elif state == BatchState.PREPARED:
            audited_cards = [str(c) for c in event.changes.get("cards", [])]
        # A discarded batch let its cards go: it should list none.
        if state == BatchState.CONFIRMED and (seq != event.seq or stored_hash != event.hash):
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Segel konfirmasi yang tersimpan (peristiwa {seq}) tidak sama "
                "dengan jejak audit (peristiwa {audited}).").format(seq=seq, audited=event.seq))
        changed = sorted(k for k, v in facts.items() if event.changes.get(k) != v)
        if changed:
            problems.append(QT_TRANSLATE_NOOP(
                "spoiled_cards", "Isi berkas berbeda dengan jejak audit: {fields}.").format(
                    fields=", ".join(changed)))
    if sealing and set(audited_cards) != {str(m) for m in members}:
        problems.append(QT_TRANSLATE_NOOP(
            "spoiled_cards", "Daftar kartu berkas ({stored} kartu) berbeda dengan jejak audit "
            "({audited} kartu).").format(stored=len(members), audited=len(audited_cards)))
    known = {str(m) for m in members}
    extra = []
    for card in dict.fromkeys(audited_cards):
        if card not in known:
            try:
                extra.append(uuid.UUID(card))
            except ValueError:
                continue  # not a card id: the chain check has already said the event changed
    return number, members + extra, seal
