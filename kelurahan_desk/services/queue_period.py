"""A period's queue visits and their stretches read from the store: columns and lazy rows.

The columns come from two queries whose fields SQLite packs into one string each
(``packed_rows``); a value those cannot read sends the whole period to a plain row-by-row
read (``_read_rows``), slower and the same.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.queue_columns import (
    E_OTHER,
    END_CODES,
    OUTCOME_CODES,
    Coded,
    StretchColumns,
    VisitColumns,
    first_positions,
)
from kelurahan_desk.domain.queue_metrics import Stretch, Visit
from kelurahan_desk.services import packed_rows as packed
from kelurahan_desk.store.tables import QueueService

_CALL_ID, _CALL_ID_BASE = 12, 10**11  # a call's id + 10**11: 12 digits
REPORT_CACHE_KIB = 65_536  # SQLite's page cache while a report reads (default: 2,000)
_OUTCOMES = [o for o in OUTCOME_CODES if o is not None]
_ENDS = [e for e in END_CODES if e is not None]
_END = 'c."end"'


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


@dataclass(frozen=True)
class Period:
    """A period's visits and stretches, as the report keeps them and as columns."""

    visits: Sequence[Visit]
    stretches: Sequence[Stretch]
    visit_columns: VisitColumns | None  # None: read row by row, compute from the lists
    stretch_columns: StretchColumns | None


def _visits_sql(where: str, service_ids: list[str]) -> str:
    # Each field in its own fixed-width string (ids, issued service as letters, the three
    # times side by side, service day, outcome as a letter): an aggregate per field costs
    # SQLite less than joining each row's fields into one record first.
    return (
        "SELECT count(*), group_concat(t.id, ''), "
        f"group_concat({packed.letter_sql('t.issued_service_id', service_ids)}, ''), "
        f"group_concat(t.issued_at || {packed.time_sql('t.first_called_at')} || "
        f"{packed.time_sql('t.finished_at')}, ''), group_concat(t.service_day, ''), "
        f"group_concat({packed.letter_sql('t.outcome', _OUTCOMES)}, ''), "
        f"{packed.text_sql('t.code', 't.priority')} FROM tickets t WHERE {where}")


def _read_visits(
    packed_row: tuple[Any, ...], services: dict[str, tuple[str, str, int]],
) -> tuple[Rows[Visit], VisitColumns, packed.Bytes] | None:
    """The period's visits (ordered by service day and issue) and their ids as keys, from
    the row of ``_visits_sql``."""
    service_ids = list(services)
    service_width = packed.letter_width(len(service_ids))
    (count, ids_text, services_text, times_text, days_text, outcomes_text,
     texts_text) = packed_row
    id_chars = packed.records(ids_text, count, packed.ID_WIDTH)
    service_chars = packed.records(services_text, count, service_width)
    time_chars = packed.records(times_text, count, 3 * packed.TIME_WIDTH)
    day_chars = packed.records(days_text, count, packed.DAY_WIDTH)
    outcome_chars = packed.records(outcomes_text, count, 1)
    joined = packed.whole_texts(texts_text, count, 2)
    if (id_chars is None or service_chars is None or time_chars is None or day_chars is None
            or outcome_chars is None or joined is None):
        return None
    times = packed.times(time_chars, 0, 3)  # issued, first called, finished
    service = packed.letters(service_chars, len(service_ids))
    outcome = packed.letters(outcome_chars, len(_OUTCOMES))
    if (times is None or service is None or outcome is None or (service == len(service_ids)).any()
            or not (day_chars[:, [4, 7]] == ord("-")).all()):
        return None
    distinct_days, day = np.unique(packed.row_keys(day_chars), return_inverse=True)  # sorted
    # ORDER BY service_day, issued_at, here: SQLite would sort the rows.
    order = np.lexsort((times[0][0], day))
    in_order: list[int] | None = order.tolist()
    if (order == np.arange(count)).all():
        in_order = None
    else:
        id_chars, outcome, day = id_chars[order], outcome[order], day[order]
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
    ids = packed.row_keys(id_chars)
    texts = packed.Texts(joined, 2, in_order)
    outcome_names: list[str | None] = [*_OUTCOMES, None]  # the last: NULL
    outcome_codes = np.array([OUTCOME_CODES[o] for o in outcome_names], dtype=np.int8)
    columns = VisitColumns(
        ticket_ids=packed.Decoded(ids), codes=packed.TextColumn(texts, 0, count),
        service=service, service_keys=prefixes, service_labels=names, service_targets=targets,
        day=day.astype(np.int64), days=days, targets=target, issued_at=issued_at,
        first_called_at=called_at, finished_at=finished_at, outcome=outcome_codes[outcome],
    )

    def make() -> list[Visit]:
        by_visit = service.tolist()
        return list(map(
            Visit, [k.decode("ascii") for k in ids.tolist()], texts.column(0),
            map(prefixes.__getitem__, by_visit), map(names.__getitem__, by_visit),
            target.tolist(), issued_at.tolist(), packed.with_none(called_at, called_null),
            packed.with_none(finished_at, finished_null),
            map(outcome_names.__getitem__, outcome.tolist()),
            map(days.__getitem__, day.tolist()), texts.column(1)))

    return Rows(count, make), columns, id_chars


