"""Support-group meetings derived from each group's repeating schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.domain.errors import InvalidInput
from planner.domain.model import Meeting, SupportGroup


class ScheduleError(InvalidInput):
    """A meeting schedule that cannot be read."""


def meetings_between(
    groups: Iterable[SupportGroup], first: dt.date, last: dt.date
) -> list[Meeting]:
    """The meetings of all groups that start between ``first`` and ``last`` inclusive."""
    # dateutil is only needed here; importing it lazily keeps start-up lean.
    from dateutil.rrule import rrulestr

    begin = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    meetings: list[Meeting] = []
    for group in groups:
        if group.id is None:
            continue
        if group.recurrence:
            try:
                rule = rrulestr(group.recurrence, dtstart=group.first_meeting)
            except (ValueError, TypeError) as error:
                raise ScheduleError(f"{group.name}: the meeting schedule is unreadable.") from error
            starts = rule.between(begin, end, inc=True)
        else:
            starts = [group.first_meeting] if begin <= group.first_meeting <= end else []
        where = group.place or group.link
        meetings.extend(
            Meeting(group.id, group.name, start, start + group.duration, where) for start in starts
        )
    return sorted(meetings, key=lambda m: m.start)
