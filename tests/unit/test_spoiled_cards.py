"""Invalid KTP-el cards: logging (never twice), custody that only moves forward through
every forbidden step, hand-over and destruction confirmed by a second person, the reports'
facts, and a custody check that passes on a clean store and catches a tampered one."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from kelurahan_desk.domain.spoiled_cards import (
    CUSTODY_TRANSITIONS,
    IN_CUSTODY,
    BatchKind,
    BatchState,
    CustodyState,
    Signatory,
    SpoilSource,
    custody_qr_text,
    custody_refusal,
    parse_custody_qr,
    replay_custody,
    signatory_problems,
)
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.blanko import BlankReceiptDraft, receive_blanks, reconcile_stock
from kelurahan_desk.services.card_batches import (
    BatchRefused,
    HandOverDraft,
    batch_candidates,
    confirm_hand_over,
    discard_hand_over,
    list_batches,
    prepare_hand_over,
)
from kelurahan_desk.services.card_destructions import (
    DestructionDraft,
    confirm_destruction,
    discard_destruction,
    get_destruction,
    prepare_destruction,
)
from kelurahan_desk.services.custody_check import verify_custody
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from kelurahan_desk.services.spoiled_cards import (
    CustodyRefused,
    SpoiledCardDraft,
    SpoiledCardFilter,
    count_spoiled_cards,
    get_spoiled_card,
    list_spoiled_cards,
    log_spoiled_card,
    spoiled_card_by_number,
    store_cards,
)
from kelurahan_desk.store.card_tables import (
    CardDestruction,
    CardHandOver,
    SpoiledCard,
    SpoiledCardEvent,
)
from kelurahan_desk.store.database import STORE_FILE, Store
from kelurahan_desk.store.engine import open_engine
from kelurahan_desk.store.tables import Account, AuditEvent, OutboxRecord
from tests.unit.actors import actor_of

C = CustodyState
NIK = "3574011706880002"
TODAY = date(2025, 3, 3)
CABINET = "Lemari besi ruang sekretaris"
LURAH = Signatory("Drs. Hadi Prasetyo", "Lurah", "Kelurahan Pohsangit Kidul",
                  "196804121990031005")
WITNESSES = (
    Signatory("Rina Kusuma", "Kasi Pemerintahan", "Kecamatan Kademangan", "197903152005012003"),
    Signatory("Agus Salim", "Anggota", "Satpol PP Kota Probolinggo"),
    Signatory("Yuli Astuti", "Auditor", "Inspektorat Kota Probolinggo", "198201012008012011"),
)
RECEIVER = Signatory("Dedi Kurniawan", "Pengelola Blanko", "Dispendukcapil Kota Probolinggo")


pytestmark = pytest.mark.usefixtures("no_fsync")


@pytest.fixture
def operator(demo_store: Store) -> Actor:
    return actor_of(demo_store, "operator")


@pytest.fixture
def supervisor(demo_store: Store) -> Actor:
    return actor_of(demo_store, "supervisor")


def written(store: Store) -> tuple[int, ...]:
    with store.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (SpoiledCard, SpoiledCardEvent, CardHandOver, CardDestruction, AuditEvent,
                      OutboxRecord))


def card(n: int = 1, **changes: object) -> SpoiledCardDraft:
    values: dict[str, object] = {
        "source": SpoilSource.DAMAGED_RETURNED, "reason": "chip tidak terbaca",
        "condition": "patah di sudut", "nik": NIK, "holder_name": "Budi Santoso",
        "serial": f"OLD{n:04d}"}
    return SpoiledCardDraft(**(values | changes))  # type: ignore[arg-type]


def logged(store: Store, actor: Actor, count: int, place: str = "") -> list[uuid.UUID]:
    return [log_spoiled_card(store, actor, card(n, storage_place=place)).id
            for n in range(1, count + 1)]


def destruction(ids: list[uuid.UUID], number: str = "470/12/425.111.1/2025",
                **changes: object) -> DestructionDraft:
    values: dict[str, object] = {
        "ba_number": number, "destroyed_on": TODAY, "place": "Halaman Kantor Kelurahan",
        "official": LURAH, "witnesses": WITNESSES, "card_ids": tuple(ids)}
    return DestructionDraft(**(values | changes))  # type: ignore[arg-type]


def state_of(store: Store, card_id: uuid.UUID) -> CustodyState:
    return get_spoiled_card(store, actor_of(store, "operator"), card_id).state


# --- domain -----------------------------------------------------------------------------


def test_custody_only_moves_forward_and_destruction_needs_custody() -> None:
    allowed = {(a, b) for a, targets in CUSTODY_TRANSITIONS.items() for b in targets}
    assert allowed == {(C.LOGGED, C.STORED), (C.STORED, C.HANDED_OVER),
                       (C.STORED, C.DESTROYED), (C.HANDED_OVER, C.DESTROYED)}
    for a in C:
        for b in C:
            assert (custody_refusal(a, b) is None) == ((a, b) in allowed)
    assert "disimpan atau sudah diserahkan" in custody_refusal(C.LOGGED, C.DESTROYED)
    assert {a for a, b in allowed if b == C.DESTROYED} == IN_CUSTODY


def test_replay_finds_a_skipped_or_backward_step() -> None:
    assert replay_custody([[C.LOGGED, C.STORED], [C.HANDED_OVER]]).problems == ()
    assert replay_custody([[C.LOGGED], [C.DESTROYED]]).problems
    assert replay_custody([[C.LOGGED], [C.STORED], [C.LOGGED]]).problems
    assert replay_custody([[C.STORED]]).problems
    assert replay_custody([]).final is None


def test_signatories_are_checked_and_nip_has_18_digits() -> None:
    assert all(v is None for v in signatory_problems(WITNESSES[0], "w").values())
    problems = signatory_problems(Signatory("", "Saksi", "Polsek", "1234"), "w")
    assert problems["w.name"] and problems["w.nip"] and problems["w.position"] is None
    assert Signatory(" a  b ", "x", "y", "1979 0315 2005 01 2 003").trimmed().nip == (
        "197903152005012003")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(BatchKind)), st.text(st.characters(exclude_characters="|"),
                                                 min_size=1, max_size=40),
       st.integers(1, 10**9), st.binary(min_size=32, max_size=32))
def test_qr_text_round_trips(kind: BatchKind, number: str, seq: int, digest: bytes) -> None:
    qr = custody_qr_text(kind, number, seq, digest.hex())
    facts = parse_custody_qr(qr)
    assert facts is not None and (facts.kind, facts.number, facts.audit_seq, facts.audit_hash) == (
        kind, number, seq, digest.hex())
    assert parse_custody_qr(qr.replace("KDESK", "OTHER")) is None


# --- logging --------------------------------------------------------------------------


def test_logging_is_one_event_and_a_storage_place_stores_at_once(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    before = written(demo_store)
    done = log_spoiled_card(demo_store, operator, card(storage_place=CABINET))
    assert [b - a for a, b in zip(before, written(demo_store), strict=True)] == [1, 2, 0, 0, 1, 1]
    assert (done.register_number, done.state, done.serial, done.nik) == (
        "3574011007-KR-2025-00001", C.STORED, "OLD0001", "357401******0002")
    event = last_event(demo_store)
    assert event.action == "spoiled.logged"
    assert json.loads(event.changes)["custody"] == {"to": ["logged", "stored"],
                                                   "cards": [str(done.id)]}
    assert [(s.state, s.audit_seq) for s in done.timeline] == [
        (C.LOGGED, event.seq), (C.STORED, event.seq)]
    plain = log_spoiled_card(demo_store, operator, card(2, source=SpoilSource.FOUND_AFTER_LOSS))
    assert plain.state == C.LOGGED and plain.register_number.endswith("00002")


def test_a_card_is_never_logged_twice(demo_store: Store, operator: Actor) -> None:
    first = log_spoiled_card(demo_store, operator, card(serial="old-0001"))
    before = written(demo_store)
    for draft in (card(serial=" OLD-0001 "), card(serial="old-0001",
                                                  source=SpoilSource.OTHER, nik="")):
        with pytest.raises(CustodyRefused, match=first.register_number):
            log_spoiled_card(demo_store, operator, draft)
    assert written(demo_store) == before
    assert spoiled_card_by_number(demo_store, operator, "old-0001") == first.id


@pytest.mark.parametrize(("draft", "error"), [
    (card(nik=""), InvalidInput),
    (card(nik="3574011706880000"), InvalidInput),
    (card(reason="x"), InvalidInput),
    (card(condition=""), InvalidInput),
    (card(source=SpoilSource.DEFECTIVE_BLANK, serial="", nik=""), InvalidInput),
    (card(source=SpoilSource.DEFECTIVE_BLANK, serial="NOTOURS", nik=""), CustodyRefused),
    (card(source=SpoilSource.MISPRINT), CustodyRefused),
    (card(serial="B0002"), CustodyRefused),  # a blank still in stock was never issued
    (card(serial="B0001"), CustodyRefused),  # printing now: use "Gagal cetak" on its job
], ids=["no-nik", "bad-nik", "short-reason", "no-condition", "blank-without-serial",
        "blank-not-ours", "misprint-by-hand", "stock-blank-returned", "printing-blank"])
def test_a_wrong_log_is_refused_and_writes_nothing(
    demo_store: Store, operator: Actor, draft: SpoiledCardDraft, error: type[ServiceError],
) -> None:
    from kelurahan_desk.domain.ktp_print import PrintReason
    from kelurahan_desk.services.ktp_print import PrintJobDraft, create_print_job, start_printing

    receive_blanks(demo_store, operator, BlankReceiptDraft(TODAY, "D-1", 3, "B0001-B0003"))
    job = create_print_job(demo_store, operator, PrintJobDraft(
        "3574015505920004", PrintReason.NEW, "Sri", biometrics_checked=True))
    start_printing(demo_store, operator, job.id, "B0001")
    before = written(demo_store), reconcile_stock(demo_store, operator)
    with pytest.raises(error) as refused:
        log_spoiled_card(demo_store, operator, draft)
    assert str(refused.value.message).strip()
    assert (written(demo_store), reconcile_stock(demo_store, operator)) == before


def test_a_defective_blank_leaves_the_stock_in_the_same_step(
    demo_store: Store, operator: Actor,
) -> None:
    receive_blanks(demo_store, operator, BlankReceiptDraft(TODAY, "D-1", 3, "B0001-B0003"))
    log_spoiled_card(demo_store, operator, card(source=SpoilSource.DEFECTIVE_BLANK, nik="",
                                                serial="b0002"))
    rec = reconcile_stock(demo_store, operator)
    assert rec.balanced and (rec.total.in_stock, rec.total.spoiled) == (2, 1)


def test_an_inspector_cannot_log_but_may_read_masked(demo_store: Store, operator: Actor) -> None:
    inspector = actor_of(demo_store, "inspektur")
    before = written(demo_store)
    with pytest.raises(PermissionDenied):
        log_spoiled_card(demo_store, inspector, card())
    assert written(demo_store) == before
    logged(demo_store, operator, 1)
    (row,) = list_spoiled_cards(demo_store, inspector, SpoiledCardFilter(), 0, 10)
    assert row.nik == "357401******0002"


# --- custody through the use cases --------------------------------------------------------


def bring_to(store: Store, operator: Actor, supervisor: Actor, state: CustodyState,
             n: int) -> uuid.UUID:
    """A fresh card moved to ``state`` through the use cases."""
    card_id = log_spoiled_card(store, operator, card(n)).id
    if state == C.LOGGED:
        return card_id
    store_cards(store, operator, [card_id], CABINET)
    if state == C.HANDED_OVER:
        batch = prepare_hand_over(store, operator, HandOverDraft(TODAY, RECEIVER, (card_id,)))
        confirm_hand_over(store, supervisor, batch.id)
    elif state == C.DESTROYED:
        batch = prepare_destruction(store, operator, destruction([card_id], f"BA-{n}"))
        confirm_destruction(store, supervisor, batch.id)
    assert state_of(store, card_id) == state
    return card_id


def move(store: Store, operator: Actor, target: CustodyState, card_id: uuid.UUID) -> object:
    """The use case that starts a card's way to ``target``."""
    moves: dict[CustodyState, Callable[[], object]] = {
        C.LOGGED: lambda: log_spoiled_card(store, operator, card(
            serial=get_spoiled_card(store, operator, card_id).serial or "")),
        C.STORED: lambda: store_cards(store, operator, [card_id], "Lemari lain"),
        C.HANDED_OVER: lambda: prepare_hand_over(store, operator, HandOverDraft(
            TODAY, RECEIVER, (card_id,))),
        C.DESTROYED: lambda: prepare_destruction(store, operator, destruction(
            [card_id], "BA-X")),
    }
    return moves[target]()


