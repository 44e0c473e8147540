"""The reminders due now, for the window's reminder bar and the system tray, and those that
fell due while the program was not running."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from planner.domain.areas import due_between, due_reminders
from planner.domain.errors import PlannerError
from planner.domain.reminders import LOOK_AHEAD_DAYS, LOOK_BACK_DAYS, Reminder
from planner.domain.settings import text_setting
from planner.services.plan import Plan


def reminders_due(plan: Plan, now: dt.datetime) -> list[Reminder]:
    today = now.date()
    with plan.unit_of_work() as work:
        window = work.store.reader().window(
            today, today + dt.timedelta(days=LOOK_AHEAD_DAYS), today, now
        )
    return due_reminders(window, now)


def reminders_due_since(plan: Plan, since: dt.datetime, now: dt.datetime) -> list[Reminder]:
    """The reminders that fell due after ``since`` (the last look) and by ``now``, and are
    still of use; ``since`` is taken at most :data:`LOOK_BACK_DAYS` back."""
    since = max(since, now - dt.timedelta(days=LOOK_BACK_DAYS))
    if since >= now:
        return []
    first = since.date()
    with plan.unit_of_work() as work:
        last = now.date() + dt.timedelta(days=LOOK_AHEAD_DAYS)
        window = work.store.reader().window(first, last, first, now)
    return due_between(window, since, now)


SECRET = text_setting("reminders.secret", "", 64)
"""A random key of the plan's own, for :func:`reminder_names`."""


def reminder_names(plan: Plan) -> Callable[[str], str]:
    """A one-way name for each reminder, for the window's own settings file: it tells this
    computer that a reminder was shown, never which appointment or meal it was about.

    The names are keyed with a random secret kept in the plan (made once); a plan that
    cannot be written to names them with a plain hash instead.
    """
    import hashlib  # with the first reminders, a moment after start (OpenSSL loads with it)
    import hmac
    import secrets

    with plan.unit_of_work() as work:
        secret = SECRET.read(work.store.settings())
    if not secret:
        try:
            with plan.unit_of_work() as work:
                secret = SECRET.read(work.store.settings()) or secrets.token_hex(32)
                work.store.set_setting(SECRET.key, secret)
                work.commit()
        except PlannerError:
            secret = ""
    key = secret.encode()

    def name(reminder_key: str) -> str:
        return hmac.new(key, reminder_key.encode(), hashlib.sha256).hexdigest()[:32]

    return name
