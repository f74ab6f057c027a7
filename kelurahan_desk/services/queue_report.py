"""The supervisor's queue report: figures over a period, what waits now, CSV, export audit."""

from __future__ import annotations

import csv
import io
import sqlite3
import string
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, overload
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.queue import TicketStatus
from kelurahan_desk.domain.queue_columns import (
    E_OTHER,
    END_CODES,
    OUTCOME_CODES,
    Coded,
    Floats,
    Ints,
    LazySequence,
    Mask,
    StretchColumns,
    VisitColumns,
    first_positions,
    metrics_of_columns,
)
from kelurahan_desk.domain.queue_metrics import (
    FLAG_LABELS,
    FlaggedVisit,
    LoketFigures,
    Stretch,
    Visit,
    VisitFigures,
    assess,
    compute_metrics,
)
from kelurahan_desk.domain.roles import Permission, Role
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Office, QueueService, Ticket, TicketCall

# Semicolons, because Excel in an Indonesian locale reads "," as the decimal comma and ";"
# as the list separator; decimals are written with a comma for the same reason. The BOM
# makes Excel read the file as UTF-8 (names may carry letters beyond ASCII).
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"
CSV_HEADER = (
    "Tanggal", "Nomor", "Layanan", "Prioritas", "Ambil nomor", "Dipanggil", "Selesai",
    "Hasil", "Loket", "Petugas", "Tunggu (menit)", "Layanan (menit)", "Dialihkan",
    "Ditandai",
)


@dataclass(frozen=True)
class QueueReportFilter:
    """Service days ``date_from``..``date_to`` (office-local, inclusive); None = all."""

    date_from: date
    date_to: date
    service_ids: tuple[uuid.UUID, ...] | None = None  # the service a visit was issued for
    counter_ids: tuple[uuid.UUID, ...] | None = None  # visits served (partly) there
    operator_ids: tuple[uuid.UUID, ...] | None = None  # visits served (partly) by them


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class ReportChoices:
    """What the report can be filtered by."""

    services: list[Choice]
    counters: list[Choice]
    operators: list[Choice]


@dataclass(frozen=True)
class WaitingNow:
    """Live: how many wait for a service (any day still open), and the longest wait."""

    service_id: uuid.UUID
    prefix: str
    name: str
    waiting: int
    at_loket: int  # called or held
    oldest_issued_at: datetime | None
    oldest_wait_minutes: float | None


@dataclass(frozen=True)
class QueueReport:
    office_name: str
    timezone: str
    filter: QueueReportFilter
    filter_names: dict[str, list[str]]  # "services"/"counters"/"operators" → chosen names
    generated_at: datetime
    overall: VisitFigures
    by_service: list[VisitFigures]
    by_counter: list[LoketFigures]
    by_operator: list[LoketFigures]
    by_hour: list[VisitFigures]
    by_day: list[VisitFigures]
    flagged: list[FlaggedVisit]
    waiting_now: list[WaitingNow]
    # The inputs, for the CSV: made when first read (see ``Rows``); ``len`` is free.
    visits: Sequence[Visit]
    stretches: Sequence[Stretch]


