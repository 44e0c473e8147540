"""The freezer's gaps: hard days without enough portions in date, batches that will expire
before any hard day eats them, and expired batches still in the freezer."""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.enums import Area
from planner.domain.freezer_coverage import horizon, window_coverage
from planner.domain.gaps import Fix, Gap
from planner.domain.messages import Message, translate
from planner.domain.model import PlanWindow

MEALS_NOT_COVERED = "meals_not_covered"
MEAL_EXPIRES_UNPLANNED = "meal_expires_unplanned"
MEAL_EXPIRED = "meal_expired"


def portions(count: int) -> Message:
    """``count`` portions in words: "1 portion", "3 portions"."""
    if count == 1:
        return translate("Freezer", "%n portion").format(n=count)
    return translate("Freezer", "%n portions").format(n=count)


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
                translate(
                    "Gaps", "Hard day {day}: {planned} of {needed} planned from the freezer."
                ).format(day=day.day, planned=portions(day.planned), needed=day.needed),
                Fix(Area.FREEZER, None, translate("Fix", "Plan freezer meals")),
            )
    today_in_window = min(max(window.today, window.first_day), window.last_day)
    for meal in window.meals:
        if meal.id is None or meal.portions_left <= 0:
            continue
        if meal.use_by < window.today:
            yield Gap(
                MEAL_EXPIRED,
                today_in_window,
                translate(
                    "Gaps", "{meal} ({portions}) is past its use-by date of {use_by}."
                ).format(meal=meal.name, portions=portions(meal.portions_left), use_by=meal.use_by),
                Fix(Area.FREEZER, meal.id, translate("Fix", "Check the batch")),
            )
            continue
        left = found.left.get(meal.id, 0)
        if left > 0 and meal.use_by <= last:
            yield Gap(
                MEAL_EXPIRES_UNPLANNED,
                meal.use_by,
                translate(
                    "Gaps",
                    "{meal}: {portions} reach the use-by date on {use_by} before a hard day "
                    "needs them.",
                ).format(meal=meal.name, portions=portions(left), use_by=meal.use_by),
                Fix(Area.FREEZER, meal.id, translate("Fix", "Eat it sooner")),
            )
