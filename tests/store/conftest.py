"""Store fixtures: a real SQLite plan file in the test's own folder, and an engine over
SQLite and a throwaway PostgreSQL server in turn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from planner.store.database import Database, make_engine, open_database, parse_url
from planner.store.plan_store import PlanStore


@pytest.fixture
def database(plan_path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{plan_path}")
    yield opened
    opened.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.sessions() as opened:
        yield opened


@pytest.fixture
def store(session: Session) -> PlanStore:
    return PlanStore(session)


@pytest.fixture
def engine(either_url: str) -> Iterator[Engine]:
    """An engine over an empty SQLite file, then over a throwaway PostgreSQL database."""
    made = make_engine(parse_url(either_url))
    yield made
    made.dispose()
