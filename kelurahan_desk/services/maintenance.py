"""Looking after the store: integrity checks, backups and restores, for UI and command line."""

from __future__ import annotations

import shutil
from pathlib import Path

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.store import backups
from kelurahan_desk.store.backups import Backup
from kelurahan_desk.store.database import STORE_FILE, Store, utc_now
from kelurahan_desk.store.integrity import Verdict, verify_store


def verify(data_dir: Path) -> Verdict:
    """Check the store file and its audit chain without opening it for writing."""
    return verify_store(data_dir / STORE_FILE)


def backup_now(store: Store) -> Backup:
    return store.backup("manual")


def list_backups(data_dir: Path) -> list[Backup]:
    return backups.list_backups(data_dir / "backups")


def newest_good_backup(data_dir: Path) -> Backup | None:
    return backups.newest_good_backup(data_dir / "backups")


def restore(data_dir: Path, source: Path) -> Backup | None:
    """Replace the store with ``source`` after checking it; keep the old store as a backup.

    The program must not have the store open. Returns the backup made of the replaced
    store (``None`` when there was none, or it was too damaged to copy).
    """
    verdict = verify_store(source)
    if not verdict.ok:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "maintenance", "Cadangan {name} tidak bisa dipakai: {problem}"
            ).format(name=source.name, problem=verdict.problems[0])
        )
    target = data_dir / STORE_FILE
    saved = None
    if target.exists():
        try:
            saved = backups.make_backup(target, data_dir / "backups", "pre-restore", utc_now())
        except (backups.BackupFailed, OSError):
            # A store too damaged to copy is kept aside as raw bytes instead.
            shutil.copy2(target, target.with_suffix(".damaged"))
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    partial = target.with_suffix(".restoring")
    backups.copy_database(source, partial)
    partial.replace(target)
    return saved
