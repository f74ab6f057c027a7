"""The queue report on a real store: visits made through the real services, on a fake clock."""

import csv
import dataclasses
import io
import json
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from unittest import mock

import numpy as np
import pytest
from pypdf import PdfReader

from kelurahan_desk.documents.queue_report_pdf import QueueReportTexts, render_queue_report
from kelurahan_desk.domain.queue_metrics import FlagReason
from kelurahan_desk.services import accounts, office, queue, queue_day, queue_services
from kelurahan_desk.services import packed_rows as packed
from kelurahan_desk.services import queue_period as period
from kelurahan_desk.services.demo_history import seed_queue_history
from kelurahan_desk.services.errors import PermissionDenied
from kelurahan_desk.services.queue_report import (
    QueueReportFilter,
    queue_report,
    record_report_export,
    report_choices,
    waiting_now,
)
from kelurahan_desk.services.queue_report_csv import CSV_DELIMITER, CSV_HEADER, export_csv

DAY = date(2025, 3, 3)  # START in conftest: Monday 2025-03-03 08:00 WIB
WHOLE_DAY = QueueReportFilter(DAY, DAY)


def wib(hh, mm, day=DAY):
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=UTC) - timedelta(hours=7)


@pytest.fixture
def people(demo_store):
    lokets = office.list_counters(demo_store)
    return {
        "siti": accounts.sign_in(demo_store, "operator", "operator-demo", lokets[0].id),
        "bambang": accounts.sign_in(demo_store, "supervisor", "supervisor-demo", lokets[1].id),
        "lokets": lokets,
    }


@pytest.fixture
def day_of_visits(demo_store, clock, people):
    """One day at the office, every action through its service (times in WIB):

    08:00 A-001, 08:02 C-001, 08:03 C-002 issued.
    08:10 Loket 1 (Siti) calls A-001 (waited 10); 08:12 Loket 2 (Bambang) calls C-001
    (waited 10) and at 08:15 transfers it to A. 08:22 Siti finishes A-001 (service 12),
    08:23 calls C-001 again, finishes 08:30 (service 08:30 − 08:12 = 18).
    08:31 Bambang calls C-002 (waited 28), recalls 08:32 and 08:33, no-show 08:34.
    14:00 C-003 issued; 17:05 the end-of-day rule resets it (never called).
    23:50 A-002 issued; 00:10 the next day Siti calls it (waited 20), finishes 00:15 (5).
    """
    services = {s.prefix: s for s in queue_services.list_services(demo_store)}
    siti, bambang = people["siti"], people["bambang"]

    def at(hh, mm, day=DAY):
        clock.set(wib(hh, mm, day))

    at(8, 0)
    a1 = queue.issue_ticket(demo_store, services["A"].id).ticket
    at(8, 2)
    c1 = queue.issue_ticket(demo_store, services["C"].id).ticket
    at(8, 3)
    c2 = queue.issue_ticket(demo_store, services["C"].id).ticket
    live = waiting_now(demo_store, bambang)
    at(8, 10)
    assert queue.call_next(demo_store, siti).id == a1.id
    at(8, 12)
    assert queue.call_next(demo_store, bambang).id == c1.id
    at(8, 15)
    queue.transfer(demo_store, bambang, c1.id, services["A"].id)
    at(8, 22)
    queue.finish(demo_store, siti, a1.id)
    at(8, 23)
    assert queue.call_next(demo_store, siti).id == c1.id
    at(8, 30)
    queue.finish(demo_store, siti, c1.id)
    at(8, 31)
    assert queue.call_next(demo_store, bambang).id == c2.id
    for minute in (32, 33):
        at(8, minute)
        queue.recall(demo_store, bambang, c2.id)
    at(8, 34)
    queue.mark_no_show(demo_store, bambang, c2.id)
    at(14, 0)
    queue.issue_ticket(demo_store, services["C"].id)
    at(17, 5)
    assert queue_day.close_day(demo_store, DAY) == 1
    at(23, 50)
    a2 = queue.issue_ticket(demo_store, services["A"].id).ticket
    next_day = DAY + timedelta(days=1)
    at(0, 10, next_day)
    assert queue.call_next(demo_store, siti).id == a2.id
    at(0, 15, next_day)
    queue.finish(demo_store, siti, a2.id)
    return {"live_at_0803": live, "services": services}


