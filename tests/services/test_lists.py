from __future__ import annotations

from planner.domain.enums import JournalKind
from planner.services import lists
from planner.services.plan import Plan
from tests.conftest import TODAY


def test_the_area_lists_of_the_demo_plan(demo_plan: Plan) -> None:
    appointments = lists.appointments(demo_plan)

    assert [a.start for a in appointments] == sorted(a.start for a in appointments)
    assert len(lists.helpers(demo_plan)) == 5
    assert len(lists.contacts(demo_plan)) == 5
    assert [m.use_by for m in lists.meals(demo_plan)] == sorted(
        m.use_by for m in lists.meals(demo_plan)
    )
    assert {g.name for g in lists.groups(demo_plan)} == {
        "Lymphoma support circle",
        "Carers' evening online",
    }
    assert {e.kind for e in lists.journal(demo_plan)} == set(JournalKind)


def test_coming_legs_name_their_appointments_and_drivers(demo_plan: Plan) -> None:
    legs, appointments, helpers = lists.legs(demo_plan, TODAY)

    assert legs and all(leg.pickup_time.date() >= TODAY for leg in legs)
    assert all(leg.appointment_id in appointments for leg in legs)
    assert all(leg.driver_id in helpers for leg in legs if leg.driver_id is not None)
    assert all(a.start.date() >= TODAY for a in appointments.values())
