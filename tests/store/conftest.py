"""Store fixtures: a real SQLite plan file in the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from planner.store.database import Database, open_database
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
