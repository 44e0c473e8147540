from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain import model
from planner.domain.enums import AppointmentKind, Area, ContactRole
from planner.domain.errors import PlannerError
from planner.services.demo import fill_demo
from planner.services.plan import Plan
from tests.conftest import TODAY
from tests.helpers.builders import MONDAY, appointment
from tests.helpers.files import state


def test_the_demo_fills_an_empty_plan_and_touches_every_area(plan: Plan) -> None:
    changes = fill_demo(plan, TODAY)

    assert all(changes.concerns(area) for area in Area)
    with plan.unit_of_work() as work:
        assert len(work.store.helpers()) == 5
        assert work.store.appointments() and work.store.legs() and work.store.meals()
        assert work.store.groups() and work.store.contacts() and work.store.questions()
        assert work.store.journal()


ADDITIONS: dict[str, Callable[[], object]] = {
    "appointment": lambda: appointment(MONDAY, id=None),
    "helper": lambda: model.Helper("Ana"),
    "contact": lambda: model.Contact("Pharmacy", ContactRole.PHARMACY),
    "meal": lambda: model.FreezerMeal("Soup", 2, MONDAY, MONDAY),
}


@pytest.mark.parametrize("what", ADDITIONS)
def test_the_demo_refuses_a_plan_with_data_and_changes_nothing(
    plan: Plan, plan_path: Path, what: str
) -> None:
    with plan.unit_of_work() as work:
        work.store.add(ADDITIONS[what]())
        work.commit()
    before = state(plan_path)

    with pytest.raises(PlannerError, match="already has data; the demo fills only an empty plan"):
        fill_demo(plan, TODAY)

    assert state(plan_path) == before
    with plan.unit_of_work() as work:
        assert len(work.store.appointments()) + len(work.store.helpers()) <= 1
        assert work.store.legs() == []


def test_the_demo_twice_is_refused(demo_plan: Plan) -> None:
    with demo_plan.unit_of_work() as work:
        count = len(work.store.appointments())

    with pytest.raises(PlannerError):
        fill_demo(demo_plan, TODAY)

    with demo_plan.unit_of_work() as work:
        assert len(work.store.appointments()) == count


@pytest.mark.parametrize("offset", range(7))
def test_the_demo_clinic_visits_fall_on_weekdays(plan: Plan, offset: int) -> None:
    fill_demo(plan, TODAY + dt.timedelta(days=offset))
    with plan.unit_of_work() as work:
        appointments = work.store.appointments()
    assert all(
        a.start.weekday() < 5 for a in appointments if a.kind is not AppointmentKind.CHEMOTHERAPY
    )
