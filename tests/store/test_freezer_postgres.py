"""Taking the last portions from two caregivers' windows at once on a shared PostgreSQL plan."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from planner.domain.errors import InvalidInput
from planner.domain.model import FreezerMeal
from planner.services import freezer, lists
from planner.services.plan import open_plan
from tests.conftest import TODAY


def test_concurrent_take_outs_never_go_below_zero(pg_url: str) -> None:
    plans = [open_plan(pg_url) for _ in range(2)]
    try:
        soup, _ = freezer.add_meal(
            plans[0], FreezerMeal("Soup", 5, TODAY, TODAY + dt.timedelta(days=60))
        )
        assert soup.id is not None
        meal_id = soup.id
        outcomes: list[str] = []
        start = threading.Barrier(8)

        def take(n: int) -> None:
            start.wait()
            try:
                freezer.take_out(plans[n % 2], meal_id, 1, TODAY + dt.timedelta(days=1))
                outcomes.append("taken")
            except InvalidInput:
                outcomes.append("refused")

        threads = [threading.Thread(target=take, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["refused"] * 3 + ["taken"] * 5
        assert lists.meals(plans[1])[0].portions_left == 0
        with pytest.raises(InvalidInput, match="Only 0 portions"):
            freezer.take_out(plans[0], meal_id, 1, TODAY)
    finally:
        for plan in plans:
            plan.close()
