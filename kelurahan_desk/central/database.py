"""The centre's database: URL, engine, its own Alembic migrations, write transactions."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kelurahan_desk.central.tables import Centre, StreamHead
from kelurahan_desk.sync.wire import Stream

ENV_DATABASE_URL = "KELURAHAN_CENTRAL_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "central_alembic_version"
BUSY_TIMEOUT_MS = 30_000
# The newest migration: a database already there skips importing Alembic (~0.3 s of every
# command). A test checks it against Alembic's own view of the migrations folder.
HEAD_REVISION = "0005"


def default_database_url() -> str:
    """``$KELURAHAN_CENTRAL_DB``, else a SQLite file in the user's data folder."""
    url = os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    folder = user_data_path("kelurahan-central", appauthor=False)
    return f"sqlite:///{folder / 'central.sqlite'}"


def normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy's default driver is psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def utc_now() -> datetime:
    return datetime.now(UTC)


def open_engine(url: str) -> Engine:
    """An engine; SQLite gets WAL and write transactions that take the lock up front."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_size=5, max_overflow=10, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the "begin" hook below starts transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # an answered push must survive a crash
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def migrate(engine: Engine) -> None:
    """Bring the database to the newest migration, and seed its one-off rows."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with write_session(engine) as session:
        if session.get(Centre, 1) is None:
            session.add(Centre(id=1, epoch=secrets.token_hex(8), created_at=utc_now()))
        known = set(session.scalars(select(StreamHead.stream)))
        for stream in Stream:
            if stream.value not in known:
                session.add(StreamHead(stream=stream.value, position=0, floor=0))


def _at_head(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            version = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
            return version.scalar() == HEAD_REVISION
    except DBAPIError:
        return False


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction, committed on a normal exit (SQLite: ``BEGIN IMMEDIATE``)."""
    writer = engine.execution_options(immediate=True)
    with Session(writer, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """One read transaction: one snapshot for everything read in it."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session
