"""Coverage of the hard days by freezer portions, and what to cook next.

Batches are planned for the hard days in date order, first expiring first, so that the
portions that would go off soonest are eaten first. Batches carrying a tag that suits the
hard days (e.g. soft) go first when that costs no day its meals: the plan is kept only if it
places as many portions as plain first-expiring-first does, which places the most possible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.freezer import COVERAGE_WEEKS, PORTIONS_PER_HARD_DAY, hard_day_tags
from planner.domain.hard_days import hard_days_between
from planner.domain.model import FreezerMeal, PlanWindow, PortionsTaken


@dataclass(frozen=True)
class Assignment:
    """Portions of one batch planned for one day."""

    meal_id: int
    day: dt.date
    portions: int


@dataclass(frozen=True)
class DayCoverage:
    day: dt.date
    needed: int
    """Portions the day needs in all."""
    taken: int
    """Portions already taken out for the day."""
    assigned: tuple[Assignment, ...]
    suited: int = 0
    """Of the assigned portions, how many carry a tag that suits hard days."""

    @property
    def planned(self) -> int:
        return self.taken + sum(a.portions for a in self.assigned)

    @property
    def short(self) -> int:
        return max(0, self.needed - self.planned)

    @property
    def covered(self) -> bool:
        return self.short == 0


@dataclass(frozen=True)
class Coverage:
    days: tuple[DayCoverage, ...]
    left: Mapping[int, int]
    """Portions of each batch not planned for any day."""

    @property
    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(a for day in self.days for a in day.assigned)

    @property
    def short(self) -> int:
        return sum(day.short for day in self.days)


def usable(meal: FreezerMeal, today: dt.date) -> bool:
    """A stored batch with portions left and still within its date."""
    return meal.id is not None and meal.portions_left > 0 and meal.use_by >= today


def assign(
    meals: Sequence[FreezerMeal],
    needs: Sequence[tuple[dt.date, int]],
    today: dt.date,
    preferred: frozenset[str] = frozenset(),
) -> list[Assignment]:
    """Plan portions of ``meals`` for the days of ``needs`` (day, portions), in day order.

    Never plans a portion for a day after its batch's use-by, more portions than a batch
    holds, or a day before ``today``.
    """
    plain = _greedy(meals, needs, today, frozenset())
    if not preferred:
        return plain
    liked = _greedy(meals, needs, today, preferred)
    if sum(a.portions for a in liked) < sum(a.portions for a in plain):
        return plain
    return liked


def _greedy(
    meals: Sequence[FreezerMeal],
    needs: Sequence[tuple[dt.date, int]],
    today: dt.date,
    preferred: frozenset[str],
) -> list[Assignment]:
    left = {m.id: m.portions_left for m in meals if usable(m, today)}
    batches = [m for m in meals if m.id in left]
    # Suiting batches first (when asked), then the first to expire, then the oldest record.
    batches.sort(key=lambda m: (not (m.tags & preferred), m.use_by, m.id))
    plan: list[Assignment] = []
    for day, need in sorted(needs):
        if day < today:
            continue
        for meal in batches:
            if need <= 0:
                break
            assert meal.id is not None
            if meal.use_by < day or left[meal.id] <= 0:
                continue
            portions = min(need, left[meal.id])
            left[meal.id] -= portions
            need -= portions
            plan.append(Assignment(meal.id, day, portions))
    return plan


def coverage(
    meals: Sequence[FreezerMeal],
    days: Iterable[dt.date],
    taken: Sequence[PortionsTaken],
    today: dt.date,
    per_day: int,
    preferred: frozenset[str] = frozenset(),
) -> Coverage:
    """How well the stock covers ``days`` (the hard days from ``today`` on)."""
    wanted = sorted(d for d in set(days) if d >= today)
    already = dict.fromkeys(wanted, 0)
    for line in taken:
        if line.for_day in already:
            already[line.for_day] += line.portions
    needs = [(day, max(0, per_day - already[day])) for day in wanted]
    plan = assign(meals, needs, today, preferred)
    by_id = {m.id: m for m in meals}
    left = {m.id: m.portions_left for m in meals if m.id is not None}
    for a in plan:
        left[a.meal_id] -= a.portions
    result = []
    for day in wanted:
        mine = tuple(a for a in plan if a.day == day)
        suited = sum(a.portions for a in mine if by_id[a.meal_id].tags & preferred)
        result.append(DayCoverage(day, per_day, already[day], mine, suited))
    return Coverage(tuple(result), left)


def horizon(window: PlanWindow) -> dt.date:
    """The last day freezer meals are planned for: the window's, but at most
    :data:`COVERAGE_WEEKS` from today (further ahead, the stock is still to be cooked)."""
    return min(window.last_day, window.today + dt.timedelta(days=7 * COVERAGE_WEEKS - 1))


def window_coverage(window: PlanWindow) -> Coverage:
    """Coverage of the window's hard days from today (or its first day) to :func:`horizon`
    (worked out once per window: its gaps and its thaw reminders both ask).

    Only what the window holds is planned: hard days before it are not known here, so for a
    week further ahead the stock may look fuller than it will be.
    """
    return window.derived(_window_coverage)


def _window_coverage(window: PlanWindow) -> Coverage:
    first = max(window.today, window.first_day)
    days = hard_days_between(window, first, horizon(window))
    return coverage(
        window.meals,
        days,
        window.portions_taken,
        window.today,
        PORTIONS_PER_HARD_DAY.read(window.settings),
        hard_day_tags(window.settings),
    )


class CookReason(StrEnum):
    SHORT = "short"
    """Hard days lack portions."""
    UNSUITED = "unsuited"
    """Hard days are covered, but by meals without the tags that suit them."""


@dataclass(frozen=True)
class CookNext:
    """One line of the "what to cook next" list."""

    reason: CookReason
    portions: int
    needed_by: dt.date
    """The first day that needs them (thawed the evening before)."""
    tags: tuple[str, ...]
    """Tags the meals should have (those that suit hard days)."""
    days: tuple[dt.date, ...]


def cook_next(found: Coverage, preferred: frozenset[str]) -> list[CookNext]:
    """What the freezer lacks for the coming hard days: the missing portions week by week,
    then the portions that would better carry the tags that suit hard days."""
    tags = tuple(sorted(preferred))
    weeks: dict[dt.date, list[DayCoverage]] = {}
    for day in found.days:
        if day.short:
            monday = day.day - dt.timedelta(days=day.day.weekday())
            weeks.setdefault(monday, []).append(day)
    lines = [
        CookNext(
            CookReason.SHORT,
            sum(d.short for d in short_days),
            short_days[0].day,
            tags,
            tuple(d.day for d in short_days),
        )
        for _, short_days in sorted(weeks.items())
    ]
    if preferred:
        unsuited = [d for d in found.days if sum(a.portions for a in d.assigned) > d.suited]
        if unsuited:
            lines.append(
                CookNext(
                    CookReason.UNSUITED,
                    sum(sum(a.portions for a in d.assigned) - d.suited for d in unsuited),
                    unsuited[0].day,
                    tags,
                    tuple(d.day for d in unsuited),
                )
            )
    return lines
