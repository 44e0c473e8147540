"""Blood counts noted in the journal (neutrophils, haemoglobin, platelets, each in its one
unit), the readings the Journal shows with the red flags marked, each treatment cycle's
fate beside them, and "call now" asked of the plan as it is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, AppointmentStatus, CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.model import Appointment, Course
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import ReadingKind
from planner.services import courses, readings
from planner.services.plan import Plan
from planner.services.readings import CycleNote, CycleState
from planner.services.settings import change_setting
from tests.conftest import NOW, TODAY

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)


def counts(plan: Plan) -> list[tuple[ReadingKind, Decimal, str]]:
    return [(m.kind, m.value, m.unit) for m in readings.readings_view(plan).counts()]


def test_each_count_is_noted_in_its_one_unit(plan: Plan) -> None:
    _, changes = readings.log_count(plan, ReadingKind.NEUTROPHILS, Decimal("0.8"), NOW - DAY)
    readings.log_count(plan, ReadingKind.HAEMOGLOBIN, Decimal(104), NOW - DAY, " tired ")
    saved, _ = readings.log_count(plan, ReadingKind.PLATELETS, Decimal(95))

    assert changes.kinds == {Kind.READING}
    assert saved.at == NOW and saved.unit == "10^9/L"
    assert counts(plan) == [
        (ReadingKind.NEUTROPHILS, Decimal("0.8"), "10^9/L"),
        (ReadingKind.HAEMOGLOBIN, Decimal(104), "g/L"),
        (ReadingKind.PLATELETS, Decimal(95), "10^9/L"),
    ]
    assert readings.readings_view(plan).readings[1].note == "tired"


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        (ReadingKind.NEUTROPHILS, Decimal(-1), "between 0 and 100"),
        (ReadingKind.NEUTROPHILS, Decimal(101), "between 0 and 100"),
        (ReadingKind.HAEMOGLOBIN, Decimal("12.1"), "between 20 and 250 g/L"),  # g/dL
        (ReadingKind.HAEMOGLOBIN, Decimal(251), "between 20 and 250 g/L"),
        (ReadingKind.PLATELETS, Decimal(2001), "between 0 and 2000"),
        (ReadingKind.PLATELETS, Decimal("NaN"), "between 0 and 2000"),
        (ReadingKind.WEIGHT, Decimal(70), "Choose a blood count"),
    ],
)
def test_a_count_no_test_gives_is_refused_and_nothing_saved(
    plan: Plan, kind: ReadingKind, value: Decimal, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        readings.log_count(plan, kind, value)
    assert readings.readings_view(plan).readings == ()


def test_a_count_ahead_of_now_is_refused(plan: Plan) -> None:
    with pytest.raises(InvalidInput, match="ahead of time"):
        readings.log_count(plan, ReadingKind.PLATELETS, Decimal(150), NOW + HOUR)
    assert readings.readings_view(plan).readings == ()


def test_the_view_marks_the_temperatures_that_set_a_rule_off(plan: Plan) -> None:
    calm, _ = readings.log_temperature(plan, Decimal("37.1"), at=NOW - 3 * DAY)
    first, _ = readings.log_temperature(plan, Decimal("38.0"), at=NOW - 2 * HOUR)
    second, _ = readings.log_temperature(plan, Decimal("38.1"), at=NOW - HOUR)
    high, _ = readings.log_temperature(plan, Decimal("38.5"), at=NOW - 10 * DAY)
    readings.log_weight(plan, Decimal(70))

    view = readings.readings_view(plan)

    assert view.readings[0].kind is ReadingKind.WEIGHT  # newest first
    # The second of two readings of 38 an hour apart fired; the first alone did not.
    assert view.flagged == {second.reading.id, high.reading.id}
    assert calm.reading.id not in view.flagged and first.reading.id not in view.flagged


def test_call_now_asks_the_plan_as_it_is(plan: Plan) -> None:
    assert readings.call_now(plan) is None
    readings.log_temperature(plan, Decimal("38.5"), at=NOW - 2 * DAY)
    assert readings.call_now(plan) is None  # more than a day ago: no longer counts

    change_setting(plan, OUT_OF_HOURS, "020 7946 0999")
    readings.log_temperature(plan, Decimal("38.4"), at=NOW - 2 * HOUR)
    later, _ = readings.log_temperature(plan, Decimal("38.6"), at=NOW - HOUR)
    found = readings.call_now(plan)

    assert found is not None and found.call_now
    assert found.reading.id == later.reading.id  # the newest high reading
    assert found.advice()[-1] == "Out-of-hours number: 020 7946 0999"
    assert "38.6 °C at 09:00" in found.advice()[0]  # the banner names the newest


# -- each cycle's fate -------------------------------------------------------------------
CHEMO = Course(
    "FOLFOX",
    AppointmentKind.CHEMOTHERAPY,
    CoursePattern.CYCLE,
    TODAY - 42 * DAY,
    dt.time(9),
    dt.timedelta(hours=3),
    cycle_length_days=14,
    cycles=4,
    id=7,
)


def treatment(day: dt.date, cycle: int | None, status: AppointmentStatus) -> Appointment:
    return Appointment(
        AppointmentKind.CHEMOTHERAPY,
        "FOLFOX" if cycle else "Extra infusion",
        dt.datetime.combine(day, dt.time(9)),
        status=status,
        course_id=7 if cycle else None,
        cycle=cycle,
    )


def test_each_cycle_went_ahead_was_delayed_cancelled_or_is_planned() -> None:
    done, scheduled, cancelled = (
        AppointmentStatus.DONE,
        AppointmentStatus.SCHEDULED,
        AppointmentStatus.CANCELLED,
    )
    first = CHEMO.first_day
    appointments = [
        treatment(first, 1, done),
        treatment(first + 14 * DAY, 2, cancelled),
        treatment(first + 35 * DAY, 3, done),  # planned for day 28: a week late
        treatment(TODAY + 7 * DAY, 4, scheduled),  # planned for day 42 (today): late too
        treatment(TODAY + 3 * DAY, None, scheduled),
    ]

    notes = readings.cycle_notes(appointments, {7: CHEMO}, TODAY)

    assert notes == [
        CycleNote(first, "FOLFOX, cycle 1", CycleState.WENT_AHEAD),
        CycleNote(first + 14 * DAY, "FOLFOX, cycle 2", CycleState.CANCELLED),
        CycleNote(first + 35 * DAY, "FOLFOX, cycle 3", CycleState.DELAYED, 7),
        CycleNote(TODAY + 3 * DAY, "Extra infusion", CycleState.PLANNED),
        CycleNote(TODAY + 7 * DAY, "FOLFOX, cycle 4", CycleState.DELAYED, 7),
    ]


def test_a_delayed_cycle_in_the_plan_shows_as_delayed(plan: Plan) -> None:
    course = Course(
        "FOLFOX",
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        TODAY,
        dt.time(9),
        dt.timedelta(hours=3),
        cycle_length_days=14,
        cycles=2,
    )
    template = Appointment(AppointmentKind.CHEMOTHERAPY, "", dt.datetime(2026, 1, 1))
    made, _ = courses.plan_course(plan, course, template, today=TODAY)
    second = next(a for a in made.appointments if a.cycle == 2)
    courses.delay_cycle(plan, second, 5)

    states = [(n.label, n.state, n.delay_days) for n in readings.readings_view(plan).cycles]

    assert states == [
        ("FOLFOX, cycle 1", CycleState.WENT_AHEAD, 0),
        ("FOLFOX, cycle 2", CycleState.DELAYED, 5),
    ]
