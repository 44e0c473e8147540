"""The getting-started step of the medicine list: done once the plan holds a medicine, and
done in the Medicines area."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import Area
from planner.domain.medicines import FixedTimes, Medicine
from planner.services import medicines
from planner.services.getting_started import MEDICINES_STEP, PROFILE_STEPS, getting_started
from planner.services.plan import Plan
from tests.conftest import TODAY


def medicines_step(plan: Plan) -> tuple[bool, Area, str]:
    (step,) = [s for s in getting_started(plan, today=TODAY) if s.key == MEDICINES_STEP]
    return step.done, step.area, step.text


def test_the_step_is_done_once_the_plan_holds_a_medicine(plan: Plan) -> None:
    done, area, text = medicines_step(plan)
    assert not done
    assert area is Area.MEDICINES and MEDICINES_STEP not in PROFILE_STEPS
    assert text.startswith("List the medicines")

    added, _ = medicines.add_medicine(
        plan, Medicine("Aciclovir", FixedTimes((dt.time(8), dt.time(20))), TODAY)
    )
    assert medicines_step(plan)[0]

    assert added.id is not None
    medicines.remove_medicine(plan, added.id)
    assert not medicines_step(plan)[0]


def test_a_medicine_that_has_ended_still_counts_as_listed(plan: Plan) -> None:
    # The list is what the step asks for, not whether a medicine is taken today.
    medicines.add_medicine(
        plan,
        Medicine(
            "Dexamethasone",
            FixedTimes((dt.time(8),)),
            TODAY - dt.timedelta(days=10),
            end=TODAY - dt.timedelta(days=7),
        ),
    )
    assert medicines_step(plan)[0]


def test_the_demo_has_listed_its_medicines(demo_plan: Plan) -> None:
    assert medicines_step(demo_plan)[0]