def _stretches_sql(
    where: str | None, counter_ids: list[str], operator_ids: list[str],
) -> str:
    """The stretches of the tickets ``where`` chooses (joined to them), or with ``where``
    None of every ticket (the caller keeps those of its visits)."""
    # Each field in its own fixed-width string, as the visits': its call's id (+ 10**11),
    # ticket, loket and operator (letters), called and ended side by side, end (a letter).
    return (
        f"SELECT count(*), group_concat(c.id + {_CALL_ID_BASE}, ''), "
        "group_concat(c.ticket_id, ''), "
        f"group_concat({packed.letter_sql('c.counter_id', counter_ids)}, ''), "
        f"group_concat({packed.letter_sql('c.operator_id', operator_ids)}, ''), "
        f"group_concat(c.called_at || {packed.time_sql('c.ended_at')}, ''), "
        f"group_concat({packed.letter_sql(_END, _ENDS)}, '') "
        + ("FROM ticket_calls c WHERE c.kind != 'recall'" if where is None else
           "FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id "
           f"WHERE c.kind != 'recall' AND {where}"))


def _read_stretches(
    packed_row: tuple[Any, ...], visit_ids: packed.Bytes,
    counters: dict[str, tuple[int, str]], operators: dict[str, str], every: bool = False,
) -> tuple[Rows[Stretch], StretchColumns] | None:
    """The period's stretches, ordered by call, from the row of ``_stretches_sql``; with
    ``every``, the row holds every ticket's and those of ``visit_ids`` are kept."""
    counter_ids, operator_ids = list(counters), list(operators)
    (count, call_ids_text, tickets_text, counters_text, operators_text, times_text,
     ends_text) = packed_row
    call_chars = packed.records(call_ids_text, count, _CALL_ID)
    ticket_chars = packed.records(tickets_text, count, packed.ID_WIDTH)
    counter_chars = packed.records(
        counters_text, count, packed.letter_width(len(counter_ids)))
    operator_chars = packed.records(
        operators_text, count, packed.letter_width(len(operator_ids)))
    time_chars = packed.records(times_text, count, 2 * packed.TIME_WIDTH)
    end_chars = packed.records(ends_text, count, 1)
    if (call_chars is None or ticket_chars is None or counter_chars is None
            or operator_chars is None or time_chars is None or end_chars is None):
        return None
    call_id = packed.digits(call_chars)
    times = packed.times(time_chars, 0, 2)  # called, ended
    counter = packed.letters(counter_chars, len(counter_ids))
    operator = packed.letters(operator_chars, len(operator_ids))
    end = packed.letters(end_chars, len(_ENDS))
    if (call_id is None or times is None or counter is None or operator is None
            or end is None or (counter == len(counter_ids)).any()
            or (operator == len(operator_ids)).any()):
        return None
    visit = packed.positions(ticket_chars, visit_ids)  # the visit of each stretch
    if every:  # keep the stretches of the period's visits, as the join would
        kept = visit >= 0
        count = int(kept.sum())
        call_id, ticket_chars, visit, end = (
            call_id[kept], ticket_chars[kept], visit[kept], end[kept])
        counter, operator = counter[kept], operator[kept]
        times = [(seconds[kept], null[kept]) for seconds, null in times]
    order = np.argsort(packed.number(call_id, 0, _CALL_ID))  # ORDER BY c.id
    if not (order == np.arange(count)).all():
        ticket_chars, end, visit = ticket_chars[order], end[order], visit[order]
        counter, operator = counter[order], operator[order]
        times = [(seconds[order], null[order]) for seconds, null in times]
    (called_at, _), (ended_at, ended_null) = times
    numbers = [counters[c][0] for c in counter_ids]
    counter_names = [counters[c][1] for c in counter_ids]
    operator_names = [operators[o] for o in operator_ids]
    tickets = packed.row_keys(ticket_chars)
    end_names: list[str | None] = [*_ENDS, None]  # the last: NULL
    end_codes = np.array([END_CODES.get(e, E_OTHER) for e in end_names], dtype=np.int8)
    columns = StretchColumns(
        ticket_ids=packed.Decoded(tickets), counter=counter, counter_numbers=numbers,
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
            packed.with_none(ended_at, ended_null), map(end_names.__getitem__, end.tolist())))

    return Rows(count, make), columns


