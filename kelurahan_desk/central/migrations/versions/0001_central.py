"""The centre's tables: offices and keys, accepted ops, projections, pull streams

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

# The column types of the tables module: UTC times (timestamptz / ISO text on SQLite) and
# big auto-numbered ids (INTEGER on SQLite). Kept stable; a change gets a new migration.
from kelurahan_desk.central.tables import BigId, UtcDateTime

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('centre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('epoch', sa.String(length=16), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('offices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('head_seq', sa.BigInteger(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('quarantine_kind', sa.String(length=20), nullable=True),
    sa.Column('quarantine_reason', sa.Text(), nullable=True),
    sa.Column('quarantined_at', UtcDateTime(), nullable=True),
    sa.Column('last_push_at', UtcDateTime(), nullable=True),
    sa.Column('last_device', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('residents',
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('position', sa.BigInteger(), nullable=False),
    sa.Column('kk', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_place', sa.String(length=60), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('rt', sa.String(length=3), nullable=False),
    sa.Column('rw', sa.String(length=3), nullable=False),
    sa.Column('kelurahan_code', sa.String(length=10), nullable=False),
    sa.Column('religion', sa.String(length=40), nullable=True),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('nik'),
    sa.UniqueConstraint('position')
    )
    op.create_table('stream_heads',
    sa.Column('stream', sa.String(length=20), nullable=False),
    sa.Column('position', sa.BigInteger(), nullable=False),
    sa.Column('floor', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('stream')
    )
    op.create_table('accounts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.BigInteger(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('changed_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'username'),
    sa.UniqueConstraint('position')
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_office_id'), ['office_id'], unique=False)

    op.create_table('akta_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=False),
    sa.Column('tracking_number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('expected_completion', sa.String(length=10), nullable=True),
    sa.Column('subject_name', sa.String(length=100), nullable=False),
    sa.Column('form', sa.Text(), nullable=False),
    sa.Column('akta_number', sa.String(length=60), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('submitted_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'request_id'),
    sa.UniqueConstraint('tracking_number')
    )
    with op.batch_alter_table('akta_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_akta_requests_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_akta_requests_status'), ['status'], unique=False)

    op.create_table('counters',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('office_id', 'counter_id')
    )
    op.create_table('office_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('revoked_at', UtcDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key_hash')
    )
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_keys_office_id'), ['office_id'], unique=False)

    op.create_table('ops',
    sa.Column('id', BigId, autoincrement=True, nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason_code', sa.String(length=40), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('device', sa.String(length=64), nullable=False),
    sa.Column('received_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'op_id'),
    sa.UniqueConstraint('office_id', 'seq')
    )
    op.create_table('queue_services',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('prefix', sa.String(length=1), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('target_wait_minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('office_id', 'service_id')
    )
    op.create_table('request_steps',
    sa.Column('position', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('tracking_number', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('at', UtcDateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('akta_number', sa.String(length=60), nullable=True),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('position'),
    sa.UniqueConstraint('id')
    )
    with op.batch_alter_table('request_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_steps_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_steps_tracking_number'), ['tracking_number'],
                              unique=False)

    op.create_table('stock_serials',
    sa.Column('position', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('batch', sa.String(length=60), nullable=True),
    sa.Column('allocated_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('position'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('serial')
    )
    with op.batch_alter_table('stock_serials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_serials_office_id'), ['office_id'], unique=False)

    op.create_table('ticket_stretches',
    sa.Column('id', BigId, autoincrement=True, nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('counter_id', sa.Uuid(), nullable=True),
    sa.Column('operator', sa.String(length=40), nullable=False),
    sa.Column('called_at', UtcDateTime(), nullable=False),
    sa.Column('ended_at', UtcDateTime(), nullable=True),
    sa.Column('end', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('ticket_stretches', schema=None) as batch_op:
        batch_op.create_index('ix_stretches_ticket', ['office_id', 'ticket_id'], unique=False)

    op.create_table('tickets',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('service_day', sa.String(length=10), nullable=False),
    sa.Column('prefix', sa.String(length=1), nullable=False),
    sa.Column('issued_service_id', sa.Uuid(), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('issued_at', UtcDateTime(), nullable=False),
    sa.Column('first_called_at', UtcDateTime(), nullable=True),
    sa.Column('finished_at', UtcDateTime(), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], ),
    sa.PrimaryKeyConstraint('office_id', 'ticket_id')
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_office_day', ['office_id', 'service_day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_office_day')

    op.drop_table('tickets')
    with op.batch_alter_table('ticket_stretches', schema=None) as batch_op:
        batch_op.drop_index('ix_stretches_ticket')

    op.drop_table('ticket_stretches')
    with op.batch_alter_table('stock_serials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_serials_office_id'))

    op.drop_table('stock_serials')
    with op.batch_alter_table('request_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_steps_tracking_number'))
        batch_op.drop_index(batch_op.f('ix_request_steps_office_id'))

    op.drop_table('request_steps')
    op.drop_table('queue_services')
    op.drop_table('ops')
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_keys_office_id'))

    op.drop_table('office_keys')
    op.drop_table('counters')
    with op.batch_alter_table('akta_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_akta_requests_status'))
        batch_op.drop_index(batch_op.f('ix_akta_requests_office_id'))

    op.drop_table('akta_requests')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accounts_office_id'))

    op.drop_table('accounts')
    op.drop_table('stream_heads')
    op.drop_table('residents')
    op.drop_table('offices')
    op.drop_table('centre')
