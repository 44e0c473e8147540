"""Read-only lists of each area, for the window's area pages."""

from __future__ import annotations

import datetime as dt

from planner.domain import model
from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.services.plan import Plan


def appointments(
    plan: Plan,
    first: dt.date | None = None,
    last: dt.date | None = None,
    kind: AppointmentKind | None = None,
    status: AppointmentStatus | None = None,
) -> list[model.Appointment]:
    """Appointments in a date range (inclusive), of one kind or status; all by default."""
    with plan.unit_of_work() as work:
        return work.store.appointments(first, last, kind, status)


def legs(
    plan: Plan, since: dt.date
) -> tuple[list[model.RideLeg], dict[int, model.Appointment], dict[int, model.Helper]]:
    """Coming ride legs with the appointments and helpers they name."""
    with plan.unit_of_work() as work:
        found = work.store.legs(since)
        appointments = {a.id: a for a in work.store.appointments(since) if a.id is not None}
        helpers = {h.id: h for h in work.store.helpers() if h.id is not None}
    return found, appointments, helpers


def helpers(plan: Plan) -> list[model.Helper]:
    with plan.unit_of_work() as work:
        return work.store.helpers()


def contacts(plan: Plan) -> list[model.Contact]:
    with plan.unit_of_work() as work:
        return work.store.contacts()


def meals(plan: Plan) -> list[model.FreezerMeal]:
    with plan.unit_of_work() as work:
        return work.store.meals()


def groups(plan: Plan) -> list[model.SupportGroup]:
    with plan.unit_of_work() as work:
        return work.store.groups()


def journal(plan: Plan) -> list[model.JournalEntry]:
    with plan.unit_of_work() as work:
        return work.store.journal()


def questions(plan: Plan) -> list[model.Question]:
    with plan.unit_of_work() as work:
        return work.store.questions()
