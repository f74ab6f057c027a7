"""The newest sent_at of a push taken per office (offices.last_push_sent_at): tells a push
the network delivered late from a desk restored from an old backup

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from kelurahan_desk.central.tables import UtcDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_push_sent_at', UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_column('last_push_sent_at')
