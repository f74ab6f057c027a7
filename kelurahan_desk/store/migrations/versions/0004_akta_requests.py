"""Akta kelahiran / akta kematian requests and their status timeline.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "akta_requests",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("status", sa.String(12), nullable=False, index=True),
        sa.Column("tracking_number", sa.String(40), unique=True),
        sa.Column("year", sa.Integer),
        sa.Column("serial", sa.Integer),
        sa.Column("form", sa.Text, nullable=False),
        sa.Column("subject_name", sa.String(120), nullable=False, index=True),
        sa.Column("subject_nik", sa.String(16), index=True),
        sa.Column("reporter_name", sa.String(120), nullable=False),
        sa.Column("reporter_nik", sa.String(16), index=True),
        sa.Column("mother_nik", sa.String(16)),
        sa.Column("event_date", sa.String(10)),
        sa.Column("late", sa.Boolean, nullable=False),
        sa.Column("expected_completion", sa.String(10)),
        sa.Column("akta_number", sa.String(60)),
        sa.Column("ticket_id", sa.Uuid, sa.ForeignKey("tickets.id")),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id")),
        sa.Column("created_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False, index=True),
        sa.Column("submitted_at", sa.String(32)),
        sa.UniqueConstraint("kind", "year", "serial"),
    )
    op.create_index("ix_akta_requests_mother_birth", "akta_requests",
                    ["mother_nik", "event_date"])
    op.create_table(
        "akta_status_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("request_id", sa.Uuid, sa.ForeignKey("akta_requests.id"), nullable=False,
                  index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(60), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("akta_number", sa.String(60)),
        sa.Column("recipient_name", sa.String(120)),
        sa.Column("recipient_nik", sa.String(16)),
    )


def downgrade() -> None:
    op.drop_table("akta_status_events")
    op.drop_index("ix_akta_requests_mother_birth", "akta_requests")
    op.drop_table("akta_requests")
