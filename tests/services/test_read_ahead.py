"""A week read ahead (planner/services/week.read_ahead) is shown only while it is what a read
would find now: no change recorded since, the same day, and the clock hardly moved."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import AppointmentKind, JournalKind
from planner.domain.model import Appointment, JournalEntry
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


def note_mood(plan: Plan, at: dt.datetime) -> None:
    with plan.unit_of_work() as work:
        work.store.add(JournalEntry(JournalKind.MOOD, at, mood=6))
        work.commit()


def test_a_week_whose_records_are_the_same_is_not_worked_out_again(
    demo_plan: Plan, now: dt.datetime
) -> None:
    """A change elsewhere in the plan (a mood noted this morning) leaves next week's
    records as they were: read again, next week comes back as worked out before, current
    as of the change. A change among its records is worked out anew."""
    first = now.date() + NEXT_WEEK
    ahead = week.read_ahead(demo_plan, first)
    note_mood(demo_plan, now - dt.timedelta(hours=1))
    assert not week.still_current(demo_plan, ahead)

    again = week.read_ahead(demo_plan, first)
    assert again.week is ahead.week  # not worked out again
    assert again.seen > ahead.seen and week.still_current(demo_plan, again)
    assert again.week == week.coming_days(demo_plan, first)

    add_appointment(demo_plan, dt.datetime.combine(first, dt.time(14)), "Scan among its days")
    changed = week.read_ahead(demo_plan, first)
    assert "Scan among its days" in titles(changed.week)
    assert changed.week == week.coming_days(demo_plan, first)


@pytest.mark.parametrize(
    ("later", "kept"),
    [
        (week.KEPT_FRESH, True),
        (week.KEPT_FRESH + dt.timedelta(seconds=1), False),  # read again to keep it fresh
        (-dt.timedelta(seconds=1), False),  # the clock was set back
    ],
)
def test_a_week_is_not_worked_out_again_for_a_quarter_of_a_minute(
    demo_plan: Plan, now: dt.datetime, later: dt.timedelta, kept: bool
) -> None:
    first = now.date() + NEXT_WEEK
    ahead = week.read_ahead(demo_plan, first)
    demo_plan.clock.move_to(ahead.now + later)
    again = week.read_ahead(demo_plan, first)
    assert (again.week is ahead.week) is kept
    assert again.now == (ahead.now if kept else ahead.now + later)
    assert week.still_current(demo_plan, again)
