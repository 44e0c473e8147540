from __future__ import annotations

import datetime as dt

from planner.domain.appointment_reminders import REMINDER_TIME, appointment_reminders
from planner.domain.areas import REMINDER_RULES
from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.model import PlanWindow
from planner.domain.reminders import due_reminders
from tests.helpers.builders import MONDAY, appointment, driver, leg

TUESDAY = MONDAY + dt.timedelta(days=1)


def window(*appointments: object, legs: tuple[object, ...] = (), **settings: str) -> PlanWindow:
    return PlanWindow(
        MONDAY,
        MONDAY + dt.timedelta(days=2),
        appointments=appointments,  # type: ignore[arg-type]
        legs=legs,  # type: ignore[arg-type]
        helpers=(driver(5, "Sam Keller"), driver(6, "Noor Aziz")),
        today=MONDAY,
        settings=settings,
    )


def test_the_rule_is_registered() -> None:
    assert appointment_reminders in REMINDER_RULES


def test_due_the_evening_before_with_what_where_when_to_leave_and_who_drives() -> None:
    chemo = appointment(TUESDAY, id=3, title="Chemo", location="Day unit")
    there = leg(chemo, LegDirection.THERE, id=1, driver_id=5, status=LegStatus.CONFIRMED)
    back = leg(chemo, LegDirection.BACK, id=2, driver_id=6, status=LegStatus.ASKED)
    plan = window(chemo, legs=(there, back))

    assert (
        due_reminders(plan, dt.datetime.combine(MONDAY, dt.time(17, 59)), [appointment_reminders])
        == []
    )
    (reminder,) = due_reminders(
        plan, dt.datetime.combine(MONDAY, dt.time(18)), [appointment_reminders]
    )

    assert str(reminder.title) == "Tomorrow: Chemo"
    assert "Where: Day unit" in str(reminder.text)
    assert "Leave at 08:15" in str(reminder.text)
    assert "Driving there: Sam Keller" in str(reminder.text)
    assert "Driving home: Noor Aziz (not confirmed yet)" in str(reminder.text)
    assert reminder.fix.area is Area.APPOINTMENTS and reminder.fix.record_id == 3
    assert reminder.key == "appointment:3:2026-03-10T09:00"


def test_the_reminder_time_is_a_plan_setting() -> None:
    plan = window(appointment(TUESDAY, id=3), **{REMINDER_TIME.key: "20:30"})

    (reminder,) = appointment_reminders(plan)

    assert reminder.due == dt.datetime.combine(MONDAY, dt.time(20, 30))


def test_no_reminder_for_cancelled_or_begun_appointments() -> None:
    cancelled = appointment(TUESDAY, id=3, status=AppointmentStatus.CANCELLED)
    today = appointment(MONDAY, id=4, hour=9)

    assert (
        due_reminders(
            window(cancelled, today),
            dt.datetime.combine(MONDAY, dt.time(9, 30)),
            [appointment_reminders],
        )
        == []
    )


def test_a_ride_without_a_driver_says_so() -> None:
    (reminder,) = appointment_reminders(window(appointment(TUESDAY, id=3)))

    assert "Driving there: nobody yet" in str(reminder.text)
