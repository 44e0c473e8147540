"""Legs follow their appointment, on a real SQLite plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from planner.domain.enums import AppointmentKind, AppointmentStatus, LegDirection, LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.legs import HOME_ADDRESS, MARGIN
from planner.domain.model import Appointment, Place, RideLeg
from planner.services import lists
from planner.services.appointments import add_appointment, update_appointment
from planner.services.places import place_for, places, save_place
from planner.services.plan import Plan
from planner.services.rides import set_driver, set_leg_status
from planner.services.settings import change_setting
from tests.conftest import TODAY
from tests.helpers.builders import at, driver

DAY = TODAY + dt.timedelta(days=7)
CLINIC = "City Hospital, Day Unit"


def legs_of(plan: Plan, appointment_id: int | None) -> dict[LegDirection, RideLeg]:
    found, _, _ = lists.legs(plan, since=TODAY)
    return {leg.direction: leg for leg in found if leg.appointment_id == appointment_id}


def chemo(plan: Plan, *, needs_ride: bool = True) -> Appointment:
    visit = Appointment(
        AppointmentKind.CHEMOTHERAPY,
        "Chemotherapy",
        at(DAY, 9),
        dt.timedelta(hours=3),
        CLINIC,
        needs_ride=needs_ride,
    )
    added, _ = add_appointment(plan, visit, today=TODAY)
    return added


@pytest.fixture
def sam(plan: Plan) -> int:
    with plan.unit_of_work() as work:
        helper_id = work.store.add(dataclasses.replace(driver(1), id=None))
        work.commit()
    return helper_id


def test_an_appointment_that_needs_a_ride_gets_two_legs_timed_from_its_place(plan: Plan) -> None:
    save_place(plan, Place(CLINIC, "3 Hospital Road", dt.timedelta(minutes=40), notes="Car park B"))
    change_setting(plan, MARGIN, 20)
    change_setting(plan, HOME_ADDRESS, "12 Linden Road")

    visit = chemo(plan)

    legs = legs_of(plan, visit.id)
    there, back = legs[LegDirection.THERE], legs[LegDirection.BACK]
    assert there.pickup_time == at(DAY, 8)  # 9:00 - 40 minutes' travel - 20 minutes' margin
    assert (there.pickup_place, there.status) == ("12 Linden Road", LegStatus.NEEDED)
    assert (back.pickup_time, back.pickup_place) == (at(DAY, 12), "3 Hospital Road")
    assert there.travel == back.travel == dt.timedelta(minutes=40)


def test_an_appointment_without_a_ride_gets_no_legs(plan: Plan) -> None:
    visit = chemo(plan, needs_ride=False)
    assert legs_of(plan, visit.id) == {}


def test_moving_an_appointment_moves_its_legs_and_drops_the_confirmation(
    plan: Plan, sam: int
) -> None:
    visit = chemo(plan)
    there = legs_of(plan, visit.id)[LegDirection.THERE]
    assert there.id is not None
    set_driver(plan, there.id, sam)
    set_leg_status(plan, there.id, LegStatus.CONFIRMED)

    later = dataclasses.replace(visit, start=visit.start + dt.timedelta(hours=2))
    update_appointment(plan, later, expected_version=visit.version, today=TODAY)

    legs = legs_of(plan, visit.id)
    moved = legs[LegDirection.THERE]
    assert moved.pickup_time == there.pickup_time + dt.timedelta(hours=2)
    assert (moved.driver_id, moved.status) == (sam, LegStatus.ASKED)  # must confirm again
    assert legs[LegDirection.BACK].pickup_time == at(DAY, 14)


def test_cancelling_an_appointment_cancels_its_legs(plan: Plan) -> None:
    visit = chemo(plan)

    cancelled = dataclasses.replace(visit, status=AppointmentStatus.CANCELLED)
    update_appointment(plan, cancelled, today=TODAY)

    assert {leg.status for leg in legs_of(plan, visit.id).values()} == {LegStatus.CANCELLED}


def test_switching_needs_ride_off_and_on_again(plan: Plan, sam: int) -> None:
    visit = chemo(plan)
    back = legs_of(plan, visit.id)[LegDirection.BACK]
    assert back.id is not None
    set_driver(plan, back.id, sam)

    (_, without), _ = update_appointment(
        plan, dataclasses.replace(visit, needs_ride=False), today=TODAY
    )

    # The undriven leg goes; the driver of the other must hear that it is off.
    legs = legs_of(plan, visit.id)
    assert set(legs) == {LegDirection.BACK}
    assert legs[LegDirection.BACK].status is LegStatus.CANCELLED

    update_appointment(plan, dataclasses.replace(without, needs_ride=True), today=TODAY)

    found, _, _ = lists.legs(plan, since=TODAY)
    live = [leg for leg in found if leg.status is not LegStatus.CANCELLED]
    assert sorted(leg.direction for leg in live) == [LegDirection.BACK, LegDirection.THERE]


@pytest.mark.parametrize("minutes", [-5, 24 * 60 + 1])
def test_an_impossible_travel_time_is_not_saved(plan: Plan, minutes: int) -> None:
    with pytest.raises(InvalidInput, match="travel time goes from 0 minutes to one day"):
        save_place(plan, Place(CLINIC, travel=dt.timedelta(minutes=minutes)))
    assert places(plan) == []


def test_a_longer_travel_time_moves_the_unconfirmed_pickups_earlier(plan: Plan, sam: int) -> None:
    (_, place), _ = save_place(plan, Place(CLINIC, travel=dt.timedelta(minutes=30)))
    visit = chemo(plan)
    before = legs_of(plan, visit.id)[LegDirection.THERE]

    save_place(
        plan,
        dataclasses.replace(place, travel=dt.timedelta(minutes=50)),
        now=dt.datetime.combine(TODAY, dt.time(8)),
    )

    after = legs_of(plan, visit.id)[LegDirection.THERE]
    assert after.pickup_time == before.pickup_time - dt.timedelta(minutes=20)
    assert after.travel == dt.timedelta(minutes=50)
    stored = place_for(plan, CLINIC.upper())  # a location matches its place whatever the case
    assert stored is not None and stored.travel == dt.timedelta(minutes=50)


def test_two_places_of_one_name_are_refused(plan: Plan) -> None:
    save_place(plan, Place(CLINIC))
    with pytest.raises(InvalidInput, match="already has a place called"):
        save_place(plan, Place(CLINIC.lower()))


def test_an_edit_of_an_appointment_s_words_reads_and_leaves_its_legs_alone(plan: Plan) -> None:
    """The most common edit (a note, a title) saves without a look at the rides."""
    visit = chemo(plan)
    before = legs_of(plan, visit.id)
    statements: list[str] = []

    def noted(_connection: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", noted)
    try:
        update_appointment(
            plan, dataclasses.replace(visit, title="Chemotherapy, cycle 2", notes="Bring a book")
        )
    finally:
        event.remove(Engine, "before_cursor_execute", noted)
    assert any("UPDATE appointment" in statement for statement in statements)
    assert not any("ride_leg" in statement for statement in statements)
    assert legs_of(plan, visit.id) == before
