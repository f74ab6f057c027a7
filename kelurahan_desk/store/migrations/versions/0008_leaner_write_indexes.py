"""Fewer index pages on every write: indexes that no read uses, or that another one repeats.

Every queue action writes the audit event and the outbox record, and issuing a ticket a
ticket row: each index of those tables is one more page to write to the WAL before the
commit's fsync (docs/PERFORMANCE.md, "Queue actions"). Dropped:

- ``outbox``'s UNIQUE on ``audit_seq``: an outbox record shares its event's ``seq``, so a
  CHECK that ``audit_seq = seq`` makes the primary key keep them one to one (SQLite drops
  a table constraint only by rebuilding the table; the foreign key stays).
- ``ix_tickets_service_id``: who waits for a service is read through the status index
  (a handful of rows); by service alone the index held every ticket the service ever had.
- ``ix_ticket_calls_called_at``: nothing reads calls by time.

Kept although the UNIQUE (service_day, prefix, number) index begins with the day:
``ix_tickets_service_day``. Its entries of a day are in the order the tickets were issued
(their rowid), as the rows are; read through the other, a year's queue report joined its
calls ~25% slower.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_OUTBOX_COLUMNS = (
    "seq, op_id, audit_seq, action, record_type, record_id, payload, created_at, state,"
    " attempts, last_error, acked_at")


def _outbox(audit_seq: str) -> str:
    return (
        "CREATE TABLE outbox (\n"
        "\tseq INTEGER NOT NULL, \n"
        "\top_id CHAR(32) NOT NULL, \n"
        "\taudit_seq INTEGER NOT NULL, \n"
        "\taction VARCHAR(60) NOT NULL, \n"
        "\trecord_type VARCHAR(40) NOT NULL, \n"
        "\trecord_id VARCHAR(80) NOT NULL, \n"
        "\tpayload TEXT NOT NULL, \n"
        "\tcreated_at VARCHAR(32) NOT NULL, \n"
        "\tstate VARCHAR(20) NOT NULL, \n"
        "\tattempts INTEGER NOT NULL, \n"
        "\tlast_error TEXT, \n"
        "\tacked_at VARCHAR(32), \n"
        "\tPRIMARY KEY (seq), \n"
        "\tUNIQUE (op_id), \n"
        f"\t{audit_seq}, \n"
        "\tFOREIGN KEY(audit_seq) REFERENCES audit_events (seq)\n"
        ")")


def _rebuild_outbox(audit_seq: str) -> None:
    op.execute("ALTER TABLE outbox RENAME TO outbox_old")
    op.execute(_outbox(audit_seq))
    op.execute(f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) SELECT {_OUTBOX_COLUMNS} FROM outbox_old")
    op.execute("DROP TABLE outbox_old")  # and its ix_outbox_state
    op.execute("CREATE INDEX ix_outbox_state ON outbox (state)")


def upgrade() -> None:
    # Every program so far wrote audit_seq = seq; a store where that is not so is refused
    # here (the CHECK fails the copy) rather than silently changed.
    _rebuild_outbox("CONSTRAINT outbox_one_per_event CHECK (audit_seq = seq)")
    op.drop_index("ix_tickets_service_id", table_name="tickets")
    op.drop_index("ix_ticket_calls_called_at", table_name="ticket_calls")


def downgrade() -> None:
    op.create_index("ix_ticket_calls_called_at", "ticket_calls", ["called_at"])
    op.create_index("ix_tickets_service_id", "tickets", ["service_id"])
    _rebuild_outbox("UNIQUE (audit_seq)")
