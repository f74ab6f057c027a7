"""Queue: services, which loket calls which, tickets and the calls made for them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_services",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("prefix", sa.String(1), nullable=False, unique=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("target_wait_minutes", sa.Integer, nullable=False),
        sa.Column("daily_quota", sa.Integer),
        sa.Column("opens_at", sa.String(5)),
        sa.Column("closes_at", sa.String(5)),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "counter_services",
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id"), primary_key=True),
        sa.Column(
            "service_id", sa.Uuid, sa.ForeignKey("queue_services.id"), primary_key=True
        ),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("service_day", sa.String(10), nullable=False),
        sa.Column("prefix", sa.String(1), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column(
            "issued_service_id", sa.Uuid, sa.ForeignKey("queue_services.id"), nullable=False
        ),
        sa.Column("service_id", sa.Uuid, sa.ForeignKey("queue_services.id"), nullable=False),
        sa.Column("target_counter_id", sa.Uuid, sa.ForeignKey("counters.id")),
        sa.Column("priority", sa.String(20)),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("calls", sa.Integer, nullable=False),
        sa.Column("first_called_at", sa.String(32)),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id")),
        sa.Column("operator_id", sa.Uuid, sa.ForeignKey("accounts.id")),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("outcome", sa.String(12)),
        sa.Column("request_ref", sa.String(60)),
        sa.Column("print_job_ref", sa.String(60)),
        sa.Column("spoiled_card_ref", sa.String(60)),
        sa.UniqueConstraint("service_day", "prefix", "number"),
    )
    op.create_index("ix_tickets_service_day", "tickets", ["service_day"])
    op.create_index("ix_tickets_service_id", "tickets", ["service_id"])
    op.create_index("ix_tickets_status", "tickets", ["status"])
    op.create_table(
        "ticket_calls",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.Uuid, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id"), nullable=False),
        sa.Column("operator_id", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("called_at", sa.String(32), nullable=False),
        sa.Column("ended_at", sa.String(32)),
        sa.Column("end", sa.String(12)),
    )
    op.create_index("ix_ticket_calls_ticket_id", "ticket_calls", ["ticket_id"])
    op.create_index("ix_ticket_calls_called_at", "ticket_calls", ["called_at"])


def downgrade() -> None:
    for table in ("ticket_calls", "tickets", "counter_services", "queue_services"):
        op.drop_table(table)
