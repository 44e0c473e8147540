from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import GroupKind
from planner.domain.meetings import ScheduleError, meetings_between
from planner.domain.model import SupportGroup
from tests.helpers.builders import MONDAY, at


def group(recurrence: str, *, id: int | None = 1, first: dt.datetime | None = None) -> SupportGroup:
    return SupportGroup(
        "Circle",
        GroupKind.IN_PERSON,
        first or at(MONDAY - dt.timedelta(days=14), 18),
        dt.timedelta(minutes=90),
        recurrence,
        place="Room 2",
        id=id,
    )


def test_weekly_meetings_inside_the_range() -> None:
    meetings = meetings_between(
        [group("FREQ=WEEKLY;BYDAY=WE")], MONDAY, MONDAY + dt.timedelta(days=13)
    )

    assert [m.start for m in meetings] == [
        at(MONDAY + dt.timedelta(days=2), 18),
        at(MONDAY + dt.timedelta(days=9), 18),
    ]
    assert meetings[0].end - meetings[0].start == dt.timedelta(minutes=90)
    assert (meetings[0].group_id, meetings[0].where) == (1, "Room 2")


def test_a_single_meeting_without_schedule() -> None:
    once = group("", first=at(MONDAY, 10))

    assert len(meetings_between([once], MONDAY, MONDAY)) == 1
    assert (
        meetings_between([once], MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=7)) == []
    )


def test_meetings_of_several_groups_are_sorted() -> None:
    wednesdays = group("FREQ=WEEKLY;BYDAY=WE", id=1)
    mondays = group("FREQ=WEEKLY;BYDAY=MO", id=2)

    meetings = meetings_between([wednesdays, mondays], MONDAY, MONDAY + dt.timedelta(days=6))

    assert [m.group_id for m in meetings] == [2, 1]


def test_an_unsaved_group_has_no_meetings() -> None:
    assert meetings_between([group("FREQ=DAILY", id=None)], MONDAY, MONDAY) == []


@pytest.mark.parametrize("schedule", ["FREQ=SOMETIMES", "not a rule", "FREQ=WEEKLY;BYDAY=XX"])
def test_an_unreadable_schedule_says_which_group(schedule: str) -> None:
    with pytest.raises(ScheduleError, match="Circle: the meeting schedule is unreadable"):
        meetings_between([group(schedule)], MONDAY, MONDAY + dt.timedelta(days=6))