def _office(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise RuntimeError("the office is not set up")
    return office


def _ticket_conditions(f: QueueReportFilter) -> tuple[str, list[object]]:
    """SQL conditions on tickets ``t`` for the filter, and their parameters."""
    where = ["t.service_day >= ?", "t.service_day <= ?"]
    params: list[object] = [f.date_from.isoformat(), f.date_to.isoformat()]

    def among(column: str, ids: tuple[uuid.UUID, ...]) -> str:
        params.extend(i.hex for i in ids)  # a Uuid is stored as 32 hex digits
        return f"{column} IN ({', '.join('?' * len(ids))})"

    if f.service_ids is not None:
        where.append(among("t.issued_service_id", f.service_ids))
    if f.counter_ids is not None or f.operator_ids is not None:
        served = ["kind != 'recall'"]
        if f.counter_ids is not None:
            served.append(among("counter_id", f.counter_ids))
        if f.operator_ids is not None:
            served.append(among("operator_id", f.operator_ids))
        where.append(f"t.id IN (SELECT ticket_id FROM ticket_calls WHERE {' AND '.join(served)})")
    return " AND ".join(where), params


def _waiting_now(session: Session, now: datetime) -> list[WaitingNow]:
    rows = session.execute(
        select(Ticket.service_id, Ticket.status, func.count(), func.min(Ticket.issued_at))
        .where(Ticket.status.in_([TicketStatus.WAITING, TicketStatus.CALLED,
                                  TicketStatus.HELD]))
        .group_by(Ticket.service_id, Ticket.status)
    ).all()
    waiting: dict[uuid.UUID, tuple[int, datetime | None]] = {}
    at_loket: dict[uuid.UUID, int] = {}
    for service_id, status, count, first in rows:
        if status == TicketStatus.WAITING:
            waiting[service_id] = (count, first)
        else:
            at_loket[service_id] = at_loket.get(service_id, 0) + count
    result = []
    for service in session.scalars(
        select(QueueService).where(QueueService.active.is_(True))
        .order_by(QueueService.position, QueueService.prefix)
    ):
        count, oldest = waiting.get(service.id, (0, None))
        result.append(WaitingNow(
            service.id, service.prefix, service.name, count, at_loket.get(service.id, 0),
            oldest, (now - oldest).total_seconds() / 60 if oldest else None,
        ))
    return result


def waiting_now(store: Store, actor: Actor) -> list[WaitingNow]:
    """What waits at this moment, per active service (cheap: for a 10-second refresh)."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        return _waiting_now(session, store.clock())


def report_choices(store: Store, actor: Actor) -> ReportChoices:
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        services = [Choice(s.id, f"{s.prefix} – {s.name}") for s in session.scalars(
            select(QueueService).order_by(QueueService.position, QueueService.prefix))]
        counters = [Choice(c.id, c.name) for c in session.scalars(
            select(Counter).order_by(Counter.number))]
        served = select(TicketCall.operator_id).distinct()
        operators = [Choice(a.id, a.full_name) for a in session.scalars(
            select(Account).where(Account.id.in_(served)
                                  | Account.role.in_([Role.OPERATOR, Role.SUPERVISOR]))
            .order_by(Account.full_name))]
        return ReportChoices(services, counters, operators)


def _names(
    session: Session, table: Any, ids: Sequence[uuid.UUID] | None, label: Any
) -> list[str]:
    if ids is None:
        return []
    return sorted(label(row) for row in session.scalars(select(table).where(table.id.in_(ids))))


# --- reading a period's visits and stretches --------------------------------------------
#
# A year of one office is ~30,000 tickets and ~30,000 stretches. Fetched row by row, the
# driver makes a Python object of every value (~150 ms, most of the report's time) and
# SQLite would parse every time (``julianday``). So SQLite joins each row's values into
# one fixed-width record — ticket ids (32 hex digits), times (``UtcDateTime``'s
# ``YYYY-MM-DDTHH:MM:SS.ffffffZ``), days, and services, outcomes, lokets and operators as
# letter codes (``_letter_sql``) — and ``group_concat``s the records into ONE string,
# which numpy reads as a matrix of bytes: times become seconds, codes numbers, all at
# once. The few texts of variable width (ticket numbers, priorities) come as a second
# string, split only when read. A value not in the expected form sends the whole read to
# the row-by-row way (``_read_rows``): an odd row costs time, never a wrong figure.

_SEP = "\x1f"  # between texts: in no stored text
_NULL = "\x1e"  # stands for NULL among texts
_NO_TIME = "0000-00-00T00:00:00.000000Z"  # stands for NULL among times
_SHAPE = np.frombuffer(_NO_TIME.encode("ascii"), dtype=np.uint8)
_TIME_DIGITS = np.flatnonzero(np.equal(_SHAPE, ord("0")))  # where a stored time has digits
_TIME_MARKS = np.flatnonzero(np.not_equal(_SHAPE, ord("0")))  # and where - T : . Z
_ID, _TIME, _DAY = 32, len(_NO_TIME), len("2025-03-03")
_CALL_ID, _CALL_ID_BASE = 12, 10**11  # a call's id + 10**11: 12 digits
_OUTCOMES = [o for o in OUTCOME_CODES if o is not None]
_ENDS = [e for e in END_CODES if e is not None]
_END = 'c."end"'

Bytes = npt.NDArray[np.uint8]


def _time_sql(column: str) -> str:
    return f"ifnull({column}, '{_NO_TIME}')"


_LETTERS = string.ascii_letters + string.digits  # "-" and "?" are not among them
_LETTER = np.full(256, -1, dtype=np.int64)
_LETTER[np.frombuffer(_LETTERS.encode("ascii"), dtype=np.uint8)] = np.arange(len(_LETTERS))


def _letter_width(values: int) -> int:
    """Letters needed to tell ``values`` values apart."""
    width = 1
    while len(_LETTERS) ** width < values:
        width += 1
    return width


def _letter_sql(column: str, values: Sequence[str]) -> str:
    """``column`` as a code of ``_letter_width`` letters (the k-th value: k in base 62),
    "-"s for NULL, "?"s for anything else."""
    width = _letter_width(len(values))

    def code(k: int) -> str:
        return "".join(_LETTERS[k // len(_LETTERS) ** p % len(_LETTERS)]
                       for p in range(width - 1, -1, -1))

    whens = " ".join(f"WHEN '{v.replace("'", "''")}' THEN '{code(k)}'"
                     for k, v in enumerate(values))
    return (f"CASE {column} {whens} ELSE CASE WHEN {column} IS NULL THEN '{'-' * width}' "
            f"ELSE '{'?' * width}' END END")


def _records(joined: str | None, count: int, width: int) -> Bytes | None:
    """``count`` fixed-width records joined by SQLite, as a count × width byte matrix."""
    if count == 0:
        return np.zeros((0, width), dtype=np.uint8)
    if joined is None or len(joined) != count * width or not joined.isascii():
        return None
    return np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(count, width)


def _keys(chars: Bytes) -> npt.NDArray[np.bytes_]:
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


def _positions(wanted: Bytes, among: Bytes) -> Ints:
    """Where each id of ``wanted`` is in ``among`` (ids unique there); −1 where absent."""
    if len(among) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    keys = _fingerprints(among)
    sorter = np.argsort(keys)
    if (np.diff(keys[sorter]) == 0).any():  # two ids share a fingerprint: sort them whole
        found = _found(_keys(wanted), _keys(among))
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


def _digits(chars: Bytes) -> Ints | None:
    small = chars - np.uint8(ord("0"))  # below "0" wraps round to > 9
    return None if (small > 9).any() else small.astype(np.int64)


def _number(digits: Ints, first: int, last: int) -> Ints:
    """The decimal number in columns first..last−1 of a digit matrix."""
    value = digits[:, first]
    for k in range(first + 1, last):
        value = value * 10 + digits[:, k]
    return value


def _letters(chars: Bytes, values: int) -> Ints | None:
    """Codes of ``_letter_sql`` letters: k for the k-th value, ``values`` for NULL; None
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


def _times(chars: Bytes, start: int, columns: int) -> list[tuple[Floats, Mask]] | None:
    """The ``columns`` stored times side by side from ``start`` of each record: (seconds,
    which are NULL) of each column (read all at once, as one column three times longer)."""
    count = len(chars)
    block = np.ascontiguousarray(chars[:, start:start + columns * _TIME])
    micros = _micros(block.reshape(count * columns, _TIME))
    if micros is None:
        return None
    seconds = _epochs(*micros).reshape(count, columns)
    null = micros[1].reshape(count, columns)
    return [(np.ascontiguousarray(seconds[:, k]), np.ascontiguousarray(null[:, k]))
            for k in range(columns)]


class _Decoded(LazySequence[str]):
    """Texts kept as bytes (ids), decoded when read."""

    __slots__ = ("_keys",)

    def __init__(self, keys: npt.NDArray[np.bytes_]) -> None:
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return self.take(range(len(self))[index])
        return bytes(self._keys[index]).decode("ascii")

    def __iter__(self) -> Iterator[str]:
        return (key.decode("ascii") for key in self._keys.tolist())

    def take(self, indices: Iterable[int]) -> list[str]:
        return [key.decode("ascii") for key in self._keys[list(indices)].tolist()]


class _Texts:
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


def _text_sql(*columns: str) -> str:
    joined = f" || '{_SEP}' || ".join(f"ifnull({c}, '{_NULL}')" for c in columns)
    return f"group_concat({joined}, '{_SEP}')"


def _whole_texts(joined: str | None, count: int, fields: int) -> str | None:
    """``joined`` if it holds ``count`` rows of ``fields`` texts."""
    if count == 0:
        return ""
    if joined is None or joined.count(_SEP) != count * fields - 1:
        return None
    return joined


class _TextColumn(LazySequence[str]):
    """One field of a ``_Texts`` (never NULL)."""

    __slots__ = ("_count", "_field", "_texts")

    def __init__(self, texts: _Texts, field: int, count: int) -> None:
        self._texts, self._field, self._count = texts, field, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return self.take(range(len(self))[index])
        return self._texts.column(self._field)[index] or ""

    def take(self, indices: Iterable[int]) -> list[str]:
        wanted = list(indices)
        if not wanted:
            return []
        column = self._texts.column(self._field)
        return [column[i] or "" for i in wanted]


class Rows[T](Sequence[T]):
    """A report's visits or stretches, made into objects when first read.

    Making 60,000 ``Visit`` and ``Stretch`` objects would take half of a year's report,
    and only the CSV export reads them; the figures come from the columns. Compares and
    prints as a list.
    """

    __slots__ = ("_count", "_lock", "_made", "_make")

    def __init__(self, count: int, make: Callable[[], list[T]]) -> None:
        self._count = count
        self._make: Callable[[], list[T]] | None = make
        self._made: list[T] | None = None
        self._lock = threading.Lock()  # a report is read by the GUI and by export threads

    def _rows(self) -> list[T]:
        with self._lock:
            if self._made is None:
                assert self._make is not None
                self._made, self._make = self._make(), None
            return self._made

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._rows()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._rows())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._rows() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking, as a list

    def __repr__(self) -> str:
        return repr(self._rows())

    def __reduce__(self) -> tuple[type[list[T]], tuple[list[T]]]:
        return list, (self._rows(),)  # pickled or copied: a plain list