def close(value, expected):
    return value == pytest.approx(expected, abs=1e-6)


def test_report_figures_from_real_visits(demo_store, people, day_of_visits):
    report = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    o = report.overall
    # Issued 5 (A-001, C-001, C-002, C-003, A-002), no flagged ones.
    assert (o.issued, o.flagged, report.flagged) == (5, 0, [])
    # Waits 10 10 20 28: mean 17, median (10+20)/2 = 15, p90 at 2.7 → 20 + 0.7·8 = 25.6.
    assert close(o.waiting.mean, 17) and close(o.waiting.median, 15)
    assert close(o.waiting.p90, 25.6)
    # Service 5 12 18: mean 35/3, median 12, p90 at 1.8 → 12 + 0.8·6 = 16.8.
    assert close(o.service.mean, 35 / 3) and close(o.service.p90, 16.8)
    # No-show 1 of 5; one reset; one transfer; within target: A-001 (10 ≤ 20), C-001
    # (10 ≤ 15, its issued service C), A-002 (20 ≤ 20); not C-002 (28 > 15).
    assert close(o.no_show_rate, 0.2)
    assert (o.resets, o.transferred, o.within_target) == (1, 1, 3)
    assert close(o.within_target_share, 0.75)
    assert [(s.key, s.issued) for s in report.by_service] == [("A", 2), ("C", 3)]
    assert [(h.key, h.issued) for h in report.by_hour] == [("08", 3), ("14", 1), ("23", 1)]
    assert [d.key for d in report.by_day] == ["2025-03-03"]
    # Loket 1 (Siti): A-001 12, C-001 7, A-002 5 → mean 8, median 7, p90 → 7 + 0.8·5 = 11.
    l1, l2 = report.by_counter
    assert (l1.label, l1.stretches, l1.served) == ("Loket 1", 3, 3)
    assert close(l1.stretch.mean, 8) and close(l1.stretch.p90, 11)
    # Loket 2 (Bambang): C-001's 3 minutes before the transfer, and the no-show.
    assert (l2.stretches, l2.transferred, l2.no_shows) == (1, 1, 1)
    assert close(l2.stretch.mean, 3)
    assert [o.label for o in report.by_operator] == ["Bambang Hartono", "Siti Rahmawati"]


def test_filters_by_service_counter_and_operator(demo_store, people, day_of_visits):
    services = day_of_visits["services"]
    only_c = queue_report(demo_store, people["bambang"],
                          QueueReportFilter(DAY, DAY, service_ids=(services["C"].id,)))
    assert only_c.overall.issued == 3
    assert only_c.filter_names["services"] == ["C – KTP-el (cetak)"]
    loket2 = people["lokets"][1]
    at_l2 = queue_report(demo_store, people["bambang"],
                         QueueReportFilter(DAY, DAY, counter_ids=(loket2.id,)))
    assert at_l2.overall.issued == 2  # C-001 (partly) and C-002 were served at Loket 2
    assert [c.label for c in at_l2.by_counter] == ["Loket 2"]
    by_siti = queue_report(demo_store, people["bambang"], QueueReportFilter(
        DAY, DAY, operator_ids=(people["siti"].account_id,)))
    assert by_siti.overall.issued == 3
    assert [o.label for o in by_siti.by_operator] == ["Siti Rahmawati"]
    other_day = queue_report(demo_store, people["bambang"],
                             QueueReportFilter(DAY - timedelta(days=1), DAY - timedelta(days=1)))
    assert other_day.overall.issued == 0 and other_day.overall.waiting.mean is None


def test_waiting_now_counts_and_oldest_age(demo_store, people, day_of_visits):
    live = {w.prefix: w for w in day_of_visits["live_at_0803"]}
    assert (live["A"].waiting, live["C"].waiting, live["B"].waiting) == (1, 2, 0)
    assert close(live["A"].oldest_wait_minutes, 3)  # A-001 since 08:00, read at 08:03
    assert close(live["C"].oldest_wait_minutes, 1)
    assert live["B"].oldest_wait_minutes is None