@pytest.mark.parametrize("start", list(C), ids=[s.value for s in C])
def test_every_forbidden_custody_step_is_refused_and_writes_nothing(
    demo_store: Store, operator: Actor, supervisor: Actor, start: CustodyState,
) -> None:
    card_id = bring_to(demo_store, operator, supervisor, start, 1)
    forbidden = [t for t in C if t not in CUSTODY_TRANSITIONS[start]]
    for target in forbidden:
        before = written(demo_store)
        with pytest.raises(ServiceError) as refused:
            move(demo_store, operator, target, card_id)
        assert str(refused.value.message).strip(), target
        assert written(demo_store) == before
        assert state_of(demo_store, card_id) == start


@pytest.mark.parametrize(("start", "target"), [
    (a, b) for a in C for b in C if a != b and b not in CUSTODY_TRANSITIONS[a]])
def test_the_store_refuses_every_forbidden_custody_move(
    demo_store: Store, operator: Actor, supervisor: Actor, start: CustodyState,
    target: CustodyState,
) -> None:
    card_id = bring_to(demo_store, operator, supervisor, start, 1)
    other = bring_to(demo_store, operator, supervisor, C.HANDED_OVER, 2)
    with demo_store.read() as session:
        hand_over = session.scalar(select(SpoiledCard.hand_over_id).where(SpoiledCard.id == other))
    with pytest.raises(DBAPIError), demo_store.engine.begin() as conn:
        conn.execute(text(
            "UPDATE spoiled_cards SET state = :state, storage_place = 'x', "
            "hand_over_id = coalesce(hand_over_id, :batch), "
            "destruction_id = coalesce(destruction_id, :batch) WHERE id = :id"),
            {"state": target.value, "batch": hand_over.hex if hand_over else None,
             "id": card_id.hex})
    assert state_of(demo_store, card_id) == start


