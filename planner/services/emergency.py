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
from planner.domain.profile import Profile
from planner.services import medicines as medicine_service
from planner.services.plan import Plan
from planner.services.profile import patient_profile

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class SheetMedicine:
    name: str
    """With its strength, e.g. "Ondansetron 8 mg"."""
    dose: str
    """E.g. "2 tablets"; for a taper, the dose of today's step."""
    schedule: str
    """The schedule in words."""
    instructions: str = ""


@dataclass(frozen=True)
class EmergencySheet:
    profile: Profile
    medicines: tuple[SheetMedicine, ...]
    made: dt.date
    """The day it was made (the plan's clock)."""


def _times(times: tuple[dt.time, ...]) -> str:
    return ", ".join(time.strftime("%H:%M") for time in times)


def schedule_words(schedule: Schedule) -> str:
    """The schedule in words, e.g. "daily at 08:00, 20:00"."""
    if isinstance(schedule, FixedTimes):
        return f"daily at {_times(schedule.times)}"
    if isinstance(schedule, EveryHours):
        return f"every {schedule.hours} hours"
    if isinstance(schedule, Weekdays):
        days = ", ".join(_DAYS[day] for day in schedule.weekdays)
        return f"{days} at {_times(schedule.times)}"
    if isinstance(schedule, AroundTreatment):
        return "around treatment days"
    if isinstance(schedule, AsNeeded):
        return (
            f"as needed, at least {schedule.min_hours_apart} hours apart, "
            f"at most {schedule.most_per_day} a day"
        )
    return f"a taper over {schedule.days} days, at {_times(schedule.times)}"


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
