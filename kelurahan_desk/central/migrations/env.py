"""Alembic environment of the centre: runs on the connection ``database.migrate`` hands over."""

from alembic import context

from kelurahan_desk.central.database import VERSION_TABLE
from kelurahan_desk.central.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
