"""Sidak: the inspector changes no office record, every look is audited, pictures live only
while an inspection runs, and the console's figures are the queue report's."""

from __future__ import annotations

import ast
import hashlib
import importlib
import inspect
import pkgutil
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from akta_forms import birth_form
from sqlalchemy import event, func, select

import kelurahan_desk.services as services_package
from kelurahan_desk.documents.official_letter import Signatory
from kelurahan_desk.domain.ktp_print import PrintReason, Recipient
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.domain.spoiled_cards import SpoilSource
from kelurahan_desk.services import (
    accounts,
    akta_requests,
    akta_views,
    blanko,
    card_batches,
    card_destructions,
    ktp_print,
    office,
    queue,
    queue_services,
    residents,
    spoiled_cards,
    sync_status,
)
from kelurahan_desk.services import inspection as sidak
from kelurahan_desk.services import inspection_reports as reports
from kelurahan_desk.services.accounts import NewAccount
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied
from kelurahan_desk.services.inspection import Findings, InspectionRefused, RecordKind
from kelurahan_desk.services.inspection_overview import counter_overview
from kelurahan_desk.services.inspection_timeline import (
    TimelineFilter,
    TimelineKind,
    counter_timeline,
)
from kelurahan_desk.services.office import OfficeDraft
from kelurahan_desk.services.queue_services import ServiceDraft
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.inspection_tables import CounterSnapshot
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.tables import AuditEvent

PASSWORDS = {"admin": "admin-demo", "operator": "operator-demo",
             "supervisor": "supervisor-demo", "inspektur": "inspektur-demo"}
NIK = "3574011706880002"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture(autouse=True)
def _no_fsync(request: pytest.FixtureRequest) -> None:
    """Commit without waiting for the disk in these throw-away stores (see test_ktp_print)."""
    if "demo_store" not in request.fixturenames:
        return
    store = request.getfixturevalue("demo_store")
    event.listen(store.engine, "connect", lambda conn, _: conn.execute("PRAGMA synchronous=OFF"))
    store.engine.dispose()


def loket(store: Store, number: int) -> uuid.UUID:
    return next(c.id for c in office.list_counters(store) if c.number == number)


def signed_in(store: Store, username: str, counter: int | None = None) -> Actor:
    counter_id = loket(store, counter) if counter is not None else None
    return accounts.sign_in(store, username, PASSWORDS[username], counter_id)


def fingerprint(store: Store) -> str:
    """Every row of every table: equal before and after means nothing was written."""
    digest = hashlib.sha256()
    with sqlite3.connect(store.path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"'))):
                digest.update(f"{table}{row}".encode())
    return digest.hexdigest()


def audit_actions(store: Store, after: int = 0) -> list[tuple[str, str, str, str]]:
    with store.read() as session:
        return [(e.action, e.actor, e.record_type, e.record_id) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq))]


def head(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.max(AuditEvent.seq))) or 0


# --- every write service refuses the inspector -------------------------------------------


def _writes(module: Any, name: str) -> bool:
    """Whether a module-level function writes: it (or a function of its module it calls)
    opens a unit of work, or writes a snapshot."""
    source = inspect.getsource(module)
    tree = ast.parse(source)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    seen: set[str] = set()

    def visit(fn: str) -> bool:
        if fn in seen:
            return False
        seen.add(fn)
        node = functions[fn]
        text = ast.get_source_segment(source, node) or ""
        if "store.write(" in text or "write_snapshot(" in text:
            return True
        called = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        return any(visit(c) for c in called if c in functions)

    return visit(name)


def write_services() -> set[str]:
    """``module.function`` of every public service (first parameter ``store``) that writes."""
    found = set()
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"{services_package.__name__}.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(fn).parameters)
            if parameters[:1] == ["store"] and _writes(module, name):
                found.add(f"{info.name}.{name}")
    return found


