"""The week: every item of seven days, in the order a person reads a diary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.enums import AppointmentStatus, Area, JournalKind, LegDirection, label
from planner.domain.freezer import portions_text
from planner.domain.freezer_reminders import planned_thaws
from planner.domain.gaps import Gap, find_gaps
from planner.domain.hard_days import hard_days
from planner.domain.meetings import is_readable, meetings_between
from planner.domain.model import PlanWindow
from planner.domain.tasks import occurrences


class ItemType(StrEnum):
    APPOINTMENT = "appointment"
    RIDE = "ride"
    MEAL = "meal"
    TASK = "task"
    MEETING = "meeting"
    JOURNAL = "journal"

    @property
    def area(self) -> Area:
        return _ITEM_AREAS[self]


_ITEM_AREAS = {
    ItemType.APPOINTMENT: Area.APPOINTMENTS,
    ItemType.RIDE: Area.RIDES,
    ItemType.MEAL: Area.FREEZER,
    ItemType.TASK: Area.HELPERS,
    ItemType.MEETING: Area.SUPPORT,
    ItemType.JOURNAL: Area.JOURNAL,
}


@dataclass(frozen=True)
class WeekItem:
    type: ItemType
    title: str
    start: dt.datetime
    id: int
    detail: str = ""
    status: str = ""


@dataclass(frozen=True)
class Day:
    date: dt.date
    items: tuple[WeekItem, ...]
    hard_because: tuple[str, ...] = ()
    """Titles of the appointments that make this a hard day (empty on an easy day)."""

    @property
    def is_hard(self) -> bool:
        return bool(self.hard_because)


@dataclass(frozen=True)
class Week:
    week_start: dt.date
    days: tuple[Day, ...]
    gaps: tuple[Gap, ...]


def week_start(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding ``day``; ``first_weekday`` 0 is Monday, 6 Sunday."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def week_range(day: dt.date, first_weekday: int = 0) -> tuple[dt.date, dt.date]:
    first = week_start(day, first_weekday)
    return first, first + dt.timedelta(days=6)


def _items(window: PlanWindow) -> list[WeekItem]:
    items: list[WeekItem] = []
    appointments = {a.id: a for a in window.appointments}
    for a in window.appointments:
        if a.id is None:
            continue
        where = f" at {a.location}" if a.location else ""
        items.append(
            WeekItem(
                ItemType.APPOINTMENT,
                a.title,
                a.start,
                a.id,
                f"{label(a.kind)}{where}",
                a.status.value,
            )
        )
    for leg in window.legs:
        appointment = appointments.get(leg.appointment_id)
        if leg.id is None or appointment is None:
            continue
        if appointment.status is AppointmentStatus.CANCELLED:
            continue
        way = "to" if leg.direction is LegDirection.THERE else "home from"
        driver = window.helper(leg.driver_id)
        who = driver.name if driver else "no driver yet"
        items.append(
            WeekItem(
                ItemType.RIDE,
                f"Ride {way} {appointment.title}",
                leg.pickup_time,
                leg.id,
                f"{who} ({leg.status.value})",
                leg.status.value,
            )
        )
    meal_names = {m.id: m.name for m in window.meals}
    for taken in window.portions_taken:
        if taken.id is None:
            continue
        name = meal_names.get(taken.meal_id, "freezer meal")
        items.append(
            WeekItem(
                ItemType.MEAL,
                f"{name} ({taken.portions} portions)",
                dt.datetime.combine(taken.for_day, dt.time(18)),
                taken.id,
                "thawed the day before",
            )
        )
    # Freezer: the evening before each day with planned freezer meals, "thaw tonight".
    for thaw in planned_thaws(window):
        assert thaw.meal.id is not None
        items.append(
            WeekItem(
                ItemType.MEAL,
                f"Thaw tonight: {thaw.meal.name}",
                thaw.at,
                thaw.meal.id,
                f"{portions_text(thaw.portions)} for {thaw.for_day:%A}",
            )
        )
    for task in occurrences(window.tasks, window.first_day, window.last_day):
        if task.id is None:
            continue
        helper = window.helper(task.helper_id)
        who = helper.name if helper else "nobody yet"
        items.append(
            WeekItem(
                ItemType.TASK,
                task.title,
                task.start,
                task.id,
                f"{label(task.category)}: {who}",
                task.status.value,
            )
        )
    # An unreadable schedule is a gap of its own (see gaps.py), not a broken week.
    readable = [group for group in window.groups if is_readable(group)]
    for meeting in meetings_between(readable, window.first_day, window.last_day):
        items.append(
            WeekItem(
                ItemType.MEETING, meeting.group_name, meeting.start, meeting.group_id, meeting.where
            )
        )
    for entry in window.journal:
        if entry.id is None:
            continue
        if entry.kind is JournalKind.SIDE_EFFECT:
            title = f"{entry.symptom} {entry.severity}/10"
        elif entry.kind is JournalKind.REST:
            title = f"Rest {entry.hours:g} h"
        else:
            title = f"Mood {entry.mood}/10"
        items.append(WeekItem(ItemType.JOURNAL, title, entry.at, entry.id, entry.note))
    return items


def build_week(window: PlanWindow) -> Week:
    """Lay the window's seven days out with their items, hard days and gaps."""
    items = _items(window)
    hard = hard_days(window.appointments, window.first_day, window.last_day, window.settings)
    days = []
    count = (window.last_day - window.first_day).days + 1
    for n in range(count):
        day = window.first_day + dt.timedelta(days=n)
        todays = sorted(
            (i for i in items if i.start.date() == day),
            key=lambda i: (i.start, i.type.value, i.title),
        )
        because = tuple(dict.fromkeys(a.title for a in hard.get(day, [])))
        days.append(Day(day, tuple(todays), because))
    return Week(window.first_day, tuple(days), tuple(find_gaps(window)))
