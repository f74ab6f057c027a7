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
from datetime import tzinfo
from enum import StrEnum
from itertools import accumulate
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


def linear_quantile(at: Callable[[int], int], n: int, num: int, den: int) -> float:
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
    return Stats(n, total / n / 60, linear_quantile(at, n, 1, 2) / 60,
                 linear_quantile(at, n, 9, 10) / 60)


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


def compute_metrics(
    visits: Iterable[Visit], stretches: Iterable[Stretch], zone: tzinfo
) -> QueueMetrics:
    """Every figure of the queue report for ``visits`` and their ``stretches``.

    ``zone`` is the office's time zone: hours of day are local. A visit with inconsistent
    timestamps, or with a stretch that has them, is returned in ``flagged`` and counted
    nowhere else (but in the ``flagged`` count of its service and day).

    The figures are those of ``assess`` and ``stats`` visit by visit; they are computed
    over columns with numpy (``queue_column_metrics``), imported here on first use.
    """
    from kelurahan_desk.domain import queue_column_metrics

    return queue_column_metrics.compute(visits, stretches, zone)
