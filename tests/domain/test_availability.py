"""Usual availability and overlapping bookings, as plain rules."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.availability import available, overlaps
from planner.domain.model import Availability, Helper

MONDAY = dt.date(2026, 3, 9)

moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31))
lengths = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(hours=30))


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def helper(*windows: tuple[int, int, int]) -> Helper:
    return Helper(
        "Ann",
        phone="+44 20 7946 0000",
        availability=tuple(Availability(d, dt.time(s), dt.time(e)) for d, s, e in windows),
    )


@given(moments, lengths, moments, lengths)
def test_overlap_is_symmetric(
    a: dt.datetime, la: dt.timedelta, b: dt.datetime, lb: dt.timedelta
) -> None:
    assert overlaps(a, a + la, b, b + lb) == overlaps(b, b + lb, a, a + la)


@given(moments, lengths, lengths)
def test_spans_that_only_touch_do_not_overlap(
    a: dt.datetime, la: dt.timedelta, lb: dt.timedelta
) -> None:
    assert not overlaps(a, a + la, a + la, a + la + lb)


@given(moments, st.timedeltas(min_value=dt.timedelta(minutes=1), max_value=dt.timedelta(hours=9)))
def test_a_span_overlaps_itself_and_anything_inside_it(
    a: dt.datetime, length: dt.timedelta
) -> None:
    assert overlaps(a, a + length, a, a + length)
    assert overlaps(a, a + length, a + length / 3, a + length / 2)


@given(moments, lengths)
def test_nobody_with_no_usual_times_is_ever_unavailable(
    start: dt.datetime, length: dt.timedelta
) -> None:
    assert available(Helper("Ann", phone="+44 20 7946 0000"), start, start + length)


@given(
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=1, max_value=24),
    st.integers(min_value=0, max_value=23 * 60),
    st.integers(min_value=0, max_value=600),
)
def test_available_exactly_when_the_span_fits_a_window(
    weekday: int, low: int, high: int, start_minute: int, length: int
) -> None:
    """One window on one weekday: a same-day span fits iff it lies between its ends."""
    high = max(high, low + 1)
    day = MONDAY + dt.timedelta(days=weekday)
    end_hour = high % 24
    person = Helper(
        "Ann",
        phone="+44 20 7946 0000",
        availability=(Availability(weekday, dt.time(low), dt.time(end_hour)),),
    )
    start = dt.datetime.combine(day, dt.time.min) + dt.timedelta(minutes=start_minute)
    end = start + dt.timedelta(minutes=length)
    window_start = dt.datetime.combine(day, dt.time(low))
    window_end = dt.datetime.combine(day, dt.time.min) + dt.timedelta(hours=high)
    expected = window_start <= start and end <= window_end
    assert available(person, start, end) == expected


def test_the_same_hours_on_another_weekday_do_not_count() -> None:
    person = helper((0, 9, 17))
    assert available(person, at(MONDAY, 10), at(MONDAY, 12))
    tuesday = MONDAY + dt.timedelta(days=1)
    assert not available(person, at(tuesday, 10), at(tuesday, 12))


def test_touching_windows_join_into_one() -> None:
    person = helper((0, 9, 12), (0, 12, 17))
    assert available(person, at(MONDAY, 11), at(MONDAY, 13))
    with_a_break = helper((0, 9, 12), (0, 13, 17))
    assert not available(with_a_break, at(MONDAY, 11), at(MONDAY, 14))


def test_a_span_over_midnight_needs_both_days() -> None:
    evening_and_night = helper((0, 18, 0), (1, 0, 8))
    assert available(evening_and_night, at(MONDAY, 20), at(MONDAY + dt.timedelta(days=1), 7))
    only_evening = helper((0, 18, 0))
    assert not available(only_evening, at(MONDAY, 20), at(MONDAY + dt.timedelta(days=1), 7))


def test_a_span_ending_before_it_starts_is_never_available() -> None:
    assert not available(helper((0, 0, 0)), at(MONDAY, 12), at(MONDAY, 11))
