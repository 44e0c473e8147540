"""The migrations build exactly the schema the records describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from planner.services.plan import open_plan
from planner.store import records, search


def test_a_migrated_plan_has_every_table_column_and_index_of_the_records(
    plan_path: Path,
) -> None:
    open_plan(f"sqlite:///{plan_path}").close()
    engine = create_engine(f"sqlite:///{plan_path}")
    try:
        with engine.connect() as connection:
            # The search index (FTS5 tables and their shadow tables) is no part of records.
            opts = {"compare_type": True, "include_name": search.include_name}
            context = MigrationContext.configure(connection, opts=opts)
            differences = compare_metadata(context, records.Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
