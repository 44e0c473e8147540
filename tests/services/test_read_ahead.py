"""A week read ahead (planner/services/week.read_ahead) is shown only while it is what a read
would find now: no change recorded since, the same day, and the clock hardly moved."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.services import week
from planner.services.plan import Plan

NEXT_WEEK = dt.timedelta(days=7)


def add_appointment(plan: Plan, at: dt.datetime, title: str) -> None:
    with plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.SCAN, title, at))
        work.commit()


def titles(shown: week.Week) -> set[str]:
    return {item.title for day in shown.days for item in day.items}


def test_a_week_read_ahead_is_what_a_read_finds_and_is_current(
    demo_plan: Plan, today: dt.date
) -> None:
    ahead = week.read_ahead(demo_plan, today + NEXT_WEEK)
    assert ahead.first == today + NEXT_WEEK
    assert ahead.week == week.coming_days(demo_plan, today + NEXT_WEEK)
    assert ahead.week.days[0].date == today + NEXT_WEEK
    assert week.still_current(demo_plan, ahead)


def test_a_change_recorded_since_makes_it_out_of_date(demo_plan: Plan, today: dt.date) -> None:
    ahead = week.read_ahead(demo_plan, today + NEXT_WEEK)
    at = dt.datetime.combine(today + NEXT_WEEK + dt.timedelta(days=2), dt.time(11))
    add_appointment(demo_plan, at, "Heart scan read ahead")
    assert not week.still_current(demo_plan, ahead)
    assert "Heart scan read ahead" not in titles(ahead.week)
    assert "Heart scan read ahead" in titles(week.read_ahead(demo_plan, ahead.first).week)


@pytest.mark.parametrize(
    ("later", "current"),
    [
        (dt.timedelta(0), True),
        (week.AHEAD_FRESH, True),
        (week.AHEAD_FRESH + dt.timedelta(seconds=1), False),
        (-dt.timedelta(seconds=1), False),  # the clock was set back
    ],
)
def test_it_stays_current_for_a_minute_of_the_clock(
    demo_plan: Plan, now: dt.datetime, later: dt.timedelta, current: bool
) -> None:
    ahead = week.read_ahead(demo_plan, now.date() + NEXT_WEEK)
    demo_plan.clock.move_to(ahead.now + later)
    assert week.still_current(demo_plan, ahead) is current


def test_a_new_day_makes_it_out_of_date(demo_plan: Plan) -> None:
    demo_plan.clock.move_to(dt.datetime.combine(demo_plan.clock.today(), dt.time(23, 59, 50)))
    ahead = week.read_ahead(demo_plan, demo_plan.clock.today() + NEXT_WEEK)
    demo_plan.clock.move_to(ahead.now + dt.timedelta(seconds=20))  # past midnight
    assert not week.still_current(demo_plan, ahead)
