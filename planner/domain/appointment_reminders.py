"""The evening before an appointment: what it is, where, when to leave and who drives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.gaps import Fix
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, PlanWindow, RideLeg
from planner.domain.reminders import Reminder, lines
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


def _driver(window: PlanWindow, leg: RideLeg | None) -> Message | str:
    helper = window.helper(leg.driver_id) if leg is not None else None
    if helper is None:
        return translate("Reminders", "nobody yet")
    if leg is not None and leg.status is not LegStatus.CONFIRMED:
        return translate("Reminders", "{driver} (not confirmed yet)").format(driver=helper.name)
    return helper.name


def reminder_text(window: PlanWindow, appointment: Appointment) -> Message:
    """What, where, when to leave and who drives, one line each."""
    said = [
        translate("Reminders", "{appointment} at {time}").format(
            appointment=appointment.title, time=appointment.start.time()
        )
    ]
    if appointment.location:
        said.append(translate("Reminders", "Where: {place}").format(place=appointment.location))
    there = _leg(window, appointment, LegDirection.THERE)
    if there is not None:
        said.append(translate("Reminders", "Leave at {time}").format(time=there.pickup_time.time()))
    if appointment.needs_ride:
        back = _leg(window, appointment, LegDirection.BACK)
        said.append(
            translate("Reminders", "Driving there: {driver}").format(driver=_driver(window, there))
        )
        said.append(
            translate("Reminders", "Driving home: {driver}").format(driver=_driver(window, back))
        )
    return lines(*said)


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
            title=translate("Reminders", "Tomorrow: {appointment}").format(
                appointment=appointment.title
            ),
            text=reminder_text(window, appointment),
            fix=Fix(Area.APPOINTMENTS, appointment.id, translate("Fix", "Open the appointment")),
            until=appointment.start,
        )
