from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import model
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Area,
    GroupKind,
    JournalKind,
    LegDirection,
    LegStatus,
    TaskCategory,
)
from planner.domain.gaps import RIDE_WITHOUT_DRIVER, SCHEDULE_UNREADABLE, Fix
from planner.domain.messages import translate
from planner.domain.tasks import TASK_OPEN_ON_HARD_DAY
from planner.domain.week import ItemType, build_week, week_range, week_start
from tests.helpers.builders import MONDAY, appointment, at, driver, leg, window

DAY = dt.timedelta(days=1)


@given(day=st.dates(dt.date(1900, 1, 8), dt.date(2200, 12, 31)), first_weekday=st.integers(0, 6))
def test_week_start_properties(day: dt.date, first_weekday: int) -> None:
    start = week_start(day, first_weekday)

    assert start <= day
    assert (day - start).days <= 6
    assert start.weekday() == first_weekday
    assert week_range(day, first_weekday) == (start, start + 6 * DAY)


@pytest.mark.parametrize("first_weekday", range(7))
def test_every_day_of_a_week_has_the_same_start(first_weekday: int) -> None:
    start = week_start(MONDAY, first_weekday)

    assert {week_start(start + n * DAY, first_weekday) for n in range(7)} == {start}
    assert week_start(start + 7 * DAY, first_weekday) == start + 7 * DAY


def test_monday_and_sunday_starts() -> None:
    wednesday = MONDAY + 2 * DAY

    assert week_start(wednesday) == MONDAY
    assert week_start(wednesday, 6) == MONDAY - DAY


def test_items_land_on_their_days_in_reading_order() -> None:
    sam = driver(7)
    chemo = appointment(MONDAY + 2 * DAY, id=1, title="Chemo", location="Clinic")
    there = leg(chemo, LegDirection.THERE, id=10, driver_id=7, status=LegStatus.CONFIRMED)
    back = leg(chemo, LegDirection.BACK, id=11)
    meal = model.FreezerMeal("Soup", 4, MONDAY - 20 * DAY, MONDAY + 60 * DAY, id=3)
    taken = model.PortionsTaken(3, 2, at(MONDAY), MONDAY + 3 * DAY, id=4)
    task = model.HelpTask(
        TaskCategory.COMPANY, "Company", at(MONDAY + 3 * DAY, 14), at(MONDAY + 3 * DAY, 17), id=5
    )
    mood = model.JournalEntry(JournalKind.MOOD, at(MONDAY, 19), mood=6, id=6)
    rest = model.JournalEntry(JournalKind.REST, at(MONDAY, 21), hours=10.5, id=8)

    week = build_week(
        window(
            MONDAY,
            appointments=[chemo],
            legs=[there, back],
            helpers=[sam],
            meals=[meal],
            portions_taken=[taken],
            tasks=[task],
            journal=[mood, rest],
        )
    )

    assert [d.date for d in week.days] == [MONDAY + n * DAY for n in range(7)]
    by_day = {d.date: [(i.type, i.title) for i in d.items] for d in week.days}
    assert by_day[MONDAY] == [(ItemType.JOURNAL, "Mood 6/10"), (ItemType.JOURNAL, "Rest 10.5 h")]
    assert by_day[MONDAY + 2 * DAY] == [
        (ItemType.RIDE, "Ride to Chemo"),
        (ItemType.APPOINTMENT, "Chemo"),
        (ItemType.RIDE, "Ride home from Chemo"),
    ]
    assert by_day[MONDAY + 3 * DAY] == [
        (ItemType.TASK, "Company"),
        (ItemType.MEAL, "Soup (2 portions)"),
        # Friday is a hard day too: its portions are thawed on Thursday evening.
        (ItemType.MEAL, "Thaw tonight: Soup"),
    ]
    rides = [i for i in week.days[2].items if i.type is ItemType.RIDE]
    assert [(i.id, i.detail) for i in rides] == [
        (10, "Sam Keller (confirmed)"),
        (11, "no driver yet (needed)"),
    ]
    assert week.days[2].items[1].detail == "Chemotherapy at Clinic"
    # The ride home has no driver; Thursday's company task is open on a hard day.
    assert [g.kind for g in week.gaps] == [RIDE_WITHOUT_DRIVER, TASK_OPEN_ON_HARD_DAY]


def test_hard_days_come_from_appointments_before_the_window() -> None:
    surgery = appointment(
        MONDAY - 3 * DAY, id=1, kind=AppointmentKind.SURGERY, title="Surgery", needs_ride=False
    )

    week = build_week(window(MONDAY, appointments=[surgery]))

    hard = [d.date for d in week.days if d.is_hard]
    assert hard == [MONDAY + n * DAY for n in range(5)]  # days 3 to 7 after the surgery
    assert week.days[0].hard_because == ("Surgery",)
    assert not week.days[5].is_hard


def test_cancelled_appointment_shows_but_brings_no_hard_days_or_rides() -> None:
    visit = appointment(MONDAY, id=1, status=AppointmentStatus.CANCELLED)
    there = leg(visit, LegDirection.THERE, id=10)

    week = build_week(window(MONDAY, appointments=[visit], legs=[there]))

    assert [i.type for i in week.days[0].items] == [ItemType.APPOINTMENT]
    assert not any(d.is_hard for d in week.days)
    assert week.gaps == ()


def test_meetings_from_a_repeating_schedule() -> None:
    circle = model.SupportGroup(
        "Circle",
        GroupKind.IN_PERSON,
        at(MONDAY - 12 * DAY, 18),
        recurrence="FREQ=WEEKLY;BYDAY=WE,FR",
        place="Room 2",
        id=3,
    )

    week = build_week(window(MONDAY, groups=[circle]))

    meetings = [
        (d.date, i.title, i.detail)
        for d in week.days
        for i in d.items
        if i.type is ItemType.MEETING
    ]
    assert meetings == [
        (MONDAY + 2 * DAY, "Circle", "Room 2"),
        (MONDAY + 4 * DAY, "Circle", "Room 2"),
    ]


def test_a_bad_schedule_is_a_gap_and_the_week_still_shows() -> None:
    broken = model.SupportGroup(
        "Circle", GroupKind.ONLINE, at(MONDAY), recurrence="FREQ=NEVER", id=3
    )
    sound = model.SupportGroup(
        "Carers", GroupKind.ONLINE, at(MONDAY, 19), recurrence="FREQ=WEEKLY", id=4
    )

    week = build_week(window(MONDAY, today=MONDAY + 2 * DAY, groups=[broken, sound]))

    titles = [i.title for d in week.days for i in d.items if i.type is ItemType.MEETING]
    assert titles == ["Carers"]
    (gap,) = week.gaps
    assert gap.kind == SCHEDULE_UNREADABLE
    assert gap.date == MONDAY + 2 * DAY
    assert "Circle" in str(gap.message)
    assert gap.fix == Fix(Area.SUPPORT, 3, translate("Fix", "Check the schedule"))


def test_unsaved_values_are_left_out() -> None:
    visit = appointment(MONDAY, id=None)

    week = build_week(window(MONDAY, appointments=[visit]))

    assert all(d.items == () for d in week.days)


def test_item_types_name_their_area() -> None:
    assert ItemType.DOSE.area is Area.MEDICINES
    assert {t.area.value for t in ItemType if t is not ItemType.DOSE} == {
        "appointments",
        "rides",
        "freezer",
        "helpers",
        "support",
        "journal",
    }
