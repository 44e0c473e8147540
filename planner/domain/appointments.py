"""What makes an appointment acceptable to the plan, as one plain function."""

from __future__ import annotations

import datetime as dt

from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
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
        raise InvalidInput(translate("Errors", "Give the appointment a title; nothing was saved."))
    for name, text in (
        (translate("Errors", "title"), appointment.title),
        (translate("Errors", "location"), appointment.location),
        (translate("Errors", "clinician"), appointment.clinician),
    ):
        if len(text) > LONGEST_TEXT:
            raise InvalidInput(
                translate(
                    "Errors",
                    "The {name} can have at most {longest_text} characters; this one has "
                    "{text_length}. Nothing was saved.",
                ).format(name=name, longest_text=LONGEST_TEXT, text_length=len(text))
            )
    if not SHORTEST <= appointment.duration <= LONGEST:
        raise InvalidInput(
            translate(
                "Errors", "An appointment lasts between 1 minute and 24 hours; nothing was saved."
            )
        )
    days = appointment.recovery_days
    if days is not None and not 0 <= days <= MOST_RECOVERY_DAYS:
        raise InvalidInput(
            translate(
                "Errors", "Recovery days go from 0 to {most_recovery_days}; {days} was not saved."
            ).format(most_recovery_days=MOST_RECOVERY_DAYS, days=days)
        )
    if (
        not _years_from(today, -FARTHEST_YEARS)
        <= appointment.start.date()
        <= _years_from(today, FARTHEST_YEARS)
    ):
        raise InvalidInput(
            translate(
                "Errors",
                "The start is more than {farthest_years} years away; please check the "
                "date. Nothing was saved.",
            ).format(farthest_years=FARTHEST_YEARS)
        )


def _years_from(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
