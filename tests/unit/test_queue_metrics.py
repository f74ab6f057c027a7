"""Queue-time metrics against figures worked out by hand (docs/QUEUE_METRICS.md)."""

import dataclasses
import random
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from kelurahan_desk.domain import queue_columns
from kelurahan_desk.domain.queue_column_metrics import grouped_stats, metrics_of_columns
from kelurahan_desk.domain.queue_metrics import (
    FLAG_LABELS,
    MAX_SECONDS,
    FlaggedVisit,
    FlagReason,
    LoketFigures,
    QueueMetrics,
    Stretch,
    Visit,
    VisitFigures,
    assess,
    compute_metrics,
    stats,
    stretch_problem,
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


# --- the vectorised computation against a straightforward one ------------------------------


def reference_metrics(visits, stretches, zone):
    """Every figure computed visit by visit, straight from docs/QUEUE_METRICS.md with
    ``assess``, ``stretch_problem`` and ``stats``: slow and plain, for comparison."""
    bad, handed_on, closed = {}, set(), []
    for s in stretches:
        problem = stretch_problem(s)
        if problem is not None:
            bad.setdefault(s.ticket_id, problem)
        elif s.ended_at is not None:
            closed.append(s)
            if s.end == "dialihkan":
                handed_on.add(s.ticket_id)
    flagged, trusted = [], []
    services, days = {}, {}  # key → [label, target, members, flagged]
    for v in visits:
        reason, waiting, service = assess(v)
        if reason is None:
            reason = bad.get(v.ticket_id)
        services.setdefault(v.service_prefix,
                            [v.service_name, v.target_wait_minutes, [], 0])
        days.setdefault(v.service_day, [v.service_day, None, [], 0])
        if reason is not None:
            flagged.append(FlaggedVisit(v.ticket_id, v.code, v.service_day, v.service_prefix,
                                        reason))
            services[v.service_prefix][3] += 1
            days[v.service_day][3] += 1
            continue
        member = (v, waiting, service)
        trusted.append(member)
        services[v.service_prefix][2].append(member)
        days[v.service_day][2].append(member)
    hours = {}
    for member in trusted:
        hour = datetime.fromtimestamp(member[0].issued_at, zone).hour
        hours.setdefault(hour, [f"{hour:02d}.00", None, [], 0])[2].append(member)

    def figures(key, label, target, members, flagged_count):
        outcomes = [v.outcome for v, _, _ in members]
        waits = [w for _, w, _ in members if w is not None]
        return VisitFigures(
            key=key, label=label, issued=len(members), called=len(waits),
            served=outcomes.count("selesai"), cancelled=outcomes.count("dibatalkan"),
            no_shows=outcomes.count("tidak_hadir"), resets=outcomes.count("reset"),
            transferred=sum(v.ticket_id in handed_on for v, _, _ in members),
            still_open=outcomes.count(None), flagged=flagged_count, waiting=stats(waits),
            service=stats([s for _, _, s in members if s is not None]),
            within_target=sum(w is not None and w <= v.target_wait_minutes * 60
                              for v, w, _ in members),
            target_minutes=target)

    flagged_ids = {f.ticket_id for f in flagged}
    lokets, people = {}, {}
    for s in closed:  # a loket or operator is listed once it has a believable stretch
        lokets.setdefault(s.counter_number, [s.counter_name, []])
        people.setdefault(s.operator_id, [s.operator_name, []])
        if s.ticket_id not in flagged_ids:
            lokets[s.counter_number][1].append(s)
            people[s.operator_id][1].append(s)

    def loket(key, label, members):
        ends = [s.end for s in members]
        present = [s for s in members if s.end in ("selesai", "dibatalkan", "dialihkan", "held")]
        took = stats([int(s.ended_at - s.called_at + 0.5) for s in present])
        return LoketFigures(key, label, took.count, ends.count("selesai"),
                            ends.count("dibatalkan"), ends.count("tidak_hadir"),
                            ends.count("dialihkan"), ends.count("held"), took)

    return QueueMetrics(
        overall=figures("", "", None, trusted, len(flagged)),
        by_service=[figures(k, *services[k]) for k in sorted(services)],
        by_hour=[figures(f"{h:02d}", *hours[h]) for h in sorted(hours)],
        by_day=[figures(k, *days[k]) for k in sorted(days)],
        by_counter=[loket(str(n), *lokets[n]) for n in sorted(lokets)],
        by_operator=sorted((loket(o, *people[o]) for o in people),
                           key=lambda f: (f.label, f.key)),
        flagged=flagged,
    )


def random_office(seed, count, zone, first_day="2025-03-03", days=5):
    """``count`` random visits over ``days`` days, with their stretches: mostly ordinary,
    some crossing midnight, transferred, held, open, reset, no-shows, and some with
    timestamps that cannot be true (so that every flag reason turns up)."""
    rng = random.Random(seed)
    start = datetime.strptime(first_day, "%Y-%m-%d").replace(tzinfo=zone).timestamp()
    lokets = [(1, "Loket 1"), (2, "Loket 2"), (3, "Loket 3")]
    people = [("op-siti", "Siti Rahmawati"), ("op-bambang", "Bambang Hartono"),
              ("op-ani", "Ani Wulandari")]
    visits, stretches = [], []
    for i in range(count):
        prefix = rng.choice("ACD")
        target = {"A": 20, "C": 15, "D": 10}[prefix]
        day = rng.randrange(days)
        # Issued 07:00–24:00 local: the late ones are called after midnight.
        issued = start + day * 86400 + rng.uniform(7 * 3600, 24 * 3600) + rng.random()
        service_day = datetime.fromtimestamp(issued, zone).strftime("%Y-%m-%d")
        ticket = f"{service_day}-{prefix}-{i:05d}"
        roll = rng.random()
        called = finished = outcome = None
        if roll < 0.05:  # still waiting
            pass
        elif roll < 0.09:  # reset, never called
            finished, outcome = issued + rng.uniform(0, 9000), "reset"
        else:
            called = issued + rng.choice([rng.expovariate(1 / 900), rng.uniform(0, 50000)
                                          if rng.random() < 0.02 else rng.uniform(0, 3000)])
            outcome = rng.choices(["selesai", "tidak_hadir", "dibatalkan", None, "reset"],
                                  [80, 6, 4, 5, 5])[0]
            finished = None if outcome is None else called + rng.uniform(30, 2400)
        if rng.random() < 0.03:  # timestamps that cannot all be true
            choice = rng.randrange(5)
            if choice == 0 and called is not None:
                called = issued - rng.uniform(1, 600)
            elif choice == 1 and called is None:
                finished, outcome = issued - rng.uniform(1, 600), "reset"
            elif choice == 1 and finished is not None:
                finished = called - rng.uniform(1, 600)
            elif choice == 2:
                outcome = None if finished is not None else "selesai"
            elif choice == 3 and called is not None and finished is not None:
                finished = called + 12 * 3600 + rng.uniform(0, 2)  # around the 12-hour edge
            elif choice == 4:
                outcome = rng.choice(["dialihkan", "tidak_hadir"])
                if called is None:
                    finished = issued + 60
        visits.append(Visit(ticket, f"{prefix}-{i:03d}", prefix, NAME.get(prefix, "Lainnya"),
                            target, issued, called, finished, outcome, service_day,
                            rng.choice([None, None, None, "lansia"])))
        if called is None:
            continue
        at = called
        loket, person = rng.choice(lokets), rng.choice(people)
        for _ in range(rng.choice([0, 0, 0, 1, 2])):  # handed on, or held and resumed
            until = at + rng.uniform(20, 600)
            stretches.append(Stretch(ticket, *loket, *person, at, until,
                                     rng.choice(["dialihkan", "dialihkan", "held"])))
            at = until + rng.uniform(0, 900)
            loket, person = rng.choice(lokets), rng.choice(people)
        if rng.random() < 0.01:  # a stretch that ends before it starts, or lasts 13 hours
            stretches.append(Stretch(ticket, *loket, *person, at,
                                     at + rng.choice([-60.0, 13 * 3600.0]), "selesai"))
        end = outcome if outcome in ("selesai", "tidak_hadir", "dibatalkan") else None
        ended = None if end is None else max(at, finished or at)
        stretches.append(Stretch(ticket, *loket, *person, at, ended, end))
    rng.shuffle(stretches)
    return visits, stretches


@pytest.mark.parametrize("zone", [WIB, ZoneInfo("Asia/Jayapura"), ZoneInfo("Europe/Berlin")])
def test_the_vectorised_figures_equal_a_straightforward_computation(zone):
    """compute_metrics (numpy, over columns) gives exactly the figures of a plain visit by
    visit computation: on the hand-worked day above, and on a few thousand random visits
    (over a daylight-saving change in Berlin, so local hours are looked up both ways)."""
    assert compute_metrics(VISITS, STRETCHES, zone) == reference_metrics(VISITS, STRETCHES, zone)
    first_day = "2025-03-27" if zone.key == "Europe/Berlin" else "2025-03-03"
    visits, stretches = random_office(11, 4000, zone, first_day)
    metrics = compute_metrics(visits, stretches, zone)
    assert metrics == reference_metrics(visits, stretches, zone)
    # The random office has what the comparison is meant to cover.
    assert {f.reason for f in metrics.flagged} == set(FlagReason)
    assert metrics.overall.transferred > 50 and metrics.overall.resets > 50
    assert metrics.overall.still_open > 50 and metrics.overall.service.count > 2000
    assert any(h.key == "23" for h in metrics.by_hour)
    assert any(s.ended_at is None for s in stretches)
    midnight = [v for v in visits if v.first_called_at and v.finished_at and v.outcome
                and datetime.fromtimestamp(v.first_called_at, zone).date()
                > datetime.fromtimestamp(v.issued_at, zone).date()]
    assert len(midnight) > 10  # called the day after their issue: counted on the issue day


def test_a_visit_called_after_midnight_and_transferred_counts_on_its_issue_day_at_both_lokets():
    v = visit("A-001", f"{D} 23:50", f"{N} 00:10", f"{N} 00:40", "selesai")
    handed = stretch("A-001", L1, SITI, f"{N} 00:10", f"{N} 00:15", "dialihkan")
    done = stretch("A-001", L2, BAMBANG, f"{N} 00:20", f"{N} 00:40", "selesai")
    metrics = compute_metrics([v], [done, handed], WIB)
    assert [(d.key, d.issued, d.transferred) for d in metrics.by_day] == [(D, 1, 1)]
    assert [h.key for h in metrics.by_hour] == ["23"]
    assert close(metrics.overall.waiting.mean, 20) and close(metrics.overall.service.mean, 30)
    l1, l2 = metrics.by_counter
    assert (l1.transferred, l1.stretches, l2.served, l2.stretches) == (1, 1, 1, 1)
    assert close(l1.stretch.mean, 5) and close(l2.stretch.mean, 20)
    assert metrics == reference_metrics([v], [done, handed], WIB)


def test_nothing_to_count():
    metrics = compute_metrics([], [], WIB)
    assert metrics == reference_metrics([], [], WIB)
    assert metrics.overall.issued == 0 and metrics.overall.waiting.mean is None


def test_grouped_statistics_count_or_sort_alike():
    """grouped_stats histograms a few groups and sorts many; both are ``stats``."""
    rng = np.random.default_rng(5)
    seconds = rng.integers(0, MAX_SECONDS + 1, 20_000)
    for groups in (1, 3, 24, 400):
        group = rng.integers(0, groups, len(seconds))
        expected = [stats(seconds[group == g].tolist()) for g in range(groups)]
        assert grouped_stats(group, seconds, groups) == expected
    assert grouped_stats(np.zeros(0, np.int64), np.zeros(0, np.int64), 2) == [stats([])] * 2


def test_stretches_matched_to_visits_by_index_or_by_ticket_alike():
    """The report tells compute which visit each stretch belongs to (by index); from plain
    lists it matches them by ticket id. Both give the same figures, also for a stretch
    whose visit is not among the visits."""
    visits, stretches = random_office(12, 3000, WIB)
    stretches.append(Stretch("elsewhere", *L1, *SITI, at(f"{D} 09:00"), at(f"{D} 08:00"),
                             "selesai"))
    by_ticket = queue_columns.stretch_columns(stretches)
    where = {v.ticket_id: i for i, v in enumerate(visits)}
    by_index = dataclasses.replace(by_ticket, visit=np.array(
        [where.get(s.ticket_id, -1) for s in stretches], dtype=np.int64))
    columns = queue_columns.visit_columns(visits)
    metrics = metrics_of_columns(columns, by_index, WIB)
    assert metrics == metrics_of_columns(columns, by_ticket, WIB)
    assert metrics == reference_metrics(visits, stretches, WIB)
    assert metrics.flagged and metrics.overall.transferred


def test_keys_are_numbered_exactly_whatever_their_form():
    """Prefixes are numbered by their characters when they are single letters, and by a
    dictionary otherwise (as days are): the same grouping either way."""
    letters = queue_columns.factorize_letters(["B", "A", "B", "É"])
    assert letters is not None and (letters[0].tolist(), letters[1]) == ([1, 0, 1, 2],
                                                                         ["A", "B", "É"])
    for odd in (["", "AB"], ["A", None], ["A", "\x00"]):
        assert queue_columns.factorize_letters(odd) is None
    codes, keys = queue_columns.factorize(["x", "y", "x"])
    assert (codes.tolist(), keys) == ([0, 1, 0], ["x", "y"])
    # Visits of two-letter services: grouped by the dictionary.
    odd = [dataclasses.replace(v, service_prefix=v.service_prefix * 2,
                               service_day=v.service_day + "*") for v in VISITS]
    metrics = compute_metrics(odd, STRETCHES, WIB)
    assert metrics == reference_metrics(odd, STRETCHES, WIB)
    assert [s.key for s in metrics.by_service] == ["AA", "CC"]