def _read_rows(
    db: sqlite3.Connection, where: str, params: list[object],
    counters: dict[str, tuple[int, str]], operators: dict[str, str],
) -> Period:
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
    return Period(visits, stretches, None, None)


def _epoch_sql(column: str) -> str:
    # SQLite counts julian days in whole milliseconds: rounding to them undoes the float
    # error, so 08:00:00 stays 08:00:00 (and in the 08.00 hour).
    return f"round((julianday({column}) - 2440587.5) * 86400000.0) / 1000.0"


def _read_every_call(visits: int, calls: int) -> bool:
    """Whether to read every call rather than join the period's: when the period's visits
    are at least two thirds of the store's calls (calls are never deleted, so the highest
    call id counts them; a visit has about one)."""
    return 3 * visits >= 2 * calls


def read_period(
    session: Session, where: str, params: list[object], counters: dict[str, tuple[int, str]],
    operators: dict[str, str],
) -> Period:
    """The visits of the tickets ``t`` that ``where`` (with ``params``) chooses, and their
    stretches (not recalls), in one snapshot."""
    services = {s.id.hex: (s.prefix, s.name, s.target_wait_minutes)
                for s in session.scalars(select(QueueService))}
    # Plain queries on the driver's connection, inside this session's read transaction.
    db = session.connection().connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    # The join reads the period's tickets a second time and probes the calls' index once
    # per ticket: with SQLite's default 2 MB cache a year's pages were read from the OS
    # again and again (a year of a three-year store: stretches 91-116 ms; with room for
    # them 66-79). The room is given back when the report has read (pages freed).
    kept_cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size=-{REPORT_CACHE_KIB}")
    try:
        return _read_period(db, where, params, services, counters, operators)
    finally:
        db.execute(f"PRAGMA cache_size={int(kept_cache)}")


def _read_period(
    db: sqlite3.Connection, where: str, params: list[object],
    services: dict[str, tuple[str, str, int]], counters: dict[str, tuple[int, str]],
    operators: dict[str, str],
) -> Period:
    visit_row = db.execute(_visits_sql(where, list(services)), params).fetchone()
    # Joined to the period's tickets, a year's ~33,000 calls took SQLite ~50-85 ms, one
    # index probe per ticket; read whole, the calls table took ~40 for the same rows. So
    # when the period holds most of the store's visits (a young store, a long period),
    # every call is read and those of the period's visits kept; otherwise the join.
    every = _read_every_call(
        visit_row[0], db.execute("SELECT max(id) FROM ticket_calls").fetchone()[0] or 0)
    stretch_sql = _stretches_sql(
        None if every else where, list(counters), list(operators))
    # SQLite reads the stretches (the connection lets go of the GIL meanwhile) while numpy
    # reads the visits: on two cores the two overlap. Same connection, same snapshot; this
    # thread does not touch the connection until the other is done.
    fetched: list[Any] = []

    def fetch_stretches() -> None:
        try:
            fetched.append(db.execute(stretch_sql, () if every else params).fetchone())
        except BaseException as error:  # raised again below, in the caller's thread
            fetched.append(error)

    worker = threading.Thread(target=fetch_stretches, name="kd-report-stretches")
    worker.start()
    try:
        visits = _read_visits(visit_row, services)
    finally:
        worker.join()
    if isinstance(fetched[0], BaseException):
        raise fetched[0]
    stretches = (None if visits is None else
                 _read_stretches(fetched[0], visits[2], counters, operators, every))
    if visits is None or stretches is None:
        return _read_rows(db, where, params, counters, operators)
    return Period(visits[0], stretches[0], visits[1], stretches[1])
