"""This week and the coming weeks' gaps, for the window and the command line alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain import week as rules
from planner.domain.areas import find_gaps
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Gap
from planner.domain.messages import translate
from planner.domain.week import GAP_HORIZON, Week, build_week, week_range, window_span
from planner.services.plan import Plan

MAX_CHECK_WEEKS = 52
AHEAD_FRESH = dt.timedelta(seconds=60)
"""How long the coming days read ahead (:func:`read_ahead`) stay good as the clock moves
on: a dose's state or a gap's deadline may change with it."""


def week(plan: Plan, day: dt.date, *, today: dt.date | None = None, first_weekday: int = 0) -> Week:
    """The calendar week holding ``day``: its items, hard days and gaps."""
    first, last = week_range(day, first_weekday)
    return _days(plan, first, last, today or plan.clock.today())


def coming_days(plan: Plan, first: dt.date | None = None, *, doses: bool = True) -> Week:
    """Seven days from ``first`` (today by default): their items, hard days and
    infection-risk days, and the gaps still open from today over the plan's horizon (see
    :func:`rules.coming_days`); the medicines' doses among the items, unless ``doses`` is
    false."""
    return _coming_days(plan, first, doses=doses, now=None, seen=False)[1]


@dataclass(frozen=True)
class Ahead:
    """The coming days from :attr:`first`, read with what tells whether they are still what
    a read would find: before anyone asked for them (the window reads the weeks around the
    one shown while the person looks at it), or at a click (and kept for going back)."""

    first: dt.date
    now: dt.datetime
    """The clock when they were read."""
    seen: int
    """The newest change recorded then (read in the same transaction as the days)."""
    week: Week


def read_ahead(plan: Plan, first: dt.date, now: dt.datetime | None = None) -> Ahead:
    """The coming days from ``first``, their doses among the items (as the window shows
    them), with what :func:`still_current` needs to tell whether they are still so; seen
    at ``now`` (the plan's clock by default: a second process reading for the window is
    given the window's)."""
    now = now or plan.clock.now()
    seen, week = _coming_days(plan, first, doses=True, now=now, seen=True)
    return Ahead(first, now, seen, week)


def still_current(plan: Plan, ahead: Ahead) -> bool:
    """Whether reading the days of ``ahead`` now would give what it holds: no change has
    been recorded since, it is the same day, and the clock has moved on less than
    :data:`AHEAD_FRESH`."""
    now = plan.clock.now()
    if now.date() != ahead.now.date() or not dt.timedelta(0) <= now - ahead.now <= AHEAD_FRESH:
        return False
    with plan.reading() as read:
        return read.last_seq() == ahead.seen


def _coming_days(
    plan: Plan, first: dt.date | None, *, doses: bool, now: dt.datetime | None, seen: bool
) -> tuple[int, Week]:
    """The coming days (see :func:`coming_days`), and with ``seen`` the newest change
    recorded as they were read (else 0)."""
    now = now or plan.clock.now()
    first = first or now.date()
    today = now.date()
    with plan.reading() as read:
        newest = read.last_seq() if seen else 0
        settings = read.settings()
        horizon = GAP_HORIZON.read(settings)
        window = read.window(
            *window_span(first, today, horizon),
            today,
            now,
            settings=settings,
            whole_until=rules.read_whole_until(first, today, horizon),
        )
    return newest, rules.coming_days(window, first, now, horizon, doses=doses)


def _days(plan: Plan, first: dt.date, last: dt.date, today: dt.date) -> Week:
    with plan.reading() as read:
        window = read.window(first, last, today)
    return build_week(window)


def check(plan: Plan, *, weeks: int = 4, today: dt.date | None = None) -> list[Gap]:
    """Every gap from today through the next ``weeks`` weeks."""
    if not 1 <= weeks <= MAX_CHECK_WEEKS:
        raise InvalidInput(
            translate(
                "Errors", "--weeks must be between 1 and {max_check_weeks}, not {weeks}."
            ).format(max_check_weeks=MAX_CHECK_WEEKS, weeks=weeks)
        )
    now = plan.clock.now()
    start = today or now.date()
    last = start + dt.timedelta(days=7 * weeks - 1)
    with plan.reading() as read:
        window = read.window(start, last, start, now if start == now.date() else None)
    return find_gaps(window)
