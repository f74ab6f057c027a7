"""Sync over loopback to a centre on PostgreSQL: a 100,000-record push, and the first pull
of 250,000 residents to a ready lookup, with the desk's peak memory during each.

Set-up (not timed): a fresh PostgreSQL database through ``KD_TEST_POSTGRES_URL`` (or
``KD_BENCH_POSTGRES_URL``), a real ``kelurahan-central serve`` on it on 127.0.0.1, and a
demo desk whose outbox gets 100,000 more records on its audit chain: 33,334 visits
(issued, called, finished, as ``services/queue.py`` writes them), which the centre
projects into its queue tables as it would a real office's day.

1. ``sync_push`` — subject: the desk's ``push_pending`` in a process of its own (so its
   peak RSS is the desk's alone), from the first pending record to the last
   acknowledged; baseline: a bare ``executemany`` of the very rows the centre then holds
   in ``ops`` into a copy of that table (same columns, same unique indexes) in the same
   database, one transaction. Targets (issue 6): ≥ 5,000 records/s and throughput ratio
   (baseline time / subject time) ≥ 0.3, i.e. subject/baseline time ≤ 3.33.
2. ``sync_pull_residents`` — subject: a desk process pulling the ``residents`` stream from
   the start (pages of 5,000, checksums, page + cursor per transaction, the name index
   built as it goes) until ``find_residents`` answers; baseline: a bare ``executemany`` of
   the same 250,000 rows into an unindexed SQLite table. Goal: ≤ 30 s absolute.
Peak memory: ``VmHWM`` of each desk process (goal ≤ 300 MB), printed with the figures.
``repeats`` is ignored: each side runs once (a run takes minutes). ``KD_BENCH_PUSH_ONLY=1``
runs the push alone (about a minute: no residents are made, loaded or pulled).
"""

from __future__ import annotations

import json
import os
import re
import resource
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure  # noqa: E402

RECORDS = 100_000
RESIDENTS = 250_000
OFFICE = "3574011007"
TARGET_RATE = 5_000
TARGET_THROUGHPUT_RATIO = 0.3
PULL_GOAL = 30.0
MEMORY_GOAL_MB = 300


def _postgres_admin_url() -> str:
    url = os.environ.get("KD_BENCH_POSTGRES_URL") or os.environ.get("KD_TEST_POSTGRES_URL")
    if not url:
        raise RuntimeError("set KD_TEST_POSTGRES_URL (a role that may CREATE DATABASE)")
    return url


