"""Local store: engine, mapped tables, unit of work, migrations, backups, demo data."""