def test_an_operator_is_refused(demo_store, people, day_of_visits, counts):
    before = counts(demo_store)
    with pytest.raises(PermissionDenied):
        queue_report(demo_store, people["siti"], WHOLE_DAY)
    with pytest.raises(PermissionDenied):
        waiting_now(demo_store, people["siti"])
    with pytest.raises(PermissionDenied):
        report_choices(demo_store, people["siti"])
    with pytest.raises(PermissionDenied):
        record_report_export(demo_store, people["siti"], "csv", WHOLE_DAY)
    assert counts(demo_store) == before
    inspector = accounts.sign_in(demo_store, "inspektur", "inspektur-demo")
    assert queue_report(demo_store, inspector, WHOLE_DAY).overall.issued == 5


def test_csv_parses_back_with_the_computed_minutes(demo_store, people, day_of_visits):
    text = export_csv(queue_report(demo_store, people["bambang"], WHOLE_DAY))
    rows = list(csv.reader(io.StringIO(text), delimiter=CSV_DELIMITER))
    assert tuple(rows[0]) == CSV_HEADER
    by_code = {row[1]: dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]}
    assert sorted(by_code) == ["A-001", "A-002", "C-001", "C-002", "C-003"]
    a1 = by_code["A-001"]
    assert (a1["Tunggu (menit)"], a1["Layanan (menit)"]) == ("10,00", "12,00")
    assert (a1["Ambil nomor"], a1["Hasil"]) == ("2025-03-03 08:00:00", "selesai")
    c1 = by_code["C-001"]
    assert (c1["Loket"], c1["Petugas"]) == ("Loket 2 → Loket 1",
                                            "Bambang Hartono → Siti Rahmawati")
    assert (c1["Layanan (menit)"], c1["Dialihkan"]) == ("18,00", "ya")
    a2 = by_code["A-002"]  # issued 23:50, called 00:10 the next day: still the 3rd
    assert (a2["Tanggal"], a2["Dipanggil"], a2["Tunggu (menit)"]) == (
        "2025-03-03", "2025-03-04 00:10:00", "20,00")
    c3 = by_code["C-003"]
    assert (c3["Hasil"], c3["Tunggu (menit)"], c3["Ditandai"]) == ("reset", "", "")


def test_pdf_shows_the_headline_figures(demo_store, people, day_of_visits):
    report = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    pdf = render_queue_report(report, QueueReportTexts())
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Laporan Waktu Antrean" in text and "Pohsangit Kidul" in text
    assert "Periode: 03-03-2025 – 03-03-2025" in text
    for figure in ("17,0 mnt", "Median 15,0", "P90 25,6", "11,7 mnt", "20,0%", "75,0%"):
        assert figure in text, figure
    assert "Siti Rahmawati" in text and "Loket 2" in text


def test_an_empty_period_still_renders(demo_store, people):
    report = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    text = PdfReader(io.BytesIO(render_queue_report(report, QueueReportTexts()))).pages[0]
    assert "Tidak ada kunjungan" in text.extract_text()


def test_an_export_is_audited(demo_store, people, last_event):
    f = QueueReportFilter(DAY, DAY, counter_ids=(people["lokets"][0].id,))
    record_report_export(demo_store, people["bambang"], "pdf", f, rows=5)
    event = last_event(demo_store)
    assert (event.action, event.actor, event.record_id) == (
        "queue.report_exported", "supervisor", "2025-03-03..2025-03-03")
    changes = json.loads(event.changes)
    assert changes["kind"] == "pdf"
    assert changes["counter_ids"] == [str(people["lokets"][0].id)]


def test_demo_history_is_realistic_fast_and_leaves_today_empty(demo_store, people, clock):
    import time

    started = time.perf_counter()
    added = seed_queue_history(demo_store, weeks=6, seed=1)
    took = time.perf_counter() - started
    assert 1300 < added < 2100  # 30 weekdays of ~57 visits
    assert took < 3.0, took
    today = clock().date()
    report = queue_report(demo_store, people["bambang"],
                          QueueReportFilter(today - timedelta(days=60), today))
    assert all(d.key < today.isoformat() for d in report.by_day)
    assert {date.fromisoformat(d.key).weekday() for d in report.by_day} <= {0, 1, 2, 3, 4}
    assert len(report.by_day) == 30
    by = {s.key: s.issued + s.flagged for s in report.by_service}
    assert by["C"] > by["A"] > by["D"] > by["B"]
    o = report.overall
    assert 0.02 < o.no_show_rate < 0.10 and o.transferred > 10
    assert [c.label for c in report.by_counter] == ["Loket 1", "Loket 2"]
    assert {p.label for p in report.by_operator} == {"Siti Rahmawati", "Bambang Hartono"}
    peak = max(report.by_hour, key=lambda h: h.issued)
    assert peak.key in ("08", "09", "10")
    assert seed_queue_history(demo_store, weeks=6, seed=1) == 0  # those days are taken


