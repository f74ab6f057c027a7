"""Queue-time metrics against figures worked out by hand (docs/QUEUE_METRICS.md)."""

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kelurahan_desk.domain.queue_metrics import (
    FLAG_LABELS,
    FlagReason,
    Stretch,
    Visit,
    assess,
    compute_metrics,
    stats,
)

WIB = ZoneInfo("Asia/Jakarta")  # UTC+7, no daylight saving
TARGET = {"A": 20, "C": 15}
NAME = {"A": "Akta Kelahiran", "C": "KTP-el (cetak)"}
SITI, BAMBANG = ("op-siti", "Siti Rahmawati"), ("op-bambang", "Bambang Hartono")
L1, L2 = (1, "Loket 1"), (2, "Loket 2")


def at(local: str) -> float:
    """POSIX seconds of an office-local "YYYY-MM-DD HH:MM" (WIB)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=WIB).timestamp()


def visit(code, issued, called=None, finished=None, outcome=None, day="2025-03-03"):
    prefix = code[0]
    return Visit(
        ticket_id=code, code=code, service_prefix=prefix, service_name=NAME[prefix],
        target_wait_minutes=TARGET[prefix], issued_at=at(issued),
        first_called_at=at(called) if called else None,
        finished_at=at(finished) if finished else None, outcome=outcome, service_day=day,
        priority=None,
    )


def stretch(code, loket, operator, called, ended, end):
    return Stretch(code, loket[0], loket[1], operator[0], operator[1], at(called),
                   at(ended) if ended else None, end)


D, N = "2025-03-03", "2025-03-04"  # the day of the trusted visits, and the next one

VISITS = [
    # V1 A: waits 10, served 12 at Loket 1 by Siti.
    visit("A-001", f"{D} 08:00", f"{D} 08:10", f"{D} 08:22", "selesai"),
    # V2 A: waits 25 (over A's 20-minute target), served 10 at Loket 2 by Bambang.
    visit("A-002", f"{D} 08:05", f"{D} 08:30", f"{D} 08:40", "selesai"),
    # V3 C, transferred: called 08:04 at Loket 1 (Siti), handed on 08:10 (6 min), called
    # again 08:20 at Loket 2 (Bambang), done 08:35 (15 min). Waits 4; service spans both
    # stretches and the wait between: 08:35 − 08:04 = 31.
    visit("C-001", f"{D} 08:00", f"{D} 08:04", f"{D} 08:35", "selesai"),
    # V4 C: no-show after a 20-minute wait (over C's 15); no service time.
    visit("C-002", f"{D} 09:00", f"{D} 09:20", f"{D} 09:25", "tidak_hadir"),
    # V5 C: never called, closed by the end-of-day rule: no waiting time, not a no-show.
    visit("C-003", f"{D} 14:50", None, f"{D} 16:00", "reset"),
    # V6 A: issued 23:50, called 00:10 the next day: waits 20 (within 20), on the 3rd, hour
    # 23; served 5 at Loket 1 by Bambang.
    visit("A-003", f"{D} 23:50", f"{N} 00:10", f"{N} 00:15", "selesai"),
    # V7 C: still waiting: counted as issued, no times.
    visit("C-004", f"{D} 10:00"),
    # V8 C: waits 6, cancelled after 3 at Loket 2 (Bambang): service time 3.
    visit("C-005", f"{D} 10:00", f"{D} 10:06", f"{D} 10:09", "dibatalkan"),
    # --- inconsistent, all issued on the 4th: flagged, counted nowhere else -------------
    visit("A-010", f"{N} 11:00", f"{N} 10:50", f"{N} 11:00", "selesai", day=N),
    visit("A-011", f"{N} 11:00", f"{N} 11:10", f"{N} 11:05", "selesai", day=N),
    visit("A-012", f"{N} 11:00", f"{N} 11:05", f"{N} 11:10", None, day=N),
    visit("A-013", f"{N} 11:00", None, f"{N} 11:20", "selesai", day=N),
    visit("A-014", f"{N} 07:00", f"{N} 19:30", f"{N} 19:40", "selesai", day=N),
    visit("A-015", f"{N} 07:00", f"{N} 07:05", f"{N} 19:10", "selesai", day=N),
    visit("A-016", f"{N} 11:00", f"{N} 11:05", f"{N} 11:15", "selesai", day=N),
    visit("A-017", f"{N} 11:00", f"{N} 11:05", None, "selesai", day=N),
    visit("C-010", f"{N} 12:00", None, f"{N} 11:00", "reset", day=N),
    visit("A-018", f"{N} 07:00", f"{N} 07:00", f"{N} 07:10", "selesai", day=N),
]

STRETCHES = [
    stretch("A-001", L1, SITI, f"{D} 08:10", f"{D} 08:22", "selesai"),
    stretch("A-002", L2, BAMBANG, f"{D} 08:30", f"{D} 08:40", "selesai"),
    stretch("C-001", L1, SITI, f"{D} 08:04", f"{D} 08:10", "dialihkan"),
    stretch("C-001", L2, BAMBANG, f"{D} 08:20", f"{D} 08:35", "selesai"),
    stretch("C-002", L1, SITI, f"{D} 09:20", f"{D} 09:25", "tidak_hadir"),
    stretch("A-003", L1, BAMBANG, f"{N} 00:10", f"{N} 00:15", "selesai"),
    stretch("C-005", L2, BAMBANG, f"{D} 10:06", f"{D} 10:09", "dibatalkan"),
    # A flagged visit's plausible stretch: must not reach Loket 2's figures.
    stretch("A-010", L2, BAMBANG, f"{N} 10:50", f"{N} 11:00", "selesai"),
    stretch("A-016", L1, SITI, f"{N} 11:05", f"{N} 11:01", "selesai"),  # ends before start
    stretch("A-018", L1, SITI, f"{N} 07:00", f"{N} 20:00", "selesai"),  # 13 hours
]

EXPECTED_FLAGS = [
    ("A-010", FlagReason.CALLED_BEFORE_ISSUE),
    ("A-011", FlagReason.FINISHED_BEFORE_CALL),
    ("A-012", FlagReason.FINISHED_WITHOUT_OUTCOME),
    ("A-013", FlagReason.CLOSED_WITHOUT_CALL),
    ("A-014", FlagReason.WAITING_OVER_12H),
    ("A-015", FlagReason.SERVICE_OVER_12H),
    ("A-016", FlagReason.STRETCH_ENDS_BEFORE_START),
    ("A-017", FlagReason.OUTCOME_WITHOUT_FINISH),
    ("C-010", FlagReason.FINISHED_BEFORE_ISSUE),
    ("A-018", FlagReason.STRETCH_OVER_12H),
]


@pytest.fixture(scope="module")
def metrics():
    return compute_metrics(VISITS, STRETCHES, WIB)


def close(figure, expected):
    return figure == pytest.approx(expected, abs=1e-9)


def test_each_inconsistency_is_flagged_with_its_reason_and_left_out(metrics):
    assert [(f.code, f.reason) for f in metrics.flagged] == EXPECTED_FLAGS
    assert set(FLAG_LABELS) == set(FlagReason)  # every reason has words for the user
    assert metrics.overall.flagged == 10
    assert metrics.overall.issued == 8  # V1–V8 only
    day = {d.key: d for d in metrics.by_day}
    assert (day[D].issued, day[D].flagged) == (8, 0)
    assert (day[N].issued, day[N].flagged) == (0, 10)
    service = {s.key: s for s in metrics.by_service}
    assert (service["A"].flagged, service["C"].flagged) == (9, 1)


def test_overall_figures(metrics):
    o = metrics.overall
    # Waiting (minutes), called visits V1 10, V2 25, V3 4, V4 20, V6 20, V8 6.
    # Sorted 4 6 10 20 20 25: mean 85/6; median at (6−1)·0.5 = 2.5 → (10+20)/2 = 15;
    # p90 at 5·0.9 = 4.5 → 20 + 0.5·(25−20) = 22.5.
    assert o.waiting.count == 6 and o.called == 6
    assert close(o.waiting.mean, 85 / 6)
    assert close(o.waiting.median, 15.0)
    assert close(o.waiting.p90, 22.5)
    # Service: V1 12, V2 10, V3 31 (spans its transfer), V6 5, V8 3 (cancelled); the
    # no-show and the reset have none. Sorted 3 5 10 12 31: mean 61/5 = 12.2; median 10;
    # p90 at 4·0.9 = 3.6 → 12 + 0.6·(31−12) = 23.4.
    assert o.service.count == 5
    assert close(o.service.mean, 12.2)
    assert close(o.service.median, 10.0)
    assert close(o.service.p90, 23.4)
    # Within target: V1 (10 ≤ 20), V3 (4 ≤ 15), V6 (20 ≤ 20), V8 (6 ≤ 15) of 6 called.
    assert o.within_target == 4
    assert close(o.within_target_share, 4 / 6)
    # No-shows ÷ issued = 1/8; the reset is neither served nor absent.
    assert (o.served, o.cancelled, o.no_shows, o.resets, o.still_open) == (4, 1, 1, 1, 1)
    assert close(o.no_show_rate, 1 / 8)
    assert o.transferred == 1


def test_per_service(metrics):
    a, c = metrics.by_service
    assert (a.key, a.label, a.target_minutes, c.key) == ("A", "Akta Kelahiran", 20, "C")
    # A: V1, V2, V6. Waits 10 20 25: mean 55/3, median 20, p90 at 1.8 → 20 + 0.8·5 = 24.
    assert a.issued == 3
    assert close(a.waiting.mean, 55 / 3)
    assert close(a.waiting.median, 20.0)
    assert close(a.waiting.p90, 24.0)
    # Service 5 10 12: mean 9, median 10, p90 → 10 + 0.8·2 = 11.6.
    assert close(a.service.mean, 9.0)
    assert close(a.service.p90, 11.6)
    assert a.within_target == 2
    # C: V3, V4, V5, V7, V8. Waits 4 6 20: mean 10, median 6, p90 → 6 + 0.8·14 = 17.2.
    # Service 3 31: mean 17, median at 0.5 → 17, p90 at 0.9 → 3 + 0.9·28 = 28.2.
    assert c.issued == 5
    assert close(c.waiting.mean, 10.0)
    assert close(c.waiting.median, 6.0)
    assert close(c.waiting.p90, 17.2)
    assert close(c.service.median, 17.0)
    assert close(c.service.p90, 28.2)
    assert (c.no_shows, c.resets, c.still_open, c.cancelled, c.transferred) == (1, 1, 1, 1, 1)
    assert close(c.no_show_rate, 1 / 5)


def test_hours_are_local_issue_hours_and_midnight_stays_on_its_issue_day(metrics):
    hours = {h.key: h for h in metrics.by_hour}
    assert list(hours) == ["08", "09", "10", "14", "23"]
    assert hours["08"].label == "08.00"
    # 08: V1 10, V2 25, V3 4 → sorted 4 10 25: mean 13, median 10, p90 → 10 + 0.8·15 = 22.
    assert hours["08"].issued == 3
    assert close(hours["08"].waiting.mean, 13.0)
    assert close(hours["08"].waiting.p90, 22.0)
    # 23:50 → 00:10 waits 20 minutes, in hour 23 of the 3rd (its issue day).
    assert hours["23"].issued == 1
    assert close(hours["23"].waiting.median, 20.0)
    assert [d.key for d in metrics.by_day] == [D, N]
    assert metrics.by_day[0].waiting.count == 6


def test_per_loket_and_operator_use_stretch_time(metrics):
    l1, l2 = metrics.by_counter
    # Loket 1: V1 12 (selesai), V3 6 (dialihkan), V6 5 (selesai); the no-show stretch
    # counts as a no-show, not as time. Sorted 5 6 12: mean 23/3, median 6,
    # p90 → 6 + 0.8·6 = 10.8. The flagged stretches are left out.
    assert (l1.key, l1.label) == ("1", "Loket 1")
    assert (l1.stretches, l1.served, l1.no_shows, l1.transferred) == (3, 2, 1, 1)
    assert close(l1.stretch.mean, 23 / 3)
    assert close(l1.stretch.median, 6.0)
    assert close(l1.stretch.p90, 10.8)
    # Loket 2: V2 10, V3 15, V8 3 (cancelled); not the flagged A-010's 10.
    # Sorted 3 10 15: mean 28/3, median 10, p90 → 10 + 0.8·5 = 14.
    assert (l2.stretches, l2.served, l2.cancelled) == (3, 2, 1)
    assert close(l2.stretch.mean, 28 / 3)
    assert close(l2.stretch.p90, 14.0)
    bambang, siti = metrics.by_operator  # sorted by name
    # Bambang: V2 10, V3 15, V6 5 (at Loket 1), V8 3 → sorted 3 5 10 15: mean 8.25,
    # median at 1.5 → 7.5, p90 at 2.7 → 10 + 0.7·5 = 13.5.
    assert (bambang.key, bambang.label) == ("op-bambang", "Bambang Hartono")
    assert (bambang.stretches, bambang.served, bambang.cancelled) == (4, 3, 1)
    assert close(bambang.stretch.mean, 8.25)
    assert close(bambang.stretch.median, 7.5)
    assert close(bambang.stretch.p90, 13.5)
    # Siti: V1 12, V3 6 (+ a no-show): mean 9, median 9, p90 at 0.9 → 6 + 0.9·6 = 11.4.
    assert (siti.stretches, siti.no_shows, siti.transferred) == (2, 1, 1)
    assert close(siti.stretch.mean, 9.0)
    assert close(siti.stretch.p90, 11.4)


def test_percentiles_interpolate_linearly_between_closest_ranks():
    assert stats([]).mean is None
    one = stats([600])
    assert (one.count, one.mean, one.median, one.p90) == (1, 10.0, 10.0, 10.0)
    # 60 s and 120 s: median 1.5 min, p90 at 0.9 → 1 + 0.9·1 = 1.9 min.
    two = stats([120, 60])
    assert close(two.median, 1.5) and close(two.p90, 1.9)
    # 1..10 minutes: median 5.5, p90 at 9·0.9 = 8.1 → 9 + 0.1·1 = 9.1 (Excel: 9.1).
    ten = stats([m * 60 for m in range(10, 0, -1)])
    assert close(ten.median, 5.5) and close(ten.p90, 9.1)
    # Many values take the counting path: same answers as sorting them.
    rng = random.Random(7)
    values = [rng.randrange(0, 3600) for _ in range(10_001)]
    ordered = sorted(values)
    big = stats(values)
    assert close(big.median, ordered[5000] / 60)
    assert close(big.p90, ordered[9000] / 60)
    assert close(big.mean, sum(values) / len(values) / 60)


def test_durations_are_whole_seconds():
    v = visit("A-001", "2025-03-03 08:00", "2025-03-03 08:10", "2025-03-03 08:22", "selesai")
    v.first_called_at += 0.6  # 10 min 0.6 s → 601 s
    assert assess(v) == (None, 601, 719)


def test_the_fast_path_agrees_with_assess_on_random_visits():
    """``compute_metrics`` decides common visits inline: it must agree with ``assess``."""
    rng = random.Random(3)
    visits = []
    base = at("2025-03-03 08:00")
    for i in range(3000):
        issued = base + rng.uniform(0, 30000)
        called = issued + rng.uniform(-600, 50000) if rng.random() < 0.9 else None
        finished = ((called or issued) + rng.uniform(-300, 50000)
                    if rng.random() < 0.85 else None)
        outcome = rng.choice(["selesai", "dibatalkan", "tidak_hadir", "reset", None])
        visits.append(Visit(str(i), f"A-{i:03d}", "A", "A", 20, issued, called, finished,
                            outcome, "2025-03-03", None))
    metrics = compute_metrics(visits, [], WIB)
    assessed = [assess(v) for v in visits]
    assert [f.ticket_id for f in metrics.flagged] == [
        v.ticket_id for v, (reason, _, _) in zip(visits, assessed, strict=True) if reason]
    waits = [w for reason, w, _ in assessed if reason is None and w is not None]
    services = [s for reason, _, s in assessed if reason is None and s is not None]
    assert metrics.overall.waiting == stats(waits)
    assert metrics.overall.service == stats(services)
