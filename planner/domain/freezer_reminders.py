"""The evening before a day with planned freezer meals: "thaw tonight"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.enums import Area
from planner.domain.freezer import THAW_TIME
from planner.domain.freezer_coverage import window_coverage
from planner.domain.freezer_gaps import portions
from planner.domain.gaps import Fix
from planner.domain.messages import Message, translate
from planner.domain.model import FreezerMeal, PlanWindow
from planner.domain.reminders import Reminder, lines
from planner.domain.when import weekday


@dataclass(frozen=True)
class Thaw:
    """Portions of one batch to thaw on the evening ``at`` for the next day."""

    meal: FreezerMeal
    portions: int
    at: dt.datetime
    for_day: dt.date


def planned_thaws(window: PlanWindow) -> list[Thaw]:
    """The thawing the plan asks for, from this evening on (portions not yet taken out)."""
    meals = {m.id: m for m in window.meals}
    time = THAW_TIME.read(window.settings)
    thaws = []
    for a in window_coverage(window).assignments:
        evening = a.day - dt.timedelta(days=1)
        if evening < window.today:
            continue
        thaws.append(Thaw(meals[a.meal_id], a.portions, dt.datetime.combine(evening, time), a.day))
    return thaws


def thaw_reminders(window: PlanWindow) -> Iterable[Reminder]:
    for thaw in planned_thaws(window):
        meal = thaw.meal
        amount, day = portions(thaw.portions), weekday(thaw.for_day)
        said: list[Message] = [
            translate("Reminders", "Take {portions} from {place} for {weekday}.").format(
                portions=amount, place=meal.location, weekday=day
            )
            if meal.location
            else translate("Reminders", "Take {portions} for {weekday}.").format(
                portions=amount, weekday=day
            )
        ]
        if meal.reheating:
            said.append(translate("Reminders", "Reheating: {how}").format(how=meal.reheating))
        yield Reminder(
            f"thaw:{meal.id}:{thaw.for_day.isoformat()}",
            thaw.at,
            translate("Reminders", "Thaw tonight: {meal}").format(meal=meal.name),
            lines(*said),
            Fix(Area.FREEZER, meal.id, translate("Fix", "Thaw for tomorrow")),
            until=dt.datetime.combine(thaw.for_day, dt.time(12)),
        )
