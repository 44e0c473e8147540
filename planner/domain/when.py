"""Moments in the words the rules' messages use; imports nothing of the plan, so that any
rule module (the doses' too, which the plan's window holds) can use it.

A rule's message takes a moment as its ``datetime`` value (rendered "Wed 11 Mar at 08:00",
or "Mi., 11. März um 08:00" in German: see :mod:`planner.domain.messages`); a weekday said
in full is one of :data:`WEEKDAYS`."""

from __future__ import annotations

import datetime as dt

from planner.domain.messages import Message, translate

WEEKDAYS: tuple[Message, ...] = (
    translate("Dates", "Monday"),
    translate("Dates", "Tuesday"),
    translate("Dates", "Wednesday"),
    translate("Dates", "Thursday"),
    translate("Dates", "Friday"),
    translate("Dates", "Saturday"),
    translate("Dates", "Sunday"),
)
"""Each weekday's full name, Monday first (``date.weekday()``)."""


def weekday(day: dt.date) -> Message:
    """``day``'s weekday in full: "Wednesday"."""
    return WEEKDAYS[day.weekday()]