# --- reading the store: columns at once, and the row-by-row way they fall back to ---------


def test_stored_times_convert_exactly_as_sqlite_julianday_did():
    """The report reads stored times with numpy, to SQLite's millisecond: the very value
    of the ``julianday`` expression it used before, also at the half millisecond."""
    texts = [
        "2025-03-03T01:00:00.000000Z", "2025-03-03T01:00:00.000500Z",
        "2025-03-03T01:00:00.000499Z", "2025-03-03T01:00:01.000500Z",
        "2025-03-03T01:00:07.123500Z", "2025-03-03T01:00:59.999500Z",
        "2025-03-03T23:59:59.999999Z", "2024-02-29T12:34:56.789012Z",
        "2000-01-01T00:00:00.000001Z", "1999-12-31T23:59:59.999501Z",
        "1970-01-01T00:00:00.000000Z", "2100-03-01T00:00:00.000000Z", None,
    ]
    rng = random.Random(4)
    texts += [f"20{rng.randrange(0, 99):02d}-{rng.randrange(1, 13):02d}-"
              f"{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
              f"{rng.randrange(60):02d}.{rng.randrange(10**6):06d}Z" for _ in range(3000)]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, at TEXT)")
    db.executemany("INSERT INTO t (at) VALUES (?)", [(t,) for t in texts])
    expected = [row[0] for row in db.execute(
        f"SELECT {period._epoch_sql('at')} FROM t ORDER BY n")]
    joined, = db.execute(f"SELECT group_concat({packed.time_sql('at')}, '') "
                         "FROM (SELECT at FROM t ORDER BY n)").fetchone()
    micros = packed._micros(packed.records(joined, len(texts), packed.TIME_WIDTH))
    assert micros is not None
    got = packed._epochs(*micros)
    assert [None if g != g else g for g in got.tolist()] == expected
    odd = packed.records(joined[:-1] + "x", len(texts), packed.TIME_WIDTH)  # not a stored time
    assert odd is not None and packed._micros(odd) is None


def test_letter_codes_tell_any_number_of_values_apart():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)")
    for known in (["selesai", "it's"], [f"{k:032x}" for k in range(200)]):
        rows = [*known, None, known[-1], known[0]]
        db.execute("DELETE FROM t")
        db.executemany("INSERT INTO t (v) VALUES (?)", [(v,) for v in rows])
        joined, = db.execute(f"SELECT group_concat({packed.letter_sql('v', known)}, '') "
                             "FROM (SELECT v FROM t ORDER BY n)").fetchone()
        width = packed.letter_width(len(known))
        chars = packed.records(joined, len(rows), width)
        codes = packed.letters(chars, len(known))
        assert codes.tolist() == [*range(len(known)), len(known), len(known) - 1, 0]
        db.execute("INSERT INTO t (v) VALUES ('unknown')")
        joined, = db.execute(f"SELECT group_concat({packed.letter_sql('v', known)}, '') "
                             "FROM (SELECT v FROM t ORDER BY n)").fetchone()
        chars = packed.records(joined, len(rows) + 1, width)
        assert packed.letters(chars, len(known)) is None  # read row by row instead


def _compare_with_rows(store, actor, report_filter):
    fast = queue_report(store, actor, report_filter)
    with mock.patch.object(period, "_read_visits", return_value=None):
        slow = queue_report(store, actor, report_filter)  # the row-by-row way
    assert dataclasses.replace(fast, generated_at=slow.generated_at) == slow
    assert export_csv(fast) == export_csv(slow)
    return fast


