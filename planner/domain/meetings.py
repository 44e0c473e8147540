"""Support-group meetings derived from each group's repeating schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.domain.model import Meeting, SupportGroup
from planner.domain.recurrence import check_rule


class ScheduleError(InvalidInput):
    """A meeting schedule that cannot be read."""


@lru_cache(maxsize=256)
def _rule(recurrence: str, first_meeting: dt.datetime) -> Any:
    """The parsed schedule; kept, with the meetings it has already worked out, for reuse."""
    # dateutil is only needed here; importing it lazily keeps start-up lean.
    from dateutil.rrule import rrulestr

    check_rule(recurrence)  # a rule that may never match would run for most of a minute
    return rrulestr(recurrence, dtstart=first_meeting, cache=True)


def is_readable(group: SupportGroup) -> bool:
    """Whether the group's meeting schedule can be worked out."""
    if not group.recurrence:
        return True
    try:
        _rule(group.recurrence, group.first_meeting)
    except (ValueError, TypeError):
        return False
    return True


def meetings_between(
    groups: Iterable[SupportGroup], first: dt.date, last: dt.date
) -> list[Meeting]:
    """The meetings of all groups that start between ``first`` and ``last`` inclusive."""
    begin = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    meetings: list[Meeting] = []
    for group in groups:
        if group.id is None:
            continue
        if group.recurrence:
            try:
                rule = _rule(group.recurrence, group.first_meeting)
            except (ValueError, TypeError) as error:
                raise ScheduleError(
                    translate("Errors", "{group}: the meeting schedule is unreadable.").format(
                        group=group.name
                    )
                ) from error
            starts = rule.between(begin, end, inc=True)
        else:
            starts = [group.first_meeting] if begin <= group.first_meeting <= end else []
        where = group.place or group.link
        meetings.extend(
            Meeting(group.id, group.name, start, start + group.duration, where) for start in starts
        )
    return sorted(meetings, key=lambda m: m.start)