def _with_none(values: Floats, null: Mask) -> list[float | None]:
    result: list[float | None] = list(values.tolist())
    for at in np.flatnonzero(null).tolist():
        result[at] = None
    return result


@dataclass(frozen=True)
class _Period:
    """A period's visits and stretches, as the report keeps them and as columns."""

    visits: Sequence[Visit]
    stretches: Sequence[Stretch]
    visit_columns: VisitColumns | None  # None: read row by row, compute from the lists
    stretch_columns: StretchColumns | None




def _read_visits(
    db: sqlite3.Connection, where: str, params: list[object],
    services: dict[str, tuple[str, str, int]],
) -> tuple[Rows[Visit], VisitColumns, Bytes] | None:
    """The period's visits (ordered by service day and issue) and their ids as keys."""
    # Each visit's record: id, issued service (letters), issued, first called, finished,
    # service day, outcome (a letter).
    service_ids = list(services)
    at_service = _ID
    at_times = at_service + _letter_width(len(service_ids))
    at_day = at_times + 3 * _TIME
    at_outcome = at_day + _DAY
    count, records_text, texts_text = db.execute(
        f"SELECT count(*), group_concat(t.id || {_letter_sql('t.issued_service_id', service_ids)}"
        f" || t.issued_at || {_time_sql('t.first_called_at')} || "
        f"{_time_sql('t.finished_at')} || t.service_day || "
        f"{_letter_sql('t.outcome', _OUTCOMES)}, ''), {_text_sql('t.code', 't.priority')} "
        f"FROM tickets t WHERE {where}", params).fetchone()
    records = _records(records_text, count, at_outcome + 1)
    joined = _whole_texts(texts_text, count, 2)
    if records is None or joined is None:
        return None
    times = _times(records, at_times, 3)  # issued, first called, finished
    service = _letters(records[:, at_service:at_times], len(service_ids))
    outcome = _letters(records[:, at_outcome], len(_OUTCOMES))
    day_chars = records[:, at_day:at_outcome]
    if (times is None or service is None or outcome is None or (service == len(service_ids)).any()
            or not (day_chars[:, [4, 7]] == ord("-")).all()):
        return None
    distinct_days, day = np.unique(_keys(day_chars), return_inverse=True)  # sorted
    # ORDER BY service_day, issued_at, here: SQLite would sort the rows.
    order = np.lexsort((times[0][0], day))
    in_order: list[int] | None = order.tolist()
    if (order == np.arange(count)).all():
        in_order = None
    else:
        records, outcome, day = records[order], outcome[order], day[order]
        service = service[order]
        times = [(seconds[order], null[order]) for seconds, null in times]
    (issued_at, _), (called_at, called_null), (finished_at, finished_null) = times
    # The services visited, numbered in first-seen order, as compute_metrics numbers them.
    first = first_positions(service, len(service_ids))
    seen = np.argsort(first)[:int((first < count).sum())]
    rank = np.zeros(len(service_ids), dtype=np.int64)
    rank[seen] = np.arange(len(seen))
    service = rank[service]
    chosen = [services[service_ids[k]] for k in seen.tolist()]
    prefixes = [prefix for prefix, _, _ in chosen]
    names = [name for _, name, _ in chosen]
    targets = [target for _, _, target in chosen]
    days = [d.decode("ascii") for d in distinct_days.tolist()]
    target = np.array(targets, dtype=np.int64)[service]
    id_chars = np.ascontiguousarray(records[:, :_ID])
    ids = _keys(id_chars)
    texts = _Texts(joined, 2, in_order)
    outcome_names: list[str | None] = [*_OUTCOMES, None]  # the last: NULL
    outcome_codes = np.array([OUTCOME_CODES[o] for o in outcome_names], dtype=np.int8)
    columns = VisitColumns(
        ticket_ids=_Decoded(ids), codes=_TextColumn(texts, 0, count), service=service,
        service_keys=prefixes, service_labels=names, service_targets=targets,
        day=day.astype(np.int64), days=days, targets=target, issued_at=issued_at,
        first_called_at=called_at, finished_at=finished_at, outcome=outcome_codes[outcome],
    )

    def make() -> list[Visit]:
        by_visit = service.tolist()
        return list(map(
            Visit, [k.decode("ascii") for k in ids.tolist()], texts.column(0),
            map(prefixes.__getitem__, by_visit), map(names.__getitem__, by_visit),
            target.tolist(), issued_at.tolist(), _with_none(called_at, called_null),
            _with_none(finished_at, finished_null),
            map(outcome_names.__getitem__, outcome.tolist()),
            map(days.__getitem__, day.tolist()), texts.column(1)))

    return Rows(count, make), columns, id_chars


