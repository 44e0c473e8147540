"""Support groups: the friendly repeat rule, checks, and the nudge when none is recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import GroupKind
from planner.domain.errors import InvalidInput
from planner.domain.meetings import meetings_between
from planner.domain.model import SupportGroup
from planner.domain.support import (
    Repeat,
    RepeatRule,
    check_group,
    read_repeat,
)
from tests.helpers.builders import MONDAY, at

rules = st.one_of(
    st.builds(RepeatRule, st.just(Repeat.ONCE)),
    st.builds(RepeatRule, st.just(Repeat.WEEKLY), st.integers(0, 6), st.integers(1, 8)),
    st.builds(
        RepeatRule,
        st.just(Repeat.MONTHLY),
        st.integers(0, 6),
        st.just(1),
        st.sampled_from([1, 2, 3, 4, -1]),
    ),
)


@given(rules)
def test_the_repeat_editor_reads_back_what_it_wrote(rule: RepeatRule) -> None:
    assert read_repeat(rule.rrule()) == rule


def test_a_first_thursday_meeting_falls_on_first_thursdays() -> None:
    rule = RepeatRule(Repeat.MONTHLY, weekday=3, nth=1)
    group = SupportGroup(
        "Carers' circle",
        GroupKind.IN_PERSON,
        at(dt.date(2026, 3, 5), 18),
        recurrence=rule.rrule(),
        id=1,
    )
    days = [m.start.date() for m in meetings_between([group], MONDAY, dt.date(2026, 5, 31))]
    assert days == [dt.date(2026, 4, 2), dt.date(2026, 5, 7)]


def test_a_rule_the_editor_cannot_show_is_left_alone() -> None:
    assert read_repeat("FREQ=DAILY;COUNT=3") is None


def test_a_broken_schedule_or_link_is_refused() -> None:
    group = SupportGroup("Circle", GroupKind.ONLINE, at(MONDAY, 18))
    with pytest.raises(InvalidInput, match="cannot be read"):
        check_group(group.__class__(**{**group.__dict__, "recurrence": "FREQ=NEVER"}))
    with pytest.raises(InvalidInput, match="is not a link"):
        check_group(group.__class__(**{**group.__dict__, "link": "zoom meeting"}))
