"""Residents: the central office's resident list, with an FTS5 index of names.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep doing what it did when it
# was written, whatever later code says (see store/resident_tables.py for the why).
_FTS = (
    "CREATE VIRTUAL TABLE resident_names USING fts5("
    "name, place, content='', detail=column, prefix='2 3 4', "
    "tokenize='unicode61 remove_diacritics 2')"
)
_ROW = "CAST({r}.nik AS INTEGER), {r}.full_name, 'k' || {r}.kelurahan_code"
_TRIGGERS = (
    # Paused while a bulk insert runs: FTS5 writes a segment per statement fired from a
    # trigger, which made 250,000 rows take 30 s; the bulk insert indexes them in one go.
    "CREATE TRIGGER residents_names_insert AFTER INSERT ON residents "
    "WHEN NOT (SELECT paused FROM resident_names_state) BEGIN "
    f"INSERT INTO resident_names (rowid, name, place) VALUES ({_ROW.format(r='new')}); END",
    "CREATE TRIGGER residents_names_delete AFTER DELETE ON residents BEGIN "
    "INSERT INTO resident_names (resident_names, rowid, name, place) "
    f"VALUES ('delete', {_ROW.format(r='old')}); END",
    "CREATE TRIGGER residents_names_update "
    "AFTER UPDATE OF nik, full_name, kelurahan_code ON residents BEGIN "
    "INSERT INTO resident_names (resident_names, rowid, name, place) "
    f"VALUES ('delete', {_ROW.format(r='old')}); "
    f"INSERT INTO resident_names (rowid, name, place) VALUES ({_ROW.format(r='new')}); END",
)


def upgrade() -> None:
    op.create_table(
        "residents",
        sa.Column("nik", sa.String(16), primary_key=True),
        sa.Column("id", sa.Uuid, nullable=False, unique=True),
        sa.Column("kk", sa.String(16), nullable=False),
        sa.Column("full_name", sa.String(100), nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("birth_place", sa.String(60), nullable=False),
        sa.Column("birth_date", sa.String(10), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("rt", sa.String(3), nullable=False),
        sa.Column("rw", sa.String(3), nullable=False),
        sa.Column("kelurahan_code", sa.String(10), nullable=False),
        sa.Column("religion", sa.String(40)),
        sa.Column("synthetic", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_residents_kk", "residents", ["kk"])
    op.execute(_FTS)
    op.create_table(
        "resident_names_state",
        sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True),
        sa.Column("paused", sa.Boolean, nullable=False),
    )
    op.execute("INSERT INTO resident_names_state (id, paused) VALUES (1, 0)")
    for trigger in _TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for trigger in ("residents_names_update", "residents_names_delete",
                    "residents_names_insert"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE resident_names")
    op.drop_table("resident_names_state")
    op.drop_table("residents")
