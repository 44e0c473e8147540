from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.courses import CourseError, treatment_days
from planner.domain.enums import AppointmentKind, CoursePattern
from planner.domain.errors import PlannerError
from planner.domain.model import Course
from tests.helpers.builders import MONDAY


def cycle_course(
    length: int = 21, days: tuple[int, ...] = (1, 8), cycles: int = 3, first: dt.date = MONDAY
) -> Course:
    return Course(
        "Chemo",
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        first,
        dt.time(9),
        dt.timedelta(hours=4),
        cycle_length_days=length,
        treatment_days=days,
        cycles=cycles,
    )


def weekly_course(weekdays: tuple[int, ...], weeks: int, first: dt.date = MONDAY) -> Course:
    return Course(
        "Series",
        AppointmentKind.RADIATION,
        CoursePattern.WEEKLY,
        first,
        dt.time(15),
        dt.timedelta(minutes=20),
        weekdays=weekdays,
        weeks=weeks,
    )


def test_cycle_days_one_and_eight_of_three_21_day_cycles() -> None:
    days = treatment_days(cycle_course())

    offsets = [(d.day - MONDAY).days for d in days]
    assert offsets == [0, 7, 21, 28, 42, 49]
    assert [d.cycle for d in days] == [1, 1, 2, 2, 3, 3]


def test_weekly_radiation_monday_to_friday_for_two_weeks() -> None:
    days = treatment_days(weekly_course((0, 1, 2, 3, 4), weeks=2))

    assert len(days) == 10
    assert all(d.day.weekday() < 5 for d in days)
    assert [d.cycle for d in days] == [1] * 5 + [2] * 5
    assert days[0].day == MONDAY
    assert days[-1].day == MONDAY + dt.timedelta(days=11)


def test_dialysis_three_times_a_week() -> None:
    days = treatment_days(weekly_course((0, 2, 4), weeks=4))

    assert len(days) == 12
    assert {d.day.weekday() for d in days} == {0, 2, 4}


@given(
    length=st.integers(1, 60),
    cycles=st.integers(1, 12),
    first=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
    data=st.data(),
)
def test_cycle_pattern_properties(
    length: int, cycles: int, first: dt.date, data: st.DataObject
) -> None:
    wanted = data.draw(st.lists(st.integers(1, length), min_size=1, max_size=6))
    days = treatment_days(cycle_course(length, tuple(wanted), cycles, first))

    distinct = sorted(set(wanted))
    assert len(days) == len(distinct) * cycles
    dates = [d.day for d in days]
    assert dates == sorted(dates)
    assert len(set(dates)) == len(dates)
    for cycle in range(1, cycles + 1):
        start = first + dt.timedelta(days=(cycle - 1) * length)
        in_cycle = [d.day for d in days if d.cycle == cycle]
        assert in_cycle == [start + dt.timedelta(days=n - 1) for n in distinct]


@given(
    weekdays=st.sets(st.integers(0, 6), min_size=1),
    weeks=st.integers(1, 20),
    first=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
)
def test_weekly_pattern_properties(weekdays: set[int], weeks: int, first: dt.date) -> None:
    days = treatment_days(weekly_course(tuple(weekdays), weeks, first))

    assert len(days) == len(weekdays) * weeks
    assert {d.day.weekday() for d in days} == weekdays
    dates = [d.day for d in days]
    assert dates == sorted(dates)
    assert len(set(dates)) == len(dates)
    assert first <= dates[0] and dates[-1] < first + dt.timedelta(weeks=weeks)


@pytest.mark.parametrize(
    ("course", "message"),
    [
        (cycle_course(days=(1, 22)), "Treatment day 22 lies outside a 21-day cycle."),
        (cycle_course(days=(0,)), "Treatment day 0 lies outside a 21-day cycle."),
        (cycle_course(cycles=0), "A course has between 1 and 100 cycles."),
        (cycle_course(days=()), "Name at least one treatment day in the cycle."),
        (cycle_course(length=0, days=(1,)), "A cycle must last between 1 and 365 days."),
        (weekly_course((), weeks=2), "Choose at least one weekday."),
        (weekly_course((0, 7), weeks=2), "Weekdays run from 0 (Monday) to 6 (Sunday)."),
        (weekly_course((0,), weeks=0), "A weekly course lasts between 1 and 104 weeks."),
    ],
)
def test_invalid_regimen_says_why(course: Course, message: str) -> None:
    with pytest.raises(CourseError) as raised:
        treatment_days(course)

    assert str(raised.value) == message
    assert isinstance(raised.value, PlannerError)