def _read_stretches(
    db: sqlite3.Connection, where: str, params: list[object], visit_ids: Bytes,
    counters: dict[str, tuple[int, str]], operators: dict[str, str],
) -> tuple[Rows[Stretch], StretchColumns] | None:
    # Each stretch's record: its call's id (+ 10**11), ticket, loket and operator (letters),
    # called, ended, end (a letter).
    counter_ids, operator_ids = list(counters), list(operators)
    at_counter = _CALL_ID + _ID
    at_operator = at_counter + _letter_width(len(counter_ids))
    at_times = at_operator + _letter_width(len(operator_ids))
    at_end = at_times + 2 * _TIME
    count, records_text = db.execute(
        f"SELECT count(*), group_concat((c.id + {_CALL_ID_BASE}) || c.ticket_id || "
        f"{_letter_sql('c.counter_id', counter_ids)} || "
        f"{_letter_sql('c.operator_id', operator_ids)} || c.called_at || "
        f"{_time_sql('c.ended_at')} || {_letter_sql(_END, _ENDS)}, '') "
        "FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id "
        f"WHERE c.kind != 'recall' AND {where}", params).fetchone()
    records = _records(records_text, count, at_end + 1)
    if records is None:
        return None
    call_id = _digits(records[:, :_CALL_ID])
    times = _times(records, at_times, 2)  # called, ended
    counter = _letters(records[:, at_counter:at_operator], len(counter_ids))
    operator = _letters(records[:, at_operator:at_times], len(operator_ids))
    end = _letters(records[:, at_end], len(_ENDS))
    if (call_id is None or times is None or counter is None or operator is None
            or end is None or (counter == len(counter_ids)).any()
            or (operator == len(operator_ids)).any()):
        return None
    order = np.argsort(_number(call_id, 0, _CALL_ID))  # ORDER BY c.id
    if not (order == np.arange(count)).all():
        records, end = records[order], end[order]
        counter, operator = counter[order], operator[order]
        times = [(seconds[order], null[order]) for seconds, null in times]
    (called_at, _), (ended_at, ended_null) = times
    numbers = [counters[c][0] for c in counter_ids]
    counter_names = [counters[c][1] for c in counter_ids]
    operator_names = [operators[o] for o in operator_ids]
    ticket_chars = np.ascontiguousarray(records[:, _CALL_ID:at_counter])
    tickets = _keys(ticket_chars)
    visit = _positions(ticket_chars, visit_ids)  # the visit of each stretch
    end_names: list[str | None] = [*_ENDS, None]  # the last: NULL
    end_codes = np.array([END_CODES.get(e, E_OTHER) for e in end_names], dtype=np.int8)
    columns = StretchColumns(
        ticket_ids=_Decoded(tickets), counter=counter, counter_numbers=numbers,
        counter_names=Coded(counter, counter_names), operator=operator,
        operator_ids=operator_ids, operator_names=Coded(operator, operator_names),
        called_at=called_at, ended_at=ended_at, end=end_codes[end], visit=visit,
    )

    def make() -> list[Stretch]:
        by_counter, by_operator = counter.tolist(), operator.tolist()
        return list(map(
            Stretch, [k.decode("ascii") for k in tickets.tolist()],
            map(numbers.__getitem__, by_counter), map(counter_names.__getitem__, by_counter),
            map(operator_ids.__getitem__, by_operator),
            map(operator_names.__getitem__, by_operator), called_at.tolist(),
            _with_none(ended_at, ended_null), map(end_names.__getitem__, end.tolist())))

    return Rows(count, make), columns


