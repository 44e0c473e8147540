"""The things a care plan is made of, as plain immutable values.

Each value carries the ``id`` of its stored record (``None`` before it is saved).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, TypeVar

from planner.domain.doses import Confirmation
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    ContactRole,
    CoursePattern,
    GroupKind,
    JournalKind,
    LegDirection,
    LegStatus,
    MealCategory,
    TaskCategory,
    TaskStatus,
)
from planner.domain.medicines import Medicine

T = TypeVar("T")


@dataclass(frozen=True)
class Appointment:
    kind: AppointmentKind
    title: str
    start: dt.datetime
    duration: dt.timedelta = dt.timedelta(hours=1)
    location: str = ""
    clinician: str = ""
    notes: str = ""
    recovery_days: int | None = None
    """Hard days after this appointment; ``None`` takes the kind's default."""
    needs_ride: bool = False
    companion_wanted: bool = False
    status: AppointmentStatus = AppointmentStatus.SCHEDULED
    course_id: int | None = None
    cycle: int | None = None
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""

    @property
    def end(self) -> dt.datetime:
        return self.start + self.duration


@dataclass(frozen=True)
class AppointmentQuery:
    """Which appointments a list shows and in what order; ``None`` means any (the
    Appointments page asks :mod:`planner.store.appointments` for them)."""

    first: dt.date | None = None
    last: dt.date | None = None
    kind: AppointmentKind | None = None
    status: AppointmentStatus | None = None
    sort: str = "start"
    """A column of the appointment table (see :func:`sortable`)."""
    descending: bool = False


@dataclass(frozen=True)
class Course:
    """A series of appointments made from a regimen."""

    name: str
    kind: AppointmentKind
    pattern: CoursePattern
    first_day: dt.date
    start_time: dt.time
    duration: dt.timedelta
    cycle_length_days: int = 21
    treatment_days: tuple[int, ...] = (1,)
    """Days inside a cycle, 1-based (day 1 is the cycle's first day)."""
    cycles: int = 1
    weekdays: tuple[int, ...] = ()
    """For a weekly pattern: Monday is 0."""
    weeks: int = 0
    location: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RideLeg:
    appointment_id: int
    direction: LegDirection
    pickup_time: dt.datetime
    pickup_place: str = ""
    driver_id: int | None = None
    backup_driver_id: int | None = None
    status: LegStatus = LegStatus.NEEDED
    status_changed_at: dt.datetime | None = None
    notes: str = ""
    travel: dt.timedelta = dt.timedelta(minutes=30)
    """How long the trip takes: the driver is busy from the pickup time for this long."""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""

    @property
    def is_covered(self) -> bool:
        """A leg is covered once a driver has said yes (or the ride is over)."""
        return self.driver_id is not None and self.status in (LegStatus.CONFIRMED, LegStatus.DONE)


@dataclass(frozen=True)
class LegStatusChange:
    """A line of a leg's history: the status it moved to, and when."""

    leg_id: int
    status: LegStatus
    at: dt.datetime
    id: int | None = None


@dataclass(frozen=True)
class Place:
    """Where appointments happen, as the appointment's location names it, with the travel
    time from home and what a driver should know (parking, entrance, wheelchair)."""

    name: str
    address: str = ""
    travel: dt.timedelta = dt.timedelta(minutes=30)
    phone: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class Availability:
    """One usual window in which a helper can help."""

    weekday: int
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class Helper:
    name: str
    phone: str = ""
    email: str = ""
    capabilities: frozenset[Capability] = frozenset()
    availability: tuple[Availability, ...] = ()
    notice_business_days: int = 0
    """For a volunteer service: how many business days ahead it must be asked."""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""

    @property
    def drives(self) -> bool:
        return Capability.DRIVE in self.capabilities


@dataclass(frozen=True)
class Contact:
    name: str
    role: ContactRole
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


@dataclass(frozen=True)
class HelpTask:
    category: TaskCategory
    title: str
    start: dt.datetime
    end: dt.datetime
    helper_id: int | None = None
    appointment_id: int | None = None
    status: TaskStatus = TaskStatus.OPEN
    recurrence: str = ""
    """An RFC 5545 RRULE, empty for a one-off task."""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


@dataclass(frozen=True)
class FreezerMeal:
    name: str
    portions_left: int
    frozen_on: dt.date
    use_by: dt.date
    tags: frozenset[str] = frozenset()
    made_by: str = ""
    location: str = ""
    reheating: str = ""
    category: MealCategory = MealCategory.COOKED_DISH
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


@dataclass(frozen=True)
class PortionsTaken:
    """A log line: portions taken out of one freezer batch, and the day they are for."""

    meal_id: int
    portions: int
    taken_at: dt.datetime
    for_day: dt.date
    id: int | None = None


