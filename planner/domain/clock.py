"""The one clock: what "now" and "today" are for a plan.

Every date the program reasons about (what is past, what is today, which gaps are still
open, when a reminder is due) is read from a :class:`Clock`, never from the system clock
directly. A plan's times are wall-clock times in the plan's time zone (stored without a
zone), so the clock answers in that zone too.

The environment variable ``CARE_PLANNER_NOW`` (e.g. ``2026-12-05T21:30``) pins the clock
for demos, screenshots and tests: time then stands still at that moment.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import InvalidInput
from planner.domain.messages import translate

PIN_VARIABLE = "CARE_PLANNER_NOW"


class BadPin(InvalidInput):
    """``CARE_PLANNER_NOW`` holds something that is not a date and time."""


def _zone(name: str) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # a zone this computer does not know: its own zone is the best guess


def read_pin(text: str) -> dt.datetime:
    """The moment ``CARE_PLANNER_NOW`` names: a date, or a date and a time of day."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadPin(
            translate(
                "Errors",
                "{pin_variable}='{text}' is not a date and time; write it as 2026-12-05T21:30.",
            ).format(pin_variable=PIN_VARIABLE, text=text)
        ) from None
    return moment


def _system_now(zone: dt.tzinfo | None) -> dt.datetime:
    """The one read of the system clock in the whole program (``zone`` None: local)."""
    return dt.datetime.now(zone)


class Clock:
    """Now and today in the plan's time zone (``""``: this computer's zone).

    ``pinned`` fixes the moment (a wall-clock time in the plan's zone, or an aware time
    that is converted to it); by default the clock follows the system's.
    """

    def __init__(self, zone: str = "", pinned: dt.datetime | None = None) -> None:
        self._pinned = pinned
        self.zone = zone

    @classmethod
    def from_environment(cls, zone: str = "") -> Clock:
        """The system's clock, unless ``CARE_PLANNER_NOW`` pins it; raises :class:`BadPin`."""
        text = os.environ.get(PIN_VARIABLE, "")
        return cls(zone, read_pin(text) if text.strip() else None)

    @property
    def zone(self) -> str:
        return self._zone_name

    @zone.setter
    def zone(self, name: str) -> None:
        self._zone_name = name
        self._tz = _zone(name)

    @property
    def pinned(self) -> bool:
        return self._pinned is not None

    def now(self) -> dt.datetime:
        """The plan's wall-clock time now, without a zone."""
        if self._pinned is None:
            moment = _system_now(self._tz)
        elif self._pinned.tzinfo is not None:
            moment = self._pinned.astimezone(self._tz)
        else:
            moment = self._pinned
        return moment.replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.now().date()

    def utc_now(self) -> dt.datetime:
        """The same moment as an aware UTC time (time stamps in files that leave the plan)."""
        if self._pinned is None:
            return _system_now(dt.UTC)
        if self._pinned.tzinfo is not None:
            return self._pinned.astimezone(dt.UTC)
        local = self._pinned.replace(tzinfo=self._tz) if self._tz else self._pinned.astimezone()
        return local.astimezone(dt.UTC)

    def move_to(self, moment: dt.datetime) -> None:
        """Pin the clock at ``moment`` from now on (a demo, or a test crossing midnight)."""
        self._pinned = moment

    def __repr__(self) -> str:
        where = self._zone_name or "local"
        return f"Clock({where}, pinned at {self._pinned})" if self._pinned else f"Clock({where})"
