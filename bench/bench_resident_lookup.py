"""Resident lookup over 250,000 residents against a bare indexed SQLite query.

Store: a temporary demo office plus 250,000 synthetic residents (``seed_demo_residents``,
families over the five kecamatan of Kota Probolinggo). Queries are drawn from the stored
residents with a fixed seed: half NIK prefixes of 6–16 digits, half name prefixes of 2–6
letters of one or two words of a real row's name (so most queries find someone, as they
do at a counter).

Baseline: a bare ``sqlite3`` query on the NIK primary key of the same file,
``SELECT … FROM residents WHERE nik >= ? AND nik < ? LIMIT 20``, for a NIK prefix drawn the
same way. Subject: ``find_residents`` as the lookup widget calls it (role check, query
classification, FTS5 for names, the office's kelurahan first, masking). ``repeats`` × 100
samples per side, interleaved so both share the machine's noise. The issue's goal is
absolute: p95 ≤ 20 ms; figures report p95 (and medians) with the ratio to the baseline.
A last figure times the seeding itself against a bare ``executemany`` of the same rows
into an unindexed table.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import Figure

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kelurahan_desk.services import accounts
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.demo_residents import seed_demo_residents, synthetic_rows
from kelurahan_desk.services.residents import find_residents
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.resident_tables import NEW_ROW_COLUMNS

RESIDENTS = 250_000
GOAL_P95 = 0.020  # seconds
SEED = 3574


def _queries(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[str]:
    people = conn.execute(
        "SELECT nik, full_name FROM residents ORDER BY random() LIMIT ?", (count,)).fetchall()
    queries = []
    for i, (nik, name) in enumerate(people):
        if i % 2 == 0:
            queries.append(nik[: rng.randint(6, 16)])
            continue
        words = [w for w in name.replace(".", " ").split() if len(w) >= 2]
        picked = rng.sample(words, 2) if len(words) >= 2 and rng.random() < 0.4 else [
            rng.choice(words)]
        queries.append(" ".join(w[: rng.randint(2, 6)].lower() for w in picked))
    return queries


def _nik_prefixes(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[str]:
    niks = conn.execute(
        "SELECT nik FROM residents ORDER BY random() LIMIT ?", (count,)).fetchall()
    return [nik[: rng.randint(6, 16)] for (nik,) in niks]


def _bare_lookup(conn: sqlite3.Connection, prefix: str) -> int:
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = conn.execute(
        "SELECT nik, full_name, birth_date, address, rt, rw FROM residents"
        " WHERE nik >= ? AND nik < ? LIMIT 20", (prefix, after)).fetchall()
    return len(rows)


def _seeding(tmp: Path, today: date, store_seconds: float) -> Figure:
    rows = list(synthetic_rows(RESIDENTS, SEED, today, "2026-11-28T00:00:00.000000Z"))
    conn = sqlite3.connect(tmp / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"CREATE TABLE residents ({', '.join(NEW_ROW_COLUMNS)})")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    marks = ", ".join("?" * len(NEW_ROW_COLUMNS))
    conn.executemany(f"INSERT INTO residents VALUES ({marks})", rows)
    conn.execute("COMMIT")
    bare = time.perf_counter() - start
    conn.close()
    return Figure("resident_seed_250k", "bare executemany into an unindexed table", [bare],
                  "seed_demo_residents (drawing families + insert + name index)",
                  [store_seconds], None)


def run(repeats: int) -> list[Figure]:
    samples = repeats * 100
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="kd-bench-residents-") as tmp:
        store = Store.open(Path(tmp) / "office")
        try:
            seed_demo(store)
            start = time.perf_counter()
            assert seed_demo_residents(store, count=RESIDENTS, seed=SEED) == RESIDENTS
            seeding = time.perf_counter() - start
            today = store.clock().date()
            actor = accounts.sign_in(store, "operator", "operator-demo")
            bare = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
            queries = _queries(bare, rng, samples)
            prefixes = _nik_prefixes(bare, rng, samples)
            for query in queries[:50]:  # warm-up: compiled statements, the page cache
                find_residents(store, actor, query)
                _bare_lookup(bare, prefixes[0])
            base: list[float] = []
            times: dict[str, list[float]] = {"nik": [], "name": []}
            found = 0
            for query, prefix in zip(queries, prefixes, strict=True):
                start = time.perf_counter()
                _bare_lookup(bare, prefix)
                base.append(time.perf_counter() - start)
                start = time.perf_counter()
                hits = find_residents(store, actor, query)
                elapsed = time.perf_counter() - start
                times["nik" if query[0].isdigit() else "name"].append(elapsed)
                found += bool(hits)
            bare.close()
            print(f"# resident lookup: {found}/{len(queries)} queries found someone; "
                  f"seeding {RESIDENTS:,} residents took {seeding:.1f} s", flush=True)
        finally:
            store.close()
        seed_figure = _seeding(Path(tmp), today, seeding)
    everything = times["nik"] + times["name"]
    figures = [
        Figure("resident_lookup_p95", "bare SQLite NIK-prefix query (primary key)", base,
               "find_residents, NIK and name prefixes (goal p95 <= 20 ms)", everything, None,
               statistic="p95"),
        Figure("resident_lookup_median", "bare SQLite NIK-prefix query (primary key)", base,
               "find_residents, NIK and name prefixes", everything, None),
        Figure("resident_lookup_nik_p95", "bare SQLite NIK-prefix query (primary key)", base,
               "find_residents, NIK prefixes 6-16 digits", times["nik"], None,
               statistic="p95"),
        Figure("resident_lookup_name_p95", "bare SQLite NIK-prefix query (primary key)", base,
               "find_residents, name prefixes 2-6 letters, 1-2 words", times["name"], None,
               statistic="p95"),
        seed_figure,
    ]
    p95 = figures[0].subject_stat
    verdict = "met" if p95 <= GOAL_P95 else "NOT met"
    print(f"# resident lookup p95 {p95 * 1000:.2f} ms against the 20 ms goal: {verdict}",
          flush=True)
    return figures
