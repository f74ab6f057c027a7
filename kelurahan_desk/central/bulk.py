"""Many new rows in the caller's transaction: COPY on PostgreSQL, an executemany elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session

_COLUMN_TYPES = text(
    "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = CAST(:table AS regclass)"
    " AND attnum > 0 AND NOT attisdropped")


def _column_types(connection: Connection, table: str) -> dict[str, int]:
    """The table's column type OIDs as the database has them, read once per connection
    (``info`` stays with the DBAPI connection in the pool): binary COPY must send each
    column in exactly its type's format."""
    known: dict[str, dict[str, int]] = connection.info.setdefault("kd_column_types", {})
    if table not in known:
        known[table] = {name: int(oid) for name, oid in connection.execute(
            _COLUMN_TYPES, {"table": table})}
    return known[table]


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts holding at least ``columns``). On PostgreSQL by COPY, which
    measured 2.5× an executemany (psycopg sends that as one statement per row), in binary:
    500 ops rows took 5.1 ms of the centre's CPU and 8.5 ms of PostgreSQL's as text,
    2.0 and 7.3 ms as binary."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "postgresql":
        session.execute(table.insert(), [{c: row[c] for c in columns} for row in rows])
        return
    types = _column_types(connection, table.name)
    processors = [(i, process) for i, name in enumerate(columns)
                  if (process := table.c[name].type.bind_processor(dialect)) is not None]
    driver = connection.connection.driver_connection
    assert driver is not None
    quoted = ", ".join(dialect.identifier_preparer.quote(c) for c in columns)
    with driver.cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({quoted}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types([types[c] for c in columns])
        for row in rows:
            values = [row[c] for c in columns]
            for i, process in processors:
                if values[i] is not None:
                    values[i] = process(values[i])
            copy.write_row(values)
