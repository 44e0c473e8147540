"""Plan settings: values that travel with the plan (and so are shared by a care team).

Each area declares the settings it needs next to its rules, e.g.::

    PORTIONS_PER_HARD_DAY = int_setting("freezer.portions_per_hard_day", 2, 0, 20)

The plan stores them as text under their key; :meth:`Setting.read` turns the stored text
back into a value and falls back to the default when nothing (or nothing valid) is stored,
so a rule never fails on a setting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from planner.domain.messages import translate

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T]
    """Text to value; raises ValueError with a sentence a user can read."""
    show: Callable[[T], str]
    """Value to the text that is stored (and that ``parse`` reads back)."""

    def read(self, values: Mapping[str, str]) -> T:
        text = values.get(self.key)
        if text is None:
            return self.default
        try:
            return self.parse(text)
        except ValueError:
            return self.default

    def check(self, value: T) -> T:
        """``value`` if the setting can hold it; a ValueError with the reason otherwise."""
        return self.parse(self.show(value))


def int_setting(key: str, default: int, low: int, high: int) -> Setting[int]:
    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise ValueError(
                translate("Errors", "Give a whole number from {low} to {high}.").format(
                    low=low, high=high
                )
            ) from None
        if not low <= number <= high:
            raise ValueError(
                translate(
                    "Errors", "Give a whole number from {low} to {high}, not {number}."
                ).format(low=low, high=high, number=number)
            )
        return number

    return Setting(key, default, parse, str)


def time_setting(key: str, default: dt.time) -> Setting[dt.time]:
    def parse(text: str) -> dt.time:
        try:
            return dt.time.fromisoformat(text.strip())
        except ValueError:
            raise ValueError(
                translate("Errors", "Give a time of day such as 18:00, not '{text}'.").format(
                    text=text
                )
            ) from None

    return Setting(key, default, parse, lambda value: value.strftime("%H:%M"))


def text_setting(key: str, default: str, longest: int = 200) -> Setting[str]:
    def parse(text: str) -> str:
        if len(text) > longest:
            raise ValueError(
                translate("Errors", "Keep it to {longest} characters.").format(longest=longest)
            )
        return text.strip()

    return Setting(key, default, parse, str)


def zone_setting(key: str) -> Setting[str]:
    """An IANA time zone name such as Europe/London; empty means this computer's zone."""

    def parse(text: str) -> str:
        name = text.strip()
        if not name:
            return ""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                translate(
                    "Errors",
                    "'{name}' is not a time zone; give one such as Europe/London, or leave "
                    "it empty for this computer's.",
                ).format(name=name)
            ) from None
        return name

    return Setting(key, "", parse, str)
