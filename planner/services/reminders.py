"""The reminders due now, for the window's reminder bar and the system tray."""

from __future__ import annotations

import datetime as dt

from planner.domain.reminders import LOOK_AHEAD_DAYS, Reminder, due_reminders
from planner.services.plan import Plan


def reminders_due(plan: Plan, now: dt.datetime) -> list[Reminder]:
    today = now.date()
    with plan.unit_of_work() as work:
        window = work.store.window(today, today + dt.timedelta(days=LOOK_AHEAD_DAYS), today)
    return due_reminders(window, now)