# The inspector may do these: they record the inspector's own looking and reporting, and
# change no office record.
INSPECTORS_OWN = {
    "inspection.start_inspection", "inspection.record_look", "inspection.inspect_record",
    "inspection.record_test_print", "inspection.save_findings", "inspection.end_inspection",
    "inspection_reports.save_report", "inspection_reports.report_pdf",
    "queue_report.record_report_export",  # audits an export of a report the role may read
}
# No signed-in actor to refuse: the person acting on their own session, the first run,
# the sync link, demo seeding and the program's own end-of-day housekeeping.
WITHOUT_ACTOR = {
    "accounts.sign_in", "accounts.confirm_password", "accounts.sign_out",
    "accounts.create_first_admin", "office.set_up_office",
    "akta_requests.apply_central_status", "demo_history.seed_queue_history",
    "demo_cards.seed_demo_cards", "demo_residents.seed_demo_residents", "queue_day.close_day",
    "queue_services.ensure_default_services",
}


def _refused_calls(store: Store) -> dict[str, Callable[[Actor], object]]:
    """Every write service an inspector must be refused, with input an operator, supervisor
    or admin could give (the refusal comes before any check of it)."""
    any_id = uuid.uuid4()
    loket_1, loket_2 = loket(store, 1), loket(store, 2)
    service = queue_services.list_services(store)[0]
    supervisor_id = accounts.list_accounts(store, signed_in(store, "admin"))[2].id
    today = date(2025, 3, 3)
    signatory = Signatory("Drs. Hadi", "Kepala Seksi", "Dispendukcapil")
    return {
        "accounts.create_account": lambda a: accounts.create_account(
            store, a, NewAccount("baru", "Akun Baru", Role.OPERATOR, "rahasia-baru")),
        "accounts.set_account_active": lambda a: accounts.set_account_active(
            store, a, supervisor_id, False),
        "accounts.reset_password": lambda a: accounts.reset_password(
            store, a, supervisor_id, "sandi-baru-123"),
        "akta_requests.save_draft": lambda a: akta_requests.save_draft(
            store, a, birth_form(today - timedelta(days=3))),
        "akta_requests.submit_request": lambda a: akta_requests.submit_request(
            store, a, birth_form(today - timedelta(days=3))),
        "akta_requests.update_request": lambda a: akta_requests.update_request(
            store, a, any_id, birth_form(today - timedelta(days=3))),
        "akta_requests.cancel_request": lambda a: akta_requests.cancel_request(
            store, a, any_id, "salah input"),
        "akta_requests.set_central_status": lambda a: akta_requests.set_central_status(
            store, a, any_id, akta_requests.RequestStatus.VERIFIED),
        "akta_requests.hand_over": lambda a: akta_requests.hand_over(
            store, a, any_id, "Slamet Riyadi", NIK, True),
        "akta_views.open_request": lambda a: akta_views.open_request(store, a, any_id),
        "blanko.receive_blanks": lambda a: blanko.receive_blanks(store, a, blanko.BlankReceiptDraft(
            today, "470/1/2025", 2, "K0001-K0002")),
        "card_batches.prepare_hand_over": lambda a: card_batches.prepare_hand_over(
            store, a, card_batches.HandOverDraft(today, signatory, (any_id,))),
        "card_batches.confirm_hand_over": lambda a: card_batches.confirm_hand_over(
            store, a, any_id),
        "card_batches.discard_hand_over": lambda a: card_batches.discard_hand_over(
            store, a, any_id, "batal"),
        "card_destructions.prepare_destruction": lambda a: card_destructions.prepare_destruction(
            store, a, card_destructions.DestructionDraft(
                "470/9/2025", today, "halaman kantor", signatory,
                (Signatory("Iptu Bambang", "Kanit Binmas", "Polsek Kademangan"),), (any_id,))),
        "card_destructions.confirm_destruction": lambda a: card_destructions.confirm_destruction(
            store, a, any_id),
        "card_destructions.discard_destruction": lambda a: card_destructions.discard_destruction(
            store, a, any_id, "batal"),
        "ktp_print.create_print_job": lambda a: ktp_print.create_print_job(
            store, a, ktp_print.PrintJobDraft(NIK, PrintReason.NEW, "Budi Santoso",
                biometrics_checked=True)),
        "ktp_print.start_printing": lambda a: ktp_print.start_printing(store, a, any_id),
        "ktp_print.mark_printed": lambda a: ktp_print.mark_printed(store, a, any_id),
        "ktp_print.mark_failed": lambda a: ktp_print.mark_failed(
            store, a, any_id, "foto bergeser", "utuh"),
        "ktp_print.requeue_job": lambda a: ktp_print.requeue_job(store, a, any_id),
        "ktp_print.cancel_print_job": lambda a: ktp_print.cancel_print_job(
            store, a, any_id, "batal"),
        "ktp_print.receive_old_card": lambda a: ktp_print.receive_old_card(
            store, a, any_id, "patah", "rusak"),
        "ktp_print.hand_over_card": lambda a: ktp_print.hand_over_card(
            store, a, any_id, Recipient.RESIDENT, True),
        "office.update_office": lambda a: office.update_office(
            store, a, OfficeDraft("35.74.01.1008", timezone="Asia/Jakarta")),
        "office.add_counter": lambda a: office.add_counter(store, a, "Loket 3"),
        "office.update_counter": lambda a: office.update_counter(
            store, a, loket_2, "Loket Prioritas", True),
        "office.change_settings": lambda a: office.change_settings(
            store, a, {"idle_lock_minutes": 10}),
        "queue.issue_ticket": lambda a: queue.issue_ticket(store, service.id, issued_by=a),
        "queue.call_next": lambda a: queue.call_next(store, a),
        "queue.recall": lambda a: queue.recall(store, a, any_id),
        "queue.mark_no_show": lambda a: queue.mark_no_show(store, a, any_id),
        "queue.take_back": lambda a: queue.take_back(store, a, any_id),
        "queue.hold": lambda a: queue.hold(store, a, any_id),
        "queue.resume": lambda a: queue.resume(store, a, any_id),
        "queue.transfer": lambda a: queue.transfer(store, a, any_id, service.id),
        "queue.finish": lambda a: queue.finish(store, a, any_id),
        "queue.call_scanned": lambda a: queue.call_scanned(store, a, "A-001"),
        "queue_services.save_service": lambda a: queue_services.save_service(
            store, a, ServiceDraft(None, "E", "Legalisir", 15, None, None, None, True,
                                   (loket_1,))),
        "residents.load_residents_csv": lambda a: residents.load_residents_csv(
            store, a, Path("penduduk.csv")),
        "residents.open_resident": lambda a: residents.open_resident(store, a, NIK),
        "spoiled_cards.log_spoiled_card": lambda a: spoiled_cards.log_spoiled_card(
            store, a, spoiled_cards.SpoiledCardDraft(
                SpoilSource.DAMAGED_RETURNED, "chip rusak", "patah", NIK, "Budi Santoso")),
        "spoiled_cards.store_cards": lambda a: spoiled_cards.store_cards(
            store, a, [any_id], "lemari arsip"),
        "sync_status.retry_attention": lambda a: sync_status.retry_attention(store, a, 1),
        "sync_status.dismiss_attention": lambda a: sync_status.dismiss_attention(
            store, a, 1, "sudah beres"),
        "inspection.publish_snapshot": lambda a: sidak.publish_snapshot(store, a, PNG, 8, 8),
    }


