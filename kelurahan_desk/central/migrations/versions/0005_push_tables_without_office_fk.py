"""The tables a push writes row by row (ops, tickets, ticket_stretches) lose their foreign
key to offices: PostgreSQL checked it with a trigger for every row at the end of each
COPY (834 checks a 500-op push of queue visits, about half of the database's time for
the push). A push writes only the office id of the office row it holds locked, and no
command deletes an office

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TABLES = ('ops', 'tickets', 'ticket_stretches')
# SQLite's foreign keys have no names; batch mode names them by this convention.
_CONVENTION = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table in TABLES:
        for key in inspector.get_foreign_keys(table):
            if key['referred_table'] != 'offices':
                continue
            if bind.dialect.name == 'sqlite':
                with op.batch_alter_table(table, naming_convention=_CONVENTION) as batch_op:
                    batch_op.drop_constraint(f'fk_{table}_office_id_offices',
                                             type_='foreignkey')
            else:
                assert key['name'] is not None  # PostgreSQL names every constraint
                op.drop_constraint(key['name'], table, type_='foreignkey')


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_foreign_key(f'{table}_office_id_fkey', 'offices', ['office_id'],
                                        ['id'])
