"""Many new rows in the caller's transaction: COPY on PostgreSQL, an executemany elsewhere."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kelurahan_desk.domain.audit import canonical_json

_COLUMN_TYPES = text(
    "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = CAST(:table AS regclass)"
    " AND attnum > 0 AND NOT attisdropped")

# domain.audit.canonical_json without building a JSONEncoder and a C encoder for every
# value (a push encodes 500 payloads: 2.3 ms that way, 1.0 ms through one C encoder made
# once). Same arguments as canonical_json's, so the same text; checked in a unit test.
_C_ENCODER = json.encoder.c_make_encoder  # type: ignore[attr-defined]
if _C_ENCODER is not None:
    _CANONICAL = _C_ENCODER(None, str, json.encoder.encode_basestring, None, ":", ",",
                            True, False, True)


def canonical_text(value: Any) -> str:
    """``domain.audit.canonical_json(value)`` for a value parsed from JSON (no cycles)."""
    if _C_ENCODER is None or not isinstance(value, (dict, list)):
        return canonical_json(value)
    return "".join(_CANONICAL(value, 0))


class DuplicateRow(Exception):
    """A row broke a unique key of the table (the transaction must be rolled back)."""


def _unique_violation(exc: BaseException) -> bool:
    # psycopg's own error from COPY (not wrapped by SQLAlchemy), or SQLAlchemy's elsewhere
    return isinstance(exc, IntegrityError) or type(exc).__name__ == "UniqueViolation"


def _column_types(connection: Connection, table: str) -> dict[str, int]:
    """The table's column type OIDs as the database has them, read once per connection
    (``info`` stays with the DBAPI connection in the pool): binary COPY must send each
    column in exactly its type's format."""
    known: dict[str, dict[str, int]] = connection.info.setdefault("kd_column_types", {})
    if table not in known:
        known[table] = {name: int(oid) for name, oid in connection.execute(
            _COLUMN_TYPES, {"table": table})}
    return known[table]


class RowStream:
    """New rows of one table, sent as they are made: on PostgreSQL into a binary COPY that
    the database works through while the caller makes the next rows (on another core);
    elsewhere kept and inserted by ``close``.

    While a COPY is open the connection can run nothing else: ``pause`` ends it (the
    next ``write`` opens another) before the caller reads or writes anything through the
    session, and the caller flushes the session before writing again (rows the ORM holds
    go first; their errors are not this table's). Rows are tuples in ``columns`` order.
    A broken unique key is ``DuplicateRow``, from ``write``, ``pause`` or ``close``.
    """

    def __init__(self, session: Session, table: Table, columns: Sequence[str]) -> None:
        self._session = session
        self._table = table
        self._columns = tuple(columns)
        connection = session.connection()
        self._dialect = connection.dialect
        self._postgres = self._dialect.name == "postgresql"
        self._kept: list[tuple[Any, ...]] = []
        self._copy: Any = None  # psycopg's Copy, while one is open
        self._block: Any = None  # the context manager that opened it
        self._cursor: Any = None
        self._processors: list[tuple[int, Callable[[Any], Any]]] = [
            (i, process) for i, name in enumerate(self._columns)
            if (process := table.c[name].type.bind_processor(self._dialect)) is not None]

    def _open(self) -> None:
        connection = self._session.connection()
        types = _column_types(connection, self._table.name)
        driver = connection.connection.driver_connection
        assert driver is not None
        quoted = ", ".join(self._dialect.identifier_preparer.quote(c) for c in self._columns)
        self._cursor = driver.cursor()
        self._block = self._cursor.copy(
            f"COPY {self._table.name} ({quoted}) FROM STDIN (FORMAT BINARY)")
        self._copy = self._block.__enter__()
        self._copy.set_types([types[c] for c in self._columns])

    def write(self, row: tuple[Any, ...]) -> None:
        try:
            self._write(row)
        except Exception as exc:
            if _unique_violation(exc):
                self.abort(exc)
                raise DuplicateRow(str(exc)) from exc
            raise

    def _write(self, row: tuple[Any, ...]) -> None:
        if not self._postgres:
            self._kept.append(row)
            return
        if self._copy is None:
            self._open()
        if self._processors:
            values = list(row)
            for i, process in self._processors:
                if values[i] is not None:
                    values[i] = process(values[i])
            self._copy.write_row(values)
        else:
            self._copy.write_row(row)

    def pause(self) -> None:
        """End the COPY under way, if any (the rows so far are in)."""
        try:
            self._pause()
        except Exception as exc:
            if _unique_violation(exc):
                raise DuplicateRow(str(exc)) from exc
            raise

    def _pause(self) -> None:
        block, cursor = self._block, self._cursor
        if block is None:
            return
        self._copy = self._block = self._cursor = None
        try:
            block.__exit__(None, None, None)
        finally:
            cursor.close()

    def close(self) -> None:
        """Every row written is in the table (or the database's error is raised)."""
        if self._postgres:
            self.pause()
            return
        if self._kept:
            rows, self._kept = self._kept, []
            try:
                self._session.execute(self._table.insert(), [
                    dict(zip(self._columns, row, strict=True)) for row in rows])
            except IntegrityError as exc:
                raise DuplicateRow(str(exc)) from exc

    def abort(self, exc: BaseException) -> None:
        """Give up an open COPY after an error of the caller's (the transaction is rolled
        back by the caller)."""
        block, cursor = self._block, self._cursor
        self._copy = self._block = self._cursor = None
        self._kept = []
        if block is not None:
            try:
                block.__exit__(type(exc), exc, exc.__traceback__)
            except Exception:  # the caller's error is the one to raise
                pass
            finally:
                cursor.close()


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts holding at least ``columns``). On PostgreSQL by COPY, which
    measured 2.5× an executemany (psycopg sends that as one statement per row), in binary:
    500 ops rows took 5.1 ms of the centre's CPU and 8.5 ms of PostgreSQL's as text,
    2.0 and 7.3 ms as binary."""
    if not rows:
        return
    session.flush()
    stream = RowStream(session, table, columns)
    try:
        for row in rows:
            stream.write(tuple(row[c] for c in columns))
        stream.close()
    except BaseException as exc:
        stream.abort(exc)
        raise