def test_cards_are_put_away_together(demo_store: Store, operator: Actor, last_event) -> None:
    ids = logged(demo_store, operator, 3)
    rows = store_cards(demo_store, operator, ids, CABINET)
    assert {r.state for r in rows} == {C.STORED} and {r.storage_place for r in rows} == {CABINET}
    event = last_event(demo_store)
    assert event.action == "spoiled.stored"
    assert json.loads(event.changes)["custody"]["cards"] == [str(i) for i in ids]
    with pytest.raises(InvalidInput):
        store_cards(demo_store, operator, ids, " ")


# --- hand-over -----------------------------------------------------------------------


def test_hand_over_is_confirmed_by_a_supervisor_who_did_not_prepare_it(
    demo_store: Store, operator: Actor, supervisor: Actor, last_event,
) -> None:
    ids = logged(demo_store, operator, 3, CABINET)
    batch = prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER, tuple(ids)))
    assert (batch.number, batch.state, batch.count, batch.qr_text) == (
        "3574011007-ST-2025-0001", BatchState.PREPARED, 3, None)
    with pytest.raises(CustodyRefused, match="berkas lain"):
        prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER, (ids[0],)))
    before = written(demo_store)
    with pytest.raises(PermissionDenied):
        confirm_hand_over(demo_store, operator, batch.id)
    ninth = log_spoiled_card(demo_store, operator, card(9, storage_place=CABINET)).id
    supervisor_batch = prepare_hand_over(demo_store, supervisor, HandOverDraft(
        TODAY, RECEIVER, (ninth,)))
    with pytest.raises(BatchRefused, match="orang lain"):
        confirm_hand_over(demo_store, supervisor, supervisor_batch.id)
    assert written(demo_store)[4] == before[4] + 2  # only the log and the preparation
    done = confirm_hand_over(demo_store, supervisor, batch.id)
    event = last_event(demo_store)
    assert (done.state, done.confirmed_by_name, done.audit_seq, done.audit_hash) == (
        BatchState.CONFIRMED, "Bambang Hartono", event.seq, event.hash)
    assert {c.state for c in done.cards} == {C.HANDED_OVER} and done.count_words == "tiga"
    assert done.receiver == RECEIVER
    qr = parse_custody_qr(done.qr_text or "")
    assert qr is not None and (qr.number, qr.audit_hash) == (done.number, event.hash)
    with pytest.raises(BatchRefused, match="sudah dikonfirmasi"):
        confirm_hand_over(demo_store, supervisor, batch.id)
    with pytest.raises(BatchRefused):
        discard_hand_over(demo_store, operator, batch.id, "salah pilih")


