from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import GroupKind
from planner.domain.meetings import is_readable, meetings_between
from planner.domain.model import SupportGroup
from planner.domain.recurrence import check_rule, rule_parts

FIRST = dt.datetime(2026, 3, 12, 18)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=TH",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=30",
        "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=DAILY;UNTIL=20261231T000000",
    ],
)
def test_the_rules_people_use_are_accepted(rule: str) -> None:
    check_rule(rule)


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "day 30"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "day 32"),
        ("FREQ=DAILY;INTERVAL=0", "interval 0"),
        ("FREQ=SECONDLY", "secondly"),
        ("FREQ=DAILY;BYSETPOS=5", "position"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "position 6"),
        ("FREQ=WEEKLY;BYHOUR=3", "BYHOUR"),
        ("FREQ=MONTHLY;BYMONTH=13", "month"),
        ("BYDAY=MO", "without a frequency"),
        ("FREQ", "without a value"),
    ],
)
def test_a_rule_that_may_never_match_or_cannot_be_read_is_refused_with_why(
    rule: str, reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        check_rule(rule)


@given(st.text(max_size=60))
def test_any_text_is_either_a_rule_or_a_readable_refusal(text: str) -> None:
    try:
        check_rule(text)
    except ValueError as error:
        assert str(error)
    else:
        assert rule_parts(text)["FREQ"][0] in {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


def test_a_group_whose_schedule_never_matches_is_unreadable_and_lists_no_meetings() -> None:
    never = SupportGroup(
        "Leap day club",
        GroupKind.IN_PERSON,
        FIRST,
        recurrence=("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
        id=1,
    )
    weekly = SupportGroup(
        "Thursday circle", GroupKind.ONLINE, FIRST, recurrence="FREQ=WEEKLY", id=2
    )

    assert not is_readable(never)
    assert is_readable(weekly)
    found = meetings_between([weekly], FIRST.date(), FIRST.date() + dt.timedelta(days=14))
    assert [m.start.date() for m in found] == [
        FIRST.date() + dt.timedelta(days=7 * n) for n in range(3)
    ]
