"""Statements compiled once and run on the SQLite connection itself, for the hottest paths."""

from __future__ import annotations

import sqlite3
import weakref
from collections import namedtuple
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.selectable import ReturnsRows

Processor = Callable[[Any], Any] | None
NamedRow = Any  # a prepared statement's row: a named tuple of its columns' values
NO_PARAMS: Mapping[str, Any] = {}


class Direct:
    """A DB-API connection whose transaction its owner began, and the dialect statements
    compile for: what ``Prepared`` runs on when no SQLAlchemy ``Connection`` is needed
    (the unit of work's, see store/unit_of_work.py)."""

    __slots__ = ("dialect", "driver")

    def __init__(self, driver: sqlite3.Connection, dialect: Dialect) -> None:
        self.driver = driver
        self.dialect = dialect


On = Connection | Direct  # what a prepared statement runs on


class _Compiled:
    """One statement's SQL for one dialect, with what turns values into parameters and
    result values back into Python (the columns' own processors, as SQLAlchemy uses them)."""

    def __init__(self, statement: ReturnsRows, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        if "POSTCOMPILE" in compiled.string or compiled.positiontup is None:
            raise ValueError(f"not a statement to prepare: {compiled.string}")
        self.sql = compiled.string
        # Per parameter: its name when the caller gives it, else the value the statement
        # holds (a literal), and the processor of its type.
        self.slots: list[tuple[str | None, Any, Processor]] = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required:
                self.slots.append((name, None, process))
            else:
                self.slots.append((None, process(bind.value) if process else bind.value, None))
        columns = list(statement.exported_columns)
        self.results: list[Processor] = [
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
        self.plain = not any(self.results)
        self.row: Any = namedtuple("Row", [c.key for c in columns], rename=True)  # type: ignore[misc]

    def parameters(self, params: Mapping[str, Any]) -> list[Any]:
        # A parameter left out is a KeyError: every column an INSERT names is given.
        return [value if name is None else process(params[name]) if process else params[name]
                for name, value, process in self.slots]

    def row_of(self, raw: tuple[Any, ...]) -> Any:
        if self.plain:
            return self.row._make(raw)
        return self.row._make([p(v) if p else v for p, v in zip(self.results, raw, strict=True)])


class Prepared:
    """A SQLAlchemy statement compiled once, then run straight on the DB-API connection.

    SQLAlchemy's own execution of a ready-built statement costs ~50 µs (cache key,
    execution context, result object): more than SQLite takes to run it, and the queue's
    actions run eight of them against a 0.4 ms commit (docs/PERFORMANCE.md). The statement
    stays written in SQLAlchemy, so its columns and types are checked as usual; what is
    skipped is the per-call machinery. Parameters are named as in the statement's
    ``bindparam``s (an INSERT's: its columns, every one given); rows come back as named
    tuples of processed values. Runs inside the connection's transaction (beginning one if
    none has begun, as ``Connection.execute`` would) or a ``Direct``'s; DB-API errors are
    raised as SQLAlchemy's (``OperationalError`` for a locked store, and so on). SQLAlchemy's
    statement events and echo do not see these statements.
    """

    def __init__(self, statement: ReturnsRows) -> None:
        self.statement = statement
        self._compiled: weakref.WeakKeyDictionary[Dialect, _Compiled] = (
            weakref.WeakKeyDictionary())
        # The last dialect's, found without the weak dictionary's lookup (~1 us a call).
        self._last: tuple[weakref.ref[Dialect], _Compiled] | None = None

    def _run(self, connection: On, params: Mapping[str, Any]
             ) -> tuple[_Compiled, sqlite3.Cursor]:
        dialect = connection.dialect
        last = self._last
        if last is not None and last[0]() is dialect:
            compiled = last[1]
        else:
            found = self._compiled.get(dialect)
            if found is None:
                found = self._compiled[dialect] = _Compiled(self.statement, dialect)
            compiled = found
            self._last = (weakref.ref(dialect), compiled)
        if type(connection) is Direct:
            driver = connection.driver
        else:
            assert isinstance(connection, Connection)
            if not connection.in_transaction():
                connection.begin()
            driver = connection.connection.driver_connection  # type: ignore[assignment]
        values = compiled.parameters(params)
        try:
            cursor = driver.execute(compiled.sql, values)
        except sqlite3.Error as error:
            raise exc.DBAPIError.instance(compiled.sql, values, error, sqlite3.Error) from error
        return compiled, cursor

    def run(self, connection: On, params: Mapping[str, Any] = NO_PARAMS) -> int:
        """Run an INSERT, UPDATE or DELETE without RETURNING; the number of rows it changed."""
        _compiled, cursor = self._run(connection, params)
        count: int = cursor.rowcount
        return count

    def all(self, connection: On, params: Mapping[str, Any] = NO_PARAMS) -> list[Any]:
        compiled, cursor = self._run(connection, params)
        return [compiled.row_of(raw) for raw in cursor.fetchall()]

    def first(self, connection: On, params: Mapping[str, Any] = NO_PARAMS) -> Any:
        """The first row, or None."""
        compiled, cursor = self._run(connection, params)
        raw = cursor.fetchone()
        cursor.close()
        return None if raw is None else compiled.row_of(raw)

    def one(self, connection: On, params: Mapping[str, Any] = NO_PARAMS) -> Any:
        """Exactly one row (``NoResultFound`` / ``MultipleResultsFound`` otherwise)."""
        rows = self.all(connection, params)
        if not rows:
            raise exc.NoResultFound("no row where one was required")
        if len(rows) > 1:
            raise exc.MultipleResultsFound("several rows where one was required")
        return rows[0]

    def scalar(self, connection: On, params: Mapping[str, Any] = NO_PARAMS) -> Any:
        """The first column of the first row, or None."""
        row = self.first(connection, params)
        return None if row is None else row[0]