def test_a_discarded_hand_over_frees_its_cards(
    demo_store: Store, operator: Actor, supervisor: Actor,
) -> None:
    ids = logged(demo_store, operator, 2, CABINET)
    batch = prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER, tuple(ids)))
    assert batch_candidates(demo_store, operator, BatchKind.HAND_OVER) == ()
    with pytest.raises(InvalidInput):
        discard_hand_over(demo_store, operator, batch.id, "no")
    gone = discard_hand_over(demo_store, operator, batch.id, "petugas Dispendukcapil batal")
    assert (gone.state, gone.cards) == (BatchState.DISCARDED, ())
    assert batch_candidates(demo_store, operator, BatchKind.HAND_OVER) == tuple(ids)
    with pytest.raises(BatchRefused):
        confirm_hand_over(demo_store, supervisor, batch.id)
    assert verify_custody(demo_store, operator, batch_id=batch.id).intact


def test_confirmation_waits_for_the_day(
    demo_store: Store, operator: Actor, supervisor: Actor, clock,
) -> None:
    ids = logged(demo_store, operator, 1, CABINET)
    batch = prepare_hand_over(demo_store, operator, HandOverDraft(
        TODAY + timedelta(days=2), RECEIVER, tuple(ids)))
    with pytest.raises(BatchRefused, match="05/03/2025"):
        confirm_hand_over(demo_store, supervisor, batch.id)
    clock.advance(days=2)
    assert confirm_hand_over(demo_store, supervisor, batch.id).state == BatchState.CONFIRMED


