"""Small builders for domain values, so that a test names only what it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from planner.domain import model
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    LegDirection,
    LegStatus,
)
from planner.domain.profile import HOME_ADDRESS, PATIENT_NAME, PATIENT_PHONE

MONDAY = dt.date(2026, 3, 9)


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def appointment(
    day: dt.date,
    *,
    id: int | None = 1,
    kind: AppointmentKind = AppointmentKind.CHEMOTHERAPY,
    hour: int = 9,
    title: str | None = None,
    needs_ride: bool = True,
    status: AppointmentStatus = AppointmentStatus.SCHEDULED,
    **changes: Any,
) -> model.Appointment:
    return model.Appointment(
        kind,
        title or f"{kind.label} {id}",
        at(day, hour),
        needs_ride=needs_ride,
        status=status,
        id=id,
        **changes,
    )


def leg(
    of: model.Appointment,
    direction: LegDirection,
    *,
    id: int | None,
    driver_id: int | None = None,
    status: LegStatus = LegStatus.NEEDED,
) -> model.RideLeg:
    assert of.id is not None
    pickup = of.start - dt.timedelta(minutes=45) if direction is LegDirection.THERE else of.end
    return model.RideLeg(of.id, direction, pickup, driver_id=driver_id, status=status, id=id)


def driver(id: int, name: str = "Sam Keller") -> model.Helper:
    return model.Helper(name, capabilities=frozenset({Capability.DRIVE}), id=id)


PROFILE = {
    PATIENT_NAME.key: "Maria Keller",
    PATIENT_PHONE.key: "+44 7700 900100",
    HOME_ADDRESS.key: "12 Linden Road",
}
"""A patient's profile filled in, as a plan's is once set up (a missing one is a gap)."""


def window(
    first: dt.date,
    days: int = 7,
    *,
    today: dt.date | None = None,
    settings: Mapping[str, str] = PROFILE,
    **parts: Any,
) -> model.PlanWindow:
    """A window of ``days`` days from ``first``; ``parts`` are lists of values."""
    return model.PlanWindow(
        first_day=first,
        last_day=first + dt.timedelta(days=days - 1),
        today=today or first,
        settings=settings,
        **{name: tuple(values) for name, values in parts.items()},
    )
