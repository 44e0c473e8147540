"""Delaying, skipping and editing part of a course, as plain functions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.courses import (
    MOST_APPOINTMENTS,
    CourseError,
    EditScope,
    course_appointments,
    delay_cycle,
    edit_course,
    parse_treatment_days,
    skip,
    treatment_days,
)
from planner.domain.enums import AppointmentKind, AppointmentStatus, CoursePattern
from planner.domain.model import Appointment, Course
from tests.helpers.builders import MONDAY

TEMPLATE = Appointment(AppointmentKind.CHEMOTHERAPY, "", dt.datetime(2026, 1, 1), needs_ride=True)


def course(length: int = 21, days: tuple[int, ...] = (1, 8), cycles: int = 3) -> Course:
    return Course(
        "FOLFIRI",
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        MONDAY,
        dt.time(9, 30),
        dt.timedelta(hours=3),
        cycle_length_days=length,
        treatment_days=days,
        cycles=cycles,
        location="Day unit",
        id=7,
    )


def members(of: Course) -> list[Appointment]:
    made = course_appointments(of, TEMPLATE)
    return [dataclasses.replace(a, id=n) for n, a in enumerate(made, start=1)]


regimens = st.integers(1, 60).flatmap(
    lambda length: st.tuples(
        st.just(length),
        st.sets(st.integers(1, length), min_size=1, max_size=6).map(lambda s: tuple(sorted(s))),
        st.integers(1, 8),
    )
)


@given(regimens)
def test_every_generated_date_lies_inside_its_cycle(
    regimen: tuple[int, tuple[int, ...], int],
) -> None:
    length, days, cycles = regimen
    for treatment in treatment_days(course(length, days, cycles)):
        cycle_start = MONDAY + dt.timedelta(days=(treatment.cycle - 1) * length)
        assert cycle_start <= treatment.day < cycle_start + dt.timedelta(days=length)
        assert (treatment.day - cycle_start).days + 1 in days


@given(regimens, st.integers(1, 8), st.integers(1, 180))
def test_a_delay_keeps_the_spacing_of_later_appointments_and_leaves_earlier_ones(
    regimen: tuple[int, tuple[int, ...], int], cycle: int, days: int
) -> None:
    length, treatment, cycles = regimen
    everything = members(course(length, treatment, cycles))
    moves = {before.id: after for before, after in delay_cycle(everything, cycle, days)}

    later = [a for a in everything if a.cycle is not None and a.cycle >= cycle]
    assert set(moves) == {a.id for a in later}
    for a in everything:
        if a.cycle is not None and a.cycle < cycle:
            assert a.id not in moves
    moved = [moves[a.id] for a in later]
    assert [b.start - a.start for a, b in itertools.pairwise(later)] == [
        b.start - a.start for a, b in itertools.pairwise(moved)
    ]
    assert all(moves[a.id].start - a.start == dt.timedelta(days=days) for a in later)


def test_a_delay_leaves_appointments_already_done() -> None:
    everything = members(course())
    done = dataclasses.replace(everything[2], status=AppointmentStatus.DONE)
    everything[2] = done

    moved = {before.id for before, _ in delay_cycle(everything, 2, 7)}

    assert done.id not in moved
    assert moved == {4, 5, 6}


@pytest.mark.parametrize("days", [0, -3, 181])
def test_a_delay_out_of_range_is_refused(days: int) -> None:
    with pytest.raises(CourseError, match="delayed by 1 to 180 days"):
        delay_cycle(members(course()), 2, days)


def test_skip_cancels_one_treatment_day_only() -> None:
    first = members(course())[0]

    before, after = skip(first)

    assert after.status is AppointmentStatus.CANCELLED
    assert after.start == before.start
    with pytest.raises(CourseError):
        skip(after)


def test_course_appointments_carry_the_course_and_cycle() -> None:
    made = course_appointments(course(), TEMPLATE)

    assert [a.title for a in made[:3]] == [
        "FOLFIRI, cycle 1",
        "FOLFIRI, cycle 1",
        "FOLFIRI, cycle 2",
    ]
    assert {a.course_id for a in made} == {7}
    assert made[1].start == dt.datetime.combine(MONDAY + dt.timedelta(days=7), dt.time(9, 30))
    assert all(a.needs_ride and a.location == "Day unit" for a in made)


@pytest.mark.parametrize(
    ("text", "days"), [("1, 8", (1, 8)), ("8 1 8", (1, 8)), (" 1;15 ", (1, 15))]
)
def test_treatment_days_as_typed(text: str, days: tuple[int, ...]) -> None:
    assert parse_treatment_days(text) == days


@pytest.mark.parametrize(("text", "message"), [("", "at least one"), ("1, x", "'x' is not")])
def test_treatment_days_that_cannot_be_read(text: str, message: str) -> None:
    with pytest.raises(CourseError, match=message):
        parse_treatment_days(text)


@pytest.mark.parametrize(
    ("regimen", "message"),
    [
        (course(length=0), "between 1 and 365"),
        (course(days=()), "at least one treatment day"),
        (course(days=(1, 22)), "Treatment day 22 lies outside"),
        (course(length=7, days=tuple(range(1, 8)), cycles=100), "700 appointments"),
        (dataclasses.replace(course(), duration=dt.timedelta(0)), "1 minute and 24 hours"),
        (dataclasses.replace(course(), name=" "), "name"),
    ],
)
def test_bad_regimens_are_refused_with_the_reason(regimen: Course, message: str) -> None:
    with pytest.raises(CourseError, match=message):
        treatment_days(regimen)


def test_more_than_500_weekly_appointments_are_refused() -> None:
    daily = dataclasses.replace(
        course(), pattern=CoursePattern.WEEKLY, weekdays=tuple(range(7)), weeks=72
    )
    assert MOST_APPOINTMENTS < 72 * 7
    with pytest.raises(CourseError, match="504 appointments"):
        treatment_days(daily)


def test_editing_one_changes_only_that_one() -> None:
    everything = members(course())
    before = everything[2]
    after = dataclasses.replace(before, location="Ward 3")

    assert edit_course(before, after, everything, EditScope.ONE) == [(before, after)]


def test_editing_this_and_the_following_reaches_later_ones_with_only_the_changed_fields() -> None:
    everything = members(course())
    before = everything[2]
    after = dataclasses.replace(
        before, location="Ward 3", start=before.start.replace(hour=13), notes=before.notes
    )

    moves = edit_course(before, after, everything, EditScope.FOLLOWING)

    assert [b.id for b, _ in moves] == [3, 4, 5, 6]
    for old, new in moves[1:]:
        assert new.location == "Ward 3"
        assert new.start == old.start.replace(hour=13)
        assert new.title == old.title


def test_editing_the_whole_course_skips_what_is_done_or_cancelled() -> None:
    everything = members(course())
    everything[0] = dataclasses.replace(everything[0], status=AppointmentStatus.DONE)
    everything[5] = dataclasses.replace(everything[5], status=AppointmentStatus.CANCELLED)
    before = everything[3]
    after = dataclasses.replace(before, clinician="Dr. Ito")

    moves = edit_course(before, after, everything, EditScope.COURSE)

    assert sorted(b.id for b, _ in moves if b.id is not None) == [2, 3, 4, 5]
