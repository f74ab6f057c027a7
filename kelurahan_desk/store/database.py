"""The local store as the rest of the program sees it: open, checked, migrated, backed up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.paths import STORE_FILE as STORE_FILE  # where the rest looked for it
from kelurahan_desk.store import backups
from kelurahan_desk.store.engine import open_engine, writer
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.unit_of_work import Clock, UnitOfWork, unit_of_work

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Kept here so a normal start need not import Alembic (~0.4 s);
# a test checks it against Alembic's own view of the migrations folder.
HEAD_REVISION = "0008"


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreDamaged(RuntimeError):
    """The store failed its checks; it must not be written to."""

    def __init__(self, path: Path, problems: list[Message], backup: backups.Backup | None):
        super().__init__("; ".join(problems))
        self.path = path
        self.problems = problems
        self.backup = backup


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """Alembic's own answer (slow to import); ``HEAD_REVISION`` must equal it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


class Store:
    """One office's SQLite store in ``data_dir``; construct with ``Store.open``."""

    def __init__(self, data_dir: Path, engine: Engine, clock: Clock) -> None:
        self.data_dir = data_dir
        self.path = data_dir / STORE_FILE
        self.backup_dir = data_dir / "backups"
        self.engine = engine
        self.clock = clock
        self._writer = writer(engine)

    @classmethod
    def open(cls, data_dir: Path, clock: Clock = utc_now) -> Store:
        """Check, migrate (after a backup) and open; raise ``StoreDamaged`` if unsound.

        A damaged or tampered store is never written to: not even a migration runs.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / STORE_FILE
        existed = path.exists()
        if existed:
            verdict = verify_store(path)
            if not verdict.ok:
                raise StoreDamaged(
                    path, verdict.problems, backups.newest_good_backup(data_dir / "backups")
                )
        store = cls(data_dir, open_engine(path), clock)
        current = store.revision()
        if current != HEAD_REVISION:
            if existed and current is not None:
                store.backup("pre-migration")
            store.migrate()
        return store

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:  # no such table: a new, empty store
                return None

    def migrate(self, to: str = "head") -> None:
        from alembic import command

        config = alembic_config()
        with self._writer.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, to)

    def close(self) -> None:
        self.engine.dispose()

    # --- sessions -------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look; nothing done in it is committed."""
        with Session(self.engine) as session:
            yield session  # closing the session rolls back whatever it began

    def write(self, actor: str, role: str) -> AbstractContextManager[UnitOfWork]:
        """A unit of work: commit rows + one audit event + one outbox record, or nothing."""
        return unit_of_work(self._writer, self.clock, actor, role)

    # --- backups --------------------------------------------------------------------

    def backup(self, reason: str = "manual") -> backups.Backup:
        return backups.make_backup(self.path, self.backup_dir, reason, self.clock())

    def backup_daily_if_due(self) -> backups.Backup | None:
        """Take the day's backup unless one was taken in the last 24 hours."""
        since = self.clock() - timedelta(hours=24)
        if backups.has_backup_since(self.backup_dir, "daily", since):
            return None
        return self.backup("daily")
