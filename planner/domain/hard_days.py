"""Hard days: the days after an appointment when the patient is expected to feel worst."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.domain.model import Appointment, PlanWindow
from planner.domain.settings import Setting, int_setting

DEFAULT_RECOVERY_DAYS: Mapping[AppointmentKind, int] = {
    AppointmentKind.CHEMOTHERAPY: 3,
    AppointmentKind.INFUSION: 1,
    AppointmentKind.RADIATION: 0,
    AppointmentKind.SURGERY: 7,
    AppointmentKind.DIALYSIS: 1,
    AppointmentKind.TRIAL_VISIT: 1,
}
"""Starting points only; every appointment may override its own number."""

LONGEST_LEARNED = max(DEFAULT_RECOVERY_DAYS.values())
"""The most recovery days a kind's plan-wide default may be set to (from the journal): the
store looks this far back for appointments whose hard days reach into a week."""

RECOVERY_KEY_PREFIX = "hard_days."

RECOVERY_SETTINGS: Mapping[AppointmentKind, Setting[int]] = {
    kind: int_setting(
        f"{RECOVERY_KEY_PREFIX}{kind.value}", DEFAULT_RECOVERY_DAYS.get(kind, 0), 0, LONGEST_LEARNED
    )
    for kind in AppointmentKind
}
"""The plan's own default per kind (what the journal learned and the user accepted)."""

_NO_SETTINGS: Mapping[str, str] = {}


def recovery_days(appointment: Appointment, settings: Mapping[str, str] = _NO_SETTINGS) -> int:
    if appointment.recovery_days is not None:
        return appointment.recovery_days
    return RECOVERY_SETTINGS[appointment.kind].read(settings)


def hard_days_after(
    appointment: Appointment, settings: Mapping[str, str] = _NO_SETTINGS
) -> list[dt.date]:
    """The days after the appointment's day that are expected to be hard."""
    if appointment.status is AppointmentStatus.CANCELLED:
        return []
    day = appointment.start.date()
    return [day + dt.timedelta(days=n) for n in range(1, recovery_days(appointment, settings) + 1)]


def hard_days(
    appointments: Iterable[Appointment],
    first: dt.date,
    last: dt.date,
    settings: Mapping[str, str] = _NO_SETTINGS,
) -> dict[dt.date, list[Appointment]]:
    """Each hard day between ``first`` and ``last`` (inclusive) with the appointments causing it.

    ``settings`` are the plan's (a window's): a kind's default may have been changed there.
    """
    result: dict[dt.date, list[Appointment]] = {}
    by_kind: dict[AppointmentKind, int] = {}  # each kind's default, read once
    cancelled = AppointmentStatus.CANCELLED  # (an enum's member is looked up at a cost)
    for appointment in appointments:
        if appointment.status is cancelled:
            continue
        count = appointment.recovery_days
        if count is None:
            count = by_kind.get(appointment.kind)
            if count is None:
                count = by_kind[appointment.kind] = recovery_days(appointment, settings)
        # Only the hard days (1 to ``count`` days after its day) from ``first`` to ``last``.
        day = appointment.start.date()
        for n in range(max(1, (first - day).days), min(count, (last - day).days) + 1):
            result.setdefault(day + dt.timedelta(days=n), []).append(appointment)
    return dict(sorted(result.items()))


def window_hard_days(window: PlanWindow) -> dict[dt.date, list[Appointment]]:
    """The hard days of the window's whole span (see :func:`hard_days`), worked out once per
    window: the week's days, its tasks' gaps and the freezer each ask for them."""
    return window.derived(_window_hard_days)


def _window_hard_days(window: PlanWindow) -> dict[dt.date, list[Appointment]]:
    return hard_days(window.appointments, window.first_day, window.last_day, window.settings)


def hard_days_between(
    window: PlanWindow, first: dt.date, last: dt.date
) -> dict[dt.date, list[Appointment]]:
    """The window's hard days from ``first`` to ``last``, as :func:`hard_days` finds them
    (from those of its whole span when the days lie inside it)."""
    if first < window.first_day or last > window.last_day:  # not what it was asked for
        return hard_days(window.appointments, first, last, window.settings)
    found = window_hard_days(window)
    if first == window.first_day and last == window.last_day:
        return found
    return {day: causes for day, causes in found.items() if first <= day <= last}
