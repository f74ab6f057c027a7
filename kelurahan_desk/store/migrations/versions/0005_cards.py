"""KTP-el print jobs, blank-card stock, invalid cards with their custody, hand-overs and
destructions; constraints and triggers that keep every serial in exactly one place.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The moves the domain allows (domain/ktp_print.py, domain/spoiled_cards.py), frozen here
# as they were when this migration was written: a later change needs a new migration.
JOB_MOVES = ("queued>printing", "queued>cancelled", "printing>printed", "printing>failed",
             "printed>handed_over", "printed>failed", "failed>queued", "failed>cancelled")
CUSTODY_MOVES = ("logged>stored", "stored>handed_over", "stored>destroyed",
                 "handed_over>destroyed")


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _refuse(name: str, table: str, when: str | None, message: str,
            event: str = "UPDATE") -> None:
    op.execute(
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
        + (f"WHEN {when} " if when else "")
        + f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _id(column: str = "id", **kw: Any) -> sa.Column[Any]:
    return sa.Column(column, sa.Uuid, **kw)


def upgrade() -> None:
    op.create_table(
        "blank_receipts",
        _id(primary_key=True),
        sa.Column("received_on", sa.String(10), nullable=False, index=True),
        sa.Column("document_number", sa.String(80), nullable=False, unique=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("created_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("count > 0", name="receipt_count_positive"),
    )
    op.create_table(
        "print_jobs",
        _id(primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("serial", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(12), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False, index=True),
        sa.Column("resident_name", sa.String(120), nullable=False),
        sa.Column("requested_on", sa.String(10), nullable=False),
        sa.Column("ticket_id", sa.Uuid, sa.ForeignKey("tickets.id")),
        sa.Column("counter_id", sa.Uuid, sa.ForeignKey("counters.id")),
        sa.Column("blank_serial", sa.String(40), sa.ForeignKey("blank_cards.serial"),
                  unique=True),
        sa.Column("old_card_id", sa.Uuid, sa.ForeignKey("spoiled_cards.id"), unique=True),
        sa.Column("printed_at", sa.String(32)),
        sa.Column("recipient", sa.String(10)),
        sa.Column("proxy_name", sa.String(120)),
        sa.Column("proxy_nik", sa.String(16)),
        sa.Column("handed_over_at", sa.String(32)),
        sa.Column("created_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False, index=True),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("year", "serial"),
        sa.CheckConstraint("status IN ('queued', 'printing', 'printed', 'handed_over', "
                           "'cancelled', 'failed')", name="job_status_known"),
        sa.CheckConstraint("reason IN ('new', 'damaged', 'lost', 'data_change')",
                           name="job_reason_known"),
        # A job holds a blank exactly while printing, printed or handed over.
        sa.CheckConstraint("(status IN ('printing', 'printed', 'handed_over')) = "
                           "(blank_serial IS NOT NULL)", name="job_holds_blank"),
        sa.CheckConstraint("status != 'handed_over' OR (recipient IS NOT NULL AND "
                           "handed_over_at IS NOT NULL)", name="job_handed_to_someone"),
        sa.CheckConstraint("recipient IS NULL OR recipient = 'resident' OR (recipient = "
                           "'proxy' AND proxy_name IS NOT NULL AND proxy_nik IS NOT NULL)",
                           name="job_proxy_named"),
    )
    op.create_index("ix_print_jobs_status_created", "print_jobs", ["status", "created_at"])
    op.create_index("ix_print_jobs_requested", "print_jobs", ["requested_on", "created_at"])
    op.create_table(
        "print_job_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("job_id", sa.Uuid, sa.ForeignKey("print_jobs.id"), nullable=False,
                  index=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
        sa.Column("serial", sa.String(40)),
        sa.Column("note", sa.Text),
    )
    op.create_table(
        "card_hand_overs",
        _id(primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("serial", sa.Integer, nullable=False),
        sa.Column("state", sa.String(10), nullable=False, index=True),
        sa.Column("handed_on", sa.String(10), nullable=False),
        sa.Column("receiver_name", sa.String(120), nullable=False),
        sa.Column("receiver_position", sa.String(200), nullable=False),
        sa.Column("receiver_institution", sa.String(200), nullable=False),
        sa.Column("receiver_nip", sa.String(18)),
        sa.Column("note", sa.Text),
        sa.Column("card_count", sa.Integer, nullable=False),
        sa.Column("prepared_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("prepared_at", sa.String(32), nullable=False, index=True),
        sa.Column("confirmed_by", sa.Uuid, sa.ForeignKey("accounts.id")),
        sa.Column("confirmed_at", sa.String(32)),
        sa.Column("audit_seq", sa.Integer),
        sa.Column("audit_hash", sa.String(64)),
        sa.Column("discard_reason", sa.Text),
        sa.UniqueConstraint("year", "serial"),
        sa.CheckConstraint("state IN ('prepared', 'confirmed', 'discarded')",
                           name="hand_over_state_known"),
        sa.CheckConstraint("state != 'confirmed' OR (confirmed_by IS NOT NULL AND audit_seq "
                           "IS NOT NULL AND audit_hash IS NOT NULL)",
                           name="hand_over_confirmation_sealed"),
    )
    op.create_table(
        "card_destructions",
        _id(primary_key=True),
        sa.Column("ba_number", sa.String(80), nullable=False, unique=True),
        sa.Column("state", sa.String(10), nullable=False, index=True),
        sa.Column("destroyed_on", sa.String(10), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("official_name", sa.String(120), nullable=False),
        sa.Column("official_position", sa.String(200), nullable=False),
        sa.Column("official_institution", sa.String(200), nullable=False),
        sa.Column("official_nip", sa.String(18)),
        sa.Column("note", sa.Text),
        sa.Column("card_count", sa.Integer, nullable=False),
        sa.Column("prepared_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("prepared_at", sa.String(32), nullable=False, index=True),
        sa.Column("confirmed_by", sa.Uuid, sa.ForeignKey("accounts.id")),
        sa.Column("confirmed_at", sa.String(32)),
        sa.Column("audit_seq", sa.Integer),
        sa.Column("audit_hash", sa.String(64)),
        sa.Column("discard_reason", sa.Text),
        sa.CheckConstraint("state IN ('prepared', 'confirmed', 'discarded')",
                           name="destruction_state_known"),
        sa.CheckConstraint("method IN ('burned')", name="destruction_method_known"),
        sa.CheckConstraint("state != 'confirmed' OR (confirmed_by IS NOT NULL AND audit_seq "
                           "IS NOT NULL AND audit_hash IS NOT NULL)",
                           name="destruction_confirmation_sealed"),
    )
    op.create_table(
        "destruction_witnesses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("destruction_id", sa.Uuid, sa.ForeignKey("card_destructions.id"),
                  nullable=False),
        sa.Column("position_no", sa.Integer, nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("institution", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18)),
        sa.UniqueConstraint("destruction_id", "position_no"),
    )
    op.create_table(
        "spoiled_cards",
        _id(primary_key=True),
        sa.Column("register_number", sa.String(40), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("source", sa.String(24), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("nik", sa.String(16), index=True),
        sa.Column("holder_name", sa.String(120)),
        sa.Column("serial", sa.String(40), unique=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("condition", sa.String(200), nullable=False),
        sa.Column("storage_place", sa.String(200)),
        sa.Column("print_job_id", sa.Uuid, sa.ForeignKey("print_jobs.id"), index=True),
        sa.Column("ticket_id", sa.Uuid, sa.ForeignKey("tickets.id")),
        sa.Column("hand_over_id", sa.Uuid, sa.ForeignKey("card_hand_overs.id"), index=True),
        sa.Column("destruction_id", sa.Uuid, sa.ForeignKey("card_destructions.id"),
                  index=True),
        sa.Column("logged_by", sa.Uuid, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("logged_at", sa.String(32), nullable=False, index=True),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("year", "seq"),
        sa.CheckConstraint("state IN ('logged', 'stored', 'handed_over', 'destroyed')",
                           name="custody_state_known"),
        sa.CheckConstraint("source IN ('misprint', 'damaged_returned', "
                           "'data_change_returned', 'found_after_loss', 'defective_blank', "
                           "'other')", name="spoil_source_known"),
        sa.CheckConstraint("state = 'logged' OR storage_place IS NOT NULL",
                           name="custody_place_known"),
        sa.CheckConstraint("state != 'handed_over' OR hand_over_id IS NOT NULL",
                           name="custody_handed_in_a_batch"),
        sa.CheckConstraint("state != 'destroyed' OR destruction_id IS NOT NULL",
                           name="custody_destroyed_in_a_batch"),
    )
    op.create_index("ix_spoiled_cards_state_logged", "spoiled_cards", ["state", "logged_at"])
    op.create_index("ix_spoiled_cards_source_logged", "spoiled_cards", ["source", "logged_at"])
    op.create_table(
        "spoiled_card_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("card_id", sa.Uuid, sa.ForeignKey("spoiled_cards.id"), nullable=False,
                  index=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
        sa.Column("audit_seq", sa.Integer, sa.ForeignKey("audit_events.seq"), nullable=False),
        sa.Column("place", sa.String(200)),
        sa.Column("batch_id", sa.Uuid),
    )
    op.create_table(
        "blank_cards",
        sa.Column("serial", sa.String(40), primary_key=True),
        sa.Column("receipt_id", sa.Uuid, sa.ForeignKey("blank_receipts.id"), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("print_job_id", sa.Uuid, sa.ForeignKey("print_jobs.id"), index=True),
        sa.Column("spoiled_card_id", sa.Uuid, sa.ForeignKey("spoiled_cards.id"), unique=True),
        sa.Column("left_stock_at", sa.String(32), index=True),
        # Exactly one place: in stock (no links), printed (on a job), spoiled (an entry).
        sa.CheckConstraint(
            "(state = 'in_stock' AND print_job_id IS NULL AND spoiled_card_id IS NULL "
            " AND left_stock_at IS NULL)"
            " OR (state = 'printed' AND print_job_id IS NOT NULL AND spoiled_card_id IS NULL"
            " AND left_stock_at IS NOT NULL)"
            " OR (state = 'spoiled' AND spoiled_card_id IS NOT NULL"
            " AND left_stock_at IS NOT NULL)",
            name="blank_in_one_place"),
    )
    op.create_index("ix_blank_cards_state_serial", "blank_cards", ["state", "serial"])
    op.create_index("ix_blank_cards_receipt_state", "blank_cards", ["receipt_id", "state"])

    # --- blanks: enter in stock, never move back, keep their links ---
    _refuse("blank_cards_enter_in_stock", "blank_cards", "NEW.state != 'in_stock'",
            'a blank enters the stock in stock', "INSERT")
    _refuse("blank_cards_forward_only", "blank_cards",
            "NEW.serial IS NOT OLD.serial OR NEW.receipt_id IS NOT OLD.receipt_id"
            " OR (OLD.state = 'printed' AND NEW.state = 'in_stock')"
            " OR (OLD.state = 'spoiled' AND (NEW.state != 'spoiled'"
            "     OR NEW.spoiled_card_id IS NOT OLD.spoiled_card_id))"
            " OR (OLD.print_job_id IS NOT NULL AND NEW.print_job_id IS NOT OLD.print_job_id)"
            " OR (OLD.left_stock_at IS NOT NULL AND NEW.left_stock_at IS NOT OLD.left_stock_at)",
            'a blank card never moves back')
    _refuse("blank_cards_printed_by_its_job", "blank_cards",
            "NEW.state = 'printed' AND OLD.state != 'printed' AND (SELECT blank_serial FROM"
            " print_jobs WHERE id = NEW.print_job_id) IS NOT NEW.serial",
            'a printed blank is the one its job holds')
    _refuse("blank_cards_spoiled_same_serial", "blank_cards",
            "NEW.spoiled_card_id IS NOT NULL AND (SELECT serial FROM spoiled_cards WHERE"
            " id = NEW.spoiled_card_id) IS NOT NEW.serial",
            'a spoiled blank carries its own serial')
    _refuse("blank_cards_no_delete", "blank_cards", None, 'blank cards are accountable',
            "DELETE")
    _refuse("blank_receipts_no_update", "blank_receipts", None, 'receipts are final')
    _refuse("blank_receipts_no_delete", "blank_receipts", None, 'receipts are final',
            "DELETE")

    # --- print jobs ---
    _refuse("print_jobs_moves", "print_jobs",
            f"NEW.status != OLD.status AND (OLD.status || '>' || NEW.status) NOT IN"
            f" ({_quoted(JOB_MOVES)})", 'this print job status move is not allowed')
    _refuse("print_jobs_fixed", "print_jobs",
            "NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number"
            " OR NEW.reason IS NOT OLD.reason"
            " OR (OLD.old_card_id IS NOT NULL AND NEW.old_card_id IS NOT OLD.old_card_id)",
            'a print job keeps its number, reason and old card')
    _refuse("print_jobs_take_from_stock", "print_jobs",
            "NEW.blank_serial IS NOT NULL AND NEW.blank_serial IS NOT OLD.blank_serial"
            " AND (SELECT state FROM blank_cards WHERE serial = NEW.blank_serial)"
            " IS NOT 'in_stock'", 'only a blank in stock can be taken')
    _refuse("print_jobs_take_on_insert", "print_jobs", "NEW.blank_serial IS NOT NULL",
            'a new print job holds no blank', "INSERT")
    _refuse("print_jobs_no_delete", "print_jobs", None, 'print jobs are kept', "DELETE")
    for table in ("print_job_events", "spoiled_card_events", "destruction_witnesses"):
        _refuse(f"{table}_no_update", table, None, f'{table} are append-only')
        _refuse(f"{table}_no_delete", table, None, f'{table} are append-only', "DELETE")

    # --- invalid cards: forward only, in batches, never deleted ---
    _refuse("spoiled_cards_moves", "spoiled_cards",
            f"NEW.state != OLD.state AND (OLD.state || '>' || NEW.state) NOT IN"
            f" ({_quoted(CUSTODY_MOVES)})", 'custody never moves back or skips a step')
    _refuse("spoiled_cards_enter_logged", "spoiled_cards",
            "NEW.state NOT IN ('logged', 'stored')", 'a card enters the register logged',
            "INSERT")
    _refuse("spoiled_cards_fixed", "spoiled_cards",
            "NEW.id IS NOT OLD.id OR NEW.register_number IS NOT OLD.register_number"
            " OR NEW.source IS NOT OLD.source OR NEW.serial IS NOT OLD.serial"
            " OR (OLD.state IN ('handed_over', 'destroyed')"
            "     AND NEW.hand_over_id IS NOT OLD.hand_over_id)"
            " OR (OLD.state = 'destroyed' AND NEW.destruction_id IS NOT OLD.destruction_id)"
            " OR (NEW.hand_over_id IS NOT NULL AND OLD.hand_over_id IS NULL"
            "     AND OLD.state != 'stored')"
            " OR (NEW.destruction_id IS NOT NULL AND OLD.destruction_id IS NULL"
            "     AND OLD.state NOT IN ('stored', 'handed_over'))",
            'an invalid card keeps its identity and its batches')
    _refuse("spoiled_cards_no_delete", "spoiled_cards", None, 'invalid cards are kept',
            "DELETE")
    for table in ("card_hand_overs", "card_destructions"):
        _refuse(f"{table}_final", table, "OLD.state != 'prepared'",
                'a confirmed or discarded batch is final')
        _refuse(f"{table}_no_delete", table, None, 'batches are kept', "DELETE")


def downgrade() -> None:
    for table in ("blank_cards", "spoiled_card_events", "spoiled_cards",
                  "destruction_witnesses", "card_destructions", "card_hand_overs",
                  "print_job_events", "print_jobs", "blank_receipts"):
        op.drop_table(table)  # dropping a table drops its triggers and indexes
