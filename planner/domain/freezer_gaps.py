"""The freezer's gaps: hard days without enough portions in date, batches that will expire
before any hard day eats them, and expired batches still in the freezer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.domain.enums import Area
from planner.domain.freezer import portions_text
from planner.domain.freezer_coverage import horizon, window_coverage
from planner.domain.gaps import Fix, Gap
from planner.domain.model import PlanWindow

MEALS_NOT_COVERED = "meals_not_covered"
MEAL_EXPIRES_UNPLANNED = "meal_expires_unplanned"
MEAL_EXPIRED = "meal_expired"


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def freezer_gaps(window: PlanWindow) -> Iterable[Gap]:
    """A plan that keeps no freezer stock at all (or needs no portions on hard days) hears
    nothing about coverage: the getting-started checklist already suggests a first batch."""
    if not window.meals:
        return
    found = window_coverage(window)
    last = horizon(window)
    for day in found.days:
        if day.short:
            yield Gap(
                MEALS_NOT_COVERED,
                day.day,
                f"Hard day {_day(day.day)}: {portions_text(day.planned)} of {day.needed} "
                "planned from the freezer.",
                Fix(Area.FREEZER, None, "Plan freezer meals"),
            )
    today_in_window = min(max(window.today, window.first_day), window.last_day)
    for meal in window.meals:
        if meal.id is None or meal.portions_left <= 0:
            continue
        if meal.use_by < window.today:
            yield Gap(
                MEAL_EXPIRED,
                today_in_window,
                f"{meal.name} ({portions_text(meal.portions_left)}) is past its use-by date "
                f"of {_day(meal.use_by)}.",
                Fix(Area.FREEZER, meal.id, "Check the batch"),
            )
            continue
        left = found.left.get(meal.id, 0)
        if left > 0 and meal.use_by <= last:
            yield Gap(
                MEAL_EXPIRES_UNPLANNED,
                meal.use_by,
                f"{meal.name}: {portions_text(left)} reach the use-by date on "
                f"{_day(meal.use_by)} before a hard day needs them.",
                Fix(Area.FREEZER, meal.id, "Eat it sooner"),
            )
