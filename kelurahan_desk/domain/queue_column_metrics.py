"""The queue-time figures computed over columns with numpy.

``queue_metrics`` states what every figure means (and ``assess`` decides one visit); this
module computes the same figures for many visits at once: a city's year, a million
visits, in about a second. The visits and stretches are turned into columns
(``queue_columns``: numpy arrays of times and small integer codes), every visit's flag is
decided by array comparisons in ``assess``'s order, and each group's counts, sums and
percentiles come from one ``bincount`` or one sort of (group, whole seconds) keys. Every
rounding follows the Python definitions operation for operation, so the results are
identical to computing visit by visit (``tests/unit/test_queue_metrics.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from typing import Any

import numpy as np
import numpy.typing as npt

from kelurahan_desk.domain.queue_columns import (
    E_CANCELLED,
    E_DONE,
    E_HELD,
    E_NO_SHOW,
    E_TRANSFERRED,
    O_CANCELLED,
    O_DONE,
    O_NO_SHOW,
    O_OTHER,
    O_RESET,
    O_TRANSFERRED,
    OPEN,
    Codes,
    Floats,
    Ints,
    Mask,
    StretchColumns,
    VisitColumns,
    contains,
    stretch_columns,
    take,
    visit_columns,
)
from kelurahan_desk.domain.queue_metrics import (
    MAX_SECONDS,
    NO_STATS,
    FlaggedVisit,
    FlagReason,
    LoketFigures,
    QueueMetrics,
    Stats,
    Stretch,
    Visit,
    VisitFigures,
    linear_quantile,
)

# A trusted visit's cell: its outcome's counting class (below 8), plus _TRANSFERRED_BIT when
# it was handed on and _WITHIN_BIT when it was called within its target.
_TRANSFERRED_BIT = 8
_WITHIN_BIT = 16
_CELLS = 32

# A visit's flag as a code: 0 trusted, k ≥ 1 the reason _REASONS[k − 1]. The first eight
# are assess's, in assess's order (a visit gets the first that applies); then a stretch's.
_REASONS = (
    FlagReason.CALLED_BEFORE_ISSUE, FlagReason.FINISHED_WITHOUT_OUTCOME,
    FlagReason.OUTCOME_WITHOUT_FINISH, FlagReason.CLOSED_WITHOUT_CALL,
    FlagReason.FINISHED_BEFORE_ISSUE, FlagReason.FINISHED_BEFORE_CALL,
    FlagReason.WAITING_OVER_12H, FlagReason.SERVICE_OVER_12H,
    FlagReason.STRETCH_ENDS_BEFORE_START, FlagReason.STRETCH_OVER_12H,
)
_REASON_CODE = {reason: k for k, reason in enumerate(_REASONS, start=1)}
_SLOT = 900.0  # seconds: every UTC offset in use is a whole number of quarter hours, so
# the local hour is the same all through a quarter hour of UTC


# --- statistics of groups ------------------------------------------------------------------


def whole_seconds(delta: Floats) -> Ints:
    """``int(delta + 0.5)`` of each duration: right for those ≥ 0, the only ones used
    (a NaN gives a meaningless number, masked wherever it is read)."""
    with np.errstate(invalid="ignore"):
        return (delta + 0.5).astype(np.int64)


def grouped_stats(group: Ints, seconds: Ints, groups: int) -> list[Stats]:
    """Stats of the whole-second durations (≥ 0) of each group 0..groups−1, as ``stats``.

    Few groups: one histogram of (group, seconds) and its running sums. Many: one sort of
    (group, seconds) packed in one integer. Both are exact.
    """
    if len(seconds) == 0:
        return [NO_STATS] * groups
    width = int(seconds.max()) + 1
    result = []
    if groups * width <= 2 * len(seconds) + 100_000:
        histogram = np.bincount(group * width + seconds, minlength=groups * width)
        histogram_2d = histogram.reshape(groups, width)
        sums: list[int] = (histogram_2d @ np.arange(width, dtype=np.int64)).tolist()
        running = np.cumsum(histogram_2d, axis=1)
        for g, total in enumerate(sums):
            row: Ints = running[g]
            n = int(row[-1])
            if n == 0:
                result.append(NO_STATS)
                continue

            def at(k: int, row: Ints = row) -> int:
                return int(np.searchsorted(row, k, side="right"))

            result.append(Stats(n, total / n / 60, linear_quantile(at, n, 1, 2) / 60,
                                linear_quantile(at, n, 9, 10) / 60))
        return result
    shift = width.bit_length()
    counts: list[int] = np.bincount(group, minlength=groups).tolist()
    totals: list[float] = np.bincount(group, weights=seconds, minlength=groups).tolist()
    ordered = np.sort((group << shift) | seconds) & ((1 << shift) - 1)
    start = 0
    for n, summed in zip(counts, totals, strict=True):
        if n == 0:
            result.append(NO_STATS)
            continue

        def at_sorted(k: int, start: int = start) -> int:
            return int(ordered[start + k])

        # The totals are sums of integers below 2**53: exact, so this is int / int.
        result.append(Stats(n, int(summed) / n / 60, linear_quantile(at_sorted, n, 1, 2) / 60,
                            linear_quantile(at_sorted, n, 9, 10) / 60))
        start += n
    return result


# --- the figures ---------------------------------------------------------------------------


def _slot_hours(slots: Ints, zone: tzinfo) -> Ints:
    """The local hour at the start of each quarter hour ``slots`` (ascending) of UTC.

    The zone is asked for its UTC offset at the start and the end of each UTC day; on a
    day when the two agree (every day but those of a clock change) that offset holds all
    day, and the rest is arithmetic. On the other days each quarter hour is asked.
    """
    day = slots // int(86400 // _SLOT)
    days, which = np.unique(day, return_inverse=True)
    offsets = np.zeros(len(days), dtype=np.int64)
    changing: list[int] = []
    for k, d in enumerate(days.tolist()):
        first = datetime.fromtimestamp(d * 86400, zone).utcoffset()
        last = datetime.fromtimestamp(d * 86400 + 86399, zone).utcoffset()
        if first is None or first != last:
            changing.append(k)
        else:
            offsets[k] = int(first.total_seconds())
    hours = (slots * int(_SLOT) + offsets[which]) // 3600 % 24
    for at in np.flatnonzero(np.isin(which, changing)).tolist():
        hours[at] = datetime.fromtimestamp(int(slots[at]) * _SLOT, zone).hour
    return hours


def _hours(issued: Floats, zone: tzinfo) -> Ints:
    """The local hour of each time: that of the start of its quarter hour of UTC."""
    if len(issued) == 0:
        return np.zeros(0, dtype=np.int64)
    slots = np.floor_divide(issued, _SLOT).astype(np.int64)  # as Python's float //
    low, high = int(slots.min()), int(slots.max())
    if high - low < 4_000_000:  # a table over the range (50 days of slots use 4.6 kB)
        present = np.flatnonzero(np.bincount(slots - low))
        table = np.zeros(high - low + 1, dtype=np.int64)
        table[present] = _slot_hours(present + low, zone)
        return table[slots - low]
    distinct, where = np.unique(slots, return_inverse=True)
    return _slot_hours(distinct, zone)[where]


def _table(codes: Iterable[int], size: int = 8) -> Mask:
    """A lookup table over codes 0..size−1: True for ``codes``."""
    table = np.zeros(size, dtype=np.bool_)
    table[list(codes)] = True
    return table


_HAS_SERVICE_TIME = _table((O_DONE, O_CANCELLED))
_CLOSED_AT_LOKET = _table((O_DONE, O_NO_SHOW, O_CANCELLED, O_TRANSFERRED))
_CLASS = np.minimum(np.arange(8), O_OTHER)  # counting class of each outcome code
_VISITOR_PRESENT = _table((E_DONE, E_CANCELLED, E_TRANSFERRED, E_HELD))


def _flags(v: VisitColumns) -> tuple[Codes, Ints, Ints]:
    """(reason code per visit — 0 trusted, k the k-th of _REASONS —, waiting, service
    seconds): ``assess`` over the columns."""
    issued, called, finished, outcome = (
        v.issued_at, v.first_called_at, v.finished_at, v.outcome)
    was_called = ~np.isnan(called)
    has_finish = ~np.isnan(finished)
    has_outcome = outcome != OPEN
    waiting = whole_seconds(called - issued)
    service = whole_seconds(finished - called)
    never_called = ~was_called
    conditions = [
        called < issued,  # False where NaN
        has_finish & ~has_outcome,
        has_outcome & ~has_finish,
        never_called & _CLOSED_AT_LOKET[outcome],
        never_called & (finished < issued),
        finished < called,
        was_called & (waiting > MAX_SECONDS),
        was_called & has_finish & _HAS_SERVICE_TIME[outcome] & (service > MAX_SECONDS),
    ]
    reason = np.select(conditions, list(range(1, len(conditions) + 1)), 0).astype(np.int8)
    return reason, waiting, service


def _pairs_named(s: StretchColumns, ok: Mask) -> tuple[dict[int, str], dict[int, str]]:
    """Names of the lokets and operators that have closed, believable stretches."""
    at = np.flatnonzero(ok)
    operators = max(len(s.operator_ids), 1)
    pair = s.counter[at] * operators + s.operator[at]
    first = np.full(len(s.counter_numbers) * operators, len(ok), dtype=np.int64)
    np.minimum.at(first, pair, at)  # the first stretch of each loket and operator pair
    firsts = np.sort(first[first < len(ok)]).tolist()
    counter_names: dict[int, str] = {}
    operator_names: dict[int, str] = {}
    counters, operators_at = s.counter[firsts].tolist(), s.operator[firsts].tolist()
    for c, o, c_name, o_name in zip(counters, operators_at, take(s.counter_names, firsts),
                                    take(s.operator_names, firsts), strict=True):
        counter_names[c] = c_name  # in stretch order: the last pair seen names it
        operator_names[o] = o_name
    return counter_names, operator_names


# What a visit figure counts, by cell class (outcome | transferred | within target).
_COUNTED = np.array([
    [1] * _CELLS,
    [cls & 7 == O_DONE for cls in range(_CELLS)],
    [cls & 7 == O_CANCELLED for cls in range(_CELLS)],
    [cls & 7 == O_NO_SHOW for cls in range(_CELLS)],
    [cls & 7 == O_RESET for cls in range(_CELLS)],
    [cls & _TRANSFERRED_BIT != 0 for cls in range(_CELLS)],
    [cls & 7 == OPEN for cls in range(_CELLS)],
    [cls & _WITHIN_BIT != 0 for cls in range(_CELLS)],
], dtype=np.int64).T

_Row = tuple[list[int], Stats, Stats, int]


def _visit_rows(
    group: Ints, groups: int, cells: Ints, waited_group: Ints, waits: Ints,
    served_group: Ints, services: Ints, flagged: Ints,
) -> list[_Row]:
    """(issued, served, cancelled, no-shows, resets, transferred, still open, within
    target; waiting; service; flagged) of each group: ``group`` and ``cells`` by trusted
    visit, ``waited_group``/``waits`` by waiting time, ``served_group``/``services`` by
    service time, ``flagged`` the group of each flagged visit."""
    table = np.bincount(group * _CELLS + cells, minlength=groups * _CELLS)
    counts: list[list[int]] = (table.reshape(groups, _CELLS) @ _COUNTED).tolist()
    waiting = grouped_stats(waited_group, waits, groups)
    service = grouped_stats(served_group, services, groups)
    flags = np.bincount(flagged, minlength=groups).tolist()
    return list(zip(counts, waiting, service, flags, strict=True))


def _figures(key: str, label: str, row: _Row, target: int | None = None) -> VisitFigures:
    (issued, served, cancelled, no_shows, resets, transferred, still_open, within), \
        waiting, service, flagged = row
    return VisitFigures(
        key=key, label=label, issued=issued, called=waiting.count, served=served,
        cancelled=cancelled, no_shows=no_shows, resets=resets, transferred=transferred,
        still_open=still_open, flagged=flagged, waiting=waiting, service=service,
        within_target=within, target_minutes=target,
    )


def _loket_rows(group: Ints, groups: int, end: Ints, present_group: Ints, took: Ints,
                label: Callable[[int], tuple[str, str]]) -> dict[int, LoketFigures]:
    ends = np.bincount(group * 8 + end, minlength=groups * 8).reshape(groups, 8).tolist()
    took_stats = grouped_stats(present_group, took, groups)
    rows = {}
    for g, (counts, stretch) in enumerate(zip(ends, took_stats, strict=True)):
        key, name = label(g)
        rows[g] = LoketFigures(key, name, stretch.count, counts[E_DONE], counts[E_CANCELLED],
                               counts[E_NO_SHOW], counts[E_TRANSFERRED], counts[E_HELD],
                               stretch)
    return rows


def _subset(mask: Mask) -> Callable[[npt.NDArray[Any]], npt.NDArray[Any]]:
    """Selects ``mask`` of an array; nothing to copy when it is all True (the rule)."""
    if mask.all():
        return lambda values: values
    return lambda values: values[mask]


def _stretches_by_visit(
    v: VisitColumns, s: StretchColumns, took: Floats, bad: Mask, ok: Mask,
) -> tuple[Codes, Mask]:
    """(the flag code a bad stretch gives each visit — the first such stretch's —, or 0;
    whether each visit was handed on by a closed, believable stretch)."""
    n = len(v.issued_at)
    late = np.zeros(n, dtype=np.int8)
    over = _REASON_CODE[FlagReason.STRETCH_OVER_12H]
    before = _REASON_CODE[FlagReason.STRETCH_ENDS_BEFORE_START]
    handed_on_at = ok & (s.end == E_TRANSFERRED)
    if s.visit is not None:  # matched by index
        bad_at = np.flatnonzero(bad & (s.visit >= 0))
        visits, first = np.unique(s.visit[bad_at], return_index=True)
        late[visits] = np.where(took[bad_at[first]] < 0, before, over)
        handed_on = np.zeros(n, dtype=np.bool_)
        handed_on[s.visit[handed_on_at & (s.visit >= 0)]] = True
        return late, handed_on
    bad_stretch: dict[str, int] = {}  # matched by ticket id
    bad_list = np.flatnonzero(bad).tolist()
    for at, ticket in zip(bad_list, take(s.ticket_ids, bad_list), strict=True):
        bad_stretch.setdefault(ticket, before if took[at] < 0 else over)
    if bad_stretch:
        hit = np.flatnonzero(contains(v.ticket_ids, bad_stretch, n)).tolist()
        late[hit] = [bad_stretch[ticket] for ticket in take(v.ticket_ids, hit)]
    transferred = set(take(s.ticket_ids, np.flatnonzero(handed_on_at).tolist()))
    return late, contains(v.ticket_ids, transferred, n)


def metrics_of_columns(v: VisitColumns, s: StretchColumns, zone: tzinfo) -> QueueMetrics:
    """``compute_metrics`` over columns: see ``queue_metrics.compute_metrics``."""
    # Stretches: which visits have a bad one, which were handed on.
    took = s.ended_at - s.called_at
    closed = ~np.isnan(took)
    bad = (took < 0) | (took > MAX_SECONDS)  # False where NaN (open)
    ok = closed & ~bad
    late, handed_on = _stretches_by_visit(v, s, took, bad, ok)

    # Visits: trusted or flagged (first by their own times, then by their stretches).
    reason, waiting, service = _flags(v)
    reason = np.where(reason == 0, late, reason)
    flagged_at = np.flatnonzero(reason).tolist()
    flagged = [FlaggedVisit(ticket, code, v.days[v.day[i]], v.service_keys[v.service[i]],
                            _REASONS[reason[i] - 1])
               for i, ticket, code in zip(flagged_at, take(v.ticket_ids, flagged_at),
                                          take(v.codes, flagged_at), strict=True)]
    trusted = reason == 0
    waited = trusted & ~np.isnan(v.first_called_at)
    served = waited & ~np.isnan(v.finished_at) & _HAS_SERVICE_TIME[v.outcome]
    cells = (_CLASS[v.outcome] + (waited & (waiting <= v.targets * 60)) * _WITHIN_BIT
             + handed_on * _TRANSFERRED_BIT)
    of_trusted = _subset(trusted)
    t_cells, t_waited, t_served = of_trusted(cells), of_trusted(waited), of_trusted(served)
    of_waited, of_served = _subset(t_waited), _subset(t_served)
    waits, services = of_waited(of_trusted(waiting)), of_served(of_trusted(service))

    def rows(group: Ints, groups: int, flags: Ints) -> list[_Row]:
        return _visit_rows(group, groups, t_cells, of_waited(group), waits, of_served(group),
                           services, flags)

    not_trusted = ~trusted
    by_service = rows(of_trusted(v.service), len(v.service_keys), v.service[not_trusted])
    by_day = rows(of_trusted(v.day), len(v.days), v.day[not_trusted])
    by_hour = rows(_hours(of_trusted(v.issued_at), zone), 24, np.zeros(0, dtype=np.int64))
    everything = rows(np.zeros(len(t_cells), dtype=np.int64), 1,
                      np.zeros(len(flagged_at), dtype=np.int64))[0]

    # Lokets and operators: the closed, believable stretches of trusted visits.
    keep = ok
    if flagged and s.visit is not None:
        keep = ok & ~((s.visit >= 0) & (reason != 0)[s.visit])
    elif flagged:
        keep = ok & ~contains(s.ticket_ids, {f.ticket_id for f in flagged}, len(s.ticket_ids))
    of_kept = _subset(keep)
    end = of_kept(s.end).astype(np.int64)
    present = _VISITOR_PRESENT[end]
    of_present = _subset(present)
    took_seconds = of_present(of_kept(whole_seconds(took)))
    counter_names, operator_names = _pairs_named(s, ok)
    numbers = s.counter_numbers
    counter = of_kept(s.counter)
    by_counter = _loket_rows(
        counter, len(numbers), end, of_present(counter), took_seconds,
        lambda g: (str(numbers[g]), counter_names.get(g, "")))
    operator_ids = s.operator_ids
    operator = of_kept(s.operator)
    by_operator = _loket_rows(
        operator, len(operator_ids), end, of_present(operator), took_seconds,
        lambda g: (operator_ids[g], operator_names.get(g, "")))

    return QueueMetrics(
        overall=_figures("", "", everything),
        by_service=[_figures(v.service_keys[g], v.service_labels[g], by_service[g],
                             v.service_targets[g])
                    for g in sorted(range(len(v.service_keys)), key=v.service_keys.__getitem__)],
        by_hour=[_figures(f"{h:02d}", f"{h:02d}.00", by_hour[h])
                 for h in range(24) if by_hour[h][0][0]],
        by_day=[_figures(v.days[g], v.days[g], by_day[g])
                for g in sorted(range(len(v.days)), key=v.days.__getitem__)],
        by_counter=[by_counter[g] for g in sorted(counter_names, key=numbers.__getitem__)],
        by_operator=sorted((by_operator[g] for g in operator_names),
                           key=lambda f: (f.label, f.key)),
        flagged=flagged,
    )


def compute(visits: Iterable[Visit], stretches: Iterable[Stretch], zone: tzinfo) -> QueueMetrics:
    visits = visits if isinstance(visits, Sequence) else list(visits)
    stretches = stretches if isinstance(stretches, Sequence) else list(stretches)
    return metrics_of_columns(visit_columns(visits), stretch_columns(stretches), zone)