@dataclass(frozen=True)
class SupportGroup:
    name: str
    kind: GroupKind
    first_meeting: dt.datetime
    duration: dt.timedelta = dt.timedelta(hours=1)
    recurrence: str = ""
    """An RFC 5545 RRULE for the meetings, empty for a single meeting."""
    place: str = ""
    link: str = ""
    contact_person: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


@dataclass(frozen=True)
class Meeting:
    """One meeting of a support group, derived from its schedule."""

    group_id: int
    group_name: str
    start: dt.datetime
    end: dt.datetime
    where: str


@dataclass(frozen=True)
class JournalEntry:
    kind: JournalKind
    at: dt.datetime
    symptom: str = ""
    severity: int | None = None
    hours: float | None = None
    mood: int | None = None
    note: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


@dataclass(frozen=True)
class Question:
    text: str
    asked_on: dt.date
    appointment_id: int | None = None
    answer: str = ""
    answered_on: dt.date | None = None
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""


class TreatmentDay(NamedTuple):
    """A day a treatment takes place (a cancelled one is none): doses around treatment days
    and the infection-risk days after it follow these (a named tuple: a week read makes a
    few hundred)."""

    day: dt.date
    kind: AppointmentKind
    course_id: int | None = None


@dataclass(frozen=True)
class PlanWindow:
    """Everything of a plan that touches a date range, as the rules see it."""

    first_day: dt.date
    last_day: dt.date
    appointments: tuple[Appointment, ...] = ()
    legs: tuple[RideLeg, ...] = ()
    helpers: tuple[Helper, ...] = ()
    tasks: tuple[HelpTask, ...] = ()
    meals: tuple[FreezerMeal, ...] = ()
    portions_taken: tuple[PortionsTaken, ...] = ()
    groups: tuple[SupportGroup, ...] = ()
    journal: tuple[JournalEntry, ...] = ()
    today: dt.date = field(kw_only=True)
    """The plan clock's date: what lies before it is over."""
    settings: Mapping[str, str] = field(default_factory=dict)
    """The plan's stored settings by key; read them with ``Setting.read``."""
    now: dt.datetime | None = field(default=None, kw_only=True)
    """The plan clock's moment, when the window is read for it (the doses missed by now,
    the dose reminders due); ``None``: no dose counts as missed yet."""
    medicines: tuple[Medicine, ...] = field(default=(), kw_only=True)
    confirmations: tuple[Confirmation, ...] = field(default=(), kw_only=True)
    """The answers given for doses due in the window (and a day either side)."""
    treatment_days: tuple[TreatmentDay, ...] = field(default=(), kw_only=True)
    """Treatments from well before the window to well after it: doses lie up to 90 days
    after a treatment day (and 14 before it), infection-risk days up to 60 after it."""

    gaps_until: dt.date | None = field(default=None, kw_only=True)
    """The last day by which a gap asked for must be acted on (the coming days read rides
    far ahead for their asking deadlines, yet want only the gaps due by then); ``None``:
    every gap inside the window."""

    def wants_gap(self, day: dt.date, due: dt.date | None = None) -> bool:
        """Whether a gap of ``day`` (to close by ``due``, when earlier) is asked for: the
        rules leave the others unmade, their words being most of their cost."""
        if self.gaps_until is None:
            return True
        return (min(day, due) if due is not None else day) <= self.gaps_until

    def helper(self, helper_id: int | None) -> Helper | None:
        return self._helpers_by_id.get(helper_id)

    def derived(self, work: Callable[[PlanWindow], T]) -> T:
        """What ``work`` makes of this window, worked out once: several rules ask for the
        same (the hard days, the freezer's coverage), and a window does not change. What it
        returns is shared, so it must not be changed either."""
        made = self._derived
        if work not in made:
            made[work] = work(self)
        return made[work]  # type: ignore[return-value]

    def legs_of(self, appointment_id: int | None) -> tuple[RideLeg, ...]:
        return self._legs_by_appointment.get(appointment_id, ())

    @cached_property
    def _derived(self) -> dict[Callable[[PlanWindow], object], object]:
        return {}

    # The rules ask these for each ride and task: looked up, not searched for (a crowded
    # window holds thousands of legs).
    @cached_property
    def _helpers_by_id(self) -> dict[int | None, Helper]:
        found: dict[int | None, Helper] = {}
        for helper in self.helpers:
            found.setdefault(helper.id, helper)  # the first, as a search would find
        return found

    @cached_property
    def _legs_by_appointment(self) -> dict[int | None, tuple[RideLeg, ...]]:
        found: dict[int | None, list[RideLeg]] = {}
        for leg in self.legs:
            found.setdefault(leg.appointment_id, []).append(leg)
        return {key: tuple(legs) for key, legs in found.items()}
