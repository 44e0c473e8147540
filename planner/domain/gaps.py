"""Gaps: what the coming weeks still lack, found by a list of plain rules.

A rule is a function from a :class:`PlanWindow` to the gaps it finds. Each area declares
its rules once, in :mod:`planner.domain.areas`; the rule modules import only the types
from here, so nothing imports back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from planner.domain.enums import Area
from planner.domain.meetings import is_readable
from planner.domain.messages import Message, translate
from planner.domain.model import PlanWindow


@dataclass(frozen=True)
class Fix:
    """Where the user goes to close a gap: an area and the record to open there."""

    area: Area
    record_id: int | None
    action: Message
    """A short imperative label for the button, e.g. "Find a driver" (context "Fix")."""


@dataclass(frozen=True)
class Gap:
    kind: str
    date: dt.date
    message: Message
    """What is missing, in words still to render in the reader's language."""
    fix: Fix
    at: dt.time | None = None
    """The time of day it concerns, when there is one (gaps of a day are listed by it)."""
    due: dt.date | None = None
    """The last day to act, when that comes before ``date`` (ask a driver, confirm a ride)."""

    @property
    def act_by(self) -> dt.date:
        """When something must be done about it: gaps are listed in this order."""
        return min(self.due, self.date) if self.due is not None else self.date

    def is_over(self, now: dt.datetime) -> bool:
        """What it concerns is past (this morning's ride): nothing can be arranged any more."""
        if self.date != now.date():
            return self.date < now.date()
        return self.at is not None and self.at < now.time()


Rule = Callable[[PlanWindow], Iterable[Gap]]

RIDE_WITHOUT_DRIVER = "ride_without_driver"
RIDE_NOT_CONFIRMED = "ride_not_confirmed"
SCHEDULE_UNREADABLE = "schedule_unreadable"


def unreadable_schedules(window: PlanWindow) -> Iterable[Gap]:
    """A support group whose meetings cannot be worked out shows none; say so."""
    day = min(max(window.today, window.first_day), window.last_day)
    for group in window.groups:
        if not is_readable(group):
            yield Gap(
                SCHEDULE_UNREADABLE,
                day,
                translate(
                    "Gaps",
                    "The meeting schedule of {group} cannot be read, so its meetings are not "
                    "shown.",
                ).format(group=group.name),
                Fix(Area.SUPPORT, group.id, translate("Fix", "Check the schedule")),
            )


def find_gaps(window: PlanWindow, rules: Sequence[Rule]) -> list[Gap]:
    """The gaps ``rules`` find inside the window, earliest first (every area's rules:
    :func:`planner.domain.areas.gaps`)."""
    found = [
        gap
        for rule in rules
        for gap in rule(window)
        if window.first_day <= gap.date <= window.last_day and window.wants_gap(gap.date, gap.due)
    ]
    found.sort(key=_order)
    # Gaps alike in all but their words go by their (English) words; only those are said.
    start = 0
    for end in range(1, len(found) + 1):
        if end == len(found) or _order(found[end]) != _order(found[start]):
            if end - start > 1:
                found[start:end] = sorted(found[start:end], key=lambda gap: str(gap.message))
            start = end
    return found


def _order(gap: Gap) -> tuple[dt.date, dt.date, dt.time, str]:
    return (gap.act_by, gap.date, gap.at or dt.time.min, gap.kind)
