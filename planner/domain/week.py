"""The coming days: every item of seven days, in the order a person reads a diary, and the
gaps still open ahead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple

from planner.domain import dose_rules, red_flags
from planner.domain.areas import find_gaps
from planner.domain.enums import AppointmentStatus, Area, JournalKind, LegStatus
from planner.domain.freezer import COVERAGE_WEEKS
from planner.domain.freezer_gaps import portions
from planner.domain.freezer_reminders import planned_thaws
from planner.domain.gaps import Gap
from planner.domain.hard_days import hard_days_between
from planner.domain.helpers import MOST_NOTICE_DAYS
from planner.domain.journal import symptom_word
from planner.domain.legs import trip
from planner.domain.medicines import amount_text
from planner.domain.meetings import is_readable, meetings_between
from planner.domain.messages import Message, translate
from planner.domain.model import PlanWindow
from planner.domain.settings import int_setting
from planner.domain.tasks import occurrences
from planner.domain.when import weekday

GAP_HORIZON = int_setting("week.gap_horizon_days", 14, 7, 56)
"""How many days ahead, from today, the coming days' gaps look."""
DEADLINES_AHEAD = dt.timedelta(days=(MOST_NOTICE_DAYS // 5 + 1) * 7)
"""How far past the horizon a ride may lie whose asking deadline still falls inside it (the
longest notice a driver service may want, in calendar days)."""
SHOWN_DAYS = 7


class ItemType(StrEnum):
    APPOINTMENT = "appointment"
    RIDE = "ride"
    MEAL = "meal"
    TASK = "task"
    MEETING = "meeting"
    JOURNAL = "journal"
    DOSE = "dose"
    """A medicine's dose; only where asked for (see :func:`coming_days`)."""

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
    ItemType.DOSE: dose_rules.AREA,
}


class WeekItem(NamedTuple):
    """One thing on a day (a named tuple: a crowded week makes some 250 at each switch,
    and a frozen dataclass costs several times as much to make)."""

    type: ItemType
    title: Message | str
    """What it is: the user's own words (a title, a name) or a message to render."""
    start: dt.datetime
    id: int
    detail: Message | str = ""
    """More about it (who drives, where), in words to render; empty when there is none."""
    status: str = ""


@dataclass(frozen=True)
class Day:
    date: dt.date
    items: tuple[WeekItem, ...]
    hard_because: tuple[str, ...] = ()
    """Titles of the appointments that make this a hard day (empty on an easy day)."""
    infection_risk: bool = False
    """Blood counts are likely low after a treatment (see :mod:`red_flags`): a day to
    take the temperature each evening."""

    @property
    def is_hard(self) -> bool:
        return bool(self.hard_because)

    @property
    def risk_note(self) -> Message | None:
        """What an infection-risk day asks for, in words (``None`` on other days)."""
        return red_flags.RISK_NOTE if self.infection_risk else None


@dataclass(frozen=True)
class Week:
    week_start: dt.date
    """The first day shown."""
    days: tuple[Day, ...]
    gaps: tuple[Gap, ...]
    gaps_until: dt.date | None = None
    """The last day the gaps cover (past the days shown when today is among them); ``None``
    when the days shown are over and no gap is looked for."""


def days_looked_ahead(week: Week, today: dt.date) -> int | None:
    """How many days from today the week's gaps cover, when its days start by today (the
    coming days: "nothing missing in the next 14 days"); ``None`` otherwise."""
    if week.gaps_until is None or week.week_start > today:
        return None
    return (week.gaps_until - today).days + 1


def gap_span(first: dt.date, today: dt.date, horizon: int) -> tuple[dt.date, dt.date] | None:
    """The days whose gaps go with the seven days from ``first``: from today over the
    horizon when today is among them, else the days shown that are not over yet."""
    last = first + dt.timedelta(days=SHOWN_DAYS - 1)
    if first <= today <= last:
        return today, max(last, today + dt.timedelta(days=horizon - 1))
    if last < today:
        return None
    return first, last


def window_span(first: dt.date, today: dt.date, horizon: int) -> tuple[dt.date, dt.date]:
    """The days to read for :func:`coming_days`: those shown, those of the gaps, and the
    rides further out whose asking deadline may fall among them."""
    last = first + dt.timedelta(days=SHOWN_DAYS - 1)
    span = gap_span(first, today, horizon)
    return first, max(last, span[1] + DEADLINES_AHEAD) if span else last


def read_whole_until(first: dt.date, today: dt.date, horizon: int) -> dt.date:
    """The last day of :func:`window_span` whose records the coming days need whole: the
    days shown and those of the gaps, a week more (a helper's busiest seven days count what
    follows) and the freezer's four weeks. After it, only the rides still to ask a driver
    service for matter (their asking deadline may fall among the gaps' days): reading just
    those spares a crowded plan reading and checking months it shows nothing of."""
    last = first + dt.timedelta(days=SHOWN_DAYS - 1)
    span = gap_span(first, today, horizon)
    end = span[1] if span else last
    return max(last, end + dt.timedelta(days=7), today + dt.timedelta(days=7 * COVERAGE_WEEKS - 1))


def coming_days(
    window: PlanWindow, first: dt.date, now: dt.datetime, horizon: int, *, doses: bool = False
) -> Week:
    """Seven days from ``first`` with their items and hard days, and the gaps still open
    over :func:`gap_span`: none of what is already over, and those further out whose
    deadline (asking a driver service, confirming a ride) falls inside it. With ``doses``,
    the medicines' doses are items too (the window and the command line ask for them; a
    week switch that needs none is spared working them out)."""
    last = first + dt.timedelta(days=SHOWN_DAYS - 1)
    span = gap_span(first, now.date(), horizon)
    if span is None:
        return Week(first, _days(window, first, last, doses=doses), ())
    start, end = span
    # The days read the window as the rules do (what they both ask of it is worked out once).
    window = replace(window, gaps_until=end)
    days = _days(window, first, last, doses=doses)
    gaps = tuple(
        gap
        for gap in find_gaps(window)
        if not gap.is_over(now) and (start <= gap.date <= end or start <= gap.act_by <= end)
    )
    return Week(first, days, gaps, end)


def week_start(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week holding ``day``; ``first_weekday`` 0 is Monday, 6 Sunday."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def week_range(day: dt.date, first_weekday: int = 0) -> tuple[dt.date, dt.date]:
    first = week_start(day, first_weekday)
    return first, first + dt.timedelta(days=6)


_LEG_STATUS = {
    LegStatus.NEEDED: translate("Week", "needed"),
    LegStatus.ASKED: translate("Week", "asked"),
    LegStatus.CONFIRMED: translate("Week", "confirmed"),
    LegStatus.DONE: translate("Week", "done"),
    LegStatus.CANCELLED: translate("Week", "cancelled"),
}
"""A ride's state as its line in the week says it: "Sam Keller (confirmed)"."""


def _items(window: PlanWindow, first: dt.date, last: dt.date) -> list[WeekItem]:
    items: list[WeekItem] = []
    appointments = {a.id: a for a in window.appointments}
    # A week says the same few things many times over ("Radiation at City Hospital",
    # "Sam Keller (confirmed)"): each message is made once (a message is immutable).
    said: dict[tuple[object, ...], Message] = {}
    # An enum's member is looked up at a cost: those asked of each record, once.
    appointment_item, ride_item = ItemType.APPOINTMENT, ItemType.RIDE
    cancelled = AppointmentStatus.CANCELLED
    # The window reaches weeks past the days shown (the gaps' deadlines): only the days'
    # own items are made.
    for a in window.appointments:
        if a.id is None or not first <= a.start.date() <= last:
            continue
        where = said.get(("at", a.kind, a.location))
        if where is None:
            where = said["at", a.kind, a.location] = (
                translate("Week", "{kind} at {place}").format(kind=a.kind, place=a.location)
                if a.location
                else translate("Week", "{kind}").format(kind=a.kind)
            )
        items.append(WeekItem(appointment_item, a.title, a.start, a.id, where, a.status.value))
    for leg in window.legs:
        appointment = appointments.get(leg.appointment_id)
        if leg.id is None or appointment is None or not first <= leg.pickup_time.date() <= last:
            continue
        if appointment.status is cancelled:
            continue
        who = said.get(("driver", leg.driver_id, leg.status))
        if who is None:
            driver = window.helper(leg.driver_id)
            who = said["driver", leg.driver_id, leg.status] = translate(
                "Week", "{driver} ({status})"
            ).format(
                driver=driver.name if driver else translate("Week", "no driver yet"),
                status=_LEG_STATUS[leg.status],
            )
        going = said.get(("trip", appointment.title, leg.direction))
        if going is None:
            going = said["trip", appointment.title, leg.direction] = trip(
                appointment, leg.direction
            )
        items.append(
            WeekItem(
                ride_item,
                going,
                leg.pickup_time,
                leg.id,
                who,
                leg.status.value,
            )
        )
    meal_names = {m.id: m.name for m in window.meals}
    for taken in window.portions_taken:
        if taken.id is None or not first <= taken.for_day <= last:
            continue
        name = meal_names.get(taken.meal_id) or translate("Week", "freezer meal")
        items.append(
            WeekItem(
                ItemType.MEAL,
                translate("Week", "{meal} ({portions})").format(
                    meal=name, portions=portions(taken.portions)
                ),
                dt.datetime.combine(taken.for_day, dt.time(18)),
                taken.id,
                translate("Week", "thawed the day before"),
            )
        )
    # Freezer: the evening before each day with planned freezer meals, "thaw tonight".
    for thaw in planned_thaws(window):
        assert thaw.meal.id is not None
        if not first <= thaw.at.date() <= last:
            continue
        items.append(
            WeekItem(
                ItemType.MEAL,
                translate("Reminders", "Thaw tonight: {meal}").format(meal=thaw.meal.name),
                thaw.at,
                thaw.meal.id,
                translate("Week", "{portions} for {weekday}").format(
                    portions=portions(thaw.portions), weekday=weekday(thaw.for_day)
                ),
            )
        )
    for task in occurrences(window.tasks, first, last):
        if task.id is None:
            continue
        helper = window.helper(task.helper_id)
        items.append(
            WeekItem(
                ItemType.TASK,
                task.title,
                task.start,
                task.id,
                translate("Week", "{category}: {helper}").format(
                    category=task.category,
                    helper=helper.name if helper else translate("Week", "nobody yet"),
                ),
                task.status.value,
            )
        )
    # An unreadable schedule is a gap of its own (see gaps.py), not a broken week.
    readable = [group for group in window.groups if is_readable(group)]
    for meeting in meetings_between(readable, first, last):
        items.append(
            WeekItem(
                ItemType.MEETING, meeting.group_name, meeting.start, meeting.group_id, meeting.where
            )
        )
    for entry in window.journal:
        if entry.id is None or not first <= entry.at.date() <= last:
            continue
        title: Message
        if entry.kind is JournalKind.SIDE_EFFECT:
            title = translate("Week", "{symptom} {severity}/10").format(
                symptom=symptom_word(entry.symptom), severity=entry.severity
            )
        elif entry.kind is JournalKind.REST:
            title = translate("Week", "Rest {hours} h").format(hours=entry.hours)
        else:
            title = translate("Week", "Mood {mood}/10").format(mood=entry.mood)
        items.append(WeekItem(ItemType.JOURNAL, title, entry.at, entry.id, entry.note))
    return items


def _dose_items(window: PlanWindow, first: dt.date, last: dt.date) -> list[WeekItem]:
    """Each dose of the days as an item: the medicine's name, how much, and its state."""
    items = []
    for medicine, dose, state in dose_rules.window_doses(window, first, last):
        if medicine.id is None:
            continue
        amount = amount_text(dose.amount, medicine.unit)
        detail = f"{medicine.strength.strip()}, {amount}" if medicine.strength.strip() else amount
        items.append(
            WeekItem(ItemType.DOSE, medicine.name, dose.due, medicine.id, detail, state.value)
        )
    return items


def build_week(window: PlanWindow) -> Week:
    """Lay the window's seven days out with their items, hard days and gaps."""
    days = _days(window, window.first_day, window.last_day)
    return Week(window.first_day, days, tuple(find_gaps(window)), window.last_day)


def _days(
    window: PlanWindow, first: dt.date, last: dt.date, *, doses: bool = False
) -> tuple[Day, ...]:
    items = [i for i in _items(window, first, last) if first <= i.start.date() <= last]
    if doses:
        items += _dose_items(window, first, last)
    hard = hard_days_between(window, first, last)
    risky = infection_risk_days(window)
    by_day: dict[dt.date, list[WeekItem]] = {}
    for item in items:
        by_day.setdefault(item.start.date(), []).append(item)
    days = []
    for n in range((last - first).days + 1):
        day = first + dt.timedelta(days=n)
        # (An item's type and title compare as their text.)
        todays = sorted(by_day.get(day, ()), key=lambda i: (i.start, i.type, i.title))
        because = tuple(dict.fromkeys(a.title for a in hard.get(day, [])))
        days.append(Day(day, tuple(todays), because, day in risky))
    return tuple(days)


def infection_risk_days(window: PlanWindow) -> set[dt.date]:
    """The infection-risk days after the window's treatments: those among its
    appointments, and the treatment days it reads further back (a risk day can lie up to
    :data:`red_flags.LONGEST_RISK_DAYS` after its treatment)."""
    days = red_flags.risk_days(window.appointments, window.settings)
    return days | red_flags.treatment_risk_days(window.treatment_days, window.settings)
