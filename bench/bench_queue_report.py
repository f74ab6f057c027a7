"""The supervisor's queue report: one office's year from the store, and a city's year in memory.

1. ``queue_report_year``. Baseline: the raw fetch — the same two queries the report makes
   (tickets of the year, their non-recall calls joined), run with plain ``sqlite3`` and
   ``fetchall()``, no metrics. Subject: ``queue_report`` (role check, both queries — each
   row joined into a fixed-width record, all ``group_concat``-ed into one string by SQLite
   and read by numpy —, every metric, the live waiting counts). The report's
   ``Visit``/``Stretch`` objects are made when first read (the CSV export), so they are not
   part of this figure. The store holds one office's year: 250 weekdays × 120 visits
   ≈ 30,000 tickets and ≈ 33,000 calls, written by direct inserts (the services would take
   an hour). The issue asks ≤ 200 ms absolute; this figure is reported, with the ratio to
   the raw fetch.
2. ``queue_metrics_city``. A city-wide year — 1,000,000 visits and 1,100,000 stretches,
   in memory as ``Visit``/``Stretch`` objects — through ``compute_metrics`` alone (which
   reads them into numpy columns and computes over those). Baseline: one plain Python pass
   over the same visits that sums their waiting times (the least any summary must do).
   The issue asks ≤ 2 s absolute.

Runs alternate baseline, subject, so both sides share the machine's noise.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import Figure

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kelurahan_desk.domain.queue_metrics import Stretch, Visit, compute_metrics
from kelurahan_desk.services import accounts
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.queue_report import QueueReportFilter, queue_report
from kelurahan_desk.store.database import Store

YEAR_START = date(2025, 1, 1)
PER_DAY = 120
ZONE = ZoneInfo("Asia/Jakarta")
_TEXT = "%Y-%m-%dT%H:%M:%S.%fZ"


def _weekdays(first: date, count: int) -> list[date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _fill_year(store: Store, rng: random.Random) -> tuple[date, date]:
    """About 30,000 tickets and their calls, inserted straight into the store's tables."""
    conn = sqlite3.connect(store.path)
    services = conn.execute("SELECT id, prefix FROM queue_services ORDER BY prefix").fetchall()
    counters = [r[0] for r in conn.execute("SELECT id FROM counters ORDER BY number")]
    people = [r[0] for r in conn.execute(
        "SELECT id FROM accounts WHERE role IN ('operator', 'supervisor')")]
    tickets, calls = [], []
    days = _weekdays(YEAR_START, 250)
    for day in days:
        opens = datetime(day.year, day.month, day.day, 7, 30, tzinfo=ZONE).astimezone(UTC)
        numbers = dict.fromkeys((p for _, p in services), 0)
        for _ in range(PER_DAY):
            service_id, prefix = rng.choice(services)
            numbers[prefix] += 1
            issued = opens + timedelta(minutes=rng.triangular(0, 435, 100))
            called = issued + timedelta(minutes=rng.expovariate(1 / 12))
            finished = called + timedelta(minutes=rng.lognormvariate(1.8, 0.5))
            outcome = "tidak_hadir" if rng.random() < 0.05 else "selesai"
            ticket_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
            counter, person = rng.choice(counters), rng.choice(people)
            code = f"{prefix}-{numbers[prefix]:03d}"
            tickets.append((
                ticket_id, f"3574011007-{day:%Y%m%d}-{code}", day.isoformat(), prefix,
                numbers[prefix], code, service_id, service_id, None, issued.strftime(_TEXT),
                "finished", 1, called.strftime(_TEXT), counter, person,
                finished.strftime(_TEXT), outcome))
            if rng.random() < 0.1:  # a panggil ulang: an announcement, not a stretch
                calls.append((ticket_id, counter, person, "recall",
                               (called + timedelta(minutes=1)).strftime(_TEXT),
                               (called + timedelta(minutes=1)).strftime(_TEXT), None))
            calls.append((ticket_id, counter, person, "call", called.strftime(_TEXT),
                           finished.strftime(_TEXT), outcome))
    conn.executemany(
        "INSERT INTO tickets (id, key, service_day, prefix, number, code, issued_service_id,"
        " service_id, priority, issued_at, status, calls, first_called_at, counter_id,"
        " operator_id, finished_at, outcome) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets)
    conn.executemany(
        "INSERT INTO ticket_calls (ticket_id, counter_id, operator_id, kind, called_at,"
        " ended_at, end) VALUES (?, ?, ?, ?, ?, ?, ?)", calls)
    conn.commit()
    conn.close()
    return days[0], days[-1]


def _raw_fetch(path: Path, first: date, last: date) -> int:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id, code, issued_service_id, issued_at, first_called_at, finished_at,"
            " outcome, service_day, priority FROM tickets"
            " WHERE service_day >= ? AND service_day <= ?",
            (first.isoformat(), last.isoformat())).fetchall()
        calls = conn.execute(
            "SELECT c.ticket_id, c.counter_id, c.operator_id, c.called_at, c.ended_at, c.end"
            " FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id"
            " WHERE c.kind != 'recall' AND t.service_day >= ? AND t.service_day <= ?",
            (first.isoformat(), last.isoformat())).fetchall()
        return len(rows) + len(calls)
    finally:
        conn.close()


