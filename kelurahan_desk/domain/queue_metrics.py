"""Queue-time metrics: the one definition of waiting, service and no-show figures.

Every figure a supervisor sees (page, PDF, CSV) comes from here; docs/QUEUE_METRICS.md
states the same definitions in words. Times are POSIX seconds (UTC) as floats: plain
arithmetic on them is some twenty times faster than on datetimes, which is what lets a
city-wide year (a million visits) be summarised in seconds.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from itertools import accumulate, chain, compress
from operator import mul

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Template

MAX_SECONDS = 12 * 3600  # a wait, service or stretch longer than this is not believed

# Ticket and stretch outcomes (the values of domain.queue.Outcome, spelled out so the
# hot loops compare plain strings).
DONE = "selesai"
NO_SHOW = "tidak_hadir"
CANCELLED = "dibatalkan"
TRANSFERRED = "dialihkan"
RESET = "reset"
HELD = "held"
_CLOSED_AT_LOKET = frozenset({DONE, NO_SHOW, CANCELLED, TRANSFERRED})
_HAS_SERVICE_TIME = frozenset({DONE, CANCELLED})
_VISITOR_PRESENT = frozenset({DONE, CANCELLED, TRANSFERRED, HELD})


class FlagReason(StrEnum):
    """Why a visit's timestamps cannot be trusted; such a visit is left out of the figures."""

    CALLED_BEFORE_ISSUE = "called_before_issue"
    FINISHED_BEFORE_ISSUE = "finished_before_issue"
    FINISHED_BEFORE_CALL = "finished_before_call"
    FINISHED_WITHOUT_OUTCOME = "finished_without_outcome"
    OUTCOME_WITHOUT_FINISH = "outcome_without_finish"
    CLOSED_WITHOUT_CALL = "closed_without_call"
    WAITING_OVER_12H = "waiting_over_12h"
    SERVICE_OVER_12H = "service_over_12h"
    STRETCH_ENDS_BEFORE_START = "stretch_ends_before_start"
    STRETCH_OVER_12H = "stretch_over_12h"


FLAG_LABELS: dict[FlagReason, Template] = {
    FlagReason.CALLED_BEFORE_ISSUE: QT_TRANSLATE_NOOP(
        "queue_metrics", "Dipanggil sebelum nomor diambil"),
    FlagReason.FINISHED_BEFORE_ISSUE: QT_TRANSLATE_NOOP(
        "queue_metrics", "Ditutup sebelum nomor diambil"),
    FlagReason.FINISHED_BEFORE_CALL: QT_TRANSLATE_NOOP(
        "queue_metrics", "Selesai sebelum dipanggil"),
    FlagReason.FINISHED_WITHOUT_OUTCOME: QT_TRANSLATE_NOOP(
        "queue_metrics", "Ada waktu selesai tanpa hasil layanan"),
    FlagReason.OUTCOME_WITHOUT_FINISH: QT_TRANSLATE_NOOP(
        "queue_metrics", "Ada hasil layanan tanpa waktu selesai"),
    FlagReason.CLOSED_WITHOUT_CALL: QT_TRANSLATE_NOOP(
        "queue_metrics", "Selesai/tidak hadir/dibatalkan tanpa pernah dipanggil"),
    FlagReason.WAITING_OVER_12H: QT_TRANSLATE_NOOP(
        "queue_metrics", "Waktu tunggu lebih dari 12 jam"),
    FlagReason.SERVICE_OVER_12H: QT_TRANSLATE_NOOP(
        "queue_metrics", "Waktu layanan lebih dari 12 jam"),
    FlagReason.STRETCH_ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "queue_metrics", "Layanan di loket berakhir sebelum dimulai"),
    FlagReason.STRETCH_OVER_12H: QT_TRANSLATE_NOOP(
        "queue_metrics", "Layanan di satu loket lebih dari 12 jam"),
}


@dataclass(slots=True)
class Visit:
    """One ticket, as the metrics need it; the service is the one it was *issued* for.

    Times are POSIX seconds (UTC). Treat as read-only (not frozen: a frozen dataclass is
    three times slower to build, and a year's report builds tens of thousands).
    """

    ticket_id: str
    code: str
    service_prefix: str
    service_name: str
    target_wait_minutes: int
    issued_at: float
    first_called_at: float | None
    finished_at: float | None
    outcome: str | None
    service_day: str  # office-local YYYY-MM-DD of the issue
    priority: str | None