REFUSED = sorted([
    "accounts.create_account", "accounts.set_account_active", "accounts.reset_password",
    "akta_requests.save_draft", "akta_requests.submit_request", "akta_requests.update_request",
    "akta_requests.cancel_request", "akta_requests.set_central_status",
    "akta_requests.hand_over", "akta_views.open_request", "blanko.receive_blanks",
    "card_batches.prepare_hand_over", "card_batches.confirm_hand_over",
    "card_batches.discard_hand_over", "card_destructions.prepare_destruction",
    "card_destructions.confirm_destruction", "card_destructions.discard_destruction",
    "ktp_print.create_print_job", "ktp_print.start_printing", "ktp_print.mark_printed",
    "ktp_print.mark_failed", "ktp_print.requeue_job", "ktp_print.cancel_print_job",
    "ktp_print.receive_old_card", "ktp_print.hand_over_card", "office.update_office",
    "office.add_counter", "office.update_counter", "office.change_settings",
    "queue.issue_ticket", "queue.call_next", "queue.recall", "queue.mark_no_show",
    "queue.take_back", "queue.hold", "queue.resume", "queue.transfer", "queue.finish",
    "queue.call_scanned", "queue_services.save_service", "residents.load_residents_csv",
    "residents.open_resident", "spoiled_cards.log_spoiled_card", "spoiled_cards.store_cards",
    "sync_status.retry_attention", "sync_status.dismiss_attention",
    "inspection.publish_snapshot",
])


