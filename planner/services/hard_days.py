"""Which days are hard in a date range, for every area that plans around them."""

from __future__ import annotations

import datetime as dt

from planner.domain import hard_days as rules
from planner.domain.model import Appointment
from planner.services.plan import Plan


def hard_days(plan: Plan, first: dt.date, last: dt.date) -> dict[dt.date, tuple[Appointment, ...]]:
    """Each hard day from ``first`` to ``last`` (inclusive), earliest first, with the
    appointments that make it hard (an appointment before ``first`` may reach into it)."""
    with plan.unit_of_work() as work:
        found = work.store.hard_day_sources(first) + work.store.appointments(first, last)
        settings = work.store.settings()  # a kind's default may be the plan's own
    days = rules.hard_days(found, first, last, settings)
    return {day: tuple(causes) for day, causes in days.items()}
