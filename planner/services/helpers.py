"""Helpers: add, change and remove one, and the fair-share view of who does what.

The same few steps serve contacts, help tasks and support groups: each value is checked
by its domain rule, saved in one unit of work, and a change made from a stale version
(someone else changed it meanwhile) is refused with a ConflictError. Undo puts back what
the change log recorded (see :mod:`planner.services.undo`): a removed helper comes back
with the tasks and ride legs that named them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from planner.domain.helpers import ShareRow, check_helper, fair_share
from planner.domain.model import Contact, Helper, HelpTask, SupportGroup
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import people, rows

__all__ = ["add_helper", "remove", "remove_helper", "save", "share", "update_helper"]

V = TypeVar("V", Helper, Contact, HelpTask, SupportGroup)

SHARE_WEEKS_BACK = 4
SHARE_WEEKS_AHEAD = 4


def read(plan: Plan, kind: type[V], row_id: int) -> V:
    """One helper, contact, task or group as stored now."""
    with plan.unit_of_work() as work:
        return rows.read(work.store.session, kind, row_id)


def save(plan: Plan, value: V, check: Callable[[V], V]) -> tuple[tuple[V | None, V], Changes]:
    """Check ``value`` and add it (no id) or store it over its record; returns the value
    before (``None`` for a new one) and after. Storing what is stored already changes
    nothing."""
    checked = check(value)
    with plan.unit_of_work() as work:
        session = work.store.session
        before = None if checked.id is None else rows.read(session, type(checked), checked.id)
        after = checked if before == checked else people.save(session, checked)
        work.commit()
    return (before, after), work.changes


def remove(plan: Plan, value: V) -> tuple[V, Changes]:
    """Remove the record ``value`` was read from (refused if it changed since); returns it
    as it was. What named it loses it (a helper's tasks and rides), or goes with it."""
    assert value.id is not None
    record_id = value.id
    with plan.unit_of_work() as work:
        removed = people.remove(work.store.session, type(value), record_id, value.version)
        work.commit()
    return removed, work.changes


def add_helper(plan: Plan, helper: Helper) -> tuple[Helper, Changes]:
    """Add a new helper; refused (InvalidInput) without a valid phone or email."""
    (_, added), changes = save(
        plan, dataclasses.replace(helper, id=None, version=None), check_helper
    )
    return added, changes


def update_helper(plan: Plan, helper: Helper) -> tuple[tuple[Helper | None, Helper], Changes]:
    if helper.id is None:
        raise ValueError("only a stored helper can be updated")
    return save(plan, helper, check_helper)


def remove_helper(plan: Plan, helper: Helper) -> tuple[Helper, Changes]:
    """Remove a helper; their tasks and rides lose them (undo gives them back)."""
    return remove(plan, helper)


def share_weeks(today: dt.date) -> list[dt.date]:
    """The Mondays of the fair-share view: four weeks back, this week, three ahead."""
    monday = today - dt.timedelta(days=today.weekday())
    return [monday + dt.timedelta(weeks=n) for n in range(-SHARE_WEEKS_BACK, SHARE_WEEKS_AHEAD)]


def share(plan: Plan, today: dt.date) -> tuple[list[dt.date], list[ShareRow]]:
    """Who does what, per helper and week, over the last and next four weeks."""
    weeks = share_weeks(today)
    with plan.unit_of_work() as work:
        window = work.store.reader().window(weeks[0], weeks[-1] + dt.timedelta(days=6), today)
    return weeks, fair_share(window, weeks)
