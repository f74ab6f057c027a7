"""Queue visits and stretches as columns: numpy arrays of times and small integer codes.

``queue_column_metrics`` computes the report's figures over these columns; the report's
own reading of the store (``services/queue_period.py``) makes them straight from the
stored rows, and ``visit_columns``/``stretch_columns`` make them from ``Visit`` and
``Stretch`` objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from kelurahan_desk.domain.queue_metrics import (
    CANCELLED,
    DONE,
    HELD,
    NO_SHOW,
    RESET,
    TRANSFERRED,
    Stretch,
    Visit,
)

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Codes = npt.NDArray[np.int8]
Mask = npt.NDArray[np.bool_]

# A visit's outcome as a code. Counting classes: the code itself, but "dialihkan" as a
# ticket's outcome counts as "other" (neither served, cancelled, absent, reset nor open).
OPEN, O_DONE, O_CANCELLED, O_NO_SHOW, O_RESET, O_OTHER, O_TRANSFERRED = range(7)
OUTCOME_CODES: dict[str | None, int] = {
    None: OPEN, DONE: O_DONE, CANCELLED: O_CANCELLED, NO_SHOW: O_NO_SHOW, RESET: O_RESET,
    TRANSFERRED: O_TRANSFERRED}  # any other outcome: O_OTHER

# How a stretch ended, as a code: the order of LoketFigures' counts; anything else (and an
# open stretch) is E_OTHER.
E_DONE, E_CANCELLED, E_NO_SHOW, E_TRANSFERRED, E_HELD, E_OTHER = range(6)
END_CODES: dict[str | None, int] = {
    DONE: E_DONE, CANCELLED: E_CANCELLED, NO_SHOW: E_NO_SHOW, TRANSFERRED: E_TRANSFERRED,
    HELD: E_HELD}


@dataclass(frozen=True, eq=False)
class VisitColumns:
    """Visits as columns, entry i of each being visit i.

    Times are POSIX seconds, NaN for none. ``service`` and ``day`` index
    ``service_keys`` (the prefix) and ``days``; a service's row takes its name and target
    from ``service_labels``/``service_targets``. ``targets`` are each visit's own target
    in minutes (what its waiting time is measured against).
    """

    ticket_ids: Sequence[str]
    codes: Sequence[str]  # read only for flagged visits
    service: Ints
    service_keys: Sequence[str]
    service_labels: Sequence[str]
    service_targets: Sequence[int]
    day: Ints
    days: Sequence[str]
    targets: Ints
    issued_at: Floats
    first_called_at: Floats
    finished_at: Floats
    outcome: Codes  # OUTCOME_CODES


@dataclass(frozen=True, eq=False)
class StretchColumns:
    """Stretches as columns. ``counter`` and ``operator`` index ``counter_numbers`` and
    ``operator_ids``; the names are read by stretch (a loket's row is named as the
    visit-by-visit computation named it: from the first stretch of the last loket and
    operator pair seen). ``visit``, when known, is the index of each stretch's visit
    among the visits (−1: none), which spares matching them by ``ticket_ids``."""

    ticket_ids: Sequence[str]
    counter: Ints
    counter_numbers: Sequence[int]
    counter_names: Sequence[str]  # by stretch
    operator: Ints
    operator_ids: Sequence[str]
    operator_names: Sequence[str]  # by stretch
    called_at: Floats
    ended_at: Floats
    end: Codes  # END_CODES, E_OTHER for anything else
    visit: Ints | None = None


class LazySequence[T](Sequence[T]):
    """A sequence whose items are made when read (``_item``); ``take`` reads many at once,
    and a slice reads through it."""

    __slots__ = ()

    def _item(self, index: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return self.take(range(len(self))[index])
        return self._item(index)

    def take(self, indices: Iterable[int]) -> list[T]:
        return [self._item(i) for i in indices]


class Column[T](LazySequence[T]):
    """One attribute of every item of a list, read on demand (no copy)."""

    __slots__ = ("_items", "_name")

    def __init__(self, items: Sequence[Any], name: str) -> None:
        self._items = items
        self._name = name

    def __len__(self) -> int:
        return len(self._items)

    def _item(self, index: int) -> T:
        value: T = getattr(self._items[index], self._name)
        return value

    def __iter__(self) -> Iterator[T]:
        return map(attrgetter(self._name), self._items)

    def take(self, indices: Iterable[int]) -> list[T]:
        return list(map(attrgetter(self._name), map(self._items.__getitem__, indices)))


class Coded[T](LazySequence[T]):
    """``labels[codes[i]]`` for each i, read on demand."""

    __slots__ = ("_codes", "_labels")

    def __init__(self, codes: Ints, labels: Sequence[T]) -> None:
        self._codes = codes
        self._labels = labels

    def __len__(self) -> int:
        return len(self._codes)

    def _item(self, index: int) -> T:
        return self._labels[int(self._codes[index])]

    def __iter__(self) -> Iterator[T]:
        return map(self._labels.__getitem__, self._codes.tolist())

    def take(self, indices: Iterable[int]) -> list[T]:
        return list(map(self._labels.__getitem__, self._codes[list(indices)].tolist()))


def take[T](values: Sequence[T], indices: list[int]) -> list[T]:
    """``[values[i] for i in indices]``, also fast for a ``LazySequence``."""
    if not indices:
        return []
    if isinstance(values, LazySequence):
        return values.take(indices)
    return list(map(values.__getitem__, indices))


def contains(values: Iterable[str], wanted: set[str] | dict[str, Any], count: int) -> Mask:
    """Whether each of ``count`` values is in ``wanted``."""
    if not wanted:
        return np.zeros(count, dtype=np.bool_)
    return np.fromiter(map(wanted.__contains__, values), np.bool_, count)


class _Index[K](dict[K, int]):
    """Numbers keys 0, 1, … as they are first looked up."""

    def __missing__(self, key: K) -> int:
        number = self[key] = len(self)
        return number


def factorize[K](keys: list[K]) -> tuple[Ints, list[K]]:
    """(the index of each key among the distinct keys, the distinct keys in first-seen
    order)."""
    index: _Index[K] = _Index()
    codes = np.fromiter(map(index.__getitem__, keys), np.int64, len(keys))
    return codes, list(index)


def _by_table(values: Ints) -> tuple[Ints, Ints]:
    """(the rank of each value among the distinct values, the distinct values ascending)
    of small non-negative integers, counted in a table over their range."""
    present = np.bincount(values) > 0
    rank = np.cumsum(present) - 1
    return rank[values], np.flatnonzero(present)


def factorize_letters(keys: list[str]) -> tuple[Ints, list[str]] | None:
    """``factorize`` of one-character strings (service prefixes) by their code points,
    distinct keys in code point order; None if the keys are not all one character."""
    try:
        joined = "\x00".join(keys) + "\x00"  # each key ends where its "\x00" is
    except TypeError:
        return None
    if len(joined) != 2 * len(keys) or joined.count("\x00") != len(keys):
        return None
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).reshape(-1, 2)
    if not (points[:, 1] == 0).all():
        return None
    codes, distinct = _by_table(points[:, 0].astype(np.int64))
    return codes, [chr(p) for p in distinct.tolist()]


def first_positions(codes: Ints, count: int) -> Ints:
    """Where each code 0..count−1 first occurs in ``codes`` (len(codes) if nowhere)."""
    first = np.full(count, len(codes), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(codes)))
    return first


def factorize_numbers(numbers: list[int]) -> tuple[Ints, list[int]]:
    """(the index of each number among the distinct numbers, the distinct ones ascending)."""
    values = np.fromiter(numbers, np.int64, len(numbers))
    if len(values) == 0:
        return values, []
    low, high = int(values.min()), int(values.max())
    if high - low > 4_000_000:
        distinct, codes = np.unique(values, return_inverse=True)
        return codes.astype(np.int64), distinct.tolist()
    codes, distinct = _by_table(values - low)
    return codes, (distinct + low).tolist()


def times(values: list[float | None]) -> Floats:
    """POSIX seconds, NaN for None."""
    try:
        return np.fromiter(values, np.float64, len(values))  # the faster, without None
    except TypeError:
        return np.array(values, dtype=np.float64)


class _Codes(dict[str | None, int]):
    """OUTCOME_CODES or END_CODES, with the code of "anything else" for other keys."""

    def __init__(self, codes: dict[str | None, int], other: int) -> None:
        super().__init__(codes)
        self.other = other

    def __missing__(self, key: str | None) -> int:
        return self.other


_OUTCOME_LOOKUP = _Codes(OUTCOME_CODES, O_OTHER)
_END_LOOKUP = _Codes(END_CODES, E_OTHER)


def codes_of(values: list[str | None], lookup: _Codes) -> Codes:
    return np.fromiter(map(lookup.__getitem__, values), np.int8, len(values))


def outcome_codes(outcomes: list[str | None]) -> Codes:
    return codes_of(outcomes, _OUTCOME_LOOKUP)


def end_codes(ends: list[str | None]) -> Codes:
    return codes_of(ends, _END_LOOKUP)


def visit_columns(visits: Sequence[Visit]) -> VisitColumns:
    """The columns of ``visits`` (a plain pass per attribute: the C-level list builders
    are the fastest way to read a million objects)."""
    prefixes = [v.service_prefix for v in visits]
    service, service_keys = factorize_letters(prefixes) or factorize(prefixes)
    first = first_positions(service, len(service_keys)).tolist()
    day, days = factorize([v.service_day for v in visits])
    targets = [v.target_wait_minutes for v in visits]
    return VisitColumns(
        ticket_ids=Column(visits, "ticket_id"),
        codes=Column(visits, "code"),
        service=service,
        service_keys=service_keys,
        service_labels=[visits[i].service_name for i in first],
        service_targets=[targets[i] for i in first],
        day=day,
        days=days,
        targets=np.fromiter(targets, np.int64, len(targets)),
        issued_at=times([v.issued_at for v in visits]),
        first_called_at=times([v.first_called_at for v in visits]),
        finished_at=times([v.finished_at for v in visits]),
        outcome=outcome_codes([v.outcome for v in visits]),
    )


def stretch_columns(stretches: Sequence[Stretch]) -> StretchColumns:
    counter, counter_numbers = factorize_numbers([s.counter_number for s in stretches])
    operator, operator_ids = factorize([s.operator_id for s in stretches])
    return StretchColumns(
        ticket_ids=Column(stretches, "ticket_id"),
        counter=counter,
        counter_numbers=counter_numbers,
        counter_names=Column(stretches, "counter_name"),
        operator=operator,
        operator_ids=operator_ids,
        operator_names=Column(stretches, "operator_name"),
        called_at=times([s.called_at for s in stretches]),
        ended_at=times([s.ended_at for s in stretches]),
        end=end_codes([s.end for s in stretches]),
    )
