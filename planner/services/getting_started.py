"""The first steps of a new plan, each ticked off once done (built from the coping tips)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.enums import Area
from planner.domain.messages import Message, translate
from planner.domain.profile import read_profile
from planner.services.plan import Plan

PROFILE_STEP = "profile"
"""The step of the patient's name, phone and home, done in the profile form."""
OUT_OF_HOURS_STEP = "out_of_hours"
"""The step of the care team's out-of-hours number, done in the profile form too."""
MEDICINES_STEP = "medicines"
"""The step of the medicine list, done once the plan holds one medicine."""
PROFILE_STEPS = frozenset({PROFILE_STEP, OUT_OF_HOURS_STEP})
"""The steps done in the patient's profile form rather than on a page."""


@dataclass(frozen=True)
class Step:
    key: str
    text: Message
    area: Area
    done: bool


def getting_started(plan: Plan, *, today: dt.date | None = None) -> list[Step]:
    """The checklist of a new plan; every step says whether it is done yet."""
    today = today or plan.clock.today()
    with plan.reading() as read:
        counts = read.first_steps(today)
        profile = read_profile(read.settings())
    return [
        Step(
            PROFILE_STEP,
            translate("Getting started", "Add the patient's name, phone and home address"),
            Area.RIDES,
            bool(profile.name and profile.phone and profile.home),
        ),
        Step(
            OUT_OF_HOURS_STEP,
            translate(
                "Getting started",
                "Add the care team's out-of-hours number (for a fever or a problem at night)",
            ),
            Area.HELPERS,
            bool(profile.out_of_hours),
        ),
        Step(
            "appointment",
            translate("Getting started", "Add the next appointment"),
            Area.APPOINTMENTS,
            counts.appointments,
        ),
        Step(
            MEDICINES_STEP,
            translate("Getting started", "List the medicines (what to take, how much and when)"),
            Area.MEDICINES,
            counts.medicines,
        ),
        Step(
            "drivers",
            translate("Getting started", "Add helpers who can drive"),
            Area.HELPERS,
            counts.drivers,
        ),
        Step(
            "freezer", translate("Getting started", "Stock the freezer"), Area.FREEZER, counts.meals
        ),
        Step(
            "support",
            translate(
                "Getting started",
                "Record a support group (ask the nurse or social worker about local groups, "
                "and about meal and ride services)",
            ),
            Area.SUPPORT,
            counts.groups,
        ),
        Step(
            "questions",
            translate("Getting started", "Note questions for the doctor"),
            Area.JOURNAL,
            counts.questions,
        ),
    ]
