"""The local store: pragmas, the unit of work, the append-only audit table, migrations."""

import itertools
import sqlite3
import uuid

import pytest
from sqlalchemy import func, select, text

from kelurahan_desk.store.database import Store, head_revision, utc_now
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord, Setting


def counts(store: Store) -> tuple[int, int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEvent)),
            session.scalar(select(func.count()).select_from(OutboxRecord)),
            session.scalar(select(func.count()).select_from(Setting)),
        )


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "office")
    yield opened
    opened.close()


def test_pragmas_make_the_store_safe(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_unit_of_work_commits_rows_event_and_outbox_together(store):
    with store.write("admin", "admin") as uow:
        uow.session.add(Setting(key="a", value="1"))
        recorded = uow.record("setting.changed", "setting", "a", {"value": 1})
    assert counts(store) == (1, 1, 1)
    with store.read() as session:
        op = session.scalar(select(OutboxRecord))
        assert op.audit_seq == recorded.audit_seq == 1
        assert op.op_id == recorded.op_id
        assert op.state == "pending"


def test_unit_of_work_without_a_record_writes_nothing(store):
    with pytest.raises(RuntimeError, match="without recording"), store.write("a", "admin") as uow:
        uow.session.add(Setting(key="a", value="1"))
    assert counts(store) == (0, 0, 0)


def test_failure_inside_a_unit_of_work_writes_nothing(store):
    with pytest.raises(ZeroDivisionError), store.write("a", "admin") as uow:
        uow.session.add(Setting(key="a", value="1"))
        uow.record("setting.changed", "setting", "a", {})
        _ = 1 / 0
    assert counts(store) == (0, 0, 0)


def test_a_use_case_records_only_once(store):
    with pytest.raises(RuntimeError, match="second"), store.write("a", "admin") as uow:
        uow.record("one", "x", "1", {})
        uow.record("two", "x", "2", {})
    assert counts(store) == (0, 0, 0)


def test_audit_events_cannot_be_updated_or_deleted(store):
    with store.write("a", "admin") as uow:
        uow.record("one", "x", "1", {})
    with store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE audit_events SET actor = 'someone'"))
    with store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM audit_events"))
    assert verify_store(store.path).ok


def test_chain_links_every_event_to_the_one_before(store):
    for i in range(5):
        with store.write("a", "admin") as uow:
            uow.record("n", "x", str(i), {"i": i})
    with store.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert verify_store(store.path).events == 5


def test_committed_write_survives_a_killed_process(tmp_path):
    """synchronous=FULL + WAL: a committed row is on disk when commit returns."""
    import subprocess
    import sys

    data = tmp_path / "office"
    Store.open(data).close()
    script = (
        "import os, sys; from pathlib import Path\n"
        "from kelurahan_desk.store.database import Store\n"
        "from kelurahan_desk.store.tables import Setting\n"
        f"s = Store.open(Path({str(data)!r}))\n"
        "with s.write('a', 'admin') as uow:\n"
        "    uow.session.add(Setting(key='k', value='v'))\n"
        "    uow.record('setting.changed', 'setting', 'k', {})\n"
        "os._exit(0)  # no clean shutdown, no checkpoint\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    reopened = Store.open(data)
    try:
        assert counts(reopened) == (1, 1, 1)
        assert verify_store(reopened.path).ok
    finally:
        reopened.close()


def test_upgrade_from_the_oldest_migration_keeps_the_data(tmp_path):
    data = tmp_path / "office"
    data.mkdir()
    from kelurahan_desk.store.engine import open_engine

    old = Store(data, open_engine(data / "kelurahan.sqlite"), utc_now)
    old.migrate("0001")
    with old.write("admin", "admin") as uow:
        uow.session.add(Setting(key="kept", value='"yes"'))
        uow.record("setting.changed", "setting", "kept", {})
    old.close()
    store = Store.open(data)
    try:
        assert store.revision() == head_revision() != "0001"
        with store.read() as session:
            assert session.get(Setting, "kept").value == '"yes"'
        assert verify_store(store.path).ok
        # The store as it was before the migration is kept, checked, as a backup.
        from kelurahan_desk.store.backups import list_backups

        (before,) = [b for b in list_backups(store.backup_dir) if b.reason == "pre-migration"]
        with sqlite3.connect(before.path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                "0001",)
    finally:
        store.close()


def test_concurrent_writers_wait_instead_of_failing(tmp_path):
    """Several processes appending at once: every event lands, the chain stays whole."""
    import subprocess
    import sys

    data = tmp_path / "office"
    Store.open(data).close()
    script = (
        "import sys; from pathlib import Path\n"
        "from kelurahan_desk.store.database import Store\n"
        f"s = Store.open(Path({str(data)!r}))\n"
        "for i in range(40):\n"
        "    with s.write(sys.argv[1], 'admin') as uow:\n"
        "        uow.record('tick', 'x', str(i), {'i': i})\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, f"p{n}"]) for n in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    verdict = verify_store(data / "kelurahan.sqlite")
    assert verdict.ok, verdict.problems
    assert verdict.events == 160
    with sqlite3.connect(data / "kelurahan.sqlite") as conn:
        assert conn.execute("SELECT count(DISTINCT op_id) FROM outbox").fetchone()[0] == 160


def test_uuid_round_trip(store):
    with store.write("a", "admin") as uow:
        rec = uow.record("n", "x", uuid.UUID(int=7), {})
    with store.read() as session:
        assert session.get(AuditEvent, rec.audit_seq).record_id == str(uuid.UUID(int=7))


def test_head_revision_constant_matches_the_migrations_folder():
    from kelurahan_desk.store.database import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
