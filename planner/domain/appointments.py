"""What makes an appointment acceptable to the plan, as one plain function."""

from __future__ import annotations

import datetime as dt

from planner.domain.errors import InvalidInput
from planner.domain.model import Appointment

SHORTEST = dt.timedelta(minutes=1)
LONGEST = dt.timedelta(hours=24)
MOST_RECOVERY_DAYS = 60
"""The records' check constraint allows 0 to 60 recovery days."""
FARTHEST_YEARS = 10
LONGEST_TEXT = 200
"""Title, location and clinician are stored in 200-character columns."""


def check_appointment(appointment: Appointment, today: dt.date) -> None:
    """Raise :class:`InvalidInput` with one clear sentence if the plan cannot accept it."""
    if not appointment.title.strip():
        raise InvalidInput("Give the appointment a title; nothing was saved.")
    for name, text in (
        ("title", appointment.title),
        ("location", appointment.location),
        ("clinician", appointment.clinician),
    ):
        if len(text) > LONGEST_TEXT:
            raise InvalidInput(
                f"The {name} can have at most {LONGEST_TEXT} characters; this one has "
                f"{len(text)}. Nothing was saved."
            )
    if not SHORTEST <= appointment.duration <= LONGEST:
        raise InvalidInput("An appointment lasts between 1 minute and 24 hours; nothing was saved.")
    days = appointment.recovery_days
    if days is not None and not 0 <= days <= MOST_RECOVERY_DAYS:
        raise InvalidInput(
            f"Recovery days go from 0 to {MOST_RECOVERY_DAYS}; {days} was not saved."
        )
    if (
        not _years_from(today, -FARTHEST_YEARS)
        <= appointment.start.date()
        <= _years_from(today, FARTHEST_YEARS)
    ):
        raise InvalidInput(
            f"The start is more than {FARTHEST_YEARS} years away; please check the date. "
            "Nothing was saved."
        )


def _years_from(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
