"""Reminders: what the user should hear about at a set time (the evening before a ride, a
meal to thaw tonight, tomorrow's appointment).

Like gaps, reminders come from plain rules over a :class:`PlanWindow`; each area declares
its rules once, in :mod:`planner.domain.areas`. The window decides how to show a due
reminder, and shows each one once (by its ``key``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from planner.domain.gaps import Fix
from planner.domain.messages import Message
from planner.domain.model import PlanWindow


@dataclass(frozen=True)
class Reminder:
    key: str
    """Stable across reads, e.g. ``"thaw:12:2026-03-12"``, so a reminder is shown once."""
    due: dt.datetime
    """From when on the reminder is shown."""
    title: Message
    text: Message
    """What to do, in words still to render; several lines are one :func:`lines`."""
    fix: Fix
    until: dt.datetime | None = None
    """After this the reminder has no use any more (e.g. the appointment has begun)."""


ReminderRule = Callable[[PlanWindow], Iterable[Reminder]]


def lines(*parts: Message | str) -> Message:
    """``parts`` one to a line, as one message: a layout with no words of its own, so it
    needs no translation (each part is rendered in the reader's language)."""
    if len(parts) == 1 and isinstance(parts[0], Message):
        return parts[0]
    names = [f"line{n}" for n in range(len(parts))]
    layout = "\n".join("{" + name + "}" for name in names)
    return Message("Reminders", layout, MappingProxyType(dict(zip(names, parts, strict=True))))


LOOK_AHEAD_DAYS = 2
"""How far ahead of today the rules are asked: a reminder is due the day before at most."""

LOOK_BACK_DAYS = 7
"""How far back a start looks for reminders that fell due while nothing looked."""


def due_reminders(
    window: PlanWindow, now: dt.datetime, rules: Sequence[ReminderRule]
) -> list[Reminder]:
    """The reminders due at ``now`` and not yet past their use, earliest due first."""
    found = [
        reminder
        for rule in rules
        for reminder in rule(window)
        if reminder.due <= now and (reminder.until is None or now < reminder.until)
    ]
    return sorted(found, key=lambda reminder: (reminder.due, reminder.key))


def due_between(
    window: PlanWindow,
    since: dt.datetime,
    now: dt.datetime,
    rules: Sequence[ReminderRule],
) -> list[Reminder]:
    """The reminders that fell due after ``since`` and by ``now`` and are still of use at
    ``now``: what came due while nothing looked (the program closed, the computer asleep).

    The rules yield nothing for days before ``window.today``, so the window is seen from
    ``since``'s day.
    """
    return [reminder for reminder in due_reminders(window, now, rules) if since < reminder.due]