def _year(repeats: int) -> Figure:
    rng = random.Random(2025)
    baseline: list[float] = []
    subject: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kd-bench-report-") as tmp:
        store = Store.open(Path(tmp) / "office")
        try:
            seed_demo(store)
            first, last = _fill_year(store, rng)
            supervisor = accounts.sign_in(store, "supervisor", "supervisor-demo")
            year = QueueReportFilter(first, last)
            report = queue_report(store, supervisor, year)  # warm-up: caches, compiled SQL
            assert report.overall.issued + len(report.flagged) >= 250 * PER_DAY
            _raw_fetch(store.path, first, last)
            for _ in range(repeats):
                start = time.perf_counter()
                _raw_fetch(store.path, first, last)
                baseline.append(time.perf_counter() - start)
                start = time.perf_counter()
                queue_report(store, supervisor, year)
                subject.append(time.perf_counter() - start)
        finally:
            store.close()
    return Figure(
        name="queue_report_year",
        baseline_label="raw sqlite3 fetch of a year's tickets and calls",
        baseline_seconds=baseline,
        subject_label="queue_report over ~30,000 tickets (goal <= 200 ms)",
        subject_seconds=subject,
        target_ratio=None,
    )


def city_visits(count: int, seed: int = 7) -> tuple[list[Visit], list[Stretch]]:
    """``count`` visits of a city's year (250 days, 60 kelurahan offices' lokets)."""
    rng = random.Random(seed)
    rand = rng.random
    start = datetime(2025, 1, 1, 0, 30, tzinfo=UTC).timestamp()  # 07:30 WIB
    days = [(d, start + i * 86400) for i, d in enumerate(
        f"{YEAR_START + timedelta(days=i):%Y-%m-%d}" for i in range(250))]
    services = [("A", "Akta Kelahiran", 20, 720.0), ("B", "Akta Kematian", 20, 600.0),
                ("C", "KTP-el (cetak)", 15, 360.0), ("D", "Informasi/Lainnya", 10, 240.0)]
    lokets = [(n, f"Loket {n}", f"op-{n}", f"Petugas {n}") for n in range(1, 121)]
    visits: list[Visit] = []
    stretches: list[Stretch] = []
    per_day = count // len(days)
    for day, opens in days:
        for k in range(per_day):
            prefix, name, target, typical = services[k & 3]
            issued = opens + rand() * 26_000
            called = issued + rand() * rand() * 3_600
            handed_on = k % 10 == 0  # one visit in ten is sent on to a second loket
            finished = called + (180.0 if handed_on else 0.0) + typical * (0.3 + 1.4 * rand())
            outcome = "tidak_hadir" if k % 20 == 0 else "selesai"
            ticket = f"{day}-{k}"
            visits.append(Visit(ticket, f"{prefix}-{k:03d}", prefix, name, target, issued,
                                called, finished, outcome, day, None))
            n, loket_name, operator_id, operator_name = lokets[k % 120]
            if handed_on:
                stretches.append(Stretch(ticket, n, loket_name, operator_id, operator_name,
                                         called, called + 120.0, "dialihkan"))
                n, loket_name, operator_id, operator_name = lokets[(k + 1) % 120]
                called += 180.0
            stretches.append(Stretch(ticket, n, loket_name, operator_id, operator_name,
                                     called, finished, outcome))
    return visits, stretches


def _mean_wait(visits: list[Visit]) -> float:
    total = 0.0
    for v in visits:
        if v.first_called_at is not None:
            total += v.first_called_at - v.issued_at
    return total / len(visits)


def _city(repeats: int) -> Figure:
    visits, stretches = city_visits(1_000_000)
    compute_metrics(visits[:10_000], stretches[:11_000], ZONE)  # warm-up
    baseline: list[float] = []
    subject: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        _mean_wait(visits)
        baseline.append(time.perf_counter() - start)
        start = time.perf_counter()
        metrics = compute_metrics(visits, stretches, ZONE)
        subject.append(time.perf_counter() - start)
        assert metrics.overall.issued == len(visits)
    return Figure(
        name="queue_metrics_city",
        baseline_label="one Python pass summing 1,000,000 waits",
        baseline_seconds=baseline,
        subject_label="compute_metrics over 1,000,000 visits (goal <= 2 s)",
        subject_seconds=subject,
        target_ratio=None,
    )


def run(repeats: int) -> list[Figure]:
    return [_year(repeats), _city(repeats)]
