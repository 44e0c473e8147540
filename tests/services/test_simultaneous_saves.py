"""Eight people saving one record at the same moment (on one SQLite file, or a PostgreSQL
server): one save wins and every other one hears the conflict message, never a database
message such as "database is locked"."""

from __future__ import annotations

import dataclasses
import threading

from planner.domain.errors import PlannerError
from planner.services.appointments import add_appointment, update_appointment
from planner.services.plan import ConflictError, open_plan, retrying
from tests.conftest import TODAY
from tests.services.test_appointments import SCAN

PEOPLE = 8


def test_eight_saves_at_once_one_wins_and_seven_hear_of_the_conflict(either_url: str) -> None:
    plans = [open_plan(either_url) for _ in range(PEOPLE)]
    try:
        added, _ = add_appointment(plans[0], SCAN, today=TODAY)
        start = threading.Barrier(PEOPLE)
        outcomes: list[str] = []
        lock = threading.Lock()

        def save(n: int) -> None:
            edited = dataclasses.replace(added, notes=f"Note by person {n}")
            start.wait()
            try:
                retrying(
                    lambda: update_appointment(
                        plans[n], edited, expected_version=added.version, today=TODAY
                    )
                )
                outcome = "saved"
            except ConflictError as error:
                outcome = f"conflict: {error}"
            except PlannerError as error:  # anything else is a fault of this test's subject
                outcome = f"other: {error}"
            with lock:
                outcomes.append(outcome)

        threads = [threading.Thread(target=save, args=(n,)) for n in range(PEOPLE)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert outcomes.count("saved") == 1, outcomes
        losers = [o for o in outcomes if o != "saved"]
        assert len(losers) == PEOPLE - 1
        assert all(o.startswith("conflict: Someone else changed") for o in losers), losers
    finally:
        for plan in plans:
            plan.close()
