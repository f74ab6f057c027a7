"""A period's queue visits and their stretches read from the store: columns and lazy rows.

The columns come from two queries whose rows SQLite packs into one string each
(``packed_rows``); a value those cannot read sends the whole period to a plain row-by-row
read (``_read_rows``), slower and the same.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

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


def _read_visits(
    db: sqlite3.Connection, where: str, params: list[object],
    services: dict[str, tuple[str, str, int]],
) -> tuple[Rows[Visit], VisitColumns, packed.Bytes] | None:
    """The period's visits (ordered by service day and issue) and their ids as keys."""
    # Each visit's record: id, issued service (letters), issued, first called, finished,
    # service day, outcome (a letter).
    service_ids = list(services)
    at_service = packed.ID_WIDTH
    at_times = at_service + packed.letter_width(len(service_ids))
    at_day = at_times + 3 * packed.TIME_WIDTH
    at_outcome = at_day + packed.DAY_WIDTH
    count, records_text, texts_text = db.execute(
        "SELECT count(*), group_concat(t.id || "
        f"{packed.letter_sql('t.issued_service_id', service_ids)} || t.issued_at || "
        f"{packed.time_sql('t.first_called_at')} || {packed.time_sql('t.finished_at')} || "
        f"t.service_day || {packed.letter_sql('t.outcome', _OUTCOMES)}, ''), "
        f"{packed.text_sql('t.code', 't.priority')} FROM tickets t WHERE {where}",
        params).fetchone()
    records = packed.records(records_text, count, at_outcome + 1)
    joined = packed.whole_texts(texts_text, count, 2)
    if records is None or joined is None:
        return None
    times = packed.times(records, at_times, 3)  # issued, first called, finished
    service = packed.letters(records[:, at_service:at_times], len(service_ids))
    outcome = packed.letters(records[:, at_outcome], len(_OUTCOMES))
    day_chars = records[:, at_day:at_outcome]
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
    id_chars = np.ascontiguousarray(records[:, :packed.ID_WIDTH])
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


def _read_stretches(
    db: sqlite3.Connection, where: str, params: list[object], visit_ids: packed.Bytes,
    counters: dict[str, tuple[int, str]], operators: dict[str, str],
) -> tuple[Rows[Stretch], StretchColumns] | None:
    # Each stretch's record: its call's id (+ 10**11), ticket, loket and operator (letters),
    # called, ended, end (a letter).
    counter_ids, operator_ids = list(counters), list(operators)
    at_counter = _CALL_ID + packed.ID_WIDTH
    at_operator = at_counter + packed.letter_width(len(counter_ids))
    at_times = at_operator + packed.letter_width(len(operator_ids))
    at_end = at_times + 2 * packed.TIME_WIDTH
    count, records_text = db.execute(
        f"SELECT count(*), group_concat((c.id + {_CALL_ID_BASE}) || c.ticket_id || "
        f"{packed.letter_sql('c.counter_id', counter_ids)} || "
        f"{packed.letter_sql('c.operator_id', operator_ids)} || c.called_at || "
        f"{packed.time_sql('c.ended_at')} || {packed.letter_sql(_END, _ENDS)}, '') "
        "FROM ticket_calls c JOIN tickets t ON t.id = c.ticket_id "
        f"WHERE c.kind != 'recall' AND {where}", params).fetchone()
    records = packed.records(records_text, count, at_end + 1)
    if records is None:
        return None
    call_id = packed.digits(records[:, :_CALL_ID])
    times = packed.times(records, at_times, 2)  # called, ended
    counter = packed.letters(records[:, at_counter:at_operator], len(counter_ids))
    operator = packed.letters(records[:, at_operator:at_times], len(operator_ids))
    end = packed.letters(records[:, at_end], len(_ENDS))
    if (call_id is None or times is None or counter is None or operator is None
            or end is None or (counter == len(counter_ids)).any()
            or (operator == len(operator_ids)).any()):
        return None
    order = np.argsort(packed.number(call_id, 0, _CALL_ID))  # ORDER BY c.id
    if not (order == np.arange(count)).all():
        records, end = records[order], end[order]
        counter, operator = counter[order], operator[order]
        times = [(seconds[order], null[order]) for seconds, null in times]
    (called_at, _), (ended_at, ended_null) = times
    numbers = [counters[c][0] for c in counter_ids]
    counter_names = [counters[c][1] for c in counter_ids]
    operator_names = [operators[o] for o in operator_ids]
    ticket_chars = np.ascontiguousarray(records[:, _CALL_ID:at_counter])
    tickets = packed.row_keys(ticket_chars)
    visit = packed.positions(ticket_chars, visit_ids)  # the visit of each stretch
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
    visits = _read_visits(db, where, params, services)
    stretches = (None if visits is None else
                 _read_stretches(db, where, params, visits[2], counters, operators))
    if visits is None or stretches is None:
        return _read_rows(db, where, params, counters, operators)
    return Period(visits[0], stretches[0], visits[1], stretches[1])
