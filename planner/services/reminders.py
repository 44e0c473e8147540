"""The reminders due now, for the window's reminder bar and the system tray, and those that
fell due while the program was not running."""

from __future__ import annotations

import datetime as dt

from planner.domain.reminders import (
    LOOK_AHEAD_DAYS,
    LOOK_BACK_DAYS,
    Reminder,
    due_between,
    due_reminders,
)
from planner.services.plan import Plan


def reminders_due(plan: Plan, now: dt.datetime) -> list[Reminder]:
    today = now.date()
    with plan.unit_of_work() as work:
        window = work.store.window(today, today + dt.timedelta(days=LOOK_AHEAD_DAYS), today)
    return due_reminders(window, now)


def reminders_due_since(plan: Plan, since: dt.datetime, now: dt.datetime) -> list[Reminder]:
    """The reminders that fell due after ``since`` (the last look) and by ``now``, and are
    still of use; ``since`` is taken at most :data:`LOOK_BACK_DAYS` back."""
    since = max(since, now - dt.timedelta(days=LOOK_BACK_DAYS))
    if since >= now:
        return []
    first = since.date()
    with plan.unit_of_work() as work:
        window = work.store.window(first, now.date() + dt.timedelta(days=LOOK_AHEAD_DAYS), first)
    return due_between(window, since, now)
