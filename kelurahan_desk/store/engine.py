"""Opening the SQLite store: pragmas that make it safe, and write transactions that lock early."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def open_engine(path: Path) -> Engine:
    """An engine on the store at ``path``; reads begin deferred.

    Writes go through ``writer(engine)``, whose transactions start with ``BEGIN
    IMMEDIATE``: taking the write lock up front means two processes that allocate numbers
    wait for each other (busy timeout) instead of one failing with "database is locked"
    when it upgrades a read lock half-way.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        # A small pool: opening a connection per unit of work costs a connect, the pragmas
        # and (when it was the last one) a WAL checkpoint on close — measured at 2 ms of
        # an 8 ms action. A pooled connection is used by one thread at a time.
        pool_size=2,
        max_overflow=4,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below (pysqlite's own is wrong).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # A ticket number once shown must never roll back after a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.connection.driver_connection.in_transaction:
            return  # a unit of work began it itself (store/unit_of_work.py)
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but every transaction takes the write lock when it begins."""
    return engine.execution_options(immediate=True)


def quick_check(path: Path) -> str:
    """``"ok"`` when SQLite finds the file sound, else its first complaint (read-only)."""
    if not path.exists():
        return "file not found"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return first