def test_every_write_service_is_accounted_for():
    # A new service that writes fails here until it is added to REFUSED (and so called
    # with an inspector below), or to one of the two reasoned exceptions.
    assert write_services() == set(REFUSED) | INSPECTORS_OWN | WITHOUT_ACTOR
    assert not set(REFUSED) & (INSPECTORS_OWN | WITHOUT_ACTOR)


@pytest.fixture(scope="module")
def refusing(_store_templates, tmp_path_factory):
    """One demo store for all the refusals (each checks that it changed nothing), the
    inspector signed in at a loket, and the calls."""
    folder = tmp_path_factory.mktemp("refusals") / "store"
    folder.mkdir()
    template = _store_templates["demo"]
    for suffix in ("", "-wal"):
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copy2(source, folder / source.name)
    store = Store.open(folder)
    event.listen(store.engine, "connect", lambda conn, _: conn.execute("PRAGMA synchronous=OFF"))
    store.engine.dispose()
    try:
        # Signed in at a loket, as an inspector may be at the counter's own PC: the
        # refusal must come from the role, not from a missing loket.
        inspector = signed_in(store, "inspektur", counter=1)
        yield store, inspector, _refused_calls(store)
    finally:
        store.close()


@pytest.mark.parametrize("service", REFUSED)
def test_every_write_service_refuses_the_inspector_and_writes_nothing(refusing, service):
    store, inspector, calls = refusing
    before = fingerprint(store)

    with pytest.raises(PermissionDenied) as refused:
        calls[service](inspector)

    assert "Inspektur (sidak)" in refused.value.message
    assert fingerprint(store) == before


def test_the_refusal_list_calls_what_it_names(demo_store):
    assert sorted(_refused_calls(demo_store)) == REFUSED


@pytest.mark.parametrize("service", [
    lambda s, a: sidak.start_inspection(s, a),
    lambda s, a: sidak.record_look(s, a, loket(s, 1)),
    lambda s, a: sidak.inspect_record(s, a, RecordKind.AKTA_REQUEST, uuid.uuid4()),
    lambda s, a: sidak.record_test_print(s, a, loket(s, 1), "KD-PDF", True),
    lambda s, a: sidak.save_findings(s, a, Findings({}, "")),
    lambda s, a: sidak.end_inspection(s, a, Findings({}, "")),
    lambda s, a: sidak.live_pictures(s, a),
    lambda s, a: counter_overview(s, a),
    lambda s, a: counter_timeline(s, a, loket(s, 1)),
], ids=["start", "look", "open_record", "test_print", "findings", "end", "pictures",
        "overview", "timeline"])
def test_the_console_is_for_inspectors_only(demo_store, service):
    operator = signed_in(demo_store, "operator", counter=1)
    before = fingerprint(demo_store)
    with pytest.raises(PermissionDenied):
        service(demo_store, operator)
    assert fingerprint(demo_store) == before


# --- audited looks ---------------------------------------------------------------------


