"""This week and the coming weeks' gaps, for the window and the command line alike."""

from __future__ import annotations

import datetime as dt

from planner.domain import week as rules
from planner.domain.areas import find_gaps
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Gap
from planner.domain.messages import translate
from planner.domain.week import GAP_HORIZON, Week, build_week, week_range, window_span
from planner.services.plan import Plan

MAX_CHECK_WEEKS = 52


def week(plan: Plan, day: dt.date, *, today: dt.date | None = None, first_weekday: int = 0) -> Week:
    """The calendar week holding ``day``: its items, hard days and gaps."""
    first, last = week_range(day, first_weekday)
    return _days(plan, first, last, today or plan.clock.today())


def coming_days(plan: Plan, first: dt.date | None = None, *, doses: bool = True) -> Week:
    """Seven days from ``first`` (today by default): their items, hard days and
    infection-risk days, and the gaps still open from today over the plan's horizon (see
    :func:`rules.coming_days`); the medicines' doses among the items, unless ``doses`` is
    false."""
    now = plan.clock.now()
    first = first or now.date()
    today = now.date()
    with plan.reading() as read:
        settings = read.settings()
        horizon = GAP_HORIZON.read(settings)
        window = read.window(
            *window_span(first, today, horizon),
            today,
            now,
            settings=settings,
            whole_until=rules.read_whole_until(first, today, horizon),
        )
    return rules.coming_days(window, first, now, horizon, doses=doses)


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
