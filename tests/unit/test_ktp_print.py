"""KTP-el print jobs on a real store: every allowed step and every forbidden one, the blank
each step takes or spoils, the old card coming back, hand-over, roles, paged lists."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from kelurahan_desk.domain.ktp_print import (
    NO_BIOMETRICS,
    OLD_CARD_SOURCE,
    STATUS_LABELS,
    TRANSITIONS,
    JobOrder,
    PrintReason,
    PrintStatus,
    Recipient,
    RecordStatus,
    can_move,
    expects_old_card,
    job_number,
    move_refusal,
)
from kelurahan_desk.domain.spoiled_cards import CustodyState, SpoilSource
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.blanko import (
    BlankReceiptDraft,
    StockRefused,
    receive_blanks,
    reconcile_stock,
)
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from kelurahan_desk.services.ktp_print import (
    STEP_OLD_CARD,
    PrintJobDetail,
    PrintJobDraft,
    PrintJobFilter,
    PrintJobRefused,
    cancel_print_job,
    count_print_jobs,
    create_print_job,
    get_print_job,
    hand_over_card,
    list_print_jobs,
    mark_failed,
    mark_printed,
    print_job_by_number,
    receive_old_card,
    requeue_job,
    start_printing,
)
from kelurahan_desk.services.queue import issue_ticket
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.services.spoiled_cards import get_spoiled_card
from kelurahan_desk.store.card_tables import (
    BlankCard,
    PrintJob,
    PrintJobEvent,
    SpoiledCard,
    SpoiledCardEvent,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.resident_tables import Resident
from kelurahan_desk.store.tables import Account, AuditEvent, OutboxRecord, Ticket
from tests.unit.actors import actor_of

S = PrintStatus
NIK = "3574011706880002"  # a man born 17-06-1988, Kademangan
PROXY_NIK = "3574015505920004"  # a woman born 15-05-1992


pytestmark = pytest.mark.usefixtures("no_fsync")


@pytest.fixture
def operator(demo_store: Store) -> Actor:
    receive_blanks(demo_store, actor_of(demo_store, "operator"), BlankReceiptDraft(
        date(2025, 3, 1), "470/55/425.111/2025", 20, "K0001-K0020"))
    return actor_of(demo_store, "operator")


def written(store: Store) -> tuple[int, ...]:
    with store.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (PrintJob, PrintJobEvent, SpoiledCard, SpoiledCardEvent, AuditEvent,
                      OutboxRecord))


def blank_state(store: Store, serial: str) -> str:
    with store.read() as session:
        blank = session.get(BlankCard, serial)
        assert blank is not None
        return blank.state


def new_job(store: Store, actor: Actor, reason: PrintReason = PrintReason.NEW,
            nik: str = NIK) -> PrintJobDetail:
    return create_print_job(store, actor, PrintJobDraft(nik, reason, "Budi Santoso",
        biometrics_checked=True))


# Drives a fresh job to each status through the allowed steps.
PATHS: dict[PrintStatus, list[PrintStatus]] = {
    S.QUEUED: [],
    S.PRINTING: [S.PRINTING],
    S.PRINTED: [S.PRINTING, S.PRINTED],
    S.HANDED_OVER: [S.PRINTING, S.PRINTED, S.HANDED_OVER],
    S.CANCELLED: [S.CANCELLED],
    S.FAILED: [S.PRINTING, S.FAILED],
}


def step(store: Store, actor: Actor, job_id: uuid.UUID, target: PrintStatus) -> PrintJobDetail:
    """The use case that moves a job to ``target``."""
    moves: dict[PrintStatus, Callable[[], PrintJobDetail]] = {
        S.QUEUED: lambda: requeue_job(store, actor, job_id),
        S.PRINTING: lambda: start_printing(store, actor, job_id),
        S.PRINTED: lambda: mark_printed(store, actor, job_id),
        S.HANDED_OVER: lambda: hand_over_card(store, actor, job_id, Recipient.RESIDENT, True),
        S.CANCELLED: lambda: cancel_print_job(store, actor, job_id, "tidak jadi diambil"),
        S.FAILED: lambda: mark_failed(store, actor, job_id, "foto bergeser", "utuh"),
    }
    return moves[target]()


def drive(store: Store, actor: Actor, status: PrintStatus) -> PrintJobDetail:
    job = new_job(store, actor)
    for target in PATHS[status]:
        job = step(store, actor, job.id, target)
    assert job.status == status
    return job


# --- the domain's table ---------------------------------------------------------------


def test_transition_table_is_the_documented_one() -> None:
    allowed = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert allowed == {
        (S.QUEUED, S.PRINTING), (S.QUEUED, S.CANCELLED), (S.PRINTING, S.PRINTED),
        (S.PRINTING, S.FAILED), (S.PRINTED, S.HANDED_OVER), (S.PRINTED, S.FAILED),
        (S.FAILED, S.QUEUED), (S.FAILED, S.CANCELLED)}
    for a in S:
        for b in S:
            assert can_move(a, b) == ((a, b) in allowed)
            assert (move_refusal(a, b) is None) == ((a, b) in allowed)
    assert "Gagal cetak" in move_refusal(S.PRINTING, S.CANCELLED)  # type: ignore[operator]
    assert {r for r in PrintReason if expects_old_card(r)} == set(OLD_CARD_SOURCE) == {
        PrintReason.DAMAGED, PrintReason.DATA_CHANGE}
    assert job_number("35.74.01.1007", 2025, 42) == "3574011007-KTP-2025-00042"


# --- every step through its use case --------------------------------------------------


ALLOWED = sorted((a, b) for a, targets in TRANSITIONS.items() for b in targets)


@pytest.mark.parametrize(("start", "target"), ALLOWED, ids=[f"{a}->{b}" for a, b in ALLOWED])
def test_every_allowed_step_is_one_audit_event(
    demo_store: Store, operator: Actor, start: PrintStatus, target: PrintStatus, last_event,
) -> None:
    job = drive(demo_store, operator, start)
    before = written(demo_store)
    done = step(demo_store, operator, job.id, target)
    assert done.status == target and done.timeline[-1].status == target
    after = written(demo_store)
    assert (after[4] - before[4], after[5] - before[5]) == (1, 1)
    assert last_event(demo_store).record_id == str(job.id)
    assert reconcile_stock(demo_store, operator).balanced


@pytest.mark.parametrize("start", list(S), ids=[s.value for s in S])
def test_every_forbidden_step_is_refused_with_a_message_and_writes_nothing(
    demo_store: Store, operator: Actor, start: PrintStatus,
) -> None:
    job = drive(demo_store, operator, start)
    forbidden = [t for t in S if t not in TRANSITIONS[start]]
    assert forbidden
    for target in forbidden:
        before = written(demo_store), reconcile_stock(demo_store, operator)
        with pytest.raises(ServiceError) as refused:
            step(demo_store, operator, job.id, target)
        assert isinstance(refused.value, PrintJobRefused), target
        expected = move_refusal(start, target)
        assert refused.value.message == expected and str(expected).strip()
        if start != target and target not in (S.PRINTING,):
            assert STATUS_LABELS[start] in refused.value.message or "Gagal cetak" in (
                refused.value.message)
        assert (written(demo_store), reconcile_stock(demo_store, operator)) == before
        assert get_print_job(demo_store, operator, job.id).status == start


def test_the_store_refuses_a_forbidden_status_move_too(demo_store: Store, operator: Actor) -> None:
    job = drive(demo_store, operator, S.HANDED_OVER)
    for status in ("queued", "printing", "printed", "cancelled", "failed", "archived"):
        with pytest.raises(DBAPIError, match=r"not allowed|CHECK"), demo_store.engine.begin() as c:
            c.execute(text("UPDATE print_jobs SET status = :s WHERE id = :i"),
                      {"s": status, "i": job.id.hex})
    assert get_print_job(demo_store, operator, job.id).status == S.HANDED_OVER


# --- blanks taken and spoiled -----------------------------------------------------------


def test_printing_takes_the_scanned_blank_or_the_first_in_stock(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    first = start_printing(demo_store, operator, new_job(demo_store, operator).id)
    assert first.blank_serial == "K0001" and blank_state(demo_store, "K0001") == "printed"
    second = new_job(demo_store, operator, nik=PROXY_NIK)
    assert start_printing(demo_store, operator, second.id, " k0007 ").blank_serial == "K0007"
    assert json.loads(last_event(demo_store).changes) == {
        "number": second.number, "serial": "K0007"}
    third = new_job(demo_store, operator, nik="3574014101000003")
    before = written(demo_store)
    for serial, message in (("K0007", "sudah dipakai untuk pekerjaan cetak"),
                            ("Z9999", "tidak ada dalam penerimaan")):
        with pytest.raises(StockRefused, match=message):
            start_printing(demo_store, operator, third.id, serial)
    mark_failed(demo_store, operator, first.id, "chip tidak terbaca", "utuh")
    with pytest.raises(StockRefused, match="sudah tercatat rusak"):
        start_printing(demo_store, operator, third.id, "K0001")
    assert written(demo_store)[0] == before[0]
    assert get_print_job(demo_store, operator, third.id).status == S.QUEUED


def test_an_empty_stock_refuses_to_print(demo_store: Store) -> None:
    actor = actor_of(demo_store, "operator")
    job = new_job(demo_store, actor)
    with pytest.raises(StockRefused, match="Stok blanko habis"):
        start_printing(demo_store, actor, job.id)


def test_a_failed_print_spoils_its_blank_in_the_same_step(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    job = drive(demo_store, operator, S.PRINTED)
    before = written(demo_store)
    failed = mark_failed(demo_store, operator, job.id, "chip tidak terbaca", "utuh",
                         storage_place="Lemari besi")
    assert failed.status == S.FAILED and failed.blank_serial is None
    after = written(demo_store)
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 1, 1, 2, 1, 1]
    (card_id,) = failed.misprint_card_ids
    card = get_spoiled_card(demo_store, operator, card_id)
    assert (card.source, card.serial, card.state, card.print_job_number) == (
        SpoilSource.MISPRINT, "K0001", CustodyState.STORED, job.number)
    event = last_event(demo_store)
    assert [s.audit_seq for s in card.timeline] == [event.seq, event.seq]
    assert json.loads(event.changes)["custody"] == {
        "to": ["logged", "stored"], "cards": [str(card_id)]}
    assert blank_state(demo_store, "K0001") == "spoiled"
    again = start_printing(demo_store, operator, requeue_job(demo_store, operator, job.id).id)
    assert again.blank_serial == "K0002" and len(again.misprint_card_ids) == 1
    assert reconcile_stock(demo_store, operator).total.spoiled == 1


def test_failing_needs_a_reason_and_a_condition(demo_store: Store, operator: Actor) -> None:
    job = drive(demo_store, operator, S.PRINTING)
    before = written(demo_store)
    with pytest.raises(InvalidInput) as refused:
        mark_failed(demo_store, operator, job.id, "x", "utuh")
    assert "reason" in refused.value.fields
    with pytest.raises(InvalidInput) as refused:
        mark_failed(demo_store, operator, job.id, "foto bergeser", " ")
    assert "condition" in refused.value.fields
    assert written(demo_store) == before and blank_state(demo_store, "K0001") == "printed"


# --- creating jobs --------------------------------------------------------------------


def test_a_job_needs_a_valid_nik_a_name_and_no_open_job_for_the_same_nik(
    demo_store: Store, operator: Actor,
) -> None:
    before = written(demo_store)
    for draft, field in (
        (PrintJobDraft("3574011706880000", PrintReason.NEW, "Budi",
            biometrics_checked=True), "nik"),
        (PrintJobDraft("1234", PrintReason.NEW, "Budi", biometrics_checked=True), "nik"),
        (PrintJobDraft(NIK, PrintReason.NEW, "",
            biometrics_checked=True), "resident_name"),
        (PrintJobDraft(NIK, PrintReason.NEW, "Budi", date(2025, 3, 4),
            biometrics_checked=True), "requested_on"),
    ):
        with pytest.raises(InvalidInput) as refused:
            create_print_job(demo_store, operator, draft)
        assert field in refused.value.fields
    assert written(demo_store) == before
    job = new_job(demo_store, operator)
    assert (job.number, job.nik, job.status) == (
        "3574011007-KTP-2025-00001", "357401******0002", S.QUEUED)
    with pytest.raises(PrintJobRefused, match=job.number):
        new_job(demo_store, operator, PrintReason.LOST)
    cancel_print_job(demo_store, operator, job.id, "salah input")
    assert new_job(demo_store, operator).number.endswith("00002")


def test_the_name_comes_from_the_resident_list_when_left_empty(
    demo_store: Store, operator: Actor,
) -> None:
    with demo_store.write("test", "system") as uow:
        uow.session.add(Resident(
            nik=NIK, id=uuid.uuid4(), kk="3574010101100001", full_name="Budi Santoso",
            sex="L", birth_place="Probolinggo", birth_date="1988-06-17", address="Jl. Mawar 1",
            rt="001", rw="002", kelurahan_code="3574011007", religion=None, synthetic=True,
            updated_at=uow.now))
        uow.record("test.resident_listed", "resident", NIK, {})
    job = create_print_job(demo_store, operator, PrintJobDraft(NIK, PrintReason.NEW,
        biometrics_checked=True))
    assert job.resident_name == "Budi Santoso"


def _listed_with(store: Store, status: RecordStatus) -> str:
    """Budi on the resident list, with ``status`` in SIAK."""
    with store.write("test", "system") as uow:
        uow.session.add(Resident(
            nik=NIK, id=uuid.uuid4(), kk="3574010101100001", full_name="Budi Santoso",
            sex="L", birth_place="Probolinggo", birth_date="1988-06-17", address="Jl. Mawar 1",
            rt="001", rw="002", kelurahan_code="3574011007", religion=None,
            ktp_status=status.value, synthetic=True, updated_at=uow.now))
        uow.record("test.resident_listed", "resident", NIK, {})
    return NIK


@pytest.mark.parametrize("status", sorted(NO_BIOMETRICS))
def test_no_card_is_queued_for_someone_whose_biometrics_are_not_recorded(
    demo_store: Store, operator: Actor, status: RecordStatus,
) -> None:
    nik = _listed_with(demo_store, status)
    before = written(demo_store)
    with pytest.raises(InvalidInput, match="perekaman biometrik") as refused:
        # Ticking the box does not help: the list says no.
        create_print_job(demo_store, operator, PrintJobDraft(
            nik, PrintReason.NEW, biometrics_checked=True))
    assert "biometrics_checked" in refused.value.fields
    assert written(demo_store) == before


def test_a_listed_recording_is_enough_and_the_job_says_what_it_rested_on(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    nik = _listed_with(demo_store, RecordStatus.RECORDED)
    create_print_job(demo_store, operator, PrintJobDraft(nik, PrintReason.NEW))
    assert json.loads(last_event(demo_store).changes)["biometrics"] == "SUDAH REKAM"


def test_someone_not_on_the_list_needs_the_operator_to_have_checked_siak(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    before = written(demo_store)
    with pytest.raises(InvalidInput, match="periksa di SIAK") as refused:
        create_print_job(demo_store, operator, PrintJobDraft(NIK, PrintReason.NEW, "Budi"))
    assert list(refused.value.fields) == ["biometrics_checked"]
    assert written(demo_store) == before
    create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.NEW, "Budi", biometrics_checked=True))
    assert json.loads(last_event(demo_store).changes)["biometrics"] == "checked_by_operator"


def test_the_queue_ticket_links_to_its_job(demo_store: Store, operator: Actor) -> None:
    ktp = next(s for s in list_services(demo_store) if s.prefix == "C")
    ticket = issue_ticket(demo_store, ktp.id).ticket
    job = create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.NEW, "Budi", ticket_id=ticket.id, biometrics_checked=True))
    assert (job.ticket_id, job.ticket_code) == (ticket.id, ticket.code)
    with demo_store.read() as session:
        stored = session.get(Ticket, ticket.id)
        assert stored is not None and stored.print_job_ref == str(job.id)
    with pytest.raises(ServiceError, match="antrean tidak ditemukan"):
        create_print_job(demo_store, operator, PrintJobDraft(
            PROXY_NIK, PrintReason.NEW, "Sri", ticket_id=uuid.uuid4(), biometrics_checked=True))


# --- hand-over and the old card ---------------------------------------------------------


def test_hand_over_to_a_named_proxy_with_a_checked_nik(
    demo_store: Store, operator: Actor, last_event,
) -> None:
    job = drive(demo_store, operator, S.PRINTED)
    before = written(demo_store)
    for kwargs, field in (
        ({"proxy_name": "Sri Wahyuni", "proxy_nik": "123"}, "proxy_nik"),
        ({"proxy_name": "", "proxy_nik": PROXY_NIK}, "proxy_name"),
        ({"proxy_name": "Budi", "proxy_nik": NIK}, "proxy_nik"),
    ):
        with pytest.raises(InvalidInput) as refused:
            hand_over_card(demo_store, operator, job.id, Recipient.PROXY, True, **kwargs)
        assert field in refused.value.fields
    with pytest.raises(InvalidInput) as refused:
        hand_over_card(demo_store, operator, job.id, Recipient.RESIDENT, False)
    assert "id_checked" in refused.value.fields
    assert written(demo_store) == before
    done = hand_over_card(demo_store, operator, job.id, Recipient.PROXY, True,
                          " Sri  Wahyuni ", "3574 0155 0592 0004")
    assert (done.recipient, done.proxy_name, done.proxy_nik) == (
        Recipient.PROXY, "Sri Wahyuni", "357401******0004")
    assert done.handed_over_at == datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
    assert json.loads(last_event(demo_store).changes)["proxy_nik"] == PROXY_NIK


@pytest.mark.parametrize("reason", [PrintReason.DATA_CHANGE, PrintReason.DAMAGED])
def test_the_old_card_comes_back_as_an_invalid_card_in_the_same_step(
    demo_store: Store, operator: Actor, reason: PrintReason, last_event,
) -> None:
    job = new_job(demo_store, operator, reason)
    assert job.old_card_pending
    for target in (S.PRINTING, S.PRINTED):
        job = step(demo_store, operator, job.id, target)
    before = written(demo_store)
    with pytest.raises(PrintJobRefused, match="Terima dulu KTP-el lama"):
        hand_over_card(demo_store, operator, job.id, Recipient.RESIDENT, True)
    assert written(demo_store) == before
    done = receive_old_card(demo_store, operator, job.id, "patah di sudut",
                            "status perkawinan berubah", serial="lama-01")
    after = written(demo_store)
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 1, 1, 1, 1, 1]
    assert done.status == S.PRINTED and not done.old_card_pending
    assert done.timeline[-1].kind == STEP_OLD_CARD
    card = get_spoiled_card(demo_store, operator, done.old_card_id)  # type: ignore[arg-type]
    assert (card.source, card.serial, card.nik, card.state, card.print_job_id) == (
        OLD_CARD_SOURCE[reason], "LAMA-01", "357401******0002", CustodyState.LOGGED, job.id)
    event = last_event(demo_store)
    assert event.action == "ktp.old_card_received" and card.timeline[0].audit_seq == event.seq
    with pytest.raises(PrintJobRefused, match="sudah diterima"):
        receive_old_card(demo_store, operator, job.id, "utuh", "dua kali")
    assert hand_over_card(demo_store, operator, job.id, Recipient.RESIDENT, True).status == (
        S.HANDED_OVER)


def test_no_old_card_for_new_or_lost_cards_and_never_logged_twice(
    demo_store: Store, operator: Actor,
) -> None:
    for reason in (PrintReason.NEW, PrintReason.LOST):
        job = new_job(demo_store, operator, reason)
        with pytest.raises(PrintJobRefused, match="tidak menerima kartu lama"):
            receive_old_card(demo_store, operator, job.id, "utuh", "kartu lama")
        cancel_print_job(demo_store, operator, job.id, "uji coba")
    first = new_job(demo_store, operator, PrintReason.DAMAGED)
    receive_old_card(demo_store, operator, first.id, "patah", "rusak", serial="OLD-9")
    other = new_job(demo_store, operator, PrintReason.DATA_CHANGE, nik=PROXY_NIK)
    before = written(demo_store)
    with pytest.raises(ServiceError, match="sudah dicatat"):
        receive_old_card(demo_store, operator, other.id, "utuh", "alamat", serial="old-9")
    assert written(demo_store) == before


def test_a_card_printed_here_and_returned_later_leaves_the_stock_balanced(
    demo_store: Store, operator: Actor,
) -> None:
    issued = drive(demo_store, operator, S.HANDED_OVER)
    later = new_job(demo_store, operator, PrintReason.DAMAGED, nik=PROXY_NIK)
    receive_old_card(demo_store, operator, later.id, "chip rusak", "tidak terbaca",
                     serial=issued.blank_serial or "")
    assert blank_state(demo_store, issued.blank_serial or "") == "spoiled"
    rec = reconcile_stock(demo_store, operator)
    assert rec.balanced and (rec.total.printed, rec.total.spoiled) == (0, 1)


# --- roles ----------------------------------------------------------------------------


def test_inspectors_and_admins_cannot_print_but_inspectors_may_look(
    demo_store: Store, operator: Actor,
) -> None:
    job = new_job(demo_store, operator)
    before = written(demo_store)
    for name in ("inspektur", "admin"):
        someone = actor_of(demo_store, name)
        with pytest.raises(PermissionDenied):
            create_print_job(demo_store, someone, PrintJobDraft(PROXY_NIK, PrintReason.NEW, "X",
                biometrics_checked=True))
        with pytest.raises(PermissionDenied):
            start_printing(demo_store, someone, job.id)
    assert written(demo_store) == before
    inspector = actor_of(demo_store, "inspektur")
    assert [r.nik for r in list_print_jobs(demo_store, inspector, PrintJobFilter(), 0, 10)] == [
        "357401******0002"]


# --- the list ------------------------------------------------------------------------


def test_list_filters_orders_and_pages(demo_store: Store, operator: Actor, clock) -> None:
    niks = [f"357401{d:02d}0190{d:04d}" for d in range(1, 8)]
    jobs = []
    for n, nik in enumerate(niks):
        clock.advance(minutes=5)
        jobs.append(create_print_job(demo_store, operator, PrintJobDraft(
            nik, PrintReason.LOST if n % 2 else PrintReason.NEW, f"Warga {n}",
            date(2025, 3, 3) - timedelta(days=n), biometrics_checked=True)))
    start_printing(demo_store, operator, jobs[2].id, "K0010")
    rows = list_print_jobs(demo_store, operator, PrintJobFilter(), 0, 3)
    assert [r.number for r in rows] == [j.number for j in jobs[::-1][:3]]
    page2 = list_print_jobs(demo_store, operator, PrintJobFilter(), 3, 3)
    assert [r.number for r in page2] == [j.number for j in jobs[::-1][3:6]]
    assert count_print_jobs(demo_store, operator, PrintJobFilter()) == 7
    oldest = list_print_jobs(demo_store, operator, PrintJobFilter(order=JobOrder.REQUESTED), 0, 1)
    assert oldest[0].id == jobs[-1].id
    lost = PrintJobFilter(reason=PrintReason.LOST)
    assert count_print_jobs(demo_store, operator, lost) == 3
    assert [r.id for r in list_print_jobs(demo_store, operator, PrintJobFilter(
        status=S.PRINTING), 0, 10)] == [jobs[2].id]
    assert count_print_jobs(demo_store, operator, PrintJobFilter(text="warga 4")) == 1
    assert count_print_jobs(demo_store, operator, PrintJobFilter(text=niks[5][:8])) == 1
    assert count_print_jobs(demo_store, operator, PrintJobFilter(text="k0010")) == 1
    assert count_print_jobs(demo_store, operator, PrintJobFilter(
        date_from=date(2025, 2, 28), date_to=date(2025, 3, 1))) == 2
    assert print_job_by_number(demo_store, operator, jobs[3].number.lower()) == jobs[3].id


def _bulk_jobs(store: Store, count: int) -> None:
    """``count`` jobs written straight into the table by SQLite itself (a big office's
    years of printing): as in a real office nearly all are finished (here: cancelled,
    which needs no blank), one in a hundred is queued and one failed."""
    with store.read() as session:
        account = session.scalar(select(Account.id).where(Account.username == "operator"))
    assert account is not None
    raw = store.engine.raw_connection()
    try:
        db = raw.driver_connection
        assert db is not None
        db.execute("PRAGMA synchronous=OFF")  # a bench load: no need to fsync it
        db.execute("BEGIN")
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO print_jobs (id, number, year, serial, reason, status, nik, "
            " resident_name, requested_on, created_by, created_at, updated_at) "
            "SELECT lower(hex(randomblob(16))), printf('3574011007-KTP-2024-%06d', i + 1), "
            " 2024, i + 1, "
            " CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'damaged' WHEN 2 THEN 'lost' "
            "  ELSE 'data_change' END, "
            " CASE i % 100 WHEN 0 THEN 'queued' WHEN 1 THEN 'failed' ELSE 'cancelled' END, "
            " printf('357401%02d01%02d%04d', 1 + i % 28, 10 + i % 90, 1 + i % 9999), "
            " 'Warga ' || i, date('2024-01-01', '+' || (i / 100) || ' days'), ?, "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2024-01-01', '+' || i || ' minutes'), "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2024-01-01', '+' || i || ' minutes') "
            "FROM n", (count - 1, account.hex))
        db.execute("COMMIT")
        db.execute("PRAGMA synchronous=FULL")
    finally:
        raw.close()


def test_paged_reading_stays_fast_with_100_000_jobs(demo_store: Store, operator: Actor) -> None:
    _bulk_jobs(demo_store, 100_000)
    cases = [PrintJobFilter(), PrintJobFilter(status=S.QUEUED),
             PrintJobFilter(open_only=True), PrintJobFilter(order=JobOrder.REQUESTED),
             PrintJobFilter(order=JobOrder.OLDEST, reason=PrintReason.LOST),
             PrintJobFilter(text="3574011501")]
    for f in cases:
        began = time.perf_counter()
        deep = 500 if f.status or f.open_only else 20_000
        rows = list_print_jobs(demo_store, operator, f, 0 if f.text else deep, 50)
        first_page = list_print_jobs(demo_store, operator, f, 0, 50)
        took = time.perf_counter() - began
        assert rows and first_page and took < 1.0, (f, took)
    began = time.perf_counter()
    assert count_print_jobs(demo_store, operator, PrintJobFilter(status=S.QUEUED)) == 1_000
    assert time.perf_counter() - began < 0.5
    with demo_store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM print_jobs WHERE status = 'queued' "
            "ORDER BY created_at DESC LIMIT 50"))
    assert "ix_print_jobs_status_created" in plan and "TEMP B-TREE" not in plan
