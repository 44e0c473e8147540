"""The activity list: the recent changes as sentences (see :mod:`planner.services.activity`),
narrowed to one person or one area, each with the record it opens; and how many are new
since a person last looked.

A line is new for a person when it comes after the change they last saw and someone else
made it (what one did oneself is no news).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.activity import AREA_OF, kinds_of
from planner.domain.changes import Change, Kind
from planner.domain.enums import Area
from planner.services import activity
from planner.services.activity import Line
from planner.services.plan import Plan
from planner.services.reminders import SECRET
from planner.store import change_log

LONGEST = 200
"""How many changes the list reads (the newest ones that fit its filters)."""
AUTHORS_AMONG = 2000
"""How many of the newest changes the list of people to filter by is read from."""
MOST_COUNTED = 500
"""How many changes after the mark are read to count what is new."""

Record = tuple[Kind, int | str]

_OPENED_WITH: dict[Kind, tuple[str, Kind]] = {
    Kind.LEG_STATUS: ("leg_id", Kind.RIDE_LEG),
    Kind.PORTIONS_TAKEN: ("meal_id", Kind.MEAL),
    Kind.AVAILABILITY: ("helper_id", Kind.HELPER),
    Kind.CALENDAR_LINK: ("appointment_id", Kind.APPOINTMENT),
}
"""Rows a page does not list, and the column naming the record it lists them with."""


@dataclass(frozen=True)
class Entry:
    """One line of the list, with the area it belongs to and the record it opens."""

    line: Line
    area: Area | None
    """``None`` for a change of the plan's settings (Preferences)."""
    opens: Record


def area_of(kind: Kind) -> Area | None:
    return AREA_OF.get(kind)


def opens(change: Change) -> Record:
    """The record a change is shown with: a ride leg for its status note, a meal for the
    portions taken out of it, a helper for their usual times, ..."""
    if change.kind in _OPENED_WITH:
        column, kind = _OPENED_WITH[change.kind]
        key = change.value(column)
        if isinstance(key, int) and not isinstance(key, bool):
            return (kind, key)
    return (change.kind, change.row)


def _told(changes: Iterable[Change]) -> list[Change]:
    """The changes worth a line: not the program's own housekeeping (the reminders' key)."""
    return [c for c in changes if not (c.kind is Kind.SETTING and c.row == SECRET.key)]


def entries(lines: Iterable[Line], changes: Iterable[Change]) -> list[Entry]:
    """The entries for ``lines`` (told from ``changes``), newest first."""
    by_seq = {change.seq: change for change in changes}
    told = []
    for line in sorted(lines, key=lambda line: line.seq, reverse=True):
        change = by_seq.get(line.seq)
        record = opens(change) if change is not None else (line.kind, line.id)
        told.append(Entry(line, area_of(record[0]), record))
    return told


def recent(
    plan: Plan, *, who: str | None = None, area: Area | None = None, last: int = LONGEST
) -> list[Entry]:
    """The list, newest first: the newest ``last`` changes by ``who`` in ``area`` (anyone's,
    anywhere, when ``None``), each action told in one line."""
    kinds = kinds_of(area) if area is not None else None
    with plan.unit_of_work() as work:
        found = _told(change_log.latest(work.store.session, last, who=who, kinds=kinds))
    return entries(activity.describe(plan, found), found)


def matches(line: Line, who: str | None = None, area: Area | None = None) -> bool:
    """Whether ``line`` is by ``who`` and about ``area`` (``None``: anyone, anywhere)."""
    return (who is None or line.who == who) and (area is None or area_of(line.kind) is area)


def authors(plan: Plan) -> list[str]:
    """The people the recent changes name, in alphabetical order."""
    with plan.unit_of_work() as work:
        names = change_log.authors(work.store.session, AUTHORS_AMONG)
    return sorted({name for name in names if name.strip()}, key=str.casefold)


def is_new(line: Line, after: int, me: str) -> bool:
    return line.seq > after and line.who != me


def new_lines(changes: Iterable[Change], after: int, me: str, this_year: int) -> int:
    """How many lines of ``changes`` are new to ``me``, who last saw change ``after``."""
    told = activity.lines(_told(changes), activity.Context(this_year))
    return sum(is_new(line, after, me) for line in told)


def news(plan: Plan, after: int, me: str) -> int:
    """How many lines are new to ``me`` since change ``after`` (counted among the newest
    :data:`MOST_COUNTED` changes)."""
    with plan.unit_of_work() as work:
        found = change_log.latest(work.store.session, MOST_COUNTED, after=after)
    return new_lines(found, after, me, plan.clock.today().year)