def _maxrss_mb() -> float:
    """This process's peak resident set since it started (``VmHWM``).

    Not ``ru_maxrss``: Linux carries that across ``exec`` from the forked parent, so a
    desk process started by this (big) bench process would report the bench's memory.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- the desk's side, in its own process ------------------------------------------------


def desk_push(data_dir: Path) -> dict[str, Any]:
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.sync.client import CentralClient
    from kelurahan_desk.sync.push import push_pending
    from kelurahan_desk.sync.settings import load_config

    store = Store.open(data_dir)
    config = load_config(store)
    assert config.central_url and config.key and config.office_code
    rss_before = _maxrss_mb()
    with CentralClient(config.central_url, config.key) as client:
        start = time.perf_counter()
        report = push_pending(store, client, config.office_code, "bench")
        seconds = time.perf_counter() - start
    store.close()
    return {"seconds": seconds, "acked": report.acked, "rejected": report.rejected,
            "batches": report.batches, "maxrss_mb": _maxrss_mb(),
            "rss_before_mb": rss_before}


def desk_pull(data_dir: Path) -> dict[str, Any]:
    from kelurahan_desk.services import accounts
    from kelurahan_desk.services.residents import find_residents
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.sync import wire
    from kelurahan_desk.sync.apply import apply_residents
    from kelurahan_desk.sync.client import CentralClient
    from kelurahan_desk.sync.pull import StreamReport, pull_stream
    from kelurahan_desk.sync.settings import load_config

    store = Store.open(data_dir)
    config = load_config(store)
    assert config.central_url and config.key
    operator = accounts.sign_in(store, "operator", "operator-demo")
    report = StreamReport()
    rss_before = _maxrss_mb()
    with CentralClient(config.central_url, config.key) as client:
        start = time.perf_counter()
        pull_stream(store, client, wire.Stream.RESIDENTS, apply_residents, report)
        hits = find_residents(store, operator, "siti")
        seconds = time.perf_counter() - start
    store.close()
    return {"seconds": seconds, "items": report.items, "pages": report.pages,
            "hits": len(hits), "maxrss_mb": _maxrss_mb(), "rss_before_mb": rss_before}


def _in_a_process(kind: str, data_dir: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--desk", kind, str(data_dir)],
                          capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"desk {kind} failed:\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- set-up -----------------------------------------------------------------------------


class Centre:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        command = [sys.executable, "-m", "kelurahan_desk.central.cli", "serve", "--host",
                   "127.0.0.1", "--port", "0", "--database-url", database_url]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
        assert self.process.stdout is not None
        found: list[str] = []
        ready = threading.Event()

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                match = re.search(r"listening on (http\S+)", line)
                if match and not found:
                    found.append(match.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(60) or not found:
            self.process.kill()
            raise RuntimeError("the centre did not start")
        self.base_url = found[0]
        time.sleep(0.5)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _fill_outbox(data_dir: Path, records: int) -> None:
    """Append ``records`` ops (visits: issued, called, finished) to the desk's chain."""
    from kelurahan_desk.domain.audit import AuditFields, canonical_json, event_hash
    from kelurahan_desk.domain.queue import ticket_key
    from kelurahan_desk.store.database import STORE_FILE

    conn = sqlite3.connect(data_dir / STORE_FILE, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    seq, prev = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
                             ).fetchone()
    service = conn.execute("SELECT id FROM queue_services WHERE prefix = 'A'").fetchone()[0]
    counter = conn.execute("SELECT id FROM counters ORDER BY number LIMIT 1").fetchone()[0]
    service_id, counter_id = str(uuid.UUID(service)), str(uuid.UUID(counter))
    start = datetime(2026, 1, 5, 0, 30, tzinfo=UTC)
    conn.execute("BEGIN IMMEDIATE")
    audit: list[tuple[Any, ...]] = []
    outbox: list[tuple[Any, ...]] = []
    made = 0
    visit = 0
    while made < records:
        day = date(2026, 1, 5) + timedelta(days=visit // 200)
        number = visit % 200 + 1
        key = ticket_key(OFFICE, day, "A", number)
        ticket = uuid.uuid4()
        moment = start + timedelta(days=visit // 200, minutes=2 * (visit % 200))
        steps = (
            ("queue.ticket_issued", "budi", {"ticket": key, "status": "waiting",
             "service_id": service_id, "counter_id": None, "calls": 0, "outcome": None,
             "priority": None, "issued_at": str(moment)}),
            ("queue.ticket_called", "operator", {"ticket": key, "status": "called",
             "service_id": service_id, "counter_id": counter_id, "calls": 1,
             "outcome": None}),
            ("queue.ticket_finished", "operator", {"ticket": key, "status": "finished",
             "service_id": service_id, "counter_id": counter_id, "calls": 1,
             "outcome": "selesai"}),
        )
        for step, (action, actor, payload) in enumerate(steps):
            if made == records:
                break
            seq += 1
            at = moment + timedelta(minutes=5 * step)
            text = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            event_id = uuid.uuid4()
            fields = AuditFields(seq, str(event_id), text, actor, "operator", action,
                                 "ticket", str(ticket), canonical_json(payload))
            digest = event_hash(fields, prev)
            audit.append((seq, event_id.hex, text, actor, "operator", action, "ticket",
                          str(ticket), fields.changes, prev, digest))
            outbox.append((seq, uuid.uuid4().hex, seq, action, "ticket", str(ticket),
                           fields.changes, text, "pending", 0))
            prev = digest
            made += 1
        visit += 1
        if len(audit) >= 10_000 or made == records:
            conn.executemany("INSERT INTO audit_events (seq, event_id, occurred_at, actor, "
                             "role, action, record_type, record_id, changes, prev_hash, hash)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?)", audit)
            conn.executemany("INSERT INTO outbox (seq, op_id, audit_seq, action, record_type,"
                             " record_id, payload, created_at, state, attempts)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?)", outbox)
            audit, outbox = [], []
    conn.execute("COMMIT")
    conn.close()


def _make_desk(folder: Path, centre: Centre, key: str) -> None:
    from kelurahan_desk.services.demo import seed_demo
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.sync.settings import configure

    store = Store.open(folder)
    seed_demo(store)
    configure(store, None, centre.base_url, key)
    store.close()


def _baseline_insert(engine: Any, office_id: int) -> float:
    """The rows the centre holds, inserted bare into a copy of ``ops``: the time."""
    from sqlalchemy import text

    columns = ("office_id, seq, op_id, action, record_type, record_id, payload, event_id, "
               "occurred_at, actor, role, changes, prev_hash, hash, status, reason_code, "
               "reason, device, received_at")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {columns} FROM ops WHERE office_id = :o "
                                 "ORDER BY seq"), {"o": office_id}).all()
        conn.execute(text("DROP TABLE IF EXISTS bench_ops"))
        conn.execute(text("CREATE TABLE bench_ops (LIKE ops INCLUDING DEFAULTS "
                          "INCLUDING CONSTRAINTS INCLUDING INDEXES)"))
        conn.commit()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        marks = ", ".join(["%s"] * 19)
        values = [tuple(r) for r in rows]
        start = time.perf_counter()
        cursor.executemany(f"INSERT INTO bench_ops ({columns}) VALUES ({marks})", values)
        raw.commit()
        return time.perf_counter() - start
    finally:
        raw.close()


