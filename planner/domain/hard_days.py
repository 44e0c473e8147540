"""Hard days: the days after an appointment when the patient is expected to feel worst."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.domain.model import Appointment

DEFAULT_RECOVERY_DAYS: Mapping[AppointmentKind, int] = {
    AppointmentKind.CHEMOTHERAPY: 3,
    AppointmentKind.INFUSION: 1,
    AppointmentKind.RADIATION: 0,
    AppointmentKind.SURGERY: 7,
    AppointmentKind.DIALYSIS: 1,
    AppointmentKind.TRIAL_VISIT: 1,
}
"""Starting points only; every appointment may override its own number."""


def recovery_days(appointment: Appointment) -> int:
    if appointment.recovery_days is not None:
        return appointment.recovery_days
    return DEFAULT_RECOVERY_DAYS.get(appointment.kind, 0)


def hard_days_after(appointment: Appointment) -> list[dt.date]:
    """The days after the appointment's day that are expected to be hard."""
    if appointment.status is AppointmentStatus.CANCELLED:
        return []
    day = appointment.start.date()
    return [day + dt.timedelta(days=n) for n in range(1, recovery_days(appointment) + 1)]


def hard_days(
    appointments: Iterable[Appointment], first: dt.date, last: dt.date
) -> dict[dt.date, list[Appointment]]:
    """Each hard day between ``first`` and ``last`` (inclusive) with the appointments causing it."""
    result: dict[dt.date, list[Appointment]] = {}
    for appointment in appointments:
        for day in hard_days_after(appointment):
            if first <= day <= last:
                result.setdefault(day, []).append(appointment)
    return dict(sorted(result.items()))
