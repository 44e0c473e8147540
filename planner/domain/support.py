"""Support groups: what makes one acceptable, and a repeat rule as people say it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.errors import InvalidInput
from planner.domain.meetings import is_readable
from planner.domain.messages import translate
from planner.domain.model import SupportGroup

LONGEST_TEXT = 200
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NTH_CHOICES = (1, 2, 3, 4, -1)
"""Which weekday of the month a monthly rule may name: the first to fourth, or the last."""


class Repeat(StrEnum):
    ONCE = "once"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    """On the n-th (or last) given weekday of each month."""


@dataclass(frozen=True)
class RepeatRule:
    """A meeting schedule as a person says it: "every 2 weeks on Tuesday", "on the first
    Thursday of each month"."""

    repeat: Repeat
    weekday: int = 0
    interval: int = 1
    """Every n weeks (weekly only)."""
    nth: int = 1
    """1 to 4, or -1 for the last (monthly only)."""

    def rrule(self) -> str:
        day = WEEKDAY_CODES[self.weekday]
        if self.repeat is Repeat.ONCE:
            return ""
        if self.repeat is Repeat.WEEKLY:
            every = f";INTERVAL={self.interval}" if self.interval > 1 else ""
            return f"FREQ=WEEKLY{every};BYDAY={day}"
        return f"FREQ=MONTHLY;BYDAY={self.nth}{day}"


_WEEKLY = re.compile(r"FREQ=WEEKLY(?:;INTERVAL=(\d+))?;BYDAY=(MO|TU|WE|TH|FR|SA|SU)")
_MONTHLY = re.compile(r"FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)")


def read_repeat(recurrence: str) -> RepeatRule | None:
    """The friendly form of an RRULE the repeat editor wrote; ``None`` for any other rule
    (the editor then keeps it as it is)."""
    text = recurrence.strip().upper().removeprefix("RRULE:")
    if not text:
        return RepeatRule(Repeat.ONCE)
    if match := _WEEKLY.fullmatch(text):
        return RepeatRule(Repeat.WEEKLY, WEEKDAY_CODES.index(match[2]), interval=int(match[1] or 1))
    if match := _MONTHLY.fullmatch(text):
        return RepeatRule(Repeat.MONTHLY, WEEKDAY_CODES.index(match[2]), nth=int(match[1]))
    return None


def check_group(group: SupportGroup) -> SupportGroup:
    """The group tidied; raises :class:`InvalidInput` if the plan cannot accept it."""
    name = " ".join(group.name.split())
    if not name:
        raise InvalidInput(translate("Errors", "Give the group a name; nothing was saved."))
    for what, text in (
        ("name", name),
        ("place", group.place),
        ("link", group.link),
        ("contact person", group.contact_person),
        ("repeat rule", group.recurrence),
    ):
        if len(text) > LONGEST_TEXT:
            raise InvalidInput(
                translate(
                    "Errors",
                    "The {what} can have at most {longest_text} characters; nothing was saved.",
                ).format(what=what, longest_text=LONGEST_TEXT)
            )
    if not dt.timedelta(minutes=5) <= group.duration <= dt.timedelta(hours=12):
        raise InvalidInput(
            translate(
                "Errors", "A meeting lasts between 5 minutes and 12 hours; nothing was saved."
            )
        )
    link = group.link.strip()
    if link and not re.match(r"^(https?://|mailto:|tel:)\S+$", link):
        raise InvalidInput(
            translate(
                "Errors", "'{link}' is not a link; it should start with https:// (or http://)."
            ).format(link=link)
        )
    tidy = dataclasses.replace(
        group,
        name=name,
        place=group.place.strip(),
        link=link,
        contact_person=group.contact_person.strip(),
        recurrence=group.recurrence.strip().removeprefix("RRULE:"),
    )
    if not is_readable(tidy):
        raise InvalidInput(
            translate(
                "Errors", "The meeting schedule '{recurrence}' cannot be read; nothing was saved."
            ).format(recurrence=tidy.recurrence)
        )
    return tidy
