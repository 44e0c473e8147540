"""Services fixtures: one plan on SQLite and then on a throwaway PostgreSQL server, opened
by two people at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services.plan import Plan, open_plan


@pytest.fixture(params=["sqlite", "postgresql"])
def either_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A plan file's address, then a PostgreSQL database's."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def two_plans(either_url: str) -> Iterator[tuple[Plan, Plan]]:
    """One plan opened twice: a caregiver's window and the patient's."""
    first = open_plan(either_url)
    second = open_plan(either_url)
    yield first, second
    first.close()
    second.close()
