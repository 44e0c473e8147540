"""This week and the coming weeks' gaps, for the window and the command line alike."""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass, replace

from planner.domain import week as rules
from planner.domain.areas import find_gaps
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Gap
from planner.domain.messages import translate
from planner.domain.model import PlanWindow
from planner.domain.week import GAP_HORIZON, Week, build_week, week_range, window_span
from planner.services.plan import Plan
from planner.store.reading import PlanReader

MAX_CHECK_WEEKS = 52
AHEAD_FRESH = dt.timedelta(seconds=60)
"""How long the coming days read ahead (:func:`read_ahead`) stay good as the clock moves
on: a dose's state or a gap's deadline may change with it."""
KEPT_READS = 8
"""The reads ahead kept per plan with the window each was worked out from (see
:func:`read_ahead`)."""
KEPT_FRESH = AHEAD_FRESH / 4
"""How old a read kept so may be to come back: it stays good for most of
:data:`AHEAD_FRESH` after, and a week read again to keep it fresh (the window does every 45
seconds while the person looks) is worked out anew."""


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
    given the window's).

    A change rarely touches every week: when the window read is the same, record for
    record, as the one a week was last worked out from (kept for the last
    :data:`KEPT_READS` weeks read), on the same day and less than :data:`KEPT_FRESH` ago,
    the week is not worked out again. It comes back as read then, current as of the change
    recorded now."""
    now = now or plan.clock.now()
    with plan.reading() as read:
        seen = read.last_seq()
        window, horizon = _window(read, first, now)
    kept = _kept_reads(plan)
    with _kept_lock:
        before = kept.get(first)
    if (
        before is not None
        and _still_fresh(before.ahead.now, now, KEPT_FRESH)
        and replace(window, now=before.window.now) == before.window
    ):
        with _kept_lock:
            kept.move_to_end(first)
        return replace(before.ahead, seen=seen)
    ahead = Ahead(first, now, seen, rules.coming_days(window, first, now, horizon, doses=True))
    with _kept_lock:
        kept[first] = _Kept(window, ahead)
        kept.move_to_end(first)
        while len(kept) > KEPT_READS:
            kept.popitem(last=False)
    return ahead


@dataclass(frozen=True)
class _Kept:
    """A week read ahead, and the window it was worked out from."""

    window: PlanWindow
    ahead: Ahead


_kept: weakref.WeakKeyDictionary[Plan, OrderedDict[dt.date, _Kept]] = weakref.WeakKeyDictionary()
_kept_lock = threading.Lock()
"""The window's thread and the thread pool's both read ahead (a second process reading for
the window keeps its own weeks)."""


def _kept_reads(plan: Plan) -> OrderedDict[dt.date, _Kept]:
    with _kept_lock:
        found = _kept.get(plan)
        if found is None:
            found = _kept[plan] = OrderedDict()
        return found


def _still_fresh(then: dt.datetime, now: dt.datetime, fresh: dt.timedelta = AHEAD_FRESH) -> bool:
    """Whether what was read at ``then`` is still good at ``now``: the same day, and the
    clock moved on no more than ``fresh`` (and not back)."""
    return now.date() == then.date() and dt.timedelta(0) <= now - then <= fresh


def still_current(plan: Plan, ahead: Ahead) -> bool:
    """Whether reading the days of ``ahead`` now would give what it holds: no change has
    been recorded since, it is the same day, and the clock has moved on less than
    :data:`AHEAD_FRESH`."""
    if not _still_fresh(ahead.now, plan.clock.now()):
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
    with plan.reading() as read:
        newest = read.last_seq() if seen else 0
        window, horizon = _window(read, first, now)
    return newest, rules.coming_days(window, first, now, horizon, doses=doses)


def _window(read: PlanReader, first: dt.date, now: dt.datetime) -> tuple[PlanWindow, int]:
    """What the coming days from ``first`` are worked out from, and the plan's horizon."""
    today = now.date()
    settings = read.settings()
    horizon = GAP_HORIZON.read(settings)
    window = read.window(
        *window_span(first, today, horizon),
        today,
        now,
        settings=settings,
        whole_until=rules.read_whole_until(first, today, horizon),
    )
    return window, horizon


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
