"""Columns that SQLite packs into fixed-width strings, read by numpy all at once.

A year of one office is ~30,000 tickets and ~30,000 stretches. Fetched row by row, the
driver makes a Python object of every value (~150 ms, most of the queue report's time) and
SQLite would parse every time (``julianday``). So SQLite ``group_concat``s each field of
fixed width — ticket ids (32 hex digits), times (``UtcDateTime``'s
``YYYY-MM-DDTHH:MM:SS.ffffffZ``, several side by side), days, and texts from a known list
as letter codes (``letter_sql``) — into ONE string per field (an aggregate per field
costs SQLite less than joining each row's fields into one record first), which numpy
reads as a matrix of bytes (``records``): times become seconds, codes numbers. The few
texts of variable width (ticket numbers, priorities) come as a second string
(``text_sql``), split only when read (``Texts``). Every reader answers None for a value not
in the expected form, so that the caller can read row by row instead: an odd row costs
time, never a wrong figure.
"""

from __future__ import annotations

import string
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from kelurahan_desk.domain.queue_columns import Floats, Ints, LazySequence, Mask

_SEP = "\x1f"  # between texts: in no stored text
_NULL = "\x1e"  # stands for NULL among texts
_NO_TIME = "0000-00-00T00:00:00.000000Z"  # stands for NULL among times
_SHAPE = np.frombuffer(_NO_TIME.encode("ascii"), dtype=np.uint8)
_TIME_DIGITS = np.flatnonzero(np.equal(_SHAPE, ord("0")))  # where a stored time has digits
_TIME_MARKS = np.flatnonzero(np.not_equal(_SHAPE, ord("0")))  # and where - T : . Z
ID_WIDTH, TIME_WIDTH, DAY_WIDTH = 32, len(_NO_TIME), len("2025-03-03")

Bytes = npt.NDArray[np.uint8]


def time_sql(column: str) -> str:
    return f"ifnull({column}, '{_NO_TIME}')"


_LETTERS = string.ascii_letters + string.digits  # "-" and "?" are not among them
_LETTER = np.full(256, -1, dtype=np.int64)
_LETTER[np.frombuffer(_LETTERS.encode("ascii"), dtype=np.uint8)] = np.arange(len(_LETTERS))


def letter_width(values: int) -> int:
    """Letters needed to tell ``values`` values apart."""
    width = 1
    while len(_LETTERS) ** width < values:
        width += 1
    return width


