"""Issue, call and finish against a bare SQLite commit on the same disk, same pragmas.

Baseline: one INSERT committed on a plain ``sqlite3`` connection to a file in the same
folder with WAL, ``synchronous=FULL`` and ``BEGIN IMMEDIATE`` — the cost of one durable
commit, which every action pays at least once. Subject: each queue action through its
service on a demo store (role check, audit chain link, outbox record included). The
issue's target: p95 of each action ≤ 3 × p95 of the bare commit. ``repeats`` × 20
samples per side, interleaved so both share the machine's noise.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import Figure

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kelurahan_desk.services import accounts, office, queue, queue_services
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store

TARGET = 3.0


def _bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    return conn


def _bare_commit(conn: sqlite3.Connection) -> float:
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO t (v) VALUES (?)", ("x" * 200,))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def run(repeats: int) -> list[Figure]:
    samples = repeats * 20
    with tempfile.TemporaryDirectory(prefix="kd-bench-q-") as tmp:
        store = Store.open(Path(tmp) / "office")
        seed_demo(store)
        service = queue_services.list_services(store)[0].id
        loket = office.list_counters(store)[0]
        actor = accounts.sign_in(store, "operator", "operator-demo", loket.id)
        bare = _bare(Path(tmp) / "bare.sqlite")
        times: dict[str, list[float]] = {"bare": [], "issue": [], "call": [], "finish": []}
        for _ in range(samples):
            times["bare"].append(_bare_commit(bare))
            start = time.perf_counter()
            queue.issue_ticket(store, service)
            times["issue"].append(time.perf_counter() - start)
            times["bare"].append(_bare_commit(bare))
            start = time.perf_counter()
            ticket = queue.call_next(store, actor)
            times["call"].append(time.perf_counter() - start)
            times["bare"].append(_bare_commit(bare))
            assert ticket is not None
            start = time.perf_counter()
            queue.finish(store, actor, ticket.id)
            times["finish"].append(time.perf_counter() - start)
        bare.close()
        store.close()
    return [
        Figure(f"queue_{name}_p95", "bare SQLite commit", times["bare"],
               f"{name} through its service", times[name], TARGET, statistic="p95")
        for name in ("issue", "call", "finish")
    ] + [
        Figure(f"queue_{name}_median", "bare SQLite commit", times["bare"],
               f"{name} through its service", times[name], None)
        for name in ("issue", "call", "finish")
    ]
