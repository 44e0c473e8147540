"""The coming days mark the infection-risk days after each treatment (7 to 14 days after a
chemotherapy day by default, a setting per kind)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.domain.model import TreatmentDay
from planner.domain.red_flags import INFECTION_RISK, RISK_NOTE
from planner.domain.week import Day, build_week, coming_days
from tests.helpers.builders import PROFILE, appointment, at, window

DAY = dt.timedelta(days=1)
CHEMO = dt.date(2026, 3, 5)  # a Thursday


def risky(days: tuple[Day, ...]) -> list[dt.date]:
    return [day.date for day in days if day.infection_risk]


def test_days_7_to_14_after_a_chemotherapy_day_carry_the_note() -> None:
    week = build_week(window(CHEMO, 21, appointments=[appointment(CHEMO)]))

    assert risky(week.days) == [CHEMO + n * DAY for n in range(7, 15)]
    notes = {day.date: day.risk_note for day in week.days}
    assert notes[CHEMO + 7 * DAY] == RISK_NOTE
    assert notes[CHEMO + 6 * DAY] is None and notes[CHEMO + 15 * DAY] is None


def test_a_cancelled_treatment_and_a_scan_make_no_risk_days() -> None:
    parts = [
        appointment(CHEMO, status=AppointmentStatus.CANCELLED),
        appointment(CHEMO + DAY, id=2, kind=AppointmentKind.SCAN),
    ]
    assert risky(build_week(window(CHEMO, 21, appointments=parts)).days) == []


def test_the_days_follow_the_plan_s_setting_for_the_kind() -> None:
    setting = INFECTION_RISK[AppointmentKind.CHEMOTHERAPY]
    settings = {**PROFILE, setting.key: "3-4"}
    week = build_week(window(CHEMO, 14, settings=settings, appointments=[appointment(CHEMO)]))
    assert risky(week.days) == [CHEMO + 3 * DAY, CHEMO + 4 * DAY]

    settings = {**PROFILE, setting.key: ""}  # none for this plan
    week = build_week(window(CHEMO, 14, settings=settings, appointments=[appointment(CHEMO)]))
    assert risky(week.days) == []


def test_a_treatment_before_the_days_shown_still_marks_them() -> None:
    # The window reads the treatment days further back than its appointments.
    first = CHEMO + 10 * DAY
    shown = window(
        first,
        today=first,
        treatment_days=[TreatmentDay(CHEMO, AppointmentKind.CHEMOTHERAPY)],
    )
    week = coming_days(shown, first, at(first, 10), 14)
    assert risky(week.days) == [first + n * DAY for n in range(5)]  # days 10 to 14


@given(st.integers(min_value=-30, max_value=30))
def test_a_day_is_marked_exactly_when_it_lies_7_to_14_days_after(offset: int) -> None:
    first = CHEMO + offset * DAY
    week = build_week(window(first, appointments=[appointment(CHEMO)]))
    for day in week.days:
        assert day.infection_risk == (7 <= (day.date - CHEMO).days <= 14)
