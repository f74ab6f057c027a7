"""Alembic environment: runs on the connection the desk hands over in ``config.attributes``."""

from alembic import context

import kelurahan_desk.store.akta_tables
import kelurahan_desk.store.card_tables
import kelurahan_desk.store.inspection_tables
import kelurahan_desk.store.resident_tables  # noqa: F401
from kelurahan_desk.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
