"""Online backups of the store with SQLite's backup API, checked, rotated and restorable."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kelurahan_desk.store.engine import quick_check

# kelurahan-20261128T051500Z-daily.sqlite
_NAME = re.compile(r"^kelurahan-(\d{8}T\d{6}Z)-([a-z-]+)\.sqlite$")
KEEP = {"daily": 14, "pre-migration": 5, "pre-restore": 5, "manual": 10}


class BackupFailed(RuntimeError):
    """A backup could not be made or did not pass its check; nothing was kept."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def list_backups(folder: Path) -> list[Backup]:
    """Backups in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match:
                taken = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                found.append(Backup(entry, taken, match[2]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes ``PRAGMA quick_check``, if any."""
    return next((b for b in list_backups(folder) if quick_check(b.path) == "ok"), None)


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database page by page, consistent even while others write to it."""
    # closing(): sqlite3's own context manager only commits; the files must be let go of
    # before the copy is renamed, or its -wal and -shm files stay behind.
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        # A backup is one self-contained file: no write-ahead log beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    # Both are closed before fsync, so the bytes on disk are the whole copy.
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def make_backup(store_path: Path, folder: Path, reason: str, now: datetime) -> Backup:
    """Back ``store_path`` up into ``folder``; the copy is checked before it counts."""
    if reason not in KEEP:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"kelurahan-{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        copy_database(store_path, partial)
        verdict = quick_check(partial)
        if verdict != "ok":
            raise BackupFailed(f"backup of {store_path} failed its check: {verdict}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    rotate(folder)
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), reason)


def rotate(folder: Path) -> list[Path]:
    """Delete the oldest backups beyond what ``KEEP`` allows per reason; return them."""
    removed = []
    seen: dict[str, int] = {}
    for backup in list_backups(folder):
        seen[backup.reason] = seen.get(backup.reason, 0) + 1
        if seen[backup.reason] > KEEP.get(backup.reason, 5):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def has_backup_since(folder: Path, reason: str, since: datetime) -> bool:
    """Whether a ``reason`` backup was taken strictly after ``since``."""
    return any(b.reason == reason and b.taken_at > since for b in list_backups(folder))
