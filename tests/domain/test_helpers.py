"""Helpers: checks, bookings, double bookings, overload and the fair-share counts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.areas import find_gaps
from planner.domain.enums import Capability, LegDirection, LegStatus, TaskCategory, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.helpers import (
    HELPER_DOUBLE_BOOKED,
    HELPER_OVERLOADED,
    Booking,
    check_helper,
    double_bookings,
    fair_share,
    overloaded_stretches,
)
from planner.domain.model import Availability, Helper, HelpTask, PlanWindow
from tests.helpers.builders import MONDAY, appointment, at, leg

ANN = Helper("Ann Lee", phone="+44 7700 900001", id=1)
BEN = Helper("Ben Ode", email="ben@example.org", id=2)


def task(id: int, start: dt.datetime, hours: float = 2, **changes: object) -> HelpTask:
    values: dict[str, object] = {"helper_id": 1, "status": TaskStatus.CLAIMED}
    values.update(changes)
    return HelpTask(
        TaskCategory.ERRANDS,
        f"Task {id}",
        start,
        start + dt.timedelta(hours=hours),
        id=id,
        **values,  # type: ignore[arg-type]
    )


def window(**parts: object) -> PlanWindow:
    return PlanWindow(
        MONDAY,
        MONDAY + dt.timedelta(days=27),
        helpers=(ANN, BEN),
        today=MONDAY,
        **parts,  # type: ignore[arg-type]
    )


def test_a_helper_without_phone_or_email_is_refused() -> None:
    with pytest.raises(InvalidInput, match="phone number or an email address for Ann"):
        check_helper(Helper("  Ann  "))


def test_a_helper_is_tidied_on_the_way_in() -> None:
    tidy = check_helper(Helper(" Ann   Lee ", phone="0044 (0)7700-900001", email="ANN@EXAMPLE.ORG"))
    assert (tidy.name, tidy.phone, tidy.email) == ("Ann Lee", "+44 7700 900001", "ANN@example.org")


def test_a_usual_time_ending_before_it_starts_is_refused() -> None:
    backwards = Availability(0, dt.time(17), dt.time(9))
    with pytest.raises(InvalidInput, match="ends before it starts"):
        check_helper(Helper("Ann", phone="112", availability=(backwards,)))


def booking(n: int, start: dt.datetime, hours: float, is_task: bool, helper: int = 1) -> Booking:
    return Booking(helper, start, start + dt.timedelta(hours=hours), is_task, n, f"b{n}")


bookings_strategy = st.lists(
    st.tuples(
        st.integers(0, 14 * 24),
        st.integers(1, 6),
        st.booleans(),
        st.integers(1, 2),
    ),
    max_size=12,
)


@given(bookings_strategy)
def test_double_bookings_are_exactly_the_overlapping_pairs_with_a_task(
    raw: list[tuple[int, int, bool, int]],
) -> None:
    made = [
        booking(n, at(MONDAY, 0) + dt.timedelta(hours=h), length, is_task, who)
        for n, (h, length, is_task, who) in enumerate(raw)
    ]
    found = {frozenset((a.record_id, b.record_id)) for a, b in double_bookings(made)}
    expected = {
        frozenset((a.record_id, b.record_id))
        for i, a in enumerate(made)
        for b in made[i + 1 :]
        if a.helper_id == b.helper_id
        and (a.is_task or b.is_task)
        and a.start < b.end
        and b.start < a.end
    }
    assert found == expected
    assert len(double_bookings(made)) == len(found)  # no pair twice


@given(st.lists(st.integers(0, 27 * 24), max_size=15), st.integers(1, 5))
def test_overload_is_found_exactly_when_some_seven_days_hold_too_much(
    hours: list[int], most: int
) -> None:
    made = [booking(n, at(MONDAY, 0) + dt.timedelta(hours=h), 1, True) for n, h in enumerate(hours)]
    starts = sorted(b.start for b in made)
    too_much = any(
        sum(1 for s in starts if first <= s < first + dt.timedelta(days=7)) > most
        for first in starts
    )
    stretches = overloaded_stretches(made, most)
    assert bool(stretches) == too_much
    for _, stretch in stretches:
        assert len(stretch) > most
        assert stretch[-1].start - stretch[0].start < dt.timedelta(days=7)


def test_a_task_clashing_with_a_drive_is_a_gap_but_two_drives_are_not_ours() -> None:
    visit = appointment(MONDAY + dt.timedelta(days=2), id=5, hour=10)
    there = leg(visit, LegDirection.THERE, id=7, driver_id=1, status=LegStatus.CONFIRMED)
    errand = task(3, at(visit.start.date(), 9), hours=1)
    gaps = find_gaps(window(appointments=(visit,), legs=(there,), tasks=(errand,)))
    doubles = [g for g in gaps if g.kind == HELPER_DOUBLE_BOOKED]
    assert len(doubles) == 1
    assert "Ann Lee is booked twice" in str(doubles[0].message)
    # The ride is named by its words, made only now that a gap says them.
    assert f"Ride to {visit.title} (" in str(doubles[0].message)
    assert doubles[0].fix.record_id == 3


def test_a_whole_day_task_does_not_clash() -> None:
    day = MONDAY + dt.timedelta(days=2)
    shopping = task(3, at(day, 0), hours=24)
    visit = task(4, at(day, 10), hours=1)
    gaps = find_gaps(window(tasks=(shopping, visit)))
    assert not [g for g in gaps if g.kind == HELPER_DOUBLE_BOOKED]


def test_more_than_three_in_seven_days_is_an_overload_by_default_and_the_setting_counts() -> None:
    four = tuple(task(n, at(MONDAY + dt.timedelta(days=n), 10)) for n in range(1, 5))
    gaps = find_gaps(window(tasks=four))
    overloaded = [g for g in gaps if g.kind == HELPER_OVERLOADED]
    assert len(overloaded) == 1
    assert "Ann Lee has 4 tasks and rides" in str(overloaded[0].message)
    relaxed = find_gaps(window(tasks=four, settings={"helpers.most_in_seven_days": "4"}))
    assert not [g for g in relaxed if g.kind == HELPER_OVERLOADED]


def test_fair_share_counts_tasks_and_legs_per_week() -> None:
    visit = appointment(MONDAY + dt.timedelta(days=8), id=5)
    there = leg(visit, LegDirection.THERE, id=7, driver_id=2, status=LegStatus.CONFIRMED)
    tasks = (task(1, at(MONDAY, 10)), task(2, at(MONDAY + dt.timedelta(days=9), 10)))
    weeks = [MONDAY, MONDAY + dt.timedelta(days=7)]
    rows = fair_share(window(appointments=(visit,), legs=(there,), tasks=tasks), weeks)
    by_name = {row.helper.name: row.weeks for row in rows}
    assert by_name == {"Ann Lee": ((1, 0), (1, 0)), "Ben Ode": ((0, 0), (0, 1))}
    assert rows[0].helper.name == "Ann Lee"  # the busiest first


def test_capabilities_survive_the_check() -> None:
    cook = Helper("Cy", phone="112", capabilities=frozenset({Capability.COOK}))
    assert check_helper(cook).capabilities == frozenset({Capability.COOK})
