"""The local store: pragmas, the unit of work, the append-only audit table, migrations."""

import itertools
import sqlite3
import uuid
from contextlib import nullcontext
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from kelurahan_desk.store.database import Store, head_revision, utc_now
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.prepared import Prepared
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


def test_nothing_to_record_sees_rows_changed_past_the_session(store):
    """A prepared or Core write leaves the session clean; the check still catches it."""
    with pytest.raises(RuntimeError, match="records nothing"), store.write("a", "admin") as uow:
        uow.connection.execute(insert(Setting).values(key="a", value="1"))
        uow.nothing_to_record()
    assert counts(store) == (0, 0, 0)


def test_a_prepared_statement_reads_and_writes_as_the_orm_does(store):
    """Parameters and results pass through the columns' own types (UUID, UTC time)."""
    moment = datetime(2026, 11, 28, 3, 4, 5, 678901, tzinfo=UTC)
    insert_op = Prepared(insert(OutboxRecord))
    find_op = Prepared(select(OutboxRecord.op_id, OutboxRecord.created_at)
                       .where(OutboxRecord.op_id == bindparam("op")))
    with store.write("a", "admin") as uow:
        rec = uow.record("n", "x", "1", {})
    with store.read() as session:
        orm = session.get(OutboxRecord, rec.audit_seq)
        row = find_op.one(session.connection(), {"op": rec.op_id})
        assert (row.op_id, row.created_at) == (orm.op_id, orm.created_at)
        assert row.op_id == rec.op_id and row.created_at.tzinfo is UTC
        assert find_op.first(session.connection(), {"op": uuid.uuid4()}) is None
    with store.write("a", "admin") as uow:
        values = {"seq": 1, "op_id": uuid.UUID(int=9), "audit_seq": 1, "action": "n",
                  "record_type": "x", "record_id": "1", "payload": "{}",
                  "created_at": moment, "state": "pending", "attempts": 0,
                  "last_error": None, "acked_at": None}
        with pytest.raises(KeyError):  # every column an INSERT names is given
            insert_op.run(uow.connection, {k: v for k, v in values.items() if k != "acked_at"})
        with pytest.raises(IntegrityError):  # the driver's error, as SQLAlchemy's
            insert_op.run(uow.connection, values)  # seq 1 is taken
        uow.nothing_to_record()


def _schema(path) -> dict[str, str | None]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('outbox', 'tickets',"
            " 'ticket_calls') AND name NOT LIKE 'sqlite_%'"))


def test_migration_0008_drops_the_write_path_indexes_and_keeps_one_op_per_event(tmp_path):
    data = tmp_path / "office"
    data.mkdir()
    from kelurahan_desk.store.engine import open_engine

    old = Store(data, open_engine(data / "kelurahan.sqlite"), utc_now)
    old.migrate("0007")
    for i in range(3):
        with old.write("admin", "admin") as uow:
            uow.session.add(Setting(key=f"k{i}", value='"v"'))
            uow.record("setting.changed", "setting", f"k{i}", {"i": i})
    with sqlite3.connect(old.path) as conn:
        ops_before = conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    old.close()
    before = _schema(data / "kelurahan.sqlite")
    assert {"ix_tickets_service_day", "ix_tickets_service_id", "ix_ticket_calls_called_at",
            "ix_outbox_state"} <= set(before)
    assert "UNIQUE (audit_seq)" in before["outbox"]

    store = Store.open(data)
    try:
        assert store.revision() == "0008"
        after = _schema(store.path)
        assert set(before) - set(after) == {"ix_tickets_service_id", "ix_ticket_calls_called_at"}
        assert "UNIQUE (audit_seq)" not in after["outbox"]
        assert "CHECK (audit_seq = seq)" in after["outbox"]
        assert after["ix_outbox_state"] == before["ix_outbox_state"]
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall() == ops_before
            conn.execute("PRAGMA foreign_keys=ON")
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            # An op that is not its own event's is refused, so no two ops share an event.
            with pytest.raises(sqlite3.IntegrityError, match="outbox_one_per_event"):
                conn.execute(
                    "INSERT INTO outbox (seq, op_id, audit_seq, action, record_type,"
                    " record_id, payload, created_at, state, attempts) SELECT 4, 'x', 3,"
                    " action, record_type, record_id, payload, created_at, state, attempts"
                    " FROM outbox WHERE seq = 3")
        with store.write("admin", "admin") as uow:
            assert uow.record("n", "x", "1", {}).audit_seq == 4
        verdict = verify_store(store.path)
        assert verdict.ok and verdict.events == 4
    finally:
        store.close()

    from alembic import command

    from kelurahan_desk.store.database import alembic_config

    config = alembic_config()  # and back, should an office need the older program again
    try:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
        assert _schema(store.path) == before
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (4,)
    finally:
        store.close()


def test_an_event_without_its_op_is_found_by_the_primary_key(store):
    """The check on start finds an event whose op is missing, or not its own (seq)."""
    with store.write("a", "admin") as uow:
        uow.record("one", "x", "1", {})
    with sqlite3.connect(store.path) as conn:
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM audit_events a LEFT JOIN outbox o"
            " ON o.seq = a.seq AND o.audit_seq = a.seq WHERE o.seq IS NULL"))
        assert "AUTOMATIC" not in plan
        conn.execute("DELETE FROM outbox")
    verdict = verify_store(store.path)
    assert not verdict.ok
    assert any("catatan kirim" in str(p) for p in verdict.problems)


def test_a_unit_of_work_is_one_transaction_whichever_way_it_writes(store):
    """Prepared statements, Core and the ORM session write in the same transaction: all of
    it commits, or none of it; nothing runs before the first statement."""
    put = Prepared(insert(Setting))
    for fail in (True, False):
        with pytest.raises(ZeroDivisionError) if fail else nullcontext(), \
                store.write("a", "admin") as uow:
            put.run(uow.direct, {"key": "direct", "value": "1"})
            uow.connection.execute(insert(Setting).values(key="core", value="1"))
            uow.session.add(Setting(key="orm", value="1"))
            uow.record("n", "x", "1", {})
            if fail:
                _ = 1 / 0
        assert counts(store) == ((0, 0, 0) if fail else (1, 1, 3))
    with store.write("a", "admin") as uow:
        assert uow._pooled is None  # no statement yet: no connection, no lock
        uow.nothing_to_record()
    assert store.engine.pool.checkedout() == 0
