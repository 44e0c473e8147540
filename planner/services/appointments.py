"""Appointments: add, change and delete one (undo puts back what the change log recorded).

A change or deletion made with ``expected_version`` (the version of the appointment the user
was looking at) is refused with a ConflictError when someone else changed it in between.
A value the plan cannot accept is refused with an InvalidInput; nothing is written then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from planner.domain.appointments import check_appointment
from planner.domain.model import Appointment, AppointmentQuery
from planner.domain.overlaps import overlapping
from planner.services.changes import Changes
from planner.services.legs import add_legs, follow_appointment
from planner.services.plan import Plan
from planner.store import appointments as queries

__all__ = [
    "AppointmentChange",
    "AppointmentQuery",
    "add_appointment",
    "appointment_ids",
    "appointment_page",
    "appointment_position",
    "appointments_by_id",
    "count_appointments",
    "delete_appointment",
    "overlapping_appointments",
    "update_appointment",
]

AppointmentChange = tuple[Appointment, Appointment]
"""The appointment before and after a change."""


def _checked(appointment: Appointment, today: dt.date) -> Appointment:
    tidy = dataclasses.replace(
        appointment,
        title=appointment.title.strip(),
        location=appointment.location.strip(),
        clinician=appointment.clinician.strip(),
    )
    check_appointment(tidy, today)
    return tidy


def add_appointment(
    plan: Plan, appointment: Appointment, *, today: dt.date | None = None
) -> tuple[Appointment, Changes]:
    """Add a new appointment; returns it as stored (with its id and version)."""
    new = dataclasses.replace(
        _checked(appointment, today or plan.clock.today()), id=None, version=None
    )
    with plan.unit_of_work() as work:
        new_id = work.store.add(new)
        added = work.store.appointment(new_id)
        add_legs(work.store, added, plan.clock.now())
        work.commit()
    return added, work.changes


def update_appointment(
    plan: Plan,
    appointment: Appointment,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> tuple[AppointmentChange, Changes]:
    """Store ``appointment`` over the one with its id."""
    if appointment.id is None:
        raise ValueError("only a stored appointment can be updated")
    changed = _checked(appointment, today or plan.clock.today())
    with plan.unit_of_work() as work:
        before = work.store.appointment(appointment.id)
        after = work.store.update_appointment(changed, expected_version=expected_version)
        if _moves_its_rides(before, after):
            follow_appointment(work.store, before, after, plan.clock.now())
        queries.move_tasks(work.store, appointment.id, after.start - before.start)
        work.commit()
    return (before, after), work.changes


def _moves_its_rides(before: Appointment, after: Appointment) -> bool:
    """Whether the change of an appointment changes its ride legs: its times, its status or
    whether it needs a ride (an edit of its words, the most common, reads no leg)."""
    return (before.start, before.end, before.status, before.needs_ride) != (
        after.start,
        after.end,
        after.status,
        after.needs_ride,
    )


def delete_appointment(
    plan: Plan, appointment_id: int, *, expected_version: int | None = None
) -> tuple[Appointment, Changes]:
    """Delete an appointment with its ride legs (help tasks and questions naming it are
    unlinked); returns it as it was. The changes record all of it, for undo."""
    with plan.unit_of_work() as work:
        removed = work.store.delete_appointment(appointment_id, expected_version=expected_version)
        work.commit()
    return removed, work.changes


# -- the appointment list, a page at a time (the window's table over 100,000 rows) --------
def appointment_ids(plan: Plan, query: AppointmentQuery) -> list[int]:
    """The ids of the appointments ``query`` names, in its order."""
    with plan.unit_of_work() as work:
        return queries.appointment_ids(work.store, query)


def count_appointments(plan: Plan, query: AppointmentQuery) -> int:
    with plan.unit_of_work() as work:
        return queries.count_appointments(work.store, query)


def appointment_page(
    plan: Plan, query: AppointmentQuery, offset: int, limit: int
) -> list[Appointment]:
    """One page of the list ``query`` names: filtered, sorted and cut by the database."""
    with plan.unit_of_work() as work:
        return queries.appointment_page(work.store, query, offset, limit)


def appointment_position(plan: Plan, query: AppointmentQuery, appointment_id: int) -> int | None:
    """Where the appointment stands in the list ``query`` names (0-based), or ``None``."""
    with plan.unit_of_work() as work:
        return queries.appointment_position(work.store, query, appointment_id)


def appointments_by_id(plan: Plan, ids: Sequence[int]) -> dict[int, Appointment]:
    """The appointments of ``ids`` that are still in the plan, by id."""
    with plan.unit_of_work() as work:
        return queries.appointments_by_id(work.store, ids)


def overlapping_appointments(plan: Plan, appointment: Appointment) -> list[Appointment]:
    """Scheduled appointments sharing time with ``appointment`` (other than itself)."""
    day = appointment.start.date()
    with plan.unit_of_work() as work:
        near = work.store.appointments(day - dt.timedelta(days=1), appointment.end.date())
    return overlapping(appointment, near)
