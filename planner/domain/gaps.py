"""Gaps: what the coming weeks still lack, found by a list of plain rules.

A rule is a function from a :class:`PlanWindow` to the gaps it finds. Later areas add
their own rules to :data:`RULES`; nothing else has to change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.meetings import is_readable
from planner.domain.model import Appointment, PlanWindow, RideLeg


@dataclass(frozen=True)
class Fix:
    """Where the user goes to close a gap: an area and the record to open there."""

    area: Area
    record_id: int | None
    action: str
    """A short imperative label for the button, e.g. "Find a driver"."""


@dataclass(frozen=True)
class Gap:
    kind: str
    date: dt.date
    message: str
    fix: Fix
    at: dt.time | None = None
    """The time of day it concerns, when there is one (gaps of a day are listed by it)."""


Rule = Callable[[PlanWindow], Iterable[Gap]]

RIDE_WITHOUT_DRIVER = "ride_without_driver"
RIDE_NOT_CONFIRMED = "ride_not_confirmed"
SCHEDULE_UNREADABLE = "schedule_unreadable"


def short_when(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} at {moment:%H:%M}"


def _ride_gap(
    appointment: Appointment, direction: LegDirection, leg: RideLeg | None, window: PlanWindow
) -> Gap | None:
    if leg is not None and leg.is_covered:
        return None
    if direction is LegDirection.THERE:
        trip, usual = f"Ride to {appointment.title}", appointment.start
    else:
        trip, usual = f"Ride home from {appointment.title}", appointment.end
    when = leg.pickup_time if leg is not None else usual
    what = f"{trip}, {short_when(when)}"
    record = leg.id if leg is not None else None
    day = appointment.start.date()
    driver = window.helper(leg.driver_id) if leg is not None else None
    if driver is None:
        return Gap(
            RIDE_WITHOUT_DRIVER,
            day,
            f"{what} has no driver yet.",
            Fix(Area.RIDES, record, "Find a driver"),
            when.time(),
        )
    state = (
        "was asked but has not confirmed"
        if leg and leg.status is LegStatus.ASKED
        else "has not been asked yet"
    )
    return Gap(
        RIDE_NOT_CONFIRMED,
        day,
        f"{what}: {driver.name} {state}.",
        Fix(Area.RIDES, record, "Confirm the driver"),
        when.time(),
    )


def rides_not_confirmed(window: PlanWindow) -> Iterable[Gap]:
    """Every coming appointment that needs a ride must have a confirmed driver each way."""
    for appointment in window.appointments:
        if (
            not appointment.needs_ride
            or appointment.status is not AppointmentStatus.SCHEDULED
            or appointment.start.date() < window.today
        ):
            continue
        legs = {
            leg.direction: leg
            for leg in window.legs_of(appointment.id)
            if leg.status is not LegStatus.CANCELLED
        }
        for direction in LegDirection:
            gap = _ride_gap(appointment, direction, legs.get(direction), window)
            if gap is not None:
                yield gap


def unreadable_schedules(window: PlanWindow) -> Iterable[Gap]:
    """A support group whose meetings cannot be worked out shows none; say so."""
    day = min(max(window.today, window.first_day), window.last_day)
    for group in window.groups:
        if not is_readable(group):
            yield Gap(
                SCHEDULE_UNREADABLE,
                day,
                f"The meeting schedule of {group.name} cannot be read, so its meetings are "
                "not shown.",
                Fix(Area.SUPPORT, group.id, "Check the schedule"),
            )


RULES: list[Rule] = [rides_not_confirmed, unreadable_schedules]


def find_gaps(window: PlanWindow, rules: Sequence[Rule] = RULES) -> list[Gap]:
    """All gaps inside the window, earliest first."""
    found = [
        gap
        for rule in rules
        for gap in rule(window)
        if window.first_day <= gap.date <= window.last_day
    ]
    return sorted(found, key=lambda gap: (gap.date, gap.at or dt.time.min, gap.kind, gap.message))

# Rules of other areas import Gap and Fix from here; each such module adds itself to RULES
# when imported, and importing it here makes sure it is.
import planner.domain.overlaps  # noqa: E402, F401