def _records(store: Store) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A submitted akta request, a print job and an invalid-card entry, made at loket 1."""
    operator = signed_in(store, "operator", counter=1)
    request = akta_requests.submit_request(store, operator, birth_form(date(2025, 2, 20)))
    job = ktp_print.create_print_job(
        store, operator, ktp_print.PrintJobDraft(NIK, PrintReason.NEW, "Budi Santoso",
            biometrics_checked=True))
    card = spoiled_cards.log_spoiled_card(store, operator, spoiled_cards.SpoiledCardDraft(
        SpoilSource.DAMAGED_RETURNED, "chip tidak terbaca", "patah", NIK, "Budi Santoso",
        "OLD0001"))
    return request.id, job.id, card.id


def test_start_end_every_look_and_every_opening_is_one_audit_event(demo_store, counts):
    request_id, job_id, card_id = _records(demo_store)
    inspector = signed_in(demo_store, "inspektur")
    first = head(demo_store)

    started = sidak.start_inspection(demo_store, inspector, "Inspektorat: Drs. Ahmad")
    sidak.record_look(demo_store, inspector, loket(demo_store, 1))
    sidak.record_look(demo_store, inspector, loket(demo_store, 2))
    sidak.record_look(demo_store, inspector, loket(demo_store, 1))
    request = sidak.inspect_record(demo_store, inspector, RecordKind.AKTA_REQUEST, request_id)
    job = sidak.inspect_record(demo_store, inspector, RecordKind.PRINT_JOB, job_id)
    card = sidak.inspect_record(demo_store, inspector, RecordKind.SPOILED_CARD, card_id)
    sidak.end_inspection(demo_store, inspector, Findings({}, "Pelayanan tertib."))

    loket_1, loket_2 = str(loket(demo_store, 1)), str(loket(demo_store, 2))
    assert audit_actions(demo_store, first) == [
        ("sidak.started", "inspektur", "inspection", str(started.id)),
        ("sidak.counter_viewed", "inspektur", "counter", loket_1),
        ("sidak.counter_viewed", "inspektur", "counter", loket_2),
        ("sidak.counter_viewed", "inspektur", "counter", loket_1),
        ("sidak.record_opened", "inspektur", "akta_request", str(request_id)),
        ("sidak.record_opened", "inspektur", "print_job", str(job_id)),
        ("sidak.record_opened", "inspektur", "spoiled_card", str(card_id)),
        ("sidak.ended", "inspektur", "inspection", str(started.id)),
    ]
    # The same details the records' own pages show, read-only.
    assert request.tracking_number and job.number and card.register_number
    assert counts(demo_store).audit == counts(demo_store).outbox  # each one leaves for the centre
    assert verify_store(demo_store.path).ok


def test_records_are_found_by_their_numbers_without_an_audit_event(demo_store):
    _request_id, job_id, card_id = _records(demo_store)
    inspector = signed_in(demo_store, "inspektur")
    opened = sidak.inspect_record(demo_store, inspector, RecordKind.PRINT_JOB, job_id)
    first = head(demo_store)

    assert sidak.find_record(demo_store, inspector, RecordKind.PRINT_JOB,
                             opened.number.lower()) == job_id
    card = spoiled_cards.get_spoiled_card(demo_store, inspector, card_id)
    assert sidak.find_record(demo_store, inspector, RecordKind.SPOILED_CARD, "old0001") == card.id
    with pytest.raises(sidak.NotFound):
        sidak.find_record(demo_store, inspector, RecordKind.AKTA_REQUEST, "123")
    assert head(demo_store) == first


def test_a_second_inspector_joins_the_running_inspection(demo_store, clock):
    admin = signed_in(demo_store, "admin")
    accounts.create_account(demo_store, admin, NewAccount(
        "inspektur2", "Rudi Hartono", Role.INSPECTOR, "inspektur2-demo"))
    first = sidak.start_inspection(demo_store, signed_in(demo_store, "inspektur"))
    clock.advance(minutes=5)
    second = accounts.sign_in(demo_store, "inspektur2", "inspektur2-demo")

    joined = sidak.start_inspection(demo_store, second)
    again = sidak.start_inspection(demo_store, second)  # nothing new: no event

    assert joined.id == first.id == again.id
    assert [i.full_name for i in joined.inspectors] == ["Dewi Lestari", "Rudi Hartono"]
    assert [a[0] for a in audit_actions(demo_store, head(demo_store) - 2)][-2:] == [
        "auth.signed_in", "sidak.joined"]
    active = sidak.inspection_active(demo_store)
    assert active is not None and active.inspectors == ("Dewi Lestari", "Rudi Hartono")


# --- pictures ---------------------------------------------------------------------------


def _snapshots(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(CounterSnapshot)) or 0


def test_pictures_exist_only_while_an_inspection_runs_and_are_never_audited(demo_store, clock):
    operator = signed_in(demo_store, "operator", counter=1)
    supervisor = signed_in(demo_store, "supervisor", counter=2)
    inspector = signed_in(demo_store, "inspektur")
    assert sidak.publish_snapshot(demo_store, operator, PNG, 8, 8) is False  # no sidak yet
    assert _snapshots(demo_store) == 0
    sidak.start_inspection(demo_store, inspector)
    events = head(demo_store)

    for _ in range(3):
        clock.advance(seconds=2)
        assert sidak.publish_snapshot(demo_store, operator, PNG, 8, 8) is True
        assert sidak.publish_snapshot(demo_store, supervisor, PNG + b"2", 8, 8) is True

    assert head(demo_store) == events  # pictures are not audited records
    assert _snapshots(demo_store) == 2  # one per counter, replaced
    pictures = {p.counter_id: p for p in sidak.live_pictures(demo_store, inspector)}
    assert pictures[loket(demo_store, 2)].png == PNG + b"2"
    assert pictures[loket(demo_store, 1)].full_name == "Siti Rahmawati"
    assert pictures[loket(demo_store, 1)].taken_at == clock.now()
    known = {c: p.taken_at for c, p in pictures.items()}
    assert all(p.png == b"" for p in sidak.live_pictures(demo_store, inspector, known))

    ended = sidak.end_inspection(demo_store, inspector, Findings({}, ""))

    assert _snapshots(demo_store) == 0
    assert {c.number: c.picture is not None for c in ended.counters} == {1: True, 2: True}
    assert sidak.publish_snapshot(demo_store, operator, PNG, 8, 8) is False
    assert _snapshots(demo_store) == 0
    assert sidak.inspection_active(demo_store) is None
    assert verify_store(demo_store.path).ok
    # The store itself refuses a picture with no inspection running.
    with sqlite3.connect(demo_store.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO counter_snapshots (counter_id, inspection_id, taken_at, png,"
                     " width, height, username, full_name) VALUES (?, ?, 'x', x'00', 1, 1,"
                     " 'a', 'b')", (loket(demo_store, 1).hex, ended.inspection_id.hex))


def test_an_inspector_cannot_publish_a_picture_even_at_a_loket(demo_store):
    inspector = signed_in(demo_store, "inspektur", counter=1)
    sidak.start_inspection(demo_store, inspector)
    with pytest.raises(PermissionDenied):
        sidak.publish_snapshot(demo_store, inspector, PNG, 8, 8)
    assert _snapshots(demo_store) == 0


# --- figures of a small known day --------------------------------------------------------


def _known_day(store: Store, clock) -> dict[str, Any]:
    """Loket 1 and 2 on a Monday morning from 08:00 WIB, minute by minute."""
    operator = signed_in(store, "operator", counter=1)
    supervisor = signed_in(store, "supervisor", counter=2)
    a = next(s for s in queue_services.list_services(store) if s.prefix == "A")
    tickets = []
    for _ in range(4):
        tickets.append(queue.issue_ticket(store, a.id).ticket)  # 08:00, 08:01, 08:02, 08:03
        clock.advance(minutes=1)
    clock.advance(minutes=1)                                       # 08:05
    first = queue.call_next(store, operator)                       # A-001 waited 5
    clock.advance(minutes=1)                                       # 08:06
    third = queue.call_next(store, supervisor)                     # A-002 waited 5
    clock.advance(minutes=6)                                       # 08:12
    queue.finish(store, supervisor, third.id)                      # served 6
    clock.advance(minutes=3)                                       # 08:15
    queue.finish(store, operator, first.id)                        # served 10
    second = queue.call_next(store, operator)                      # A-003 waited 13
    for _ in range(2):
        clock.advance(minutes=1)
        queue.recall(store, operator, second.id)
    queue.mark_no_show(store, operator, second.id)                 # 08:17
    akta_requests.submit_request(store, operator, birth_form(date(2025, 2, 20)))
    blanko.receive_blanks(store, operator, blanko.BlankReceiptDraft(
        date(2025, 3, 1), "470/55/2025", 4, "K0001-K0004"))
    job = ktp_print.create_print_job(
        store, operator, ktp_print.PrintJobDraft(NIK, PrintReason.NEW, "Budi Santoso",
            biometrics_checked=True))
    ktp_print.start_printing(store, operator, job.id)
    ktp_print.mark_printed(store, operator, job.id)
    other = ktp_print.create_print_job(
        store, operator, ktp_print.PrintJobDraft("3574015505920004", PrintReason.NEW, "Sri",
            biometrics_checked=True))
    ktp_print.start_printing(store, operator, other.id)
    ktp_print.mark_failed(store, operator, other.id, "foto bergeser", "utuh")
    spoiled_cards.log_spoiled_card(store, supervisor, spoiled_cards.SpoiledCardDraft(
        SpoilSource.DAMAGED_RETURNED, "chip tidak terbaca", "patah", NIK, "Budi Santoso",
        "OLD0001"))
    clock.advance(minutes=1)                                       # 08:18
    serving = queue.call_next(store, operator)                     # A-004 waited 15
    clock.advance(minutes=2)                                       # 08:20
    accounts.sign_out(store, supervisor)
    return {"operator": operator, "serving": serving, "tickets": tickets}


def test_each_counter_shows_who_serves_what_and_the_figures_of_today(demo_store, clock):
    day = _known_day(demo_store, clock)
    inspector = signed_in(demo_store, "inspektur")

    one, two = counter_overview(demo_store, inspector)

    assert (one.name, two.name) == ("Loket 1", "Loket 2")
    assert one.signed_in is not None and one.signed_in.full_name == "Siti Rahmawati"
    assert two.signed_in is None  # the supervisor signed out at 08:20
    assert one.serving is not None and one.serving.code == "A-004"
    assert one.serving.since == clock.now() - timedelta(minutes=2)
    assert two.serving is None
    f1, f2 = one.figures, two.figures
    assert (f1.served, f1.no_shows, f2.served, f2.no_shows) == (1, 1, 1, 0)
    # Waiting of the visits served (partly) at the loket: loket 1 called A-001 (5 min),
    # A-003 (13) and A-004 (15); loket 2 called A-002 (5). Linear-interpolated p90.
    assert (f1.waiting.count, f1.waiting.median, f1.waiting.p90) == (3, 13.0, pytest.approx(14.6))
    assert (f1.service.count, f1.service.median) == (1, 10.0)
    assert (f2.waiting.median, f2.service.median, f2.service.p90) == (5.0, 6.0, 6.0)
    assert (f1.requests_registered, f1.cards_printed, f1.cards_spoiled) == (1, 1, 1)
    assert (f2.requests_registered, f2.cards_printed, f2.cards_spoiled) == (0, 0, 1)
    assert day["serving"].code == "A-004"


def test_the_timeline_reads_as_who_did_what_and_filters(demo_store, clock):
    _known_day(demo_store, clock)
    inspector = signed_in(demo_store, "inspektur")
    loket_1 = loket(demo_store, 1)

    rows = counter_timeline(demo_store, inspector, loket_1)
    queue_rows = counter_timeline(demo_store, inspector, loket_1,
                                  TimelineFilter(frozenset({TimelineKind.QUEUE})))
    found = counter_timeline(demo_store, inspector, loket_1, TimelineFilter(text="a-003"))

    signs = counter_timeline(demo_store, inspector, loket_1,
                             TimelineFilter(frozenset({TimelineKind.SIGN_IN})))
    assert [(r.label, r.actor_name) for r in signs] == [("Masuk ke aplikasi", "Siti Rahmawati")]
    assert [r.seq for r in rows] == sorted(r.seq for r in rows)
    # The admin added the loket this morning; loket 2's supervisor is not in its timeline.
    assert {r.actor for r in rows} == {"admin", "operator"}
    assert [(r.label, r.detail) for r in queue_rows][:3] == [
        ("Memanggil nomor antrean", "A-001"), ("Menyelesaikan layanan", "A-001"),
        ("Memanggil nomor antrean", "A-003")]
    assert all(r.kind is TimelineKind.QUEUE for r in queue_rows)
    assert [r.label for r in found] == ["Memanggil nomor antrean", "Memanggil ulang",
                                        "Memanggil ulang", "Menandai tidak hadir"]
    printed = next(r for r in rows if r.action == "ktp.printed")
    assert printed.openable == "print_job" and printed.detail.startswith("3574011007-KTP-")
    two = counter_timeline(demo_store, inspector, loket(demo_store, 2))
    assert [r.action for r in two][-1] == "auth.signed_out"


# --- findings and the report ------------------------------------------------------------


def test_findings_are_kept_checked_and_close_with_the_inspection(demo_store):
    inspector = signed_in(demo_store, "inspektur")
    loket_1 = loket(demo_store, 1)
    with pytest.raises(InspectionRefused):
        sidak.save_findings(demo_store, inspector, Findings({loket_1: "x"}, ""))
    sidak.start_inspection(demo_store, inspector)
    with pytest.raises(InvalidInput):
        sidak.save_findings(demo_store, inspector, Findings({loket_1: "x" * 2001}, ""))

    saved = sidak.save_findings(demo_store, inspector,
                                Findings({loket_1: "  Antrean tertib.  "}, "Baik."))
    data = sidak.end_inspection(demo_store, inspector,
                                Findings({loket_1: "Antrean tertib, petugas ramah."}, "Baik."))

    assert saved.findings == {loket_1: "Antrean tertib."}
    assert [c.findings for c in data.counters] == ["Antrean tertib, petugas ramah.", ""]
    assert data.overall_findings == "Baik."
    with sqlite3.connect(demo_store.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE inspection_findings SET text = 'diubah'")


def test_the_report_is_kept_once_synced_as_a_record_and_its_opening_audited(
        demo_store, last_outbox):
    inspector = signed_in(demo_store, "inspektur")
    supervisor = signed_in(demo_store, "supervisor")
    started = sidak.start_inspection(demo_store, inspector)
    with pytest.raises(InspectionRefused):
        reports.save_report(demo_store, inspector, started.id, b"%PDF-1.7 laporan")
    sidak.record_test_print(demo_store, inspector, loket(demo_store, 1), "KD-PDF", False,
                            "Printer tidak terpasang.")
    sidak.end_inspection(demo_store, inspector, Findings({loket(demo_store, 1): "Printer"
                                                          " loket 1 mati."}, "Perlu perbaikan."))

    row = reports.save_report(demo_store, inspector, started.id, b"%PDF-1.7 laporan")

    record = last_outbox(demo_store)
    assert record.action == "sidak.report_saved" and record.state == "pending"
    assert f'"report_sha256":"{row.report_sha256}"' in record.payload
    assert "Printer loket 1 mati." in record.payload and '"ok":false' in record.payload
    with pytest.raises(InspectionRefused):
        reports.save_report(demo_store, inspector, started.id, b"%PDF-1.7 lagi")
    listed = reports.list_reports(demo_store, supervisor)
    assert [(r.number, r.report_bytes) for r in listed] == [(started.number, 16)]
    before = head(demo_store)
    assert reports.report_pdf(demo_store, supervisor, started.id) == b"%PDF-1.7 laporan"
    assert audit_actions(demo_store, before) == [
        ("sidak.report_opened", "supervisor", "inspection", str(started.id))]
    with pytest.raises(PermissionDenied):
        reports.list_reports(demo_store, signed_in(demo_store, "operator"))
    assert verify_store(demo_store.path).ok


def test_test_prints_need_a_running_inspection_and_are_audited(demo_store):
    inspector = signed_in(demo_store, "inspektur")
    with pytest.raises(InspectionRefused):
        sidak.record_test_print(demo_store, inspector, loket(demo_store, 1), "KD-PDF", True)
    sidak.start_inspection(demo_store, inspector)
    first = head(demo_store)

    result = sidak.record_test_print(demo_store, inspector, loket(demo_store, 2), "KD-PDF", True)

    assert result.ok and result.printer == "KD-PDF"
    assert audit_actions(demo_store, first) == [
        ("sidak.test_printed", "inspektur", "counter", str(loket(demo_store, 2)))]