# --- destruction ---------------------------------------------------------------------


def test_destruction_with_its_berita_acara_facts(
    demo_store: Store, operator: Actor, supervisor: Actor, last_event, clock,
) -> None:
    stored = logged(demo_store, operator, 4, CABINET)
    handed = prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER,
                                                                   tuple(stored[:2])))
    confirm_hand_over(demo_store, supervisor, handed.id)
    assert batch_candidates(demo_store, operator, BatchKind.DESTRUCTION) == tuple(stored)
    clock.advance(hours=2)
    batch = prepare_destruction(demo_store, operator, destruction(stored))
    with pytest.raises(PermissionDenied):
        confirm_destruction(demo_store, operator, batch.id)
    done = confirm_destruction(demo_store, supervisor, batch.id)
    event = last_event(demo_store)
    assert event.action == "spoiled.destruction_confirmed"
    assert (done.ba_number, done.place, done.destroyed_on, done.method.value) == (
        "470/12/425.111.1/2025", "Halaman Kantor Kelurahan", TODAY, "burned")
    assert (done.official, done.witnesses) == (LURAH, WITNESSES)
    assert (done.confirmed_by_name, done.audit_seq, done.audit_hash) == (
        "Bambang Hartono", event.seq, event.hash)
    assert [c.register_number for c in done.cards] == [
        f"3574011007-KR-2025-{n:05d}" for n in range(1, 5)]
    assert {c.state for c in done.cards} == {C.DESTROYED}
    assert (done.count, done.count_words) == (4, "empat")
    assert "470.13/11176/SJ" in done.legal_basis
    assert done.qr_text == f"KDESK|BA|470/12/425.111.1/2025|{event.seq}|{event.hash}"
    assert get_destruction(demo_store, actor_of(demo_store, "inspektur"), batch.id) == done
    rows = list_batches(demo_store, operator)
    assert [(r.kind, r.state, r.card_count) for r in rows] == [
        (BatchKind.DESTRUCTION, BatchState.CONFIRMED, 4),
        (BatchKind.HAND_OVER, BatchState.CONFIRMED, 2)]


