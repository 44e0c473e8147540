"""The emergency sheet's content: who the patient is, the treatment in their own words,
the medicines taken now, allergies and whom to call. Qt-free; the printout is
``planner/ui/print/emergency.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    Schedule,
    Taper,
    Weekdays,
    amount_text,
)
from planner.domain.messages import Message, translate
from planner.domain.profile import Profile
from planner.services import medicines as medicine_service
from planner.services.plan import Plan
from planner.services.profile import patient_profile


@dataclass(frozen=True)
class SheetMedicine:
    name: str
    """With its strength, e.g. "Ondansetron 8 mg"."""
    dose: str
    """E.g. "2 tablets"; for a taper, the dose of today's step."""
    schedule: Message
    """The schedule in words."""
    instructions: str = ""


@dataclass(frozen=True)
class EmergencySheet:
    profile: Profile
    medicines: tuple[SheetMedicine, ...]
    made: dt.date
    """The day it was made (the plan's clock)."""


_WEEKDAYS = (
    translate("Emergency", "Mon"),
    translate("Emergency", "Tue"),
    translate("Emergency", "Wed"),
    translate("Emergency", "Thu"),
    translate("Emergency", "Fri"),
    translate("Emergency", "Sat"),
    translate("Emergency", "Sun"),
)


def schedule_words(schedule: Schedule) -> Message:
    """The schedule in words, e.g. "daily at 08:00, 20:00"."""
    if isinstance(schedule, FixedTimes):
        return translate("Emergency", "daily at {times}").format(times=schedule.times)
    if isinstance(schedule, EveryHours):
        return translate("Emergency", "every {hours} hours").format(hours=schedule.hours)
    if isinstance(schedule, Weekdays):
        days = [_WEEKDAYS[day] for day in schedule.weekdays]
        return translate("Emergency", "{days} at {times}").format(days=days, times=schedule.times)
    if isinstance(schedule, AroundTreatment):
        return translate("Emergency", "around treatment days")
    if isinstance(schedule, AsNeeded):
        return translate(
            "Emergency", "as needed, at least {hours} hours apart, at most {most} a day"
        ).format(hours=schedule.min_hours_apart, most=schedule.most_per_day)
    return translate("Emergency", "a taper over {days} days, at {times}").format(
        days=schedule.days, times=schedule.times
    )


def _dose(medicine: Medicine, today: dt.date) -> str:
    schedule = medicine.schedule
    if isinstance(schedule, Taper):
        day = (today - medicine.start).days
        for step in schedule.steps:
            if day < step.days:
                return amount_text(step.dose, medicine.unit)
            day -= step.days
    return amount_text(medicine.dose, medicine.unit)


def is_current(medicine: Medicine, today: dt.date) -> bool:
    """Started, and not yet ended (a taper ends with its last step)."""
    last = medicine.last_day
    return medicine.start <= today and (last is None or today <= last)


def emergency_sheet(plan: Plan) -> EmergencySheet:
    today = plan.clock.today()
    current = [m for m in medicine_service.medicines(plan) if is_current(m, today)]
    listed = tuple(
        SheetMedicine(
            f"{m.name} {m.strength}".strip(),
            _dose(m, today),
            schedule_words(m.schedule),
            m.instructions,
        )
        for m in sorted(current, key=lambda m: m.name.casefold())
    )
    return EmergencySheet(patient_profile(plan), listed, today)
