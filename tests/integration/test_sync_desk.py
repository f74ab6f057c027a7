"""The desk's sync engine against a real ``kelurahan-central serve`` on loopback, on SQLite
and on PostgreSQL: the outbox arrives exactly once, replays are acknowledged, rejections
wait for a person while the rest flows, a revoked key stops everything visibly, and what
the centre does (request steps, accounts, residents) reaches the desk's own tables."""

from __future__ import annotations

import http.server
import json
import os
import secrets
import shutil
import socketserver
import stat
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.central import admin
from kelurahan_desk.central.tables import Office as CentralOffice
from kelurahan_desk.central.tables import Op
from kelurahan_desk.domain.akta import RequestStatus
from kelurahan_desk.domain.ktp_print import PrintReason, RecordStatus
from kelurahan_desk.services import (
    accounts,
    akta_requests,
    akta_views,
    blanko,
    ktp_print,
    office,
    queue,
    stock_allocations,
)
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.errors import InvalidInput, SignInRefused
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.services.residents import find_residents
from kelurahan_desk.services.sync_status import (
    RETRIED,
    list_needs_attention,
    retry_attention,
    sync_status,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, AuditEvent, OutboxRecord
from kelurahan_desk.sync import credentials, wire
from kelurahan_desk.sync import settings as sync_settings
from kelurahan_desk.sync.client import CentralClient
from kelurahan_desk.sync.engine import SyncEngine, SyncReport
from kelurahan_desk.sync.errors import ProblemKind, TooLarge
from kelurahan_desk.sync.pull import cursor_key, restart_stream
from kelurahan_desk.sync.push import _body, _next_batch, push_pending
from kelurahan_desk.sync.state import put, transaction
from tests.akta_forms import birth_form
from tests.integration.conftest import ROOT, CentralServer, central_engine

PASSWORDS = {"admin": "admin-demo", "operator": "operator-demo",
             "supervisor": "supervisor-demo"}
# Offices of Kota Surabaya (no kecamatan table is shipped for it, so any kecamatan number
# is taken): a random kecamatan per run keeps these apart from every other test's offices.
_KECAMATAN = secrets.randbelow(80) + 10
_serials = iter(range(1, 1000))


@pytest.fixture(autouse=True)
def _key_in_a_file(monkeypatch):
    monkeypatch.setenv(credentials.KEYRING_ENV, "file")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo desk made once; each test copies it."""
    folder = tmp_path_factory.mktemp("sync-demo") / "desk"
    store = Store.open(folder)
    try:
        seed_demo(store)
    finally:
        store.close()
    return folder


@dataclass
class Desk:
    store: Store
    code: str  # 10 digits
    key: str
    central: CentralServer
    engine: SyncEngine

    def actor(self, username: str):
        counter = office.list_counters(self.store)[0]
        return accounts.sign_in(self.store, username, PASSWORDS[username], counter.id)

    def sync(self) -> SyncReport:
        return self.engine.run_once()

    def centre_ops(self) -> list[tuple[int, str, str]]:
        """(seq, op id, hash) of every op the centre keeps for this office."""
        engine = central_engine(self.central.database_url)
        with engine.connect() as conn:
            office_id = conn.scalar(select(CentralOffice.id).where(
                CentralOffice.code == self.code))
            rows = conn.execute(select(Op.seq, Op.op_id, Op.hash).where(
                Op.office_id == office_id).order_by(Op.seq)).all()
        return [(seq, str(op_id), digest) for seq, op_id, digest in rows]

    def desk_ops(self) -> list[tuple[int, str, str]]:
        with self.store.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT o.seq, o.op_id, a.hash FROM outbox o JOIN audit_events a"
                " ON a.seq = o.audit_seq ORDER BY o.seq").all()
        import uuid

        return [(seq, str(uuid.UUID(op_id)), digest) for seq, op_id, digest in rows]


def make_desk(central: CentralServer, template: Path, folder: Path,
              pull_limit: int = wire.MAX_PULL_LIMIT) -> Desk:
    shutil.copytree(template, folder)
    store = Store.open(folder)
    admin_actor = accounts.sign_in(store, "admin", PASSWORDS["admin"])
    serial = next(_serials)
    dotted = f"35.78.{_KECAMATAN:02d}.1{serial:03d}"
    office.update_office(store, admin_actor, office.OfficeDraft(
        code=dotted, name=f"Uji Sinkron {serial}", kecamatan="Kecamatan Uji"))
    code = dotted.replace(".", "")
    key = admin.add_office(central_engine(central.database_url), code, f"Uji {serial}")
    sync_settings.configure(store, admin_actor, central.base_url, key)
    return Desk(store, code, key, central, SyncEngine(store, pull_limit=pull_limit))


@pytest.fixture
def desk(central, demo_template, tmp_path) -> Iterator[Desk]:
    made = make_desk(central, demo_template, tmp_path / "desk")
    yield made
    made.store.close()


def serve_a_visit(desk: Desk) -> None:
    operator = desk.actor("operator")
    service = next(s for s in list_services(desk.store) if s.prefix == "A")
    queue.issue_ticket(desk.store, service.id)
    called = queue.call_next(desk.store, operator)
    assert called is not None
    queue.finish(desk.store, operator, called.id)


def submit_birth(desk: Desk, serial: int = 1):
    today = datetime.now(UTC).date()
    return akta_requests.submit_request(desk.store, desk.actor("operator"),
                                        birth_form(today - timedelta(days=10), serial=serial))


# --- push ---------------------------------------------------------------------------------


def test_the_whole_outbox_reaches_the_centre_exactly_once(desk):
    serve_a_visit(desk)
    submit_birth(desk)
    report = desk.sync()
    assert report.problem is None, report.problem
    assert report.complete
    assert report.push.rejected == 0 and report.push.acked == len(desk.desk_ops())
    assert desk.centre_ops() == desk.desk_ops()
    status = sync_status(desk.store)
    assert (status.pending, status.needs_attention) == (0, 0)
    assert status.last_success is not None and status.problem is None
    # Again: nothing new goes, nothing is applied twice.
    again = desk.sync()
    assert again.complete and again.push.acked == 0
    assert desk.centre_ops() == desk.desk_ops()


def test_a_push_whose_answer_was_lost_is_acknowledged_as_duplicates(desk):
    serve_a_visit(desk)
    ops, head = _next_batch(desk.store, wire.MAX_OPS_PER_PUSH, wire.MAX_PUSH_BYTES)
    with CentralClient(desk.central.base_url, desk.key) as client:
        first = client.push(_body(desk.code, "loket-1", ops, head, desk.store.clock()))  # lost
    assert {r.status for r in first.results} == {wire.OpStatus.APPLIED}
    assert sync_status(desk.store).pending == len(ops)  # nothing marked at the desk
    report = desk.sync()
    assert report.complete
    assert report.push.duplicates == len(ops) and report.push.acked >= len(ops)
    assert desk.centre_ops() == desk.desk_ops()


def test_a_rejected_op_waits_for_a_person_and_the_rest_flows(desk):
    # An akta correction of a request the centre never received: rejected, kept.
    with desk.store.write("budi", "operator") as uow:
        uow.record("akta.corrected", "akta_request", "6f1d2a3b-0000-4000-8000-000000000001",
                   {"form": {"kind": "birth"}, "changes": {}})
    serve_a_visit(desk)
    report = desk.sync()
    assert report.problem is None and report.push.rejected == 1
    assert not report.complete
    status = sync_status(desk.store)
    assert (status.pending, status.needs_attention) == (0, 1)
    assert desk.centre_ops() == desk.desk_ops()  # kept at the centre too, chain whole
    supervisor = desk.actor("supervisor")
    (item,) = list_needs_attention(desk.store, supervisor)
    assert item.action == "akta.corrected" and "unknown_record" in item.reason
    # A retry is a new op of the same content; the centre still cannot apply it.
    new_seq = retry_attention(desk.store, supervisor, item.seq)
    with desk.store.read() as session:
        assert session.get(OutboxRecord, item.seq).state == RETRIED
        assert session.get(OutboxRecord, new_seq).action == "akta.corrected"
    again = desk.sync()
    assert again.push.rejected == 1
    (left,) = list_needs_attention(desk.store, supervisor)
    assert left.seq == new_seq
    assert desk.centre_ops() == desk.desk_ops()


def test_a_revoked_key_stops_sync_visibly_and_marks_nothing(desk):
    serve_a_visit(desk)
    before = sync_status(desk.store).pending
    admin.revoke_keys(central_engine(desk.central.database_url), desk.code)
    report = desk.sync()
    assert report.problem is not None and report.problem.kind == ProblemKind.KEY_REFUSED
    assert "ditolak" in report.problem.message
    status = sync_status(desk.store)
    assert status.pending == before and status.problem is not None
    assert status.problem.kind == "key_refused"
    with desk.store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRecord).where(
            OutboxRecord.acked_at.is_not(None))) == 0
    assert desk.centre_ops() == []
    assert report.next_delay >= 2.5  # backing off, not hammering


def test_a_quarantined_office_stops_pushing_and_says_why(desk):
    assert desk.sync().complete
    # The centre's anchor moves past the desk: the desk looks restored from a backup.
    engine = central_engine(desk.central.database_url)
    from sqlalchemy import update

    with engine.begin() as conn:
        conn.execute(update(CentralOffice).where(CentralOffice.code == desk.code).values(
            head_seq=CentralOffice.head_seq + 5))
    serve_a_visit(desk)
    report = desk.sync()
    assert report.problem is not None and report.problem.kind == ProblemKind.QUARANTINED
    assert "karantina" in report.problem.message
    assert sync_status(desk.store).pending > 0


# --- pull ---------------------------------------------------------------------------------


def test_steps_the_centre_takes_reach_the_request_timeline(desk):
    detail = submit_birth(desk)
    assert desk.sync().complete
    number = detail.tracking_number
    desk.central.cli("requests", "advance", number, "sent")  # as the centre's staff would
    engine = central_engine(desk.central.database_url)
    admin.advance_request(engine, number, "verified", akta_number=None, reason=None, by="t")
    admin.advance_request(engine, number, "issued", akta_number="3578-LT-77", reason=None,
                          by="t")
    report = desk.sync()
    assert report.complete, report.problem
    assert report.pull.streams["requests"].changed == 3
    # The acknowledgements of those steps went up too: the centre holds all of it.
    assert desk.centre_ops() == desk.desk_ops()
    opened = akta_views.open_request(desk.store, desk.actor("supervisor"), detail.id)
    assert opened.status == RequestStatus.ISSUED and opened.akta_number == "3578-LT-77"
    central_steps = [s.status for s in opened.timeline if s.source == "central"]
    assert central_steps == [RequestStatus.SENT, RequestStatus.VERIFIED, RequestStatus.ISSUED]
    # The stream fetched again from the start applies nothing twice.
    restart_stream(desk.store, wire.Stream.REQUESTS)
    again = desk.sync()
    assert again.complete and again.pull.streams["requests"].changed == 0
    assert again.pull.streams["requests"].items == 3
    reopened = akta_views.open_request(desk.store, desk.actor("supervisor"), detail.id)
    assert len(reopened.timeline) == len(opened.timeline)


def test_accounts_the_centre_manages_arrive_without_a_password(desk):
    engine = central_engine(desk.central.database_url)
    admin.add_account(engine, desk.code, "rina", "Rina Puspita", "operator")
    assert desk.sync().complete
    with desk.store.read() as session:
        rina = session.scalar(select(Account).where(Account.username == "rina"))
        assert rina is not None and rina.active and rina.full_name == "Rina Puspita"
    with pytest.raises(SignInRefused):
        accounts.sign_in(desk.store, "rina", "")
    accounts.reset_password(desk.store, desk.actor("admin"), rina.id, "rina-sandi-1")
    assert accounts.sign_in(desk.store, "rina", "rina-sandi-1").username == "rina"
    admin.set_account_active(engine, desk.code, "rina", False)
    assert desk.sync().complete
    with desk.store.read() as session:
        again = session.get(Account, rina.id)
        assert not again.active
    with pytest.raises(SignInRefused):  # inactive now; the password stayed the desk's
        accounts.sign_in(desk.store, "rina", "rina-sandi-1")


HEADER = ("nik,no_kk,nama_lengkap,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,"
          "kode_kelurahan,agama\n")


def residents_csv(folder: Path, serials: range, name: str = "Sulastri") -> Path:
    # Women born 1985-07-01 in Kademangan (day + 40 in the NIK).
    lines = [f"35740141078{5}{s:04d},3574010101100001,{name} Wulandari {s},P,Probolinggo,"
             f"1985-07-01,Jl. Anggrek {s},3,1,35.74.01.1007,Islam\n" for s in serials]
    path = folder / f"residents-{serials.start}-{serials.stop}.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def load_residents(central: CentralServer, serials: range, folder: Path) -> None:
    from kelurahan_desk.central.residents_csv import read_residents

    admin.load_residents(central_engine(central.database_url),
                         read_residents(residents_csv(folder, serials)), True)


@pytest.fixture
def shared_residents(central, tmp_path_factory):
    """The city list is one for all offices: each test that reads it sets it (replacing)."""
    folder = tmp_path_factory.mktemp("residents")
    load_residents(central, range(1, 31), folder)
    return folder


def test_residents_arrive_in_pages_and_are_found(central, demo_template, tmp_path,
                                                 shared_residents):
    desk = make_desk(central, demo_template, tmp_path / "desk", pull_limit=7)
    try:
        report = desk.sync()
        assert report.complete, report.problem
        stream = report.pull.streams["residents"]
        assert stream.items == 30 and stream.pages == 5  # 7 a page
        operator = desk.actor("operator")
        hits = find_residents(desk.store, operator, "sulas wulan")
        assert len(hits) == 20  # the lookup's default limit
        assert find_residents(desk.store, operator, "3574014107850012")[0].full_name == (
            "Sulastri Wulandari 12")
        # The centre drops people from its list: they leave the desk's list too.
        load_residents(central, range(1, 26), shared_residents)
        assert desk.sync().complete
        assert find_residents(desk.store, operator, "3574014107850028") == []
        assert len(find_residents(desk.store, operator, "sulas", limit=100)) == 25
    finally:
        desk.store.close()


def test_a_cursor_the_centre_forgot_means_push_then_fetch_the_list_again(
        central, demo_template, tmp_path, shared_residents):
    desk = make_desk(central, demo_template, tmp_path / "desk")
    try:
        assert desk.sync().complete
        serve_a_visit(desk)  # pending when the cursor is refused: pushed first
        with desk.store.write("system", "system") as uow:  # a stale row of an old list
            uow.session.connection().exec_driver_sql(
                "INSERT INTO residents (nik, id, kk, full_name, sex, birth_place, birth_date,"
                " address, rt, rw, kelurahan_code, religion, synthetic, updated_at) VALUES"
                " ('3574014107859999', 'ffffffffffffffffffffffffffffffff', '3574010101100001',"
                " 'Lama Sekali', 'P', 'Probolinggo', '1985-07-01', 'Jl. Lama', '003', '001',"
                " '3574011007', NULL, 0, '2020-01-01T00:00:00.000000Z')")
            uow.record("test.stale_row", "residents", "stale", {})
        with transaction(desk.store) as session:  # a cursor of another centre database
            put(session, cursor_key(wire.Stream.RESIDENTS),
                {"cursor": "v1.0123456789abcdef.5", "rebuild_since": None})
        report = desk.sync()
        assert report.complete, report.problem
        assert report.pull.streams["residents"].items == 30
        assert desk.centre_ops() == desk.desk_ops()
        operator = desk.actor("operator")
        assert find_residents(desk.store, operator, "lama sekali") == []
        assert len(find_residents(desk.store, operator, "sulas", limit=100)) == 30
    finally:
        desk.store.close()


# --- a page spoiled on the way ------------------------------------------------------------


class _Shim(http.server.BaseHTTPRequestHandler):
    """Forwards to the centre; spoils the items of the first residents page it sees."""

    target = ""
    spoil_left = 0
    spoiled = 0

    def log_message(self, *_args) -> None:
        pass

    def _forward(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        request = urllib.request.Request(self.target + self.path, data=body, method=method,
                                         headers={k: v for k, v in self.headers.items()
                                                  if k.lower() not in ("host", "connection")})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, data = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, data = error.code, error.read()
        cls = type(self)
        if "stream=residents" in self.path and status == 200 and cls.spoil_left > 0:
            page = json.loads(data)
            if page["items"]:
                page["items"][0]["full_name"] = "Orang Palsu"  # checksum left as it was
                data = json.dumps(page).encode()
                cls.spoil_left -= 1
                cls.spoiled += 1
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._forward("GET")

    def do_POST(self) -> None:
        self._forward("POST")


def test_a_page_whose_checksum_fails_is_fetched_again(central, demo_template, tmp_path,
                                                      shared_residents):
    handler = type("Shim", (_Shim,), {"target": central.base_url, "spoil_left": 1})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    desk = make_desk(central, demo_template, tmp_path / "desk", pull_limit=10)
    try:
        sync_settings.configure(desk.store, None,
                                f"http://127.0.0.1:{server.server_address[1]}", None)
        report = desk.sync()
        assert report.complete, report.problem
        assert handler.spoiled == 1 and report.pull.refetched == 1
        assert report.pull.streams["residents"].items == 30
        operator = desk.actor("operator")
        assert find_residents(desk.store, operator, "orang palsu") == []
        assert len(find_residents(desk.store, operator, "sulas", limit=100)) == 30
    finally:
        desk.store.close()
        server.shutdown()
        server.server_close()


# --- the command line and the key -----------------------------------------------------------


def desk_cli(*args: str, data_dir: Path, stdin: str | None = None
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", credentials.KEYRING_ENV: "file"}
    return subprocess.run(
        [sys.executable, "-m", "kelurahan_desk", *args, "--data-dir", str(data_dir)],
        input=stdin, capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


# The exit codes do not depend on the centre's database: one server is enough.
@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)
def test_the_sync_command_says_why_it_could_not_finish(central, demo_template, tmp_path):
    folder = tmp_path / "cli-desk"
    shutil.copytree(demo_template, folder)
    store = Store.open(folder)
    serial = next(_serials)
    dotted = f"35.78.{_KECAMATAN:02d}.1{serial:03d}"
    office.update_office(store, accounts.sign_in(store, "admin", PASSWORDS["admin"]),
                         office.OfficeDraft(code=dotted, name=f"Uji CLI {serial}",
                                            kecamatan="Kecamatan Uji"))
    store.close()
    unset = desk_cli("sync", data_dir=folder)
    assert unset.returncode == 1 and "belum diatur" in unset.stderr
    code = dotted.replace(".", "")
    engine = central_engine(central.database_url)
    key = admin.add_office(engine, code, f"Uji CLI {serial}")
    made = desk_cli("sync", "--configure", central.base_url, data_dir=folder,
                    stdin=key + "\n")
    assert made.returncode == 0, made.stderr
    assert key not in made.stdout + made.stderr
    key_path = credentials.key_file(folder)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert key.encode() not in (folder / "kelurahan.sqlite").read_bytes()
    done = desk_cli("sync", data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert "selesai" in done.stdout.lower()
    admin.revoke_keys(engine, code)
    refused = desk_cli("sync", data_dir=folder)
    assert refused.returncode == 1 and "ditolak" in refused.stderr


def test_the_key_file_is_readable_by_its_user_only(tmp_path):
    old = os.umask(0)
    try:
        where = credentials.save_key(tmp_path, "kdc1_" + "a" * 43)
    finally:
        os.umask(old)
    assert where == "file"
    path = credentials.key_file(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)  # widened by hand, or copied with a careless tool
    assert credentials.load_key(tmp_path) == "kdc1_" + "a" * 43
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    credentials.delete_key(tmp_path)
    assert credentials.load_key(tmp_path) is None


def test_a_keyring_takes_the_key_when_there_is_one(tmp_path, monkeypatch):
    import types

    kept: dict[tuple[str, str], str] = {}

    class Backend:
        priority = 5

    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: Backend()
    fake.set_password = lambda s, u, p: kept.__setitem__((s, u), p)
    fake.get_password = lambda s, u: kept.get((s, u))
    fake.delete_password = lambda s, u: kept.pop((s, u))
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("FailKeyring", (), {})
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    monkeypatch.delenv(credentials.KEYRING_ENV)
    credentials.key_file(tmp_path).write_text("kdc1_old")
    assert credentials.save_key(tmp_path, "kdc1_" + "b" * 43) == "keyring"
    assert not credentials.key_file(tmp_path).exists()  # no copy left behind
    assert credentials.load_key(tmp_path) == "kdc1_" + "b" * 43
    monkeypatch.setenv(credentials.KEYRING_ENV, "file")  # the office asked for the file
    assert credentials.load_key(tmp_path) is None


def test_an_accepted_op_id_sent_again_under_a_new_seq_is_a_rewritten_chain(desk_factory):
    """The centre finds replays by seq (see central/push.py); an old op id under a new
    seq is caught by the unique index and quarantines the office, nothing written."""
    fake = desk_factory()
    for n in range(2):
        fake.record("auth.signed_in", "account", f"a{n}", {})
    assert fake.push().status_code == 200
    reused = fake.record("auth.signed_in", "account", "a2", {})
    reused["op_id"] = fake.ops[0]["op_id"]
    answer = fake.push()
    assert answer.status_code == 409, answer.text
    error = wire.parse_error(answer.content)
    assert error is not None and error.code == "quarantined"
    assert error.details["kind"] == "rewritten"
    assert error.details["accepted_head"]["seq"] == 2


def test_many_batches_arrive_in_order_and_each_is_marked(desk):
    serve_a_visit(desk)
    serve_a_visit(desk)
    with CentralClient(desk.central.base_url, desk.key) as client:
        report = push_pending(desk.store, client, desk.code, "loket-1", max_ops=4)
    total = len(desk.desk_ops())
    assert report.acked == total and report.batches == -(-total // 4)
    assert desk.centre_ops() == desk.desk_ops()
    assert sync_status(desk.store).pending == 0


class _Limited:
    """A centre that takes at most ``limit`` ops a push (413 above, naming the limit when
    ``says`` is true, as a centre since migration 0005 does), else applies them."""

    def __init__(self, limit: int, says: bool) -> None:
        self.limit, self.says = limit, says
        self.sizes: list[int] = []

    def push(self, body: bytes) -> wire.PushResponse:
        data = json.loads(body)
        self.sizes.append(len(data["ops"]))
        if len(data["ops"]) > self.limit:
            raise TooLarge(self.limit) if self.says else TooLarge()
        return wire.PushResponse(
            office=data["office"], chain_head=wire.ChainHead(**data["chain_head"]),
            results=[wire.OpResult(seq=op["seq"], op_id=op["op_id"],
                                   status=wire.OpStatus.APPLIED) for op in data["ops"]])


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)  # no centre
def test_a_push_too_large_for_the_centre_goes_in_smaller_batches(desk):
    centre = _Limited(3, says=False)
    pending = sync_status(desk.store).pending
    report = push_pending(desk.store, centre, desk.code, "loket-1")
    assert report.acked == pending and sync_status(desk.store).pending == 0
    assert centre.sizes[:2] == [pending, pending // 2]  # halved until it fits
    assert sum(n for n in centre.sizes if n <= 3) == pending


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)
def test_the_centres_413_says_how_many_ops_it_takes(desk):
    body = {"office": desk.code, "device": "loket-1", "ops": [{}] * (wire.MAX_OPS_PER_PUSH + 1),
            "chain_head": wire.GENESIS.model_dump()}
    with CentralClient(desk.central.base_url, desk.key) as client, pytest.raises(
            TooLarge) as refused:
        client.push(json.dumps(body).encode())
    assert refused.value.max_ops == wire.MAX_OPS_PER_PUSH


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)  # no centre
def test_after_a_413_with_max_ops_every_push_carries_that_many(desk):
    centre = _Limited(4, says=True)  # an older centre's limit, shrunk
    pending = sync_status(desk.store).pending
    assert pending > 8
    report = push_pending(desk.store, centre, desk.code, "loket-1")
    assert report.acked == pending and sync_status(desk.store).pending == 0
    assert centre.sizes[0] == pending  # all of them (under 500) went first, then 4 a push
    assert all(n == 4 for n in centre.sizes[1:-1]) and 0 < centre.sizes[-1] <= 4


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)  # no centre
def test_a_centre_nobody_answers_for_is_unreachable_and_retried(desk):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sync_settings.configure(desk.store, None, f"http://127.0.0.1:{port}", None)
    report = desk.sync()
    assert report.problem is not None and report.problem.kind == ProblemKind.UNREACHABLE
    assert report.problem.transient and "dicoba lagi" in report.problem.message
    assert sync_status(desk.store).problem.kind == "unreachable"


@pytest.mark.parametrize("central_database", ["sqlite"], indirect=True)  # desk-side rule
def test_a_step_the_desk_cannot_take_is_recorded_once_and_the_rest_flows(desk):
    """Cancelled at the desk while the centre sent it on: the centre rejects the
    cancellation (needs attention), the desk records the step it cannot take, once."""
    detail = submit_birth(desk)
    assert desk.sync().complete
    akta_requests.cancel_request(desk.store, desk.actor("operator"), detail.id,
                                 "pemohon membatalkan")
    engine = central_engine(desk.central.database_url)
    admin.advance_request(engine, detail.tracking_number, "sent", akta_number=None,
                          reason=None, by="t")
    report = desk.sync()
    assert report.problem is None and report.push.rejected == 1
    assert report.pull.streams["requests"].changed == 0

    def noted() -> list[str]:
        with desk.store.read() as session:
            return list(session.connection().exec_driver_sql(
                "SELECT changes FROM audit_events WHERE action = 'akta.status_not_applied'"
            ).scalars())

    (why,) = noted()
    assert '"status":"sent"' in why and detail.tracking_number in why
    restart_stream(desk.store, wire.Stream.REQUESTS)
    assert desk.sync().problem is None
    assert len(noted()) == 1
    opened = akta_views.open_request(desk.store, desk.actor("supervisor"), detail.id)
    assert opened.status == RequestStatus.CANCELLED
    assert desk.centre_ops() == desk.desk_ops()[:len(desk.centre_ops())]


# --- stock ----------------------------------------------------------------------------


def test_blank_cards_the_centre_allocates_wait_until_the_delivery_is_received(desk):
    engine = central_engine(desk.central.database_url)
    suffix = desk.code[-4:]  # serials are unique city-wide: each office its own
    assert admin.allocate_stock(engine, desk.code, [f"Z{suffix}0001-Z{suffix}0020",
                                                    f"Z{suffix}0100"], "SJ 470/55/2026") == 21
    admin.allocate_stock(engine, desk.code, [f"Y{suffix}01"])  # no delivery note
    assert desk.sync().complete
    operator = desk.actor("operator")
    waiting = stock_allocations.waiting_deliveries(desk.store, operator)
    assert [(d.batch, d.allocated, len(d.waiting)) for d in waiting] == [
        ("SJ 470/55/2026", 21, 21), (None, 1, 1)]
    # Not stock until someone at the desk has the cards in hand.
    assert blanko.stock_status(desk.store, operator).in_stock == 0
    today = datetime.now(UTC).date()
    draft = waiting[0].receipt_draft(today)
    assert (draft.document_number, draft.count, draft.serials) == (
        "SJ 470/55/2026", 21, f"Z{suffix}0001-Z{suffix}0020, Z{suffix}0100")
    blanko.receive_blanks(desk.store, operator, draft)
    assert blanko.stock_status(desk.store, operator).in_stock == 21
    left = stock_allocations.waiting_deliveries(desk.store, operator)
    assert [(d.batch, d.waiting) for d in left] == [(None, (f"Y{suffix}01",))]
    assert left[0].receipt_draft(today).document_number.startswith("ALOKASI-")
    # Fetching the stream again from the start adds nothing and audits nothing.
    restart_stream(desk.store, wire.Stream.STOCK)
    assert desk.sync().complete
    with desk.store.read() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "blanko.allocated"))
    assert events == 1  # one page brought both allocations
    assert len(stock_allocations.waiting_deliveries(desk.store, operator)) == 1


def test_the_siak_status_travels_with_the_resident_list_and_rules_print_jobs(
        central, demo_template, tmp_path):
    csv_file = tmp_path / "status.csv"
    people = residents_csv(tmp_path, range(901, 903), name="Rekam")
    lines = people.read_text(encoding="utf-8").splitlines()
    csv_file.write_text("\n".join([lines[0] + ",status_rekam", lines[1] + ",SUDAH REKAM",
                                   lines[2] + ",BELUM REKAM"]) + "\n", encoding="utf-8")
    from kelurahan_desk.central.residents_csv import read_residents

    admin.load_residents(central_engine(central.database_url), read_residents(csv_file), True)
    desk = make_desk(central, demo_template, tmp_path / "desk")
    try:
        assert desk.sync().complete
        operator = desk.actor("operator")
        recorded, not_recorded = "3574014107850901", "3574014107850902"
        hits = find_residents(desk.store, operator, recorded)
        assert hits[0].ktp_status is RecordStatus.RECORDED
        job = ktp_print.create_print_job(desk.store, operator, ktp_print.PrintJobDraft(
            recorded, PrintReason.NEW))
        assert job.resident_name == "Rekam Wulandari 901"
        with pytest.raises(InvalidInput, match="perekaman biometrik"):
            ktp_print.create_print_job(desk.store, operator, ktp_print.PrintJobDraft(
                not_recorded, PrintReason.NEW, biometrics_checked=True))
    finally:
        desk.store.close()