def test_never_destroyed_unless_in_custody_and_never_twice(
    demo_store: Store, operator: Actor, supervisor: Actor,
) -> None:
    loose = logged(demo_store, operator, 1)
    before = written(demo_store)
    with pytest.raises(CustodyRefused, match="tidak dapat dimusnahkan"):
        prepare_destruction(demo_store, operator, destruction(loose))
    assert written(demo_store) == before
    burned = bring_to(demo_store, operator, supervisor, C.DESTROYED, 5)
    with pytest.raises(CustodyRefused):
        prepare_destruction(demo_store, operator, destruction([burned], "BA-2"))


@pytest.mark.parametrize(("changes", "field"), [
    ({"ba_number": ""}, "ba_number"),
    ({"ba_number": "12|3"}, "ba_number"),
    ({"place": " "}, "place"),
    ({"witnesses": ()}, "witnesses"),
    ({"witnesses": (WITNESSES[0], WITNESSES[0])}, "witnesses"),
    ({"witnesses": (Signatory("A", "B", "C", "123"),)}, "witness1.nip"),
    ({"official": Signatory("", "Lurah", "Kelurahan")}, "official.name"),
    ({"card_ids": ()}, "card_ids"),
])
def test_a_wrong_berita_acara_is_refused_by_field(
    demo_store: Store, operator: Actor, changes: dict[str, object], field: str,
) -> None:
    ids = logged(demo_store, operator, 1, CABINET)
    before = written(demo_store)
    with pytest.raises(InvalidInput) as refused:
        prepare_destruction(demo_store, operator, destruction(ids, **changes))
    assert field in refused.value.fields
    assert written(demo_store) == before


def test_ba_numbers_are_unique_and_a_discarded_destruction_keeps_its_cards_in_custody(
    demo_store: Store, operator: Actor,
) -> None:
    ids = logged(demo_store, operator, 2, CABINET)
    first = prepare_destruction(demo_store, operator, destruction(ids[:1]))
    with pytest.raises(BatchRefused, match="sudah dipakai"):
        prepare_destruction(demo_store, operator, destruction(ids[1:]))
    discard_destruction(demo_store, operator, first.id, "jadwal diundur")
    assert state_of(demo_store, ids[0]) == C.STORED
    assert len(batch_candidates(demo_store, operator, BatchKind.DESTRUCTION)) == 2


# --- the custody check --------------------------------------------------------------------


@pytest.fixture
def burned(demo_store: Store, operator: Actor, supervisor: Actor) -> tuple[Store, uuid.UUID,
                                                                           list[uuid.UUID]]:
    """A confirmed destruction of five cards (two of them handed over first)."""
    ids = logged(demo_store, operator, 5, CABINET)
    handed = prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER,
                                                                   tuple(ids[:2])))
    confirm_hand_over(demo_store, supervisor, handed.id)
    batch = prepare_destruction(demo_store, operator, destruction(ids))
    confirm_destruction(demo_store, supervisor, batch.id)
    return demo_store, batch.id, ids


def test_custody_of_a_clean_store_verifies(burned, operator: Actor) -> None:
    store, batch_id, ids = burned
    verdict = verify_custody(store, operator, batch_id=batch_id)
    assert verdict.intact and verdict.chain_intact and len(verdict.cards) == 5
    assert verdict.audit_hash == get_destruction(store, operator, batch_id).audit_hash
    assert verdict.cards[0].audited_states == (C.LOGGED, C.STORED, C.HANDED_OVER, C.DESTROYED)
    assert verdict.cards[4].audited_states == (C.LOGGED, C.STORED, C.DESTROYED)
    single = verify_custody(store, actor_of(store, "inspektur"), card_id=ids[0])
    assert single.intact and single.subject == "3574011007-KR-2025-00001"
    with pytest.raises(ValueError):
        verify_custody(store, operator)


