"""Freezer stock: categories and their use-by defaults, tags, freshness and the checks a
batch must pass before it is stored.

The numbers a care team may want to change (how long a category keeps, portions per hard
day, the tags that suit hard days) are plan settings, read with ``SETTING.read(values)``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum

from planner.domain.enums import MealCategory
from planner.domain.errors import InvalidInput, together
from planner.domain.messages import Message, translate
from planner.domain.model import FreezerMeal
from planner.domain.settings import Setting, int_setting, text_setting, time_setting

BUILT_IN_TAGS: tuple[str, ...] = (
    "soft",
    "bland",
    "low-fibre",
    "high-protein",
    "vegetarian",
    "dairy-free",
    "gluten-free",
)
"""Diet and texture tags every plan knows; a plan may add its own (``OWN_TAGS``)."""

LONGEST_NAME = 200
LONGEST_TAG = 30
MOST_PORTIONS = 100
"""The most portions one batch holds (a family pot is a few dozen; more is a typo)."""
_TAG = re.compile(r"^[a-z0-9][a-z0-9 -]*$")

DEFAULT_USE_BY_MONTHS: Mapping[MealCategory, int] = {
    MealCategory.COOKED_DISH: 3,
    MealCategory.SOUP: 3,
    MealCategory.BAKED: 3,
    MealCategory.DESSERT: 2,
    MealCategory.RAW: 6,
    MealCategory.OTHER: 3,
}
"""Starting points for how many months a batch keeps; each is a plan setting."""

USE_BY_MONTHS: Mapping[MealCategory, Setting[int]] = {
    category: int_setting(f"freezer.use_by_months.{category.value}", months, 1, 24)
    for category, months in DEFAULT_USE_BY_MONTHS.items()
}
PORTIONS_PER_HARD_DAY = int_setting("freezer.portions_per_hard_day", 2, 0, 20)
"""Freezer portions a hard day needs (meals the patient and the household eat)."""
HARD_DAY_TAGS = text_setting("freezer.hard_day_tags", "soft")
"""Comma-separated tags that suit the hard days best; preferred when meals are planned."""
OWN_TAGS = text_setting("freezer.own_tags", "", longest=1000)
"""Comma-separated tags the plan's users added to the built-in ones."""
SOON_DAYS = int_setting("freezer.expiring_soon_days", 14, 1, 90)
"""A batch this many days (or fewer) from its use-by date is marked "expiring soon"."""
THAW_TIME = time_setting("freezer.thaw_time", dt.time(18))
"""When, the evening before a planned day, the plan reminds to thaw."""
COVERAGE_WEEKS = 4
"""How far ahead the Freezer page plans meals for the hard days."""


class Freshness(StrEnum):
    FRESH = "fresh"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    EMPTY = "empty"
    """No portions left: nothing to eat, nothing to throw away."""


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day where it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_use_by(
    category: MealCategory, frozen_on: dt.date, settings: Mapping[str, str]
) -> dt.date:
    """The use-by date a batch of ``category`` frozen on ``frozen_on`` gets by default."""
    return add_months(frozen_on, USE_BY_MONTHS[category].read(settings))


def freshness(meal: FreezerMeal, today: dt.date, soon_days: int) -> Freshness:
    if meal.portions_left <= 0:
        return Freshness.EMPTY
    if meal.use_by < today:
        return Freshness.EXPIRED
    if (meal.use_by - today).days <= soon_days:
        return Freshness.EXPIRING_SOON
    return Freshness.FRESH


def split_tags(text: str) -> frozenset[str]:
    """Tags written as ``"soft, bland"`` (commas or semicolons), tidied to lower case."""
    parts = re.split(r"[,;]", text)
    return frozenset(" ".join(part.split()).lower() for part in parts if part.strip())


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(sorted(tags))


def known_tags(settings: Mapping[str, str]) -> tuple[str, ...]:
    """Built-in tags first, then the plan's own in alphabetical order."""
    own = sorted(split_tags(OWN_TAGS.read(settings)) - set(BUILT_IN_TAGS))
    return (*BUILT_IN_TAGS, *own)


def hard_day_tags(settings: Mapping[str, str]) -> frozenset[str]:
    return split_tags(HARD_DAY_TAGS.read(settings))


def check_tag(tag: str) -> None:
    if not tag or len(tag) > LONGEST_TAG or not _TAG.match(tag):
        raise InvalidInput(
            translate(
                "Errors",
                "'{tag}' cannot be a tag: use up to {longest_tag} lower-case letters, "
                "digits, spaces or hyphens.",
            ).format(tag=tag, longest_tag=LONGEST_TAG)
        )


def problems(meal: FreezerMeal) -> list[Message]:
    """Every reason the plan cannot store ``meal``, as sentences (empty when it can)."""
    found: list[Message] = []
    if not meal.name.strip():
        found.append(translate("Errors", "A meal needs a name."))
    elif len(meal.name) > LONGEST_NAME:
        found.append(
            translate("Errors", "Keep the name to {longest} characters.").format(
                longest=LONGEST_NAME
            )
        )
    if meal.portions_left < 0:
        found.append(
            translate("Errors", "Portions cannot be negative ({portions}).").format(
                portions=meal.portions_left
            )
        )
    elif meal.portions_left > MOST_PORTIONS:
        found.append(
            translate("Errors", "A batch holds at most {most} portions (not {portions}).").format(
                most=MOST_PORTIONS, portions=meal.portions_left
            )
        )
    if meal.use_by < meal.frozen_on:
        found.append(
            translate(
                "Errors", "The use-by date {use_by} is before the date it was frozen ({frozen_on})."
            ).format(use_by=meal.use_by.isoformat(), frozen_on=meal.frozen_on.isoformat())
        )
    for tag in sorted(meal.tags):
        try:
            check_tag(tag)
        except InvalidInput as error:
            said = error.message
            found.append(
                said
                if isinstance(said, Message)
                else translate("Errors", "{said}").format(said=said)
            )
    return found


def check_meal(meal: FreezerMeal) -> None:
    """Refuse a batch the plan cannot hold, with every reason in one message."""
    found = problems(meal)
    if found:
        raise InvalidInput(together(found))


def check_take_out(meal: FreezerMeal, portions: int) -> None:
    """Refuse taking out no portions, or more than are left."""
    if portions <= 0:
        raise InvalidInput(translate("Errors", "Take out at least one portion."))
    if portions > meal.portions_left:
        left = meal.portions_left
        raise InvalidInput(
            translate(
                "Errors", "Only 1 portion of {meal} is left; {portions} cannot be taken out."
            ).format(meal=meal.name, portions=portions)
            if left == 1
            else translate(
                "Errors", "Only {left} portions of {meal} are left; {portions} cannot be taken out."
            ).format(left=left, meal=meal.name, portions=portions)
        )


def portions_text(count: int) -> str:
    return f"{count} portion{'' if count == 1 else 's'}"
