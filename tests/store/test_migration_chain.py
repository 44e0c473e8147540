"""The migrations: a pinned chain (a released revision is never renumbered, edited away or
reordered), each revision applied one at a time on SQLite and on PostgreSQL, ending at a
schema that matches the records."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from planner.store import migrate, records, search
from planner.store.database import make_engine, parse_url

CHAIN = (
    "0001_baseline",
    "0002_courses",
    "0003_rides",
    "0004_freezer",
    "0005_calendar",
    "0006_change_log",
    "0007_team",
    "0008_change_step",
    "0009_search",
    "0010_medicines",
    "0011_counts_and_medicine_search",
    "0012_partial_indexes",
)
"""Every released revision in order; a new one is added at the end, never elsewhere."""


def test_the_chain_is_the_released_one_with_new_revisions_only_at_its_end() -> None:
    follows = migrate._script_revisions()
    chain = []
    revision: str | None = migrate.head()
    while revision is not None:
        chain.append(revision)
        revision = follows[revision]
    chain.reverse()
    assert tuple(chain[: len(CHAIN)]) == CHAIN
    assert len(chain) == len(follows)  # one line, no branches


@pytest.fixture
def empty_engine(request: pytest.FixtureRequest, either_url: str) -> Engine:
    engine = make_engine(parse_url(either_url))
    request.addfinalizer(engine.dispose)
    return engine


def test_each_revision_applies_on_its_own_and_the_last_matches_the_records(
    empty_engine: Engine,
) -> None:
    for revision in CHAIN:
        with empty_engine.begin() as connection:
            command.upgrade(migrate._config(connection), revision)
        with empty_engine.connect() as connection:
            assert migrate.current(connection) == revision

    with empty_engine.connect() as connection:
        # The search index (FTS5 tables, GIN indexes) is made by migrations, not records.
        opts = {"compare_type": True, "include_name": search.include_name}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, records.Base.metadata) == []