def _tampered(store: Store, tmp_path: Path, *statements: str) -> Store:
    """A copy of the store file edited as an attacker with a plain SQLite tool would, after
    dropping the audit chain's and the cards' guards; opened without the start-up check
    (which would refuse a broken chain before custody could be checked)."""
    store.close()
    copy = tmp_path / "tampered"
    copy.mkdir()
    shutil.copy2(store.path, copy / STORE_FILE)
    with sqlite3.connect(copy / STORE_FILE) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for trigger in ("audit_events_no_update", "audit_events_no_delete",
                        "spoiled_cards_moves", "spoiled_cards_fixed", "card_destructions_final",
                        "spoiled_card_events_no_update", "spoiled_card_events_no_delete",
                        "destruction_witnesses_no_update"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return Store(copy, open_engine(copy / STORE_FILE), store.clock)


@pytest.mark.parametrize(("statements", "expected"), [
    # A destroyed card quietly "back in the cabinet" (to be misused): state and timeline.
    (["UPDATE spoiled_cards SET state='stored', destruction_id=NULL WHERE seq=3",
      "DELETE FROM spoiled_card_events WHERE state='destroyed' AND card_id=(SELECT id FROM "
      "spoiled_cards WHERE seq=3)"], "Daftar kartu berkas"),
    (["UPDATE spoiled_cards SET state='stored' WHERE seq=4"], "berbeda dengan jejak audit"),
    (["DELETE FROM spoiled_card_events WHERE id=(SELECT max(id) FROM spoiled_card_events)"],
     "Riwayat tersimpan"),
    (["UPDATE card_destructions SET place='Gudang'"], "Isi berkas berbeda"),
    (["UPDATE destruction_witnesses SET name='Orang Lain' WHERE position_no=2"],
     "Isi berkas berbeda"),
    (["UPDATE card_destructions SET audit_hash=replace(audit_hash, substr(audit_hash,1,1), 'x')"],
     "Segel konfirmasi"),
    (["UPDATE audit_events SET changes=replace(changes, 'Halaman', 'Gudang') "
      "WHERE action='spoiled.destruction_confirmed'"], "telah diubah setelah dicatat"),
    (["DELETE FROM outbox WHERE audit_seq=(SELECT seq FROM audit_events WHERE "
      "action='spoiled.hand_over_confirmed')",
      "DELETE FROM audit_events WHERE action='spoiled.hand_over_confirmed'"], "hilang"),
], ids=["card-back-in-cabinet", "state-edited", "timeline-cut", "place-edited",
        "witness-edited", "seal-edited", "audit-edited", "audit-event-deleted"])
def test_custody_check_catches_a_tampered_copy(
    burned, operator: Actor, tmp_path: Path, statements: list[str], expected: str,
) -> None:
    store, batch_id, _ = burned
    tampered = _tampered(store, tmp_path, *statements)
    try:
        verdict = verify_custody(tampered, operator, batch_id=batch_id)
    finally:
        tampered.close()
    assert not verdict.intact
    problems = [*verdict.chain_problems, *verdict.batch_problems,
                *(p for c in verdict.cards for p in c.problems)]
    assert any(expected in p for p in problems), problems


def test_a_card_edited_in_the_file_fails_its_own_check(
    demo_store: Store, operator: Actor, tmp_path: Path,
) -> None:
    (card_id,) = logged(demo_store, operator, 1)
    tampered = _tampered(demo_store, tmp_path,
                         "UPDATE spoiled_cards SET state='stored', storage_place='x'")
    try:
        verdict = verify_custody(tampered, operator, card_id=card_id)
    finally:
        tampered.close()
    assert verdict.chain_intact and not verdict.intact
    assert verdict.broken_cards[0].audited_states == (C.LOGGED,)


# --- the register list ------------------------------------------------------------------


def test_list_filters_and_pages(
    demo_store: Store, operator: Actor, supervisor: Actor, clock,
) -> None:
    ids = []
    for n, source in enumerate([SpoilSource.DAMAGED_RETURNED, SpoilSource.FOUND_AFTER_LOSS,
                                SpoilSource.OTHER, SpoilSource.DAMAGED_RETURNED], 1):
        clock.advance(days=1)
        ids.append(log_spoiled_card(demo_store, operator, card(
            n, source=source, holder_name=f"Warga {n}")).id)
    store_cards(demo_store, operator, ids[:2], CABINET)
    f = SpoiledCardFilter
    assert [r.id for r in list_spoiled_cards(demo_store, operator, f(), 0, 2)] == ids[::-1][:2]
    assert [r.id for r in list_spoiled_cards(demo_store, operator, f(), 2, 2)] == ids[::-1][2:]
    assert count_spoiled_cards(demo_store, operator, f(state=C.STORED)) == 2
    assert count_spoiled_cards(demo_store, operator, f(source=SpoilSource.DAMAGED_RETURNED)) == 2
    assert count_spoiled_cards(demo_store, operator, f(text="warga 3")) == 1
    assert count_spoiled_cards(demo_store, operator, f(text="old0004")) == 1
    assert count_spoiled_cards(demo_store, operator, f(text="357401")) == 4
    assert count_spoiled_cards(demo_store, operator, f(
        date_from=date(2025, 3, 5), date_to=date(2025, 3, 6))) == 2
    batch = prepare_hand_over(demo_store, operator, HandOverDraft(TODAY, RECEIVER, (ids[0],)))
    (row,) = list_spoiled_cards(demo_store, operator, f(text="old0001"), 0, 5)
    assert row.reserved and row.hand_over_number == batch.number


def test_paged_reading_stays_fast_with_100_000_cards(demo_store: Store, operator: Actor) -> None:
    with demo_store.read() as session:
        account = session.scalar(select(Account.id).where(Account.username == "operator"))
    assert account is not None
    raw = demo_store.engine.raw_connection()
    try:
        db = raw.driver_connection
        assert db is not None
        db.execute("PRAGMA synchronous=OFF")  # a bench load: no need to fsync it
        db.execute("BEGIN")
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999) "
            "INSERT INTO spoiled_cards (id, register_number, year, seq, source, state, nik, "
            " holder_name, serial, reason, condition, storage_place, logged_by, logged_at, "
            " updated_at) "
            "SELECT lower(hex(randomblob(16))), printf('3574011007-KR-2018-%06d', i + 1), "
            " 2018, i + 1, CASE i % 3 WHEN 0 THEN 'damaged_returned' "
            "  WHEN 1 THEN 'data_change_returned' ELSE 'found_after_loss' END, "
            " CASE i % 50 WHEN 0 THEN 'logged' ELSE 'stored' END, "
            " printf('357401%02d01%02d%04d', 1 + i % 28, 10 + i % 90, 1 + i % 9999), "
            " 'Warga ' || i, printf('S%07d', i), 'rusak', 'patah', "
            " CASE i % 50 WHEN 0 THEN NULL ELSE 'Gudang arsip' END, ?, "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2018-01-01', '+' || i || ' minutes'), "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2018-01-01', '+' || i || ' minutes') "
            "FROM n", (account.hex,))
        db.execute("COMMIT")
        db.execute("PRAGMA synchronous=FULL")
    finally:
        raw.close()
    f = SpoiledCardFilter
    for flt, deep in ((f(), 20_000), (f(state=C.LOGGED), 500),
                      (f(source=SpoilSource.FOUND_AFTER_LOSS), 20_000), (f(text="S00123"), 0)):
        began = time.perf_counter()
        assert list_spoiled_cards(demo_store, operator, flt, 0, 50)
        assert list_spoiled_cards(demo_store, operator, flt, deep, 50)
        count_spoiled_cards(demo_store, operator, flt)
        assert time.perf_counter() - began < 1.0, flt
    with demo_store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM spoiled_cards WHERE state = 'logged' "
            "ORDER BY logged_at DESC, seq DESC LIMIT 50"))
    assert "ix_spoiled_cards_state_logged" in plan


def test_the_demo_history_adds_up_and_its_custody_verifies(demo_store: Store) -> None:
    from kelurahan_desk.services.demo_cards import seed_demo_cards

    assert seed_demo_cards(demo_store) is True
    assert seed_demo_cards(demo_store) is False
    supervisor = actor_of(demo_store, "supervisor")
    rec = reconcile_stock(demo_store, supervisor)
    assert rec.balanced and rec.total.received == 200
    cards = list_spoiled_cards(demo_store, supervisor, SpoiledCardFilter(), 0, 100)
    assert 20 <= len(cards) <= 30 and {c.state for c in cards} == set(C)
    batches = list_batches(demo_store, supervisor)
    assert {(b.kind, b.state) for b in batches} == {
        (BatchKind.HAND_OVER, BatchState.CONFIRMED), (BatchKind.DESTRUCTION, BatchState.CONFIRMED)}
    burned = next(b for b in batches if b.kind == BatchKind.DESTRUCTION)
    detail = get_destruction(demo_store, supervisor, burned.id)
    assert [w.institution.split()[0] for w in detail.witnesses] == [
        "Kecamatan", "Satpol", "Inspektorat"]
    assert all(verify_custody(demo_store, supervisor, batch_id=b.id).intact for b in batches)