def letter_sql(column: str, values: Sequence[str]) -> str:
    """``column`` as a code of ``letter_width`` letters (the k-th value: k in base 62),
    "-"s for NULL, "?"s for anything else."""
    width = letter_width(len(values))

    def code(k: int) -> str:
        return "".join(_LETTERS[k // len(_LETTERS) ** p % len(_LETTERS)]
                       for p in range(width - 1, -1, -1))

    whens = " ".join(f"WHEN '{v.replace("'", "''")}' THEN '{code(k)}'"
                     for k, v in enumerate(values))
    return (f"CASE {column} {whens} ELSE CASE WHEN {column} IS NULL THEN '{'-' * width}' "
            f"ELSE '{'?' * width}' END END")


def records(joined: str | None, count: int, width: int) -> Bytes | None:
    """``count`` fixed-width records joined by SQLite, as a count × width byte matrix."""
    if count == 0:
        return np.zeros((0, width), dtype=np.uint8)
    if joined is None or len(joined) != count * width or not joined.isascii():
        return None
    return np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(count, width)


def row_keys(chars: Bytes) -> npt.NDArray[np.bytes_]:
    """Each row of a byte matrix as one bytes value (to sort, match and count)."""
    return np.ascontiguousarray(chars).view(f"S{chars.shape[1]}")[:, 0]


# Multipliers mixing an id's four 8-byte words into one 64-bit fingerprint (odd constants
# from splitmix64/xxhash). Fingerprints only sort and group; ids are then compared whole.
_MIX = np.array([1, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9],
                dtype=np.uint64)


def _fingerprints(ids: Bytes) -> npt.NDArray[np.uint64]:
    """A 64-bit number for each id of 32 characters."""
    words = np.ascontiguousarray(ids).view(np.uint64)
    mixed: npt.NDArray[np.uint64] = np.bitwise_xor.reduce(words * _MIX, axis=1)
    return mixed


def positions(wanted: Bytes, among: Bytes) -> Ints:
    """Where each id of ``wanted`` is in ``among`` (ids unique there); −1 where absent."""
    if len(among) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    keys = _fingerprints(among)
    sorter = np.argsort(keys)
    if (np.diff(keys[sorter]) == 0).any():  # two ids share a fingerprint: sort them whole
        found = _found(row_keys(wanted), row_keys(among))
    else:
        found = _found(_fingerprints(wanted), keys, sorter)
    same = (among[found] == wanted).all(axis=1)
    return np.where(same, found, -1)


def _found(
    values: npt.NDArray[Any], keys: npt.NDArray[Any], sorter: Ints | None = None,
) -> Ints:
    """For each value, the index of the key it would be (check it is)."""
    if sorter is None:
        sorter = np.argsort(keys)
    position = np.minimum(np.searchsorted(keys, values, sorter=sorter), len(keys) - 1)
    found: Ints = sorter[position]
    return found


def digits(chars: Bytes) -> Ints | None:
    small = chars - np.uint8(ord("0"))  # below "0" wraps round to > 9
    return None if (small > 9).any() else small.astype(np.int64)


def number(digits: Ints, first: int, last: int) -> Ints:
    """The decimal number in columns first..last−1 of a digit matrix."""
    value = digits[:, first]
    for k in range(first + 1, last):
        value = value * 10 + digits[:, k]
    return value


def letters(chars: Bytes, values: int) -> Ints | None:
    """Codes of ``letter_sql`` letters: k for the k-th value, ``values`` for NULL; None
    when a value was none of them."""
    if chars.ndim == 1:
        chars = chars[:, np.newaxis]
    null = (chars == ord("-")).all(axis=1)
    digits = _LETTER[chars]
    codes = np.zeros(len(chars), dtype=np.int64)
    for k in range(chars.shape[1]):
        codes = codes * len(_LETTERS) + digits[:, k]
    codes[null] = values
    if ((digits < 0).any(axis=1) & ~null).any() or (codes > values).any():
        return None
    return codes


def _micros(chars: Bytes) -> tuple[Ints, Mask] | None:
    """(microseconds since the epoch, which are NULL) of stored UTC times, or None when any
    is not one."""
    if not (chars[:, _TIME_MARKS] == _SHAPE[_TIME_MARKS]).all():
        return None
    small = chars[:, _TIME_DIGITS] - np.uint8(ord("0"))  # below "0" wraps round to > 9
    if (small > 9).any():
        return None
    digits = np.ascontiguousarray(small.T)  # one row per digit

    def number(first: int, last: int) -> Ints:
        value: Ints = digits[first].astype(np.int64)
        for k in range(first + 1, last):
            value = value * 10 + digits[k]
        return value

    year, month, day = number(0, 4), number(4, 6), number(6, 8)
    hour, minute, second, micro = number(8, 10), number(10, 12), number(12, 14), number(14, 20)
    null = month == 0  # _NO_TIME: no stored time has month 0
    valid = ((month <= 12) & (day >= 1) & (day <= 31) & (hour <= 23) & (minute <= 59)
             & (second <= 59) & (year >= 1))
    if not (valid | null).all():
        return None
    # Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    y = year - (month <= 2)
    era = y // 400
    of_era = y - era * 400
    of_year = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    days = era * 146097 + of_era * 365 + of_era // 4 - of_era // 100 + of_year - 719468
    seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
    return np.where(null, 0, seconds * 1_000_000 + micro), null


def _epochs(micros: Ints, null: Mask) -> Floats:
    """POSIX seconds at SQLite's millisecond, NaN for NULL: exactly the value of
    ``round((julianday(t) − 2440587.5) · 86400000) / 1000`` (SQLite rounds a time's
    seconds as ``(int64)(seconds · 1000 + 0.5)``), which the report has always used."""
    whole, fraction = np.divmod(micros, 1_000_000)
    seconds_of_minute = (whole % 60).astype(np.float64) + fraction / 1e6
    millis = (whole - whole % 60) * 1000 + np.trunc(
        seconds_of_minute * 1000.0 + 0.5).astype(np.int64)
    return np.where(null, np.nan, millis / 1000.0)


def times(chars: Bytes, start: int, columns: int) -> list[tuple[Floats, Mask]] | None:
    """The ``columns`` stored times side by side from ``start`` of each record: (seconds,
    which are NULL) of each column (read all at once, as one column three times longer)."""
    count = len(chars)
    block = np.ascontiguousarray(chars[:, start:start + columns * TIME_WIDTH])
    micros = _micros(block.reshape(count * columns, TIME_WIDTH))
    if micros is None:
        return None
    seconds = _epochs(*micros).reshape(count, columns)
    null = micros[1].reshape(count, columns)
    return [(np.ascontiguousarray(seconds[:, k]), np.ascontiguousarray(null[:, k]))
            for k in range(columns)]


class Decoded(LazySequence[str]):
    """Texts kept as bytes (ids), decoded when read."""

    __slots__ = ("_keys",)

    def __init__(self, keys: npt.NDArray[np.bytes_]) -> None:
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def _item(self, index: int) -> str:
        return bytes(self._keys[index]).decode("ascii")

    def __iter__(self) -> Iterator[str]:
        return (key.decode("ascii") for key in self._keys.tolist())

    def take(self, indices: Iterable[int]) -> list[str]:
        return [key.decode("ascii") for key in self._keys[list(indices)].tolist()]


class Texts:
    """``fields`` texts per row joined by SQLite (``_SEP``), split when first read, in the
    order ``order`` (None: as read)."""

    def __init__(self, joined: str, fields: int, order: list[int] | None) -> None:
        self._joined: str | None = joined
        self._fields = fields
        self._order = order
        self._columns: list[list[str | None]] = []
        self._lock = threading.Lock()

    def column(self, field: int) -> list[str | None]:
        with self._lock:
            if self._joined is not None:
                parts: list[str | None] = list(self._joined.split(_SEP))
                if _NULL in self._joined:
                    parts = [None if p == _NULL else p for p in parts]
                self._columns = [parts[k::self._fields] for k in range(self._fields)]
                if self._order is not None:
                    self._columns = [list(map(c.__getitem__, self._order))
                                     for c in self._columns]
                self._joined = None
            return self._columns[field]


def text_sql(*columns: str) -> str:
    joined = f" || '{_SEP}' || ".join(f"ifnull({c}, '{_NULL}')" for c in columns)
    return f"group_concat({joined}, '{_SEP}')"


def whole_texts(joined: str | None, count: int, fields: int) -> str | None:
    """``joined`` if it holds ``count`` rows of ``fields`` texts."""
    if count == 0:
        return ""
    if joined is None or joined.count(_SEP) != count * fields - 1:
        return None
    return joined


class TextColumn(LazySequence[str]):
    """One field of a ``Texts`` (never NULL)."""

    __slots__ = ("_count", "_field", "_texts")

    def __init__(self, texts: Texts, field: int, count: int) -> None:
        self._texts, self._field, self._count = texts, field, count

    def __len__(self) -> int:
        return self._count

    def _item(self, index: int) -> str:
        return self._texts.column(self._field)[index] or ""

    def take(self, indices: Iterable[int]) -> list[str]:
        wanted = list(indices)
        if not wanted:
            return []
        column = self._texts.column(self._field)
        return [column[i] or "" for i in wanted]


def with_none(values: Floats, null: Mask) -> list[float | None]:
    result: list[float | None] = list(values.tolist())
    for at in np.flatnonzero(null).tolist():
        result[at] = None
    return result