def test_the_columns_read_the_same_report_as_rows(demo_store, people, day_of_visits):
    services = day_of_visits["services"]
    # Past midnight: one visit at a loket (an open stretch), one still waiting.
    for _ in range(2):
        queue.issue_ticket(demo_store, services["A"].id)
    queue.call_next(demo_store, people["siti"])
    for report_filter in (WHOLE_DAY, QueueReportFilter(DAY, DAY + timedelta(days=1)),
                          QueueReportFilter(DAY, DAY, service_ids=(services["C"].id,)),
                          QueueReportFilter(DAY, DAY, counter_ids=(people["lokets"][1].id,)),
                          QueueReportFilter(DAY - timedelta(days=3), DAY - timedelta(days=1))):
        _compare_with_rows(demo_store, people["bambang"], report_filter)
    with sqlite3.connect(demo_store.path) as db:  # a PC clock set wrong: called before issue
        db.execute("UPDATE tickets SET first_called_at = '2025-03-03T00:59:00.000000Z'"
                   " WHERE code = 'C-001'")
    report = _compare_with_rows(demo_store, people["bambang"],
                                QueueReportFilter(DAY, DAY + timedelta(days=1)))
    assert [(f.code, f.reason) for f in report.flagged] == [
        ("C-001", FlagReason.CALLED_BEFORE_ISSUE)]
    assert report.overall.still_open == 2


def test_a_year_of_demo_history_reads_the_same_both_ways(demo_store, people, clock):
    seed_queue_history(demo_store, weeks=8, seed=3)
    today = clock().date()
    weeks = QueueReportFilter(today - timedelta(days=70), today)
    report = _compare_with_rows(demo_store, people["bambang"], weeks)
    assert report.overall.issued > 1500 and report.overall.transferred > 10
    # Ids are grouped and matched by a 64-bit fingerprint, checked against the whole id:
    # were every fingerprint the same, the ids would be sorted whole, to the same result.
    with mock.patch.object(packed, "_fingerprints", lambda ids: np.zeros(len(ids), np.uint64)):
        _compare_with_rows(demo_store, people["bambang"], weeks)


def test_every_call_read_and_kept_by_visit_is_the_join(demo_store, people, clock):
    """Reading every call and keeping those of the period's visits gives the report the
    join to the period's tickets gives, filtered or not."""
    seed_queue_history(demo_store, weeks=3, seed=5)
    today = clock().date()
    lokets, operator = people["lokets"], people["siti"].account_id
    filters = [QueueReportFilter(today - timedelta(days=30), today),
               QueueReportFilter(today - timedelta(days=6), today - timedelta(days=2)),
               QueueReportFilter(today - timedelta(days=30), today, counter_ids=(lokets[1].id,)),
               QueueReportFilter(today - timedelta(days=30), today, operator_ids=(operator,))]
    for report_filter in filters:
        reports = []
        for every in (True, False):
            with mock.patch.object(period, "_read_every_call", return_value=every):
                reports.append(_compare_with_rows(demo_store, people["bambang"], report_filter))
        every_call, joined = reports
        assert dataclasses.replace(every_call, generated_at=joined.generated_at) == joined
        assert export_csv(every_call) == export_csv(joined)
        assert len(joined.stretches) > 0
    # The whole history is most of the calls: read whole; a few days of it: joined.
    with mock.patch.object(period, "_read_every_call", wraps=period._read_every_call) as chose:
        queue_report(demo_store, people["bambang"], filters[0])
        queue_report(demo_store, people["bambang"], filters[1])
    assert [period._read_every_call(*c.args) for c in chose.call_args_list] == [True, False]


def test_an_odd_stored_time_is_read_row_by_row(demo_store, people, day_of_visits):
    """A time not in the store's own form (here written by hand, without microseconds
    or Z) makes the report read row by row: slower, and the same figures."""
    before = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    with sqlite3.connect(demo_store.path) as db:
        db.execute("UPDATE tickets SET issued_at = replace(substr(issued_at, 1, 19), 'T', ' ')"
                   " WHERE code = 'A-001'")
    with mock.patch.object(period, "_read_rows", wraps=period._read_rows) as rows:
        after = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    assert rows.call_count == 1
    assert after.overall == before.overall and after.by_counter == before.by_counter


def test_the_reports_visits_are_made_when_first_read(demo_store, people, day_of_visits):
    report = queue_report(demo_store, people["bambang"], WHOLE_DAY)
    assert isinstance(report.visits, period.Rows)
    assert len(report.visits) == 5 and len(report.stretches) == 5
    assert report.visits._made is None  # counting them made nothing
    codes = [v.code for v in report.visits]
    assert sorted(codes) == ["A-001", "A-002", "C-001", "C-002", "C-003"]
    assert report.visits[0].code == codes[0] and list(report.visits[:2]) == report.visits[:2]
    assert report.visits == list(report.visits)