def _read_rows(
    db: sqlite3.Connection, where: str, params: list[object],
    counters: dict[str, tuple[int, str]], operators: dict[str, str],
) -> _Period:
    """The period row by row, times converted by SQLite: for values the columns refuse."""
    visits = [Visit(*row) for row in db.execute(
        "SELECT t.id, t.code, s.prefix, s.name, s.target_wait_minutes, "
        f"{_epoch_sql('t.issued_at')}, {_epoch_sql('t.first_called_at')}, "
        f"{_epoch_sql('t.finished_at')}, t.outcome, t.service_day, t.priority "
        "FROM tickets t JOIN queue_services s ON s.id = t.issued_service_id "
        f"WHERE {where} ORDER BY t.service_day, t.issued_at", params)]
    stretches = [
        Stretch(ticket_id, *counters[counter_id], operator_id,
                operators.get(operator_id, ""), called, ended, end)
        for ticket_id, counter_id, operator_id, called, ended, end in db.execute(
            "SELECT c.ticket_id, c.counter_id, c.operator_id, "
            f"{_epoch_sql('c.called_at')}, {_epoch_sql('c.ended_at')}, {_END} "
            "FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id "
            f"WHERE c.kind != 'recall' AND {where} ORDER BY c.id", params)
    ]
    return _Period(visits, stretches, None, None)


