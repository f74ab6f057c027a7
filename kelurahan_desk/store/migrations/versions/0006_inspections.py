"""Sidak: inspections, their inspectors, findings and test prints (audited records), and the
counters' live pictures (not records: they exist only while an inspection runs).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-12
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _refuse(name: str, table: str, when: str | None, message: str,
            event: str = "UPDATE") -> None:
    op.execute(
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
        + (f"WHEN {when} " if when else "")
        + f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def upgrade() -> None:
    op.create_table(
        "inspections",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("running", sa.Integer, unique=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("started_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("team", sa.Text, nullable=False),
        sa.Column("ended_at", sa.String(32)),
        sa.Column("ended_by", sa.Uuid, sa.ForeignKey("accounts.id")),
        sa.Column("overall_findings", sa.Text, nullable=False),
        sa.Column("report_pdf", sa.LargeBinary),
        sa.Column("report_sha256", sa.String(64)),
        sa.Column("report_saved_at", sa.String(32)),
        sa.CheckConstraint("running IS NULL OR running = 1", name="inspection_running_flag"),
        sa.CheckConstraint("(running IS NULL) = (ended_at IS NOT NULL)",
                           name="inspection_runs_until_ended"),
        sa.CheckConstraint("report_pdf IS NULL OR (ended_at IS NOT NULL AND report_sha256 IS "
                           "NOT NULL AND report_saved_at IS NOT NULL)",
                           name="inspection_report_after_end"),
    )
    op.create_table(
        "inspection_inspectors",
        sa.Column("inspection_id", sa.Uuid, sa.ForeignKey("inspections.id"), primary_key=True),
        sa.Column("account_id", sa.Uuid, sa.ForeignKey("accounts.id"), primary_key=True),
        sa.Column("joined_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "inspection_findings",
        sa.Column("inspection_id", sa.Uuid, sa.ForeignKey("inspections.id"), primary_key=True),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id"), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "inspection_test_prints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("inspection_id", sa.Uuid, sa.ForeignKey("inspections.id"), nullable=False,
                  index=True),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id"), nullable=False),
        sa.Column("printer", sa.String(200), nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
    )
    op.create_table(
        "counter_snapshots",
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id"), primary_key=True),
        sa.Column("inspection_id", sa.Uuid, sa.ForeignKey("inspections.id"), nullable=False,
                  index=True),
        sa.Column("taken_at", sa.String(32), nullable=False),
        sa.Column("png", sa.LargeBinary, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("full_name", sa.String(100), nullable=False),
        sa.Column("ticket_code", sa.String(8)),
        sa.Column("ticket_since", sa.String(32)),
    )
    # An inspection is a record: never deleted, never reopened; its report is final.
    _refuse("inspections_no_delete", "inspections", None, "inspections are kept",
            event="DELETE")
    _refuse("inspections_stay_ended", "inspections",
            "OLD.ended_at IS NOT NULL AND (NEW.ended_at IS NOT OLD.ended_at OR NEW.running "
            "IS NOT NULL OR NEW.overall_findings IS NOT OLD.overall_findings OR "
            "NEW.started_at IS NOT OLD.started_at OR NEW.team IS NOT OLD.team OR "
            "NEW.ended_by IS NOT OLD.ended_by)",
            "an ended inspection stays as it ended")
    _refuse("inspections_report_final", "inspections", "OLD.report_sha256 IS NOT NULL",
            "an inspection report is final")
    _refuse("inspection_inspectors_kept", "inspection_inspectors", None,
            "inspectors of an inspection are kept", event="DELETE")
    ended = "(SELECT ended_at FROM inspections WHERE id = {row}.inspection_id) IS NOT NULL"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        _refuse(f"inspection_findings_closed_{event.lower()}", "inspection_findings",
                ended.format(row=row), "findings of an ended inspection stay", event=event)
    _refuse("inspection_test_prints_no_update", "inspection_test_prints", None,
            "test prints are kept as they happened")
    _refuse("inspection_test_prints_no_delete", "inspection_test_prints", None,
            "test prints are kept as they happened", event="DELETE")
    # Pictures exist only while their inspection runs (ending it deletes them).
    running = "(SELECT running FROM inspections WHERE id = NEW.inspection_id) IS NULL"
    for event in ("INSERT", "UPDATE"):
        _refuse(f"counter_snapshots_only_while_running_{event.lower()}", "counter_snapshots",
                running, "no inspection is running", event=event)


def downgrade() -> None:
    for table in ("counter_snapshots", "inspection_test_prints", "inspection_findings",
                  "inspection_inspectors", "inspections"):
        op.drop_table(table)
