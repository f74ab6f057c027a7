"""Residents' KTP-el status from SIAK (whether biometrics were recorded), the blank cards
the centre allocated to the office (the ``stock`` stream) kept as they arrive, and the time
of day a destruction was held (the Berita Acara states it).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-19
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE: a rebuilt table would lose the name index's triggers.
    op.add_column("residents", sa.Column("ktp_status", sa.String(30)))
    # "HH:MM" office time; NULL for destructions recorded before (their date only).
    op.add_column("card_destructions", sa.Column("held_time", sa.String(5)))
    op.create_table(
        "stock_allocations",
        # One row per blank the centre allocated to this office; a log, never changed.
        sa.Column("serial", sa.String(40), primary_key=True),
        sa.Column("id", sa.Uuid, nullable=False, unique=True),  # the centre's id
        sa.Column("batch", sa.String(80)),  # the allocation's delivery note, if any
        sa.Column("allocated_at", sa.String(32), nullable=False),
        sa.Column("pulled_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_stock_allocations_batch", "stock_allocations", ["batch"])
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER stock_allocations_no_{event.lower()} BEFORE {event} "
            "ON stock_allocations BEGIN "
            "SELECT RAISE(ABORT, 'allocations are a log'); END")


def downgrade() -> None:
    op.drop_column("card_destructions", "held_time")
    op.drop_table("stock_allocations")
    op.drop_column("residents", "ktp_status")