def _bare_residents(folder: Path, rows: list[tuple[Any, ...]]) -> float:
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE residents (nik, kk, full_name, sex, birth_place, birth_date, "
                 "address, rt, rw, kelurahan_code, religion, ktp_status, synthetic, "
                 "updated_at)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO residents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _drop_database(admin_url: str, name: str) -> None:
    """Drop the bench's database; an autovacuum worker on it (the superuser's, which a
    plain role may not end even WITH (FORCE)) is waited out, a few seconds at most."""
    import psycopg

    for attempt in range(30):
        try:
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 29:
                raise
            time.sleep(1)


def run(repeats: int = 1) -> list[Figure]:
    import psycopg
    from sqlalchemy import select
    from sqlalchemy.engine import make_url

    from kelurahan_desk.central import admin
    from kelurahan_desk.central.database import migrate, open_engine
    from kelurahan_desk.central.tables import Office
    from kelurahan_desk.domain.resident_file import ResidentRow
    from kelurahan_desk.services.demo_residents import synthetic_rows

    os.environ["KELURAHAN_DESK_KEYRING"] = "file"
    admin_url = _postgres_admin_url()
    name = f"kd_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    tmp = Path(tempfile.mkdtemp(prefix="kd-bench-sync-"))
    engine = open_engine(url)
    centre: Centre | None = None
    try:
        migrate(engine)
        key = admin.add_office(engine, OFFICE, "Pohsangit Kidul (bench)")
        centre = Centre(url)
        desk = tmp / "desk"
        _make_desk(desk, centre, key)
        # The demo's own few records go first (settings, accounts, services).
        warm = _in_a_process("push", desk)
        assert warm["rejected"] == 0, warm
        _fill_outbox(desk, RECORDS)
        load_before = os.getloadavg()[0]  # the 2-core VM is shared: say how busy it was
        pushed = _in_a_process("push", desk)
        load_after = os.getloadavg()[0]
        assert pushed["acked"] == RECORDS and pushed["rejected"] == 0, pushed
        with engine.connect() as conn:
            office_id = conn.scalar(select(Office.id).where(Office.code == OFFICE))
        assert office_id is not None
        baseline = _baseline_insert(engine, office_id)
        rate = RECORDS / pushed["seconds"]
        throughput_ratio = baseline / pushed["seconds"]
        push_figure = Figure(
            "sync_push", f"bare executemany of {RECORDS:,} ops rows (PostgreSQL)", [baseline],
            f"push of {RECORDS:,} outbox records over loopback", [pushed["seconds"]],
            round(1 / TARGET_THROUGHPUT_RATIO, 2))
        print(f"sync_push: {RECORDS} records in {pushed['seconds']:.2f} s = {rate:,.0f}/s "
              f"(target >= {TARGET_RATE:,}/s: {'PASS' if rate >= TARGET_RATE else 'MISS'}); "
              f"bare executemany {baseline:.2f} s = {RECORDS / baseline:,.0f}/s; throughput "
              f"ratio {throughput_ratio:.2f} (target >= {TARGET_THROUGHPUT_RATIO}); "
              f"{pushed['batches']} pushes; desk peak RSS {pushed['maxrss_mb']:.0f} MB "
              f"(goal <= {MEMORY_GOAL_MB}); 1-minute load {load_before:.2f} -> "
              f"{load_after:.2f}", flush=True)
        if os.environ.get("KD_BENCH_PUSH_ONLY") == "1":
            return [push_figure]

        today = datetime.now(UTC).date()
        rows = list(synthetic_rows(RESIDENTS, 3574, today, "2026-11-28T00:00:00.000000Z"))
        admin.load_residents(engine, [ResidentRow(*r[:12]) for r in rows], False)
        bare = _bare_residents(tmp, rows)
        del rows
        pulled = _in_a_process("pull", desk)
        assert pulled["items"] == RESIDENTS and pulled["hits"] > 0, pulled
        print(f"sync_pull_residents: {pulled['items']:,} residents in {pulled['pages']} pages "
              f"to a ready lookup in {pulled['seconds']:.2f} s (goal <= {PULL_GOAL:g} s: "
              f"{'PASS' if pulled['seconds'] <= PULL_GOAL else 'MISS'}); bare executemany "
              f"{bare:.2f} s; desk peak RSS {pulled['maxrss_mb']:.0f} MB "
              f"(goal <= {MEMORY_GOAL_MB})", flush=True)
        return [
            push_figure,
            Figure("sync_pull_residents",
                   f"bare executemany of {RESIDENTS:,} residents (SQLite, no index)", [bare],
                   f"first pull of {RESIDENTS:,} residents to a ready lookup",
                   [pulled["seconds"]], None),
        ]
    finally:
        if centre is not None:
            centre.stop()
        engine.dispose()
        _drop_database(admin_url, name)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--desk":
        kind, folder = sys.argv[2], Path(sys.argv[3])
        os.environ["KELURAHAN_DESK_KEYRING"] = "file"
        result = desk_push(folder) if kind == "push" else desk_pull(folder)
        print(json.dumps(result))
    else:
        for figure in run():
            print(figure)
