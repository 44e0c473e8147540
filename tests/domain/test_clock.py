"""The one clock: pinned by CARE_PLANNER_NOW, in the plan's time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.clock import PIN_VARIABLE, BadPin, Clock, read_pin


def test_the_variable_pins_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PIN_VARIABLE, "2026-12-05T21:30")
    clock = Clock.from_environment()
    assert clock.pinned
    assert clock.now() == dt.datetime(2026, 12, 5, 21, 30)
    assert clock.today() == dt.date(2026, 12, 5)


def test_a_date_alone_pins_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PIN_VARIABLE, "2028-02-29")
    assert Clock.from_environment().now() == dt.datetime(2028, 2, 29)


def test_without_the_variable_the_clock_follows_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(PIN_VARIABLE)
    clock = Clock.from_environment("UTC")
    assert not clock.pinned
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    read = clock.now()
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert before <= read <= after


@pytest.mark.parametrize("text", ["tomorrow", "2026-02-30T10:00", "2026-12-05 25:00", "12/05"])
def test_a_pin_that_is_not_a_moment_is_refused_in_words(text: str) -> None:
    with pytest.raises(BadPin, match=f"{PIN_VARIABLE}=.* is not a date and time; write it as"):
        read_pin(text)


def test_an_aware_pin_is_read_in_the_plans_zone() -> None:
    moment = dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC)  # 03:30 in Berlin, after the change
    assert Clock("Europe/Berlin", moment).now() == dt.datetime(2027, 3, 28, 3, 30)
    assert Clock("America/New_York", moment).now() == dt.datetime(2027, 3, 27, 21, 30)


def test_changing_the_zone_moves_today() -> None:
    clock = Clock("Europe/Berlin", dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC))
    assert clock.today() == dt.date(2027, 1, 1)
    clock.zone = "America/New_York"
    assert clock.today() == dt.date(2026, 12, 31)


@given(
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2090, 1, 1)),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC"]),
)
def test_utc_now_is_the_same_moment_as_now(moment: dt.datetime, zone: str) -> None:
    clock = Clock(zone, moment)
    local = clock.utc_now().astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    # A wall time skipped by a spring change has no moment of its own: it is read an hour on.
    assert local - clock.now() in (dt.timedelta(0), dt.timedelta(hours=1))
    assert clock.utc_now().tzinfo is dt.UTC


def test_move_to_pins_a_new_moment() -> None:
    clock = Clock("", dt.datetime(2026, 12, 5, 23, 59))
    clock.move_to(dt.datetime(2026, 12, 6, 0, 1))
    assert clock.today() == dt.date(2026, 12, 6)
