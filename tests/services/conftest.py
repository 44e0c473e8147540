"""Services fixtures: one plan on SQLite and then on a throwaway PostgreSQL server
(``either_url``, tests/conftest.py), opened by two people at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.services.plan import Plan, open_plan


@pytest.fixture
def two_plans(either_url: str) -> Iterator[tuple[Plan, Plan]]:
    """One plan opened twice: a caregiver's window and the patient's."""
    first = open_plan(either_url)
    second = open_plan(either_url)
    yield first, second
    first.close()
    second.close()
