"""The local resident list: reference data from the central office, searched by NIK or name.

The name search uses an SQLite FTS5 table made by migration 0003 (not mapped here: the ORM
cannot describe a virtual table). It is *contentless* and keyed by the NIK read as an
integer: a NIK is 16 digits and never starts with 0 (province codes are 11–96), so the
number is below 2**63, stable, and turns back into the NIK text with ``str()``. Triggers
on ``residents`` keep it current, so loads and syncs write the table and nothing else
(bulk inserts go through ``insert_residents``, which indexes the new rows in one go).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.store.tables import Base, UtcDateTime

# The FTS5 table of names; columns ``name`` (the full name) and ``place`` ("k" + the
# 10-digit kelurahan code, one token, so a search can prefer the office's own kelurahan).
NAMES_FTS = "resident_names"
PLACE_TOKEN_PREFIX = "k"
# FTS5 keeps ready-made prefix indexes for 2, 3 and 4 letters (what is typed while a
# lookup narrows down); a longer prefix matches few terms and is cheap anyway.


# Bulk writes (a central list of ~250,000 rows, the demo's synthetic list) go through the
# session's own connection as one executemany, in this column order: the ORM's per-row
# bookkeeping would take most of a minute.
COLUMNS = (
    "nik", "id", "kk", "full_name", "sex", "birth_place", "birth_date", "address", "rt", "rw",
    "kelurahan_code", "religion", "ktp_status", "synthetic", "updated_at",
)
INSERT_SQL = (
    f"INSERT INTO residents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)
# What a caller of ``insert_residents`` gives: everything but the id, which it assigns.
NEW_ROW_COLUMNS = tuple(c for c in COLUMNS if c != "id")
# Page cache for a bulk insert (negative: KiB), so index pages stay in memory; the
# connection's own setting is put back afterwards.
_BULK_CACHE_KIB = -65_536
# Fills the name index for rows inserted while its trigger was paused.
_INDEX_NEW_ROWS = (
    f"INSERT INTO {NAMES_FTS} (rowid, name, place) "
    f"SELECT CAST(nik AS INTEGER), full_name, '{PLACE_TOKEN_PREFIX}' || kelurahan_code "
    "FROM residents WHERE rowid > ? ORDER BY nik"
)
# The id (the list's handle for the row) is kept when a row is replaced.
UPDATE_SQL = (
    "UPDATE residents SET "
    + ", ".join(f"{c} = ?" for c in COLUMNS if c not in ("nik", "id"))
    + " WHERE nik = ?"
)


class Resident(Base):
    """One resident as the central office lists them (the centre owns these rows)."""

    __tablename__ = "residents"

    nik: Mapped[str] = mapped_column(String(16), primary_key=True)
    # Opaque handle for lists: a hit can be opened without the list carrying the full NIK.
    id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    kk: Mapped[str] = mapped_column(String(16), index=True)
    full_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))  # Sex: "L" or "P"
    birth_place: Mapped[str] = mapped_column(String(60))
    birth_date: Mapped[str] = mapped_column(String(10))  # ISO YYYY-MM-DD
    address: Mapped[str] = mapped_column(String(200))  # street and house number
    rt: Mapped[str] = mapped_column(String(3))  # "003"
    rw: Mapped[str] = mapped_column(String(3))
    kelurahan_code: Mapped[str] = mapped_column(String(10))  # 10 digits, no dots
    religion: Mapped[str | None] = mapped_column(String(40))
    ktp_status: Mapped[str | None] = mapped_column(String(30))  # RecordStatus value
    # Made up for the demo or a benchmark, never a real person; lists show it.
    synthetic: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


def insert_residents(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert many new rows (``NEW_ROW_COLUMNS`` order) in the caller's transaction, fast.

    Rows go in NIK order, each given an id that rises in the same order (a random 64-bit
    batch number, then the row's place in the batch): both indexes then grow at their
    right-hand end instead of at random pages — a third less work for 250,000 rows than
    random ids. The id only has to be unique and free of personal data; anyone allowed
    to open a record by id may open it by NIK too, so a guessable neighbour gives nothing.
    The name index's insert trigger is paused and the new rows are indexed by one
    statement at the end (FTS5 writes a segment per triggered statement). Pausing is part
    of the transaction: no other connection ever sees it.
    """
    if not rows:
        return
    batch = f"{secrets.randbits(64):016x}"
    numbered = [(row[0], f"{batch}{i:016x}", *row[1:]) for i, row in enumerate(sorted(rows))]
    # Rows of a rowid table without AUTOINCREMENT get rowids above the largest one.
    last = connection.exec_driver_sql(
        "SELECT coalesce(max(rowid), 0) FROM residents").scalar_one()
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {_BULK_CACHE_KIB}")
    try:
        connection.exec_driver_sql("UPDATE resident_names_state SET paused = 1")
        connection.exec_driver_sql(INSERT_SQL, numbered)
        connection.exec_driver_sql("UPDATE resident_names_state SET paused = 0")
        connection.exec_driver_sql(_INDEX_NEW_ROWS, (last,))
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")  # pooled connection