def _epoch_sql(column: str) -> str:
    # SQLite counts julian days in whole milliseconds: rounding to them undoes the float
    # error, so 08:00:00 stays 08:00:00 (and in the 08.00 hour).
    return f"round((julianday({column}) - 2440587.5) * 86400000.0) / 1000.0"


def _read_period(
    session: Session, report_filter: QueueReportFilter, counters: dict[str, tuple[int, str]],
    operators: dict[str, str],
) -> _Period:
    """The visits of the period and their stretches (not recalls), in one snapshot."""
    where, params = _ticket_conditions(report_filter)
    services = {s.id.hex: (s.prefix, s.name, s.target_wait_minutes)
                for s in session.scalars(select(QueueService))}
    # Plain queries on the driver's connection, inside this session's read transaction.
    db = session.connection().connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    visits = _read_visits(db, where, params, services)
    stretches = (None if visits is None else
                 _read_stretches(db, where, params, visits[2], counters, operators))
    if visits is None or stretches is None:
        return _read_rows(db, where, params, counters, operators)
    return _Period(visits[0], stretches[0], visits[1], stretches[1])


def queue_report(store: Store, actor: Actor, report_filter: QueueReportFilter) -> QueueReport:
    """Every figure of the Laporan antrean for ``report_filter`` (supervisor, inspector,
    admin). Two queries read the visits and their stretches; the domain computes."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        office = _office(session)
        now = store.clock()
        counters = {c.id.hex: (c.number, c.name) for c in session.scalars(select(Counter))}
        operators = {a.id.hex: a.full_name for a in session.scalars(select(Account))}
        period = _read_period(session, report_filter, counters, operators)
        filter_names = {
            "services": _names(session, QueueService, report_filter.service_ids,
                               lambda s: f"{s.prefix} – {s.name}"),
            "counters": _names(session, Counter, report_filter.counter_ids,
                               lambda c: c.name),
            "operators": _names(session, Account, report_filter.operator_ids,
                                lambda a: a.full_name),
        }
        live = _waiting_now(session, now)
        office_name, zone_name = office.name, office.timezone
    zone = ZoneInfo(zone_name)
    if period.visit_columns is not None and period.stretch_columns is not None:
        metrics = metrics_of_columns(period.visit_columns, period.stretch_columns, zone)
    else:
        metrics = compute_metrics(period.visits, period.stretches, zone)
    if report_filter.counter_ids is not None:
        chosen = {counters[i.hex][0] for i in report_filter.counter_ids if i.hex in counters}
        by_counter = [c for c in metrics.by_counter if int(c.key) in chosen]
    else:
        by_counter = metrics.by_counter
    if report_filter.operator_ids is not None:
        wanted = {i.hex for i in report_filter.operator_ids}
        by_operator = [o for o in metrics.by_operator if o.key in wanted]
    else:
        by_operator = metrics.by_operator
    return QueueReport(
        office_name=office_name, timezone=zone_name, filter=report_filter,
        filter_names=filter_names, generated_at=now, overall=metrics.overall,
        by_service=metrics.by_service, by_counter=by_counter, by_operator=by_operator,
        by_hour=metrics.by_hour, by_day=metrics.by_day, flagged=metrics.flagged,
        waiting_now=live, visits=period.visits, stretches=period.stretches,
    )


def record_report_export(
    store: Store, actor: Actor, kind: str, report_filter: QueueReportFilter, rows: int = 0
) -> None:
    """Audit an export of the report (it names operators: personal data, UU PDP Pasal 31)."""
    if kind not in ("pdf", "csv"):
        raise ValueError(f"unknown export kind {kind!r}")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.VIEW_REPORTS)

        def ids(values: tuple[uuid.UUID, ...] | None) -> list[str] | None:
            return None if values is None else [str(v) for v in values]

        f = report_filter
        uow.record("queue.report_exported", "queue_report",
                   f"{f.date_from.isoformat()}..{f.date_to.isoformat()}", {
                       "kind": kind,
                       "date_from": f.date_from.isoformat(),
                       "date_to": f.date_to.isoformat(),
                       "service_ids": ids(f.service_ids),
                       "counter_ids": ids(f.counter_ids),
                       "operator_ids": ids(f.operator_ids),
                       "rows": rows,
                   })


# --- CSV ------------------------------------------------------------------------------


def _minutes(seconds: int | None) -> str:
    return "" if seconds is None else f"{seconds / 60:.2f}".replace(".", ",")


def export_csv(report: QueueReport) -> str:
    """One row per visit: local times, computed minutes, lokets and operators, any flag.

    ``;``-separated with decimal commas and CRLF line ends (Excel, Indonesian locale); save
    it with ``CSV_ENCODING``. Columns: ``CSV_HEADER``. Times are office-local.
    """
    zone = ZoneInfo(report.timezone)
    flags = {f.ticket_id: FLAG_LABELS[f.reason] for f in report.flagged}
    lokets: dict[str, list[str]] = {}
    people: dict[str, list[str]] = {}
    handed_on: set[str] = set()
    for s in sorted(report.stretches, key=lambda s: s.called_at):
        where = lokets.setdefault(s.ticket_id, [])
        if not where or where[-1] != s.counter_name:
            where.append(s.counter_name)
        who = people.setdefault(s.ticket_id, [])
        if not who or who[-1] != s.operator_name:
            who.append(s.operator_name)
        if s.end == "dialihkan":
            handed_on.add(s.ticket_id)

    def local(moment: float | None) -> str:
        if moment is None:
            return ""
        return f"{datetime.fromtimestamp(moment, zone):%Y-%m-%d %H:%M:%S}"

    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for v in report.visits:
        _, waiting, service = assess(v)
        flag = flags.get(v.ticket_id)
        if flag is not None:
            waiting = service = None
        writer.writerow((
            v.service_day, v.code, v.service_name, v.priority or "", local(v.issued_at),
            local(v.first_called_at), local(v.finished_at), v.outcome or "",
            " → ".join(lokets.get(v.ticket_id, ())), " → ".join(people.get(v.ticket_id, ())),
            _minutes(waiting), _minutes(service), "ya" if v.ticket_id in handed_on else "",
            str(flag) if flag is not None else "",
        ))
    return out.getvalue()
