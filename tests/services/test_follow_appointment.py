"""Ride legs follow their appointment when it moves or is cancelled."""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.domain.enums import AppointmentStatus, LegDirection, LegStatus
from planner.domain.model import Appointment, RideLeg
from planner.services import lists
from planner.services.appointments import update_appointment
from planner.services.plan import Plan
from tests.conftest import TODAY, TREATMENT


def next_chemotherapy(plan: Plan) -> tuple[Appointment, dict[LegDirection, RideLeg]]:
    """The demo's next chemotherapy (on TREATMENT) and its two ride legs."""
    _, appointments, _ = lists.legs(plan, TODAY)
    (appointment,) = [
        a for a in appointments.values() if a.start.date() == TREATMENT and a.needs_ride
    ]
    return appointment, legs_of(plan, appointment.id)


def legs_of(plan: Plan, appointment_id: int | None) -> dict[LegDirection, RideLeg]:
    legs, _, _ = lists.legs(plan, TODAY)
    return {leg.direction: leg for leg in legs if leg.appointment_id == appointment_id}


def test_a_later_start_moves_both_legs_and_asks_the_drivers_again(demo_plan: Plan) -> None:
    appointment, legs = next_chemotherapy(demo_plan)
    assert legs[LegDirection.THERE].status is LegStatus.CONFIRMED
    later = dataclasses.replace(appointment, start=appointment.start + dt.timedelta(hours=2))

    update_appointment(demo_plan, later, today=TODAY)

    _, moved = next_chemotherapy(demo_plan)
    for direction in LegDirection:
        assert moved[direction].pickup_time == legs[direction].pickup_time + dt.timedelta(hours=2)
        assert moved[direction].driver_id == legs[direction].driver_id
        assert moved[direction].status is LegStatus.ASKED


def test_a_longer_appointment_moves_only_the_ride_home(demo_plan: Plan) -> None:
    appointment, legs = next_chemotherapy(demo_plan)
    longer = dataclasses.replace(appointment, duration=appointment.duration + dt.timedelta(hours=1))

    update_appointment(demo_plan, longer, today=TODAY)

    _, moved = next_chemotherapy(demo_plan)
    assert moved[LegDirection.THERE] == legs[LegDirection.THERE]
    back = moved[LegDirection.BACK]
    assert back.pickup_time == legs[LegDirection.BACK].pickup_time + dt.timedelta(hours=1)


def test_a_cancelled_appointment_cancels_its_legs(demo_plan: Plan) -> None:
    appointment, _ = next_chemotherapy(demo_plan)

    update_appointment(
        demo_plan, dataclasses.replace(appointment, status=AppointmentStatus.CANCELLED), today=TODAY
    )

    legs = legs_of(demo_plan, appointment.id)
    assert legs and {leg.status for leg in legs.values()} == {LegStatus.CANCELLED}