@dataclass(slots=True)
class Stretch:
    """One stretch of a visit at a loket, from a call (or resume) to its end."""

    ticket_id: str
    counter_number: int
    counter_name: str
    operator_id: str
    operator_name: str
    called_at: float
    ended_at: float | None
    end: str | None  # an outcome, "held" or "dialihkan"; None while open


@dataclass(frozen=True)
class Stats:
    """Mean, median and 90th percentile in minutes (linear interpolation, as Excel)."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None


NO_STATS = Stats(0, None, None, None)


@dataclass(frozen=True)
class VisitFigures:
    """Figures for a set of visits: all of them, one service, one hour of day or one day.

    ``issued`` counts the trusted visits only; ``flagged`` ones are counted apart.
    """

    key: str
    label: str
    issued: int
    called: int  # visits with a waiting time (first called)
    served: int  # outcome selesai
    cancelled: int
    no_shows: int
    resets: int  # closed by the end-of-day rule: neither served nor absent
    transferred: int  # visits handed on to another service or loket at least once
    still_open: int  # waiting, at a loket or held when the data was read
    flagged: int
    waiting: Stats
    service: Stats
    within_target: int  # called visits whose waiting time <= their service's target
    target_minutes: int | None = None  # for a service's row

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.issued if self.issued else None

    @property
    def within_target_share(self) -> float | None:
        return self.within_target / self.waiting.count if self.waiting.count else None


@dataclass(frozen=True)
class LoketFigures:
    """Figures for one loket or one operator, from the stretches served there."""

    key: str
    label: str
    stretches: int  # closed stretches with the visitor present (the ``stretch`` count)
    served: int  # stretches ending selesai
    cancelled: int
    no_shows: int
    transferred: int
    held: int
    stretch: Stats  # ended − called of the stretches with the visitor present


@dataclass(frozen=True)
class FlaggedVisit:
    ticket_id: str
    code: str
    service_day: str
    service_prefix: str
    reason: FlagReason


@dataclass(frozen=True)
class QueueMetrics:
    overall: VisitFigures
    by_service: list[VisitFigures]
    by_hour: list[VisitFigures]  # by the local hour of issue
    by_day: list[VisitFigures]  # by service day (the local day of issue)
    by_counter: list[LoketFigures]
    by_operator: list[LoketFigures]
    flagged: list[FlaggedVisit]


# --- statistics -------------------------------------------------------------------------


def _linear(at: Callable[[int], int], n: int, num: int, den: int) -> float:
    """The (num/den) quantile by linear interpolation between closest ranks, exactly."""
    low, rest = divmod((n - 1) * num, den)
    value = float(at(low))
    if rest:
        value += (at(low + 1) - value) * rest / den
    return value


def histogram_stats(values: Sequence[int], counts: Sequence[int]) -> Stats:
    """Stats of whole-second durations given as ascending ``values`` with their ``counts``.

    Percentiles interpolate linearly between closest ranks: position (n−1)·p of the
    sorted durations, as numpy's default and Excel's PERCENTILE.INC and MEDIAN do, so a
    supervisor can check them against the CSV. Durations are whole seconds under 12 h,
    so counting them (rather than sorting every value) is exact and linear in time.
    """
    n = sum(counts)
    if n == 0:
        return NO_STATS
    ends = list(accumulate(counts))

    def at(k: int) -> int:
        return values[bisect_right(ends, k)]

    total = sum(map(mul, values, counts))
    return Stats(n, total / n / 60, _linear(at, n, 1, 2) / 60, _linear(at, n, 9, 10) / 60)


def counted_stats(counts: Counter[int]) -> Stats:
    """Stats of whole-second durations given as a histogram {seconds: how many}."""
    values = sorted(counts)
    return histogram_stats(values, list(map(counts.__getitem__, values)))


def stats(seconds: Iterable[int]) -> Stats:
    """Mean, median and p90 (minutes) of whole-second durations."""
    return counted_stats(Counter(seconds))


# --- one visit ---------------------------------------------------------------------------


def _whole_seconds(delta: float) -> int:
    return int(delta + 0.5)  # only ever given non-negative durations


def assess(visit: Visit) -> tuple[FlagReason | None, int | None, int | None]:
    """(reason it is not trusted or None, waiting seconds, service seconds) of one visit.

    Waiting = first call − issue, for every visit that was called. Service = finish −
    first call, for visits that ended selesai or dibatalkan at a loket (a transferred
    visit's service spans its stretches, and the wait between them). Stretch problems are
    found by ``compute_metrics``, which sees the stretches.
    """
    issued = visit.issued_at
    called = visit.first_called_at
    finished = visit.finished_at
    outcome = visit.outcome
    if called is not None and called < issued:
        return FlagReason.CALLED_BEFORE_ISSUE, None, None
    if finished is not None and outcome is None:
        return FlagReason.FINISHED_WITHOUT_OUTCOME, None, None
    if outcome is not None and finished is None:
        return FlagReason.OUTCOME_WITHOUT_FINISH, None, None
    if called is None:
        if outcome in _CLOSED_AT_LOKET:
            return FlagReason.CLOSED_WITHOUT_CALL, None, None
        if finished is not None and finished < issued:
            return FlagReason.FINISHED_BEFORE_ISSUE, None, None
        return None, None, None
    if finished is not None and finished < called:
        return FlagReason.FINISHED_BEFORE_CALL, None, None
    waiting = _whole_seconds(called - issued)
    if waiting > MAX_SECONDS:
        return FlagReason.WAITING_OVER_12H, None, None
    if finished is None or outcome not in _HAS_SERVICE_TIME:
        return None, waiting, None
    service = _whole_seconds(finished - called)
    if service > MAX_SECONDS:
        return FlagReason.SERVICE_OVER_12H, None, None
    return None, waiting, service


def stretch_problem(stretch: Stretch) -> FlagReason | None:
    ended = stretch.ended_at
    if ended is None:
        return None
    if ended < stretch.called_at:
        return FlagReason.STRETCH_ENDS_BEFORE_START
    if ended - stretch.called_at > MAX_SECONDS:
        return FlagReason.STRETCH_OVER_12H
    return None


# --- the figures ---------------------------------------------------------------------------
#
# A city's year (a million visits) must be summarised in about two seconds of plain
# Python. So each visit is looked at once, and dropped into a small "cell" (one service,
# one day, one local hour); the groups a report shows are unions of cells, and every
# count and histogram is made by C-level built-ins (Counter, chain, sorted).

_OPEN, _DONE, _CANCELLED, _NO_SHOW, _RESET, _OTHER = range(6)
_OUTCOME_CLASS: dict[str | None, int] = {
    None: _OPEN, DONE: _DONE, CANCELLED: _CANCELLED, NO_SHOW: _NO_SHOW, RESET: _RESET}
_OUTCOME_MASK = 7
_TRANSFERRED_BIT = 8
_WITHIN_BIT = 16
_END_CLASS: dict[str | None, int] = {
    DONE: 0, CANCELLED: 1, NO_SHOW: 2, TRANSFERRED: 3, HELD: 4}  # anything else: 5
_SLOT = 900.0  # seconds: every UTC offset in use is a whole number of quarter hours, so
# the local hour is the same all through a quarter hour of UTC


class _Cell:
    """Trusted visits of one service, day and local hour: their classes and durations."""

    __slots__ = ("classes", "services", "waits")

    def __init__(self) -> None:
        self.classes: list[int] = []
        self.waits: list[int] = []
        self.services: list[int] = []


class _Group:
    """Cells that make up one row of the report, and its flagged count."""

    __slots__ = ("cells", "classes", "flagged", "label", "services", "target", "waits")

    def __init__(self, label: str, target: int | None = None) -> None:
        self.label = label
        self.target = target
        self.cells: list[_Cell] = []
        self.flagged = 0
        self.classes: Counter[int] = Counter()  # filled by ``count``
        self.waits: Counter[int] = Counter()
        self.services: Counter[int] = Counter()

    def count(self) -> None:
        """Count the group's classes and histogram its durations (C-level, linear)."""
        cells = self.cells
        self.classes = Counter(chain.from_iterable(cell.classes for cell in cells))
        self.waits = Counter(chain.from_iterable(cell.waits for cell in cells))
        self.services = Counter(chain.from_iterable(cell.services for cell in cells))

    def add(self, other: _Group) -> None:
        """Merge a counted group into this one (a few thousand keys, not every visit)."""
        for mine, theirs in ((self.classes, other.classes), (self.waits, other.waits),
                             (self.services, other.services)):
            mine.update(theirs)
        self.flagged += other.flagged

    def figures(self, key: str) -> VisitFigures:
        classes = self.classes

        def having(mask: int, value: int) -> int:
            return sum(n for cls, n in classes.items() if cls & mask == value)

        waiting = counted_stats(self.waits)
        return VisitFigures(
            key=key, label=self.label, issued=classes.total(), called=waiting.count,
            served=having(_OUTCOME_MASK, _DONE), cancelled=having(_OUTCOME_MASK, _CANCELLED),
            no_shows=having(_OUTCOME_MASK, _NO_SHOW), resets=having(_OUTCOME_MASK, _RESET),
            transferred=having(_TRANSFERRED_BIT, _TRANSFERRED_BIT),
            still_open=having(_OUTCOME_MASK, _OPEN), flagged=self.flagged,
            waiting=waiting, service=counted_stats(self.services),
            within_target=having(_WITHIN_BIT, _WITHIN_BIT), target_minutes=self.target,
        )


class _LoketCell:
    """Closed, trusted-looking stretches of one loket and one operator."""

    __slots__ = ("ends", "tickets", "took")

    def __init__(self) -> None:
        self.tickets: list[str] = []
        self.ends: list[int] = []
        self.took: list[int] = []  # only for stretches with the visitor present

    def drop(self, tickets: set[str]) -> None:
        """Forget the stretches of ``tickets`` (flagged visits)."""
        keep = [t not in tickets for t in self.tickets]
        present = [e in (0, 1, 3, 4) for e in self.ends]
        self.took = list(compress(self.took, compress(keep, present)))
        self.ends = list(compress(self.ends, keep))
        self.tickets = list(compress(self.tickets, keep))


def _loket_figures(key: str, label: str, cells: list[_LoketCell]) -> LoketFigures:
    ends: Counter[int] = Counter()
    for cell in cells:
        ends.update(cell.ends)
    took = stats(chain.from_iterable(cell.took for cell in cells))
    return LoketFigures(key, label, took.count, ends[0], ends[1], ends[2], ends[3], ends[4],
                        took)


def compute_metrics(
    visits: Iterable[Visit], stretches: Iterable[Stretch], zone: tzinfo
) -> QueueMetrics:
    """Every figure of the queue report for ``visits`` and their ``stretches``.

    ``zone`` is the office's time zone: hours of day are local. A visit with inconsistent
    timestamps, or with a stretch that has them, is returned in ``flagged`` and counted
    nowhere else (but in the ``flagged`` count of its service and day).
    """
    # Stretches: which visits have a bad one or were handed on, and the loket cells.
    bad_stretch: dict[str, FlagReason] = {}
    transferred: set[str] = set()
    loket_cells: dict[tuple[int, str], _LoketCell] = {}
    counter_names: dict[int, str] = {}
    operator_names: dict[str, str] = {}
    for s in stretches:
        ended = s.ended_at
        if ended is None:
            continue
        took = ended - s.called_at
        if took < 0 or took > MAX_SECONDS:
            bad_stretch.setdefault(s.ticket_id, stretch_problem(s) or FlagReason.STRETCH_OVER_12H)
            continue
        end = s.end
        if end == TRANSFERRED:
            transferred.add(s.ticket_id)
        at = (s.counter_number, s.operator_id)
        loket = loket_cells.get(at)
        if loket is None:
            loket = loket_cells[at] = _LoketCell()
            counter_names[s.counter_number] = s.counter_name
            operator_names[s.operator_id] = s.operator_name
        cls = _END_CLASS.get(end, 5)
        loket.tickets.append(s.ticket_id)
        loket.ends.append(cls)
        if end in _VISITOR_PRESENT:
            loket.took.append(int(took + 0.5))

    # Visits: each one trusted (into its cell) or flagged.
    services: dict[str, _Group] = {}
    days: dict[str, _Group] = {}
    hours: dict[int, _Group] = {}
    cells: dict[tuple[str, str, int], _Cell] = {}
    hour_of_slot: dict[float, int] = {}
    flagged: list[FlaggedVisit] = []
    flagged_ids: set[str] = set()
    has_service_time, outcome_class, longest = _HAS_SERVICE_TIME, _OUTCOME_CLASS.get, MAX_SECONDS
    slot_seconds = _SLOT
    for v in visits:
        issued = v.issued_at
        called = v.first_called_at
        finished = v.finished_at
        outcome = v.outcome
        reason: FlagReason | None
        waiting: int | None
        service: int | None
        if (called is not None and finished is not None and outcome in has_service_time
                and issued <= called <= finished and called - issued < longest
                and finished - called < longest):
            # The common case, decided here exactly as ``assess`` would, without the call.
            reason = None
            waiting = int(called - issued + 0.5)
            service = int(finished - called + 0.5)
        else:
            reason, waiting, service = assess(v)
        if reason is None and bad_stretch:
            reason = bad_stretch.get(v.ticket_id)
        if reason is not None:
            flagged.append(FlaggedVisit(v.ticket_id, v.code, v.service_day, v.service_prefix,
                                        reason))
            flagged_ids.add(v.ticket_id)
            _group(services, v.service_prefix, v.service_name, v.target_wait_minutes).flagged += 1
            _group(days, v.service_day, v.service_day).flagged += 1
            continue
        slot = issued // slot_seconds
        hour = hour_of_slot.get(slot)
        if hour is None:
            hour = hour_of_slot[slot] = datetime.fromtimestamp(slot * slot_seconds, zone).hour
        where = (v.service_prefix, v.service_day, hour)
        cell = cells.get(where)
        if cell is None:
            cell = cells[where] = _Cell()
            _group(services, v.service_prefix, v.service_name,
                   v.target_wait_minutes).cells.append(cell)
            _group(days, v.service_day, v.service_day).cells.append(cell)
            _group(hours, hour, f"{hour:02d}.00").cells.append(cell)
        cls = outcome_class(outcome, _OTHER)
        if transferred and v.ticket_id in transferred:
            cls |= _TRANSFERRED_BIT
        if waiting is not None:
            cell.waits.append(waiting)
            if waiting <= v.target_wait_minutes * 60:
                cls |= _WITHIN_BIT
        if service is not None:
            cell.services.append(service)
        cell.classes.append(cls)

    for group in chain(services.values(), days.values(), hours.values()):
        group.count()
    everything = _Group("")
    for group in services.values():  # merging a few histograms beats counting again
        everything.add(group)

    if flagged_ids:
        for loket in loket_cells.values():
            loket.drop(flagged_ids)
    by_counter: dict[int, list[_LoketCell]] = {}
    by_operator: dict[str, list[_LoketCell]] = {}
    for (number, operator_id), loket in loket_cells.items():
        by_counter.setdefault(number, []).append(loket)
        by_operator.setdefault(operator_id, []).append(loket)

    return QueueMetrics(
        overall=everything.figures(""),
        by_service=[services[k].figures(k) for k in sorted(services)],
        by_hour=[hours[h].figures(f"{h:02d}") for h in sorted(hours)],
        by_day=[days[d].figures(d) for d in sorted(days)],
        by_counter=[_loket_figures(str(n), counter_names[n], by_counter[n])
                    for n in sorted(by_counter)],
        by_operator=sorted(
            (_loket_figures(o, operator_names[o], by_operator[o]) for o in by_operator),
            key=lambda f: (f.label, f.key)),
        flagged=flagged,
    )


def _group[K](groups: dict[K, _Group], key: K, label: str, target: int | None = None) -> _Group:
    group = groups.get(key)
    if group is None:
        group = groups[key] = _Group(label, target)
    return group
