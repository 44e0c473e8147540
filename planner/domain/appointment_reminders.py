"""The evening before an appointment: what it is, where, when to leave and who drives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.gaps import Fix
from planner.domain.model import Appointment, PlanWindow, RideLeg
from planner.domain.reminders import Reminder
from planner.domain.settings import time_setting

REMINDER_TIME = time_setting("appointments.reminder_time", dt.time(18))
"""When, on the day before, the plan reminds of the next day's appointments."""


def _leg(window: PlanWindow, appointment: Appointment, direction: LegDirection) -> RideLeg | None:
    return next(
        (
            leg
            for leg in window.legs_of(appointment.id)
            if leg.direction is direction and leg.status is not LegStatus.CANCELLED
        ),
        None,
    )


def _driver(window: PlanWindow, leg: RideLeg | None) -> str:
    helper = window.helper(leg.driver_id) if leg is not None else None
    if helper is None:
        return "nobody yet"
    if leg is not None and leg.status is not LegStatus.CONFIRMED:
        return f"{helper.name} (not confirmed yet)"
    return helper.name


def reminder_text(window: PlanWindow, appointment: Appointment) -> str:
    """What, where, when to leave and who drives, one line each."""
    lines = [f"{appointment.title} at {appointment.start:%H:%M}"]
    if appointment.location:
        lines.append(f"Where: {appointment.location}")
    there = _leg(window, appointment, LegDirection.THERE)
    if there is not None:
        lines.append(f"Leave at {there.pickup_time:%H:%M}")
    if appointment.needs_ride:
        back = _leg(window, appointment, LegDirection.BACK)
        lines.append(f"Driving there: {_driver(window, there)}")
        lines.append(f"Driving home: {_driver(window, back)}")
    return "\n".join(lines)


def appointment_reminders(window: PlanWindow) -> Iterable[Reminder]:
    """For each scheduled appointment, a reminder due the evening before (plan setting)."""
    at = REMINDER_TIME.read(window.settings)
    for appointment in window.appointments:
        if appointment.status is not AppointmentStatus.SCHEDULED or appointment.id is None:
            continue
        day = appointment.start.date()
        if day < window.today:
            continue
        yield Reminder(
            key=f"appointment:{appointment.id}:{appointment.start:%Y-%m-%dT%H:%M}",
            due=dt.datetime.combine(day - dt.timedelta(days=1), at),
            title=f"Tomorrow: {appointment.title}",
            text=reminder_text(window, appointment),
            fix=Fix(Area.APPOINTMENTS, appointment.id, "Open the appointment"),
            until=appointment.start,
        )
