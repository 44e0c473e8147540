from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.settings import int_setting, text_setting, time_setting, zone_setting

PORTIONS = int_setting("test.portions", 2, 0, 20)
REMIND_AT = time_setting("test.remind_at", dt.time(18, 0))
NAME = text_setting("test.name", "", longest=10)


@given(st.integers(0, 20))
def test_a_number_in_range_is_stored_and_read_back(number: int) -> None:
    assert PORTIONS.read({PORTIONS.key: PORTIONS.show(PORTIONS.check(number))}) == number


@given(st.integers().filter(lambda n: not 0 <= n <= 20))
def test_a_number_out_of_range_is_refused_with_the_range(number: int) -> None:
    with pytest.raises(ValueError, match="from 0 to 20"):
        PORTIONS.check(number)


def test_nothing_stored_or_something_unreadable_reads_as_the_default() -> None:
    assert PORTIONS.read({}) == 2
    assert PORTIONS.read({PORTIONS.key: "lots"}) == 2
    assert REMIND_AT.read({REMIND_AT.key: "25:99"}) == dt.time(18, 0)


def test_a_time_is_stored_as_hours_and_minutes() -> None:
    assert REMIND_AT.show(dt.time(7, 5)) == "07:05"
    assert REMIND_AT.read({REMIND_AT.key: "07:05"}) == dt.time(7, 5)
    with pytest.raises(ValueError, match="time of day"):
        REMIND_AT.parse("tea time")


def test_a_text_is_trimmed_and_kept_to_its_length() -> None:
    assert NAME.check("  Ann  ") == "Ann"
    with pytest.raises(ValueError, match="10 characters"):
        NAME.check("A" * 11)


def test_a_time_zone_must_be_one_the_computer_knows_or_empty() -> None:
    zone = zone_setting("test.zone")
    assert zone.check(" Europe/London ") == "Europe/London"
    assert zone.check("") == ""
    with pytest.raises(ValueError, match="not a time zone"):
        zone.check("Mars/Olympus")
    assert zone.read({zone.key: "Mars/Olympus"}) == ""  # a stored bad value reads as the default
