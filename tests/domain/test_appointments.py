"""The rule of what an appointment may hold."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.appointments import (
    FARTHEST_YEARS,
    LONGEST,
    MOST_RECOVERY_DAYS,
    SHORTEST,
    check_appointment,
)
from planner.domain.enums import AppointmentKind
from planner.domain.errors import InvalidInput
from planner.domain.model import Appointment

TODAY = dt.date(2026, 3, 11)
NEAR = st.datetimes(dt.datetime(2016, 3, 11), dt.datetime(2036, 3, 11, 23, 59))


@given(
    kind=st.sampled_from(AppointmentKind),
    title=st.text(min_size=1, max_size=200).filter(lambda t: bool(t.strip())),
    start=NEAR,
    minutes=st.integers(1, 24 * 60),
    recovery=st.none() | st.integers(0, MOST_RECOVERY_DAYS),
)
def test_values_inside_the_ranges_are_accepted(
    kind: AppointmentKind, title: str, start: dt.datetime, minutes: int, recovery: int | None
) -> None:
    check_appointment(
        Appointment(kind, title, start, dt.timedelta(minutes=minutes), recovery_days=recovery),
        TODAY,
    )


VISIT = Appointment(AppointmentKind.SCAN, "CT scan", dt.datetime(2026, 3, 12, 9))


@given(
    minutes=st.integers(-10_000, 0) | st.integers(24 * 60 + 1, 100_000),
)
def test_a_duration_outside_a_minute_to_a_day_is_refused(minutes: int) -> None:
    with pytest.raises(InvalidInput, match="between 1 minute and 24 hours"):
        check_appointment(dataclasses.replace(VISIT, duration=dt.timedelta(minutes=minutes)), TODAY)


@given(days=st.integers(max_value=-1) | st.integers(min_value=MOST_RECOVERY_DAYS + 1))
def test_recovery_days_outside_0_to_60_are_refused(days: int) -> None:
    with pytest.raises(InvalidInput, match="Recovery days go from 0 to 60"):
        check_appointment(dataclasses.replace(VISIT, recovery_days=days), TODAY)


@given(years=st.integers(FARTHEST_YEARS, 50), sign=st.sampled_from((-1, 1)))
def test_a_start_more_than_ten_years_away_is_refused(years: int, sign: int) -> None:
    start = dt.datetime(TODAY.year + sign * years, TODAY.month, TODAY.day) + dt.timedelta(days=sign)
    with pytest.raises(InvalidInput, match="more than 10 years away"):
        check_appointment(dataclasses.replace(VISIT, start=start), TODAY)


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_an_empty_title_is_refused(title: str) -> None:
    with pytest.raises(InvalidInput, match="Give the appointment a title"):
        check_appointment(dataclasses.replace(VISIT, title=title), TODAY)


@pytest.mark.parametrize("field", ["title", "location", "clinician"])
def test_overlong_text_is_refused(field: str) -> None:
    with pytest.raises(InvalidInput, match=f"The {field} can have at most 200"):
        check_appointment(dataclasses.replace(VISIT, **{field: "x" * 201}), TODAY)


def test_the_edges_are_inside() -> None:
    for duration in (SHORTEST, LONGEST):
        check_appointment(dataclasses.replace(VISIT, duration=duration), TODAY)
    leap_day = dt.date(2028, 2, 29)
    check_appointment(dataclasses.replace(VISIT, start=dt.datetime(2038, 2, 28, 23, 59)), leap_day)
    with pytest.raises(InvalidInput):
        check_appointment(dataclasses.replace(VISIT, start=dt.datetime(2038, 3, 1)), leap_day)
