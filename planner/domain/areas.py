"""The areas of the plan as the rules know them: each declares once which gaps it finds and
which reminders it gives.

Adding an area (Medicines, say) adds one :class:`AreaRules` here; the coming days, the
gap list, ``care-planner check`` and the reminders all read :data:`AREAS`. The rule
modules import only the types (:mod:`planner.domain.gaps`, :mod:`planner.domain.reminders`),
and this module imports them, so no module imports one that imports it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain import (
    appointment_reminders,
    dose_rules,
    freezer_gaps,
    freezer_reminders,
    helpers,
    legs,
    overlaps,
    red_flags,
    tasks,
)
from planner.domain import gaps as gap_rules
from planner.domain import reminders as reminder_rules
from planner.domain.enums import Area
from planner.domain.gaps import Gap, Rule
from planner.domain.model import PlanWindow
from planner.domain.reminders import Reminder, ReminderRule


@dataclass(frozen=True)
class AreaRules:
    """What one area adds to the plan's checks."""

    area: Area
    gaps: tuple[Rule, ...] = ()
    """The rules finding what the coming weeks still lack in this area."""
    reminders: tuple[ReminderRule, ...] = ()
    """The rules saying what to hear about, and when."""


AREAS: tuple[AreaRules, ...] = (
    AreaRules(
        Area.APPOINTMENTS,
        gaps=(overlaps.appointment_overlaps,),
        reminders=(appointment_reminders.appointment_reminders,),
    ),
    AreaRules(
        Area.RIDES,
        gaps=(
            legs.rides_not_confirmed,
            legs.drivers_double_booked,
            legs.drivers_unavailable,
            legs.notice_deadlines,
            legs.profile_missing,
        ),
        reminders=(legs.call_unconfirmed_drivers,),
    ),
    AreaRules(
        Area.FREEZER,
        gaps=(freezer_gaps.freezer_gaps,),
        reminders=(freezer_reminders.thaw_reminders,),
    ),
    AreaRules(
        Area.HELPERS,
        gaps=(
            helpers.helpers_double_booked,
            helpers.helpers_overloaded,
            tasks.open_tasks_on_hard_days,
            tasks.tasks_with_unavailable_helper,
        ),
    ),
    AreaRules(Area.SUPPORT, gaps=(gap_rules.unreadable_schedules,)),
    AreaRules(Area.JOURNAL, reminders=(red_flags.temperature_reminders,)),
    AreaRules(
        dose_rules.AREA,
        gaps=(dose_rules.missed_dose_gaps, dose_rules.refill_gaps),
        reminders=(dose_rules.dose_reminders,),
    ),
)
"""Every area with rules, in the order of the window's area list."""

GAP_RULES: tuple[Rule, ...] = tuple(rule for area in AREAS for rule in area.gaps)
REMINDER_RULES: tuple[ReminderRule, ...] = tuple(rule for area in AREAS for rule in area.reminders)


def find_gaps(window: PlanWindow) -> list[Gap]:
    """Every area's gaps inside the window, earliest first."""
    return gap_rules.find_gaps(window, GAP_RULES)


def due_reminders(window: PlanWindow, now: dt.datetime) -> list[Reminder]:
    """Every area's reminders due at ``now``, earliest first."""
    return reminder_rules.due_reminders(window, now, REMINDER_RULES)


def due_between(window: PlanWindow, since: dt.datetime, now: dt.datetime) -> list[Reminder]:
    """Every area's reminders that fell due after ``since`` and by ``now``."""
    return reminder_rules.due_between(window, since, now, REMINDER_RULES)
