from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import model
from planner.domain.changes import Action, Kind
from planner.domain.enums import AppointmentStatus, ContactRole
from planner.domain.errors import PlannerError
from planner.domain.week import ItemType
from planner.services.demo import clinic_day, fill_demo, next_treatment
from planner.services.plan import Plan
from planner.services.week import coming_days
from tests.helpers.builders import MONDAY, appointment
from tests.helpers.files import state


def test_the_demo_fills_an_empty_plan_and_touches_every_area(plan: Plan) -> None:
    changes = fill_demo(plan)

    # every kind of data the window shows, each row recorded once as an insert
    assert changes.kinds >= {Kind.APPOINTMENT, Kind.RIDE_LEG, Kind.MEAL, Kind.HELPER, Kind.GROUP}
    assert {c.action for c in changes.records} == {Action.INSERT}
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
        fill_demo(plan)

    assert state(plan_path) == before
    with plan.unit_of_work() as work:
        assert len(work.store.appointments()) + len(work.store.helpers()) <= 1
        assert work.store.legs() == []


def test_the_demo_twice_is_refused(demo_plan: Plan) -> None:
    with demo_plan.unit_of_work() as work:
        count = len(work.store.appointments())

    with pytest.raises(PlannerError):
        fill_demo(demo_plan)

    with demo_plan.unit_of_work() as work:
        assert len(work.store.appointments()) == count


@pytest.mark.dated
def test_the_demo_is_realistic_whatever_day_it_is_made(
    demo_plan: Plan, now: dt.datetime, today: dt.date
) -> None:
    with demo_plan.unit_of_work() as work:
        appointments = work.store.appointments()
    assert all(clinic_day(a.start.date()) and 8 <= a.start.hour < 17 for a in appointments)
    assert all((a.status is AppointmentStatus.DONE) == (a.start < now) for a in appointments)

    coming = coming_days(demo_plan)
    assert coming.week_start == today
    items = [item for day in coming.days for item in day.items]
    treatment = next(
        i for i in items if i.type is ItemType.APPOINTMENT and i.title.startswith("Chemotherapy")
    )
    assert treatment.start > now
    assert any(day.is_hard for day in coming.days if day.date > treatment.start.date())
    assert any(i.type is ItemType.MEAL and i.start.date() > treatment.start.date() for i in items)
    assert [g.kind for g in coming.gaps] == ["ride_not_confirmed"]
    assert all(g.date >= today for g in coming.gaps)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
def test_the_next_treatment_is_a_clinic_day_within_the_coming_days(today: dt.date) -> None:
    treatment = next_treatment(today)
    assert clinic_day(treatment)
    assert 1 <= (treatment - today).days <= 5
