"""`verify` catches every kind of tampering; a damaged store is never written to."""

import hashlib
import shutil
import sqlite3

import pytest

from kelurahan_desk.services import maintenance
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import STORE_FILE, Store, StoreDamaged


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A demo office with a few dozen audited changes, closed and checkpointed."""
    data = tmp_path_factory.mktemp("pristine")
    store = Store.open(data)
    seed_demo(store)
    store.close()
    with sqlite3.connect(data / STORE_FILE) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return data


@pytest.fixture
def copy(pristine, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(pristine, target)
    return target


def tamper(data, *statements):
    """Edit the file as an attacker with a plain SQLite tool would."""
    with sqlite3.connect(data / STORE_FILE) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_untouched_store_verifies(copy, cli):
    result = cli("verify", "--data-dir", str(copy))
    assert result.returncode == 0, result.stderr
    assert "utuh" in result.stdout


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["UPDATE audit_events SET changes = '{\"role\":\"admin\"}' WHERE seq = 3"],
         "Peristiwa audit 3 telah diubah"),
        (["UPDATE audit_events SET actor = 'orang-lain' WHERE seq = 2"],
         "Peristiwa audit 2 telah diubah"),
        (["DELETE FROM outbox WHERE audit_seq = 4", "DELETE FROM audit_events WHERE seq = 4"],
         "peristiwa 4 sampai 4 hilang"),
        (["DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 3 FROM audit_events)"],
         "3 peristiwa audit telah dihapus"),
        (["DELETE FROM audit_events"], "peristiwa audit telah dihapus"),
        ([], "Pelindung jejak audit telah dihapus"),
    ],
    ids=["edit-changes", "edit-actor", "delete-middle", "truncate-tail", "truncate-all",
         "drop-triggers"],
)
def test_verify_catches_tampering(copy, cli, statements, expected):
    tamper(copy, *statements)
    result = cli("verify", "--data-dir", str(copy))
    assert result.returncode == 1
    assert expected in result.stderr


def test_verify_reports_a_missing_store(tmp_path, cli):
    result = cli("verify", "--data-dir", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "Tidak ada penyimpanan" in result.stderr


def damage_file(path):
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad" * 4096)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_store_is_not_written_and_a_good_backup_is_offered(copy):
    store = Store.open(copy)
    made = store.backup("manual")
    store.close()
    damage_file(copy / STORE_FILE)
    before = digest(copy / STORE_FILE)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(copy)
    assert caught.value.backup is not None and caught.value.backup.path == made.path
    assert digest(copy / STORE_FILE) == before


def test_restore_brings_the_backup_back_and_keeps_the_old_store(copy, cli):
    store = Store.open(copy)
    made = store.backup("manual")
    store.close()
    tamper(copy, "UPDATE audit_events SET actor = 'x' WHERE seq = 1")
    assert cli("verify", "--data-dir", str(copy)).returncode == 1
    result = cli("restore", "--data-dir", str(copy), str(made.path))
    assert result.returncode == 0, result.stderr
    assert "dipulihkan" in result.stdout
    assert cli("verify", "--data-dir", str(copy)).returncode == 0
    assert any(b.reason == "pre-restore" for b in maintenance.list_backups(copy))


def test_restore_refuses_a_bad_backup_and_changes_nothing(copy, tmp_path, cli):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    before = digest(copy / STORE_FILE)
    result = cli("restore", "--data-dir", str(copy), str(bad))
    assert result.returncode == 1
    assert "tidak bisa dipakai" in result.stderr
    assert digest(copy / STORE_FILE) == before


def test_backup_command_makes_a_checked_copy(copy, cli):
    result = cli("backup", "--data-dir", str(copy))
    assert result.returncode == 0, result.stderr
    backups = maintenance.list_backups(copy)
    assert len(backups) == 1 and backups[0].reason == "manual"
    assert maintenance.verify(copy).ok
    with sqlite3.connect(backups[0].path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 4


def test_backups_rotate_and_daily_runs_once_a_day(tmp_path):
    from datetime import UTC, datetime, timedelta

    now = [datetime(2026, 11, 1, 1, 0, tzinfo=UTC)]
    store = Store.open(tmp_path / "o", clock=lambda: now[0])
    try:
        taken = []
        for _ in range(20):
            taken.append(store.backup_daily_if_due())
            taken.append(store.backup_daily_if_due())  # same moment: not due again
            now[0] += timedelta(days=1)
        assert sum(b is not None for b in taken) == 20
        daily = [b for b in maintenance.list_backups(store.data_dir) if b.reason == "daily"]
        assert len(daily) == 14
        assert daily[0].taken_at > daily[-1].taken_at
    finally:
        store.close()


def test_a_backup_is_one_file_with_nothing_left_beside_it(copy):
    store = Store.open(copy)
    try:
        made = store.backup("manual")
    finally:
        store.close()
    beside = sorted(p.name for p in made.path.parent.iterdir())
    assert beside == [made.path.name]  # no -wal, -shm or .partial leftovers
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
