"""Storage: SQLAlchemy records, queries, migrations and backups."""
