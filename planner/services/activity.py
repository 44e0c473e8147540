"""The care team's activity feed: recorded changes told as plain sentences.

Every line is read from the change log (see :mod:`planner.store.change_log`): who did what,
in words a person takes in at a glance, e.g. "Ana took 2 portions of Chicken soup" or
"root confirmed the ride home on Mon 7 Dec". The sentences are made by plain functions
(:func:`summary`, :func:`lines`) over the changes and a :class:`Context` that holds the rows
they name (an appointment's title and date for a ride leg, a helper's name for a driver);
:func:`describe` and :func:`feed` read that context from the plan in one unit of work.

Rows that one action writes together and that a person sees as one thing are told in one
line: a ride leg's status note with the leg, the log line of portions taken out with the
batch, the legs added or removed with their appointment, a helper's usual times with the
helper, a calendar link with the appointment it imported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from planner.domain.activity import AUTHOR_KEY
from planner.domain.changes import Action, Change, Kind
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import change_log

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RECENT = 50
"""How many changes the feed shows when not told where to start."""

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SAME_ACTION_SECONDS = 1.0
"""Changes by one person this close together are taken as one action (for folding)."""

Key = tuple[Kind, int | str]
"""A row: its kind of data and its key."""


# ---------------------------------------------------------------------------- values
@dataclass(frozen=True)
class Context:
    """What the sentences need besides the changes themselves.

    ``this_year``: the plan clock's year (dates in it are shown without the year).
    ``rows``: the rows the changes name, as stored now (or as last recorded, for rows
    that are gone), by kind and key.
    """

    this_year: int
    rows: Mapping[Key, Mapping[str, Any]] = field(default_factory=dict)

    def row(self, kind: Kind, key: object) -> Mapping[str, Any]:
        if isinstance(key, bool) or not isinstance(key, int | str):
            return {}
        return self.rows.get((kind, key), {})


@dataclass(frozen=True)
class Line:
    """One line of the feed: a change (with the changes told with it) in one sentence."""

    seq: int
    at: dt.datetime
    who: str
    kind: Kind
    id: int | str
    action: Action
    summary: str
    folded: tuple[int, ...] = ()
    """The sequence numbers of the other changes this line tells (the same action)."""


def day_text(day: dt.date, this_year: int) -> str:
    """``Mon 7 Dec``; with the year when it is not ``this_year`` (``Mon 7 Dec 2027``)."""
    text = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == this_year else f"{text} {day.year}"


def moment_text(at: dt.datetime, this_year: int) -> str:
    """``Mon 7 Dec 08:15``."""
    return f"{day_text(at, this_year)} {at:%H:%M}"


# ---------------------------------------------------------------------------- words
def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _quoted(text: str, longest: int = 60) -> str:
    if len(text) > longest:
        text = text[: longest - 1].rstrip() + "…"
    return f"“{text}”"


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _portions(count: int) -> str:
    return f"{count} portion" if count == 1 else f"{count} portions"


def _day(value: Any, context: Context) -> str:
    """The date of ``value`` (a date or a date and time) as text; empty for anything else."""
    return day_text(value, context.this_year) if isinstance(value, dt.date) else ""


def _on(value: Any, context: Context) -> str:
    day = _day(value, context)
    return f" on {day}" if day else ""


def _word(value: Any) -> str:
    """A vocabulary value (``nurse_navigator``) as words (``nurse navigator``)."""
    return _text(value).replace("_", " ")


def _helper(context: Context, helper_id: Any) -> str:
    return _text(context.row(Kind.HELPER, helper_id).get("name"))


def _appointment(row: Mapping[str, Any], context: Context, *, with_day: bool = True) -> str:
    title = _text(row.get("title"))
    day = _day(row.get("start"), context) if with_day else ""
    if title:
        return f"the appointment {title}" + (f" on {day}" if day else "")
    return f"the appointment on {day}" if day else "an appointment"


def _ride(leg: Mapping[str, Any], context: Context) -> str:
    """``the ride home on Mon 7 Dec``: the leg's direction and its appointment's day."""
    direction = leg.get("direction")
    noun = {"there": "the ride there", "back": "the ride home"}.get(str(direction), "the ride")
    appointment = context.row(Kind.APPOINTMENT, leg.get("appointment_id"))
    day = _day(appointment.get("start"), context) or _day(leg.get("pickup_time"), context)
    return f"{noun} on {day}" if day else noun


def _named(noun: str, name: str) -> str:
    if name:
        return f"the {noun} {name}"
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


# ---------------------------------------------------------------------------- field changes
_NOISE = frozenset({"id", "key", "version", "status_changed_at"})
"""Columns never worth a word (the time a status changed is the change's own time)."""
_LONG = frozenset(
    {
        "notes",
        "note",
        "address",
        "reheating",
        "recurrence",
        "link",
        "answer",
        "text",
        "value",
        "schedule",
        "instructions",
    }
)
"""Columns named without their values (too long for one line)."""
_WORDS = frozenset({"kind", "role", "category", "status", "direction", "pattern", "schedule_kind"})
_MINUTES = frozenset({"duration_minutes", "travel_minutes"})
_PEOPLE = frozenset({"driver_id", "backup_driver_id", "helper_id"})
_LABELS = {
    "duration_minutes": "duration",
    "travel_minutes": "travel time",
    "recovery_days": "recovery days",
    "needs_ride": "ride needed",
    "companion_wanted": "company wanted",
    "notice_business_days": "notice in working days",
    "portions_left": "portions left",
    "use_by": "use-by date",
    "frozen_on": "frozen on",
    "made_by": "made by",
    "location": "place",
    "first_meeting": "first meeting",
    "contact_person": "contact person",
    "pickup_time": "pickup",
    "pickup_place": "pickup place",
    "driver_id": "driver",
    "backup_driver_id": "backup driver",
    "helper_id": "helper",
    "appointment_id": "appointment",
    "course_id": "course",
    "cycle_length_days": "cycle length in days",
    "treatment_days": "treatment days",
    "start_time": "start time",
    "first_day": "first day",
    "asked_on": "asked on",
    "answered_on": "answered on",
    "for_day": "for the day",
    "taken_at": "taken at",
    "at": "time",
    "source_uid": "calendar event",
    "recurrence_id": "occurrence",
    "schedule_kind": "schedule",
    "stock_thousandths": "stock",
    "must_not_miss": "must not miss",
    "lead_days": "pharmacy's lead days",
    "remind_at": "ask again at",
}
_MOST_DETAILS = 4


def _shown(name: str, value: Any, context: Context) -> str | None:
    """A field's value in a few words; ``None`` when it is too long to show."""
    if name in _LONG:
        return None
    if value is None or value == "":
        return "none"
    if name in _PEOPLE:
        return _helper(context, value) or None
    if name.endswith("_id"):
        return None
    if name == "stock_thousandths" and _number(value) is not None:
        return _stock(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return moment_text(value, context.this_year)
    if isinstance(value, dt.date):
        return day_text(value, context.this_year)
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if isinstance(value, int | float):
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{number} min" if name in _MINUTES else number
    if isinstance(value, str):
        text = re.sub(r",(?=\S)", ", ", " ".join(value.split()))
        if name in _WORDS:
            text = text.replace("_", " ")
        return text if len(text) <= 40 else None
    return None


def _details(change: Change, context: Context, skip: Iterable[str] = ()) -> str:
    """`` (severity 4 → 6, note)``: the fields an update changed, besides ``skip``."""
    left_out = _NOISE | set(skip)
    parts = []
    for name, (old, new) in change.fields.items():
        if name in left_out:
            continue
        label = _LABELS.get(name, name.replace("_", " "))
        before, after = _shown(name, old, context), _shown(name, new, context)
        if before is not None and after is not None and before != after:
            parts.append(f"{label} {before} → {after}")
        else:
            parts.append(label)
    if len(parts) > _MOST_DETAILS:
        parts = [*parts[: _MOST_DETAILS - 1], f"{len(parts) - _MOST_DETAILS + 1} more"]
    return f" ({', '.join(parts)})" if parts else ""


def _other_fields(change: Change, skip: Iterable[str]) -> bool:
    return any(name not in _NOISE and name not in skip for name in change.fields)


# ---------------------------------------------------------------------------- sentences
Told = Callable[[Change, Mapping[str, Any], Context, Sequence[Change]], str]
"""Says what a change did (the sentence without its subject)."""


def _said_appointment(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _appointment(row, context)
    legs = [f for f in folded if f.kind is Kind.RIDE_LEG]
    linked = any(f.kind is Kind.CALENDAR_LINK for f in folded)
    if change.action is Action.INSERT:
        verb, source = ("imported", " from a calendar") if linked else ("added", "")
        return f"{verb} {thing}{source}{_with_rides(legs)}"
    if change.action is Action.DELETE:
        rides = " and its rides" if len(legs) > 1 else " and its ride" if legs else ""
        return f"removed {thing}{rides}"
    status = change.fields.get("status")
    start = change.fields.get("start")
    source = " from a calendar" if linked else ""
    if status is not None and status[1] in _APPOINTMENT_STATUS:
        sentence = _APPOINTMENT_STATUS[status[1]].format(thing)
        described = {"status"}
    elif start is not None and all(isinstance(t, dt.datetime) for t in start):
        old, new = start
        if old.date() == new.date():
            sentence = f"moved {thing} from {old:%H:%M} to {new:%H:%M}"
        else:
            name = _appointment(row, context, with_day=False)
            year = context.this_year
            sentence = f"moved {name} from {day_text(old, year)} to {day_text(new, year)}"
        described = {"start"}
    else:
        sentence = f"{'updated' if linked else 'changed'} {thing}"
        described = set()
    return sentence + source + _details(change, context, described)


_APPOINTMENT_STATUS = {
    "cancelled": "cancelled {}",
    "done": "marked {} as done",
    "scheduled": "put {} back on the schedule",
}


def _with_rides(legs: Sequence[Change]) -> str:
    directions = {leg.value("direction") for leg in legs}
    if {"there", "back"} <= directions:
        return ", with rides there and home"
    if "there" in directions:
        return ", with a ride there"
    if "back" in directions:
        return ", with a ride home"
    return ", with a ride" if legs else ""


_LEG_STATUS = {
    "confirmed": "confirmed {}",
    "done": "marked {} as done",
    "cancelled": "cancelled {}",
    "needed": "marked {} as needed again",
    "asked": "marked {} as asked",
}


def _said_leg(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    ride = _ride(row, context)
    if change.action is Action.INSERT:
        driver = _helper(context, row.get("driver_id"))
        return f"added {ride}" + (f", with {driver} driving" if driver else "")
    if change.action is Action.DELETE:
        return f"removed {ride}"
    fields = change.fields
    described = {"driver_id"}
    if "driver_id" in fields:
        old, new = fields["driver_id"]
        if fields.get("status", (None, None))[1] == "needed":
            described.add("status")  # a new driver has to be asked again: no news
        if new is not None:
            name = _helper(context, new)
            sentence = (
                f"made {name} the driver of {ride}" if name else f"changed the driver of {ride}"
            )
        else:
            name = _helper(context, old)
            sentence = f"took {name} off {ride}" if name else f"cleared the driver of {ride}"
    elif "status" in fields:
        described = {"status"}
        status = str(fields["status"][1])
        driver = _helper(context, row.get("driver_id"))
        if status == "asked" and driver:
            sentence = f"asked {driver} to drive {ride}"
        elif status in _LEG_STATUS:
            sentence = _LEG_STATUS[status].format(ride)
        else:
            sentence = f"changed the status of {ride} to {_word(status)}"
    elif "backup_driver_id" in fields:
        described = {"backup_driver_id"}
        name = _helper(context, fields["backup_driver_id"][1])
        if name:
            sentence = f"made {name} the backup driver of {ride}"
        else:
            sentence = f"cleared the backup driver of {ride}"
    elif "pickup_time" in fields and all(isinstance(t, dt.datetime) for t in fields["pickup_time"]):
        described = {"pickup_time"}
        old, new = fields["pickup_time"]
        if old.date() == new.date():
            sentence = f"moved the pickup for {ride} from {old:%H:%M} to {new:%H:%M}"
        else:
            year = context.this_year
            sentence = (
                f"moved the pickup for {ride} from {moment_text(old, year)} "
                f"to {moment_text(new, year)}"
            )
    else:
        described = set()
        sentence = f"changed {ride}"
    return sentence + _details(change, context, described)


def _said_leg_status(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    ride = _ride(context.row(Kind.RIDE_LEG, row.get("leg_id")), context)
    status = _word(row.get("status")) or "changed"
    if change.action is Action.INSERT:
        return f"noted {ride} as {status}"
    if change.action is Action.DELETE:
        return f"removed the note that {ride} was {status}"
    return f"changed a status note of {ride}" + _details(change, context)


def _said_helper(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("helper", _text(row.get("name")))
    added, removed = _usual_times([f for f in folded if f.kind is Kind.AVAILABILITY], context)
    if change.action is Action.INSERT:
        return f"added {thing}" + (f", usually free {added}" if added else "")
    if change.action is Action.DELETE:
        return f"removed {thing}"
    details = _details(change, context)
    if not added and not removed:
        return f"changed {thing}{details}"
    times = _times_change(added, removed)
    if not details:
        return f"changed the usual times of {_text(row.get('name')) or 'a helper'}: {times}"
    return f"changed {thing}{details} and their usual times: {times}"


def _said_availability(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    name = _helper(context, row.get("helper_id")) or "a helper"
    group = [change, *(f for f in folded if f.kind is Kind.AVAILABILITY)]
    added, removed = _usual_times(group, context)
    if added and not removed:
        return f"added usual times for {name}: {added}"
    if removed and not added:
        return f"removed usual times of {name}: {removed}"
    if added or removed:
        return f"changed the usual times of {name}: {_times_change(added, removed)}"
    return f"changed the usual times of {name}"


def _usual_times(changes: Sequence[Change], context: Context) -> tuple[str, str]:
    """The windows ``changes`` added and removed, as text (an update removes its old window
    and adds its new one)."""
    added: list[tuple[Any, ...]] = []
    removed: list[tuple[Any, ...]] = []
    for change in changes:
        stored = context.row(Kind.AVAILABILITY, change.row)
        before = {**stored, **{name: old for name, (old, _) in change.fields.items()}}
        after = {**stored, **{name: new for name, (_, new) in change.fields.items()}}
        if change.action is not Action.INSERT:
            removed.append(_window(before))
        if change.action is not Action.DELETE:
            added.append(_window(after))
    for window in list(added):  # the times saved again as they were are no news
        if window in removed:
            added.remove(window)
            removed.remove(window)
    return _windows(added), _windows(removed)


def _window(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (row.get("weekday"), row.get("start"), row.get("end"))


def _times_change(added: str, removed: str) -> str:
    parts = ([f"added {added}"] if added else []) + ([f"removed {removed}"] if removed else [])
    return ", ".join(parts)


def _windows(windows: Sequence[tuple[Any, ...]]) -> str:
    """``Mon-Fri 08:00-18:00, Sat 10:00-12:00`` (with en dashes) for (weekday, start,
    end) windows."""
    days: dict[str, set[int]] = {}
    for day, start, end in windows:
        weekday = _number(day)
        if weekday is None or not 0 <= weekday <= 6:
            continue
        hours = (
            f"{start:%H:%M}\N{EN DASH}{end:%H:%M}"
            if isinstance(start, dt.time) and isinstance(end, dt.time)
            else ""
        )
        days.setdefault(hours, set()).add(weekday)
    ordered = sorted(days.items(), key=lambda item: (min(item[1]), item[0]))
    return ", ".join(f"{_weekdays(sorted(on))} {hours}".strip() for hours, on in ordered)


def _weekdays(days: Sequence[int]) -> str:
    """``Mon-Fri`` (an en dash) for a run of three days or more, ``Mon, Wed`` otherwise."""
    if len(set(days)) == len(_WEEKDAYS):
        return "every day"
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{_WEEKDAYS[run[0]]}\N{EN DASH}{_WEEKDAYS[run[-1]]}")
        else:
            parts.extend(_WEEKDAYS[day] for day in run)
    return ", ".join(parts)


def _said_contact(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("contact", _text(row.get("name")))
    if change.action is Action.INSERT:
        role = _word(row.get("role"))
        return f"added {thing}" + (f" ({role})" if role else "")
    if change.action is Action.DELETE:
        return f"removed {thing}"
    return f"changed {thing}{_details(change, context)}"


_TASK_STATUS = {
    "done": "marked {} as done",
    "open": "reopened {}",
    "claimed": "marked {} as claimed",
}


def _said_task(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    title = _text(row.get("title"))
    thing = f"the task {title}{_on(row.get('start'), context)}" if title else "a task"
    if change.action is Action.INSERT:
        helper = _helper(context, row.get("helper_id"))
        return f"added {thing}" + (f" for {helper}" if helper else "")
    if change.action is Action.DELETE:
        return f"removed {thing}"
    fields = change.fields
    status = fields.get("status", (None, None))[1]
    if "helper_id" in fields:
        old, new = fields["helper_id"]
        described = {"helper_id"}
        if new is not None:
            name = _helper(context, new)
            sentence = f"assigned {thing} to {name}" if name else f"changed the helper of {thing}"
            if status == "claimed":
                described.add("status")
        else:
            name = _helper(context, old)
            sentence = f"took {name} off {thing}" if name else f"unassigned {thing}"
            if status == "open":
                described.add("status")
    elif status in _TASK_STATUS:
        described = {"status"}
        sentence = _TASK_STATUS[str(status)].format(thing)
    elif "start" in fields and all(isinstance(t, dt.datetime) for t in fields["start"]):
        described = {"start"}
        old, new = fields["start"]
        year = context.this_year
        name = f"the task {title}" if title else "a task"
        if old.date() == new.date():
            sentence = f"moved {thing} from {old:%H:%M} to {new:%H:%M}"
        else:
            sentence = f"moved {name} from {day_text(old, year)} to {day_text(new, year)}"
    else:
        described = set()
        sentence = f"changed {thing}"
    return sentence + _details(change, context, described)


def _said_meal(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    name = _text(row.get("name"))
    if change.action is Action.INSERT:
        portions = _number(row.get("portions_left"))
        if name and portions is not None:
            return f"put {_portions(portions)} of {name} in the freezer"
        return f"added {name or 'a batch'} to the freezer"
    if change.action is Action.DELETE:
        return f"removed {name or 'a batch'} from the freezer"
    before, after = change.fields.get("portions_left", (None, None))
    if (
        _number(before) is not None
        and _number(after) is not None
        and not _other_fields(change, {"portions_left"})
    ):
        of = f" of {name}" if name else ""
        taken = [f for f in folded if f.kind is Kind.PORTIONS_TAKEN]
        if after < before:
            days = {_day(f.value("for_day"), context) for f in taken} - {""}
            for_day = f" for {days.pop()}" if len(days) == 1 else ""
            return f"took {_portions(before - after)}{of}{for_day}"
        if any(f.action is Action.DELETE for f in taken):
            return f"put {_portions(after - before)}{of} back"
        return f"added {_portions(after - before)}" + (f" to {name}" if name else "")
    return f"changed {_named('freezer meal', name)}{_details(change, context)}"


def _said_portions(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    name = _text(context.row(Kind.MEAL, row.get("meal_id")).get("name"))
    count = _number(row.get("portions"))
    amount = _portions(count) if count is not None else "portions"
    of = f" of {name}" if name else ""
    for_day = _day(row.get("for_day"), context)
    if change.action is Action.INSERT:
        return f"took {amount}{of}" + (f" for {for_day}" if for_day else "")
    if change.action is Action.DELETE:
        return f"put back {amount}{of}" + (f" taken for {for_day}" if for_day else "")
    return f"changed a note of portions taken{of}{_details(change, context)}"


def _said_group(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("support group", _text(row.get("name")))
    if change.action is Action.INSERT:
        return f"added {thing}"
    if change.action is Action.DELETE:
        return f"removed {thing}"
    return f"changed {thing}{_details(change, context)}"


def _entry(row: Mapping[str, Any]) -> str:
    """What a journal entry says: ``Nausea, severity 4``, ``rest, 2 hours``, ``mood 6 of 10``."""
    kind = row.get("kind")
    severity, mood, hours = _number(row.get("severity")), _number(row.get("mood")), row.get("hours")
    if kind == "rest":
        return "rest" + (f", {hours:g} hours" if isinstance(hours, int | float) else "")
    if kind == "mood":
        return "mood" + (f" {mood} of 10" if mood is not None else "")
    symptom = _text(row.get("symptom")) or _word(kind) or "entry"
    return symptom + (f", severity {severity}" if severity is not None else "")


def _said_journal(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    day = _day(row.get("at"), context)
    if change.action is Action.INSERT:
        return f"added a journal entry{f' of {day}' if day else ''} ({_entry(row)})"
    thing = f"the journal entry of {day}" if day else "a journal entry"
    if change.action is Action.DELETE:
        return f"removed {thing} ({_entry(row)})"
    return f"changed {thing}{_details(change, context)}"


def _question(row: Mapping[str, Any], context: Context) -> str:
    text = _text(row.get("text"))
    if text:
        return f"the question {_quoted(text)}"
    # The log forgets a removed question's words (see planner.store.change_log): the day
    # it was asked says which one it was.
    asked = _day(row.get("asked_on"), context)
    return f"a question asked on {asked}" if asked else "a question"


def _said_question(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _question(row, context)
    appointment = context.row(Kind.APPOINTMENT, row.get("appointment_id"))
    if change.action is Action.INSERT:
        visit = f" for {_appointment(appointment, context)}" if appointment else ""
        return f"added {thing}{visit}"
    if change.action is Action.DELETE:
        return f"removed {thing}"
    fields = change.fields
    if "answer" in fields:
        old, new = (_text(value) for value in fields["answer"])
        described = {"answer", "answered_on"}
        if new:
            sentence = f"changed the answer to {thing}" if old else f"answered {thing}"
        else:
            sentence = f"cleared the answer to {thing}"
    elif "text" in fields:
        described = {"text"}
        old, new = (_text(value) for value in fields["text"])
        sentence = (
            f"changed the question {_quoted(old)} to {_quoted(new)}"
            if old and new
            else f"changed {thing}"
        )
    elif "appointment_id" in fields:
        described = {"appointment_id"}
        if fields["appointment_id"][1] is not None and appointment:
            sentence = f"moved {thing} to {_appointment(appointment, context)}"
        elif fields["appointment_id"][1] is None:
            sentence = f"took {thing} off its appointment"
        else:
            sentence = f"moved {thing} to another appointment"
    else:
        described = set()
        sentence = f"changed {thing}"
    return sentence + _details(change, context, described)


def _said_place(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("place", _text(row.get("name")))
    if change.action is Action.INSERT:
        return f"added {thing}"
    if change.action is Action.DELETE:
        return f"removed {thing}"
    return f"changed {thing}{_details(change, context)}"


def _setting_value(value: Any) -> str:
    text = _text(value) if isinstance(value, str) else "" if value is None else str(value)
    return text if len(text) <= 40 else ""


def _said_setting(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    key = _text(row.get("key")) or str(change.row)
    label = f"the setting {key.replace('.', ' ').replace('_', ' ')}"
    if key.startswith(AUTHOR_KEY):
        label = "their name in the activity list"  # keyed by the computer user's login
    if change.action is Action.DELETE:
        return f"reset {label}"
    old, new = change.fields.get("value", (None, row.get("value")))
    before, after = _setting_value(old), _setting_value(new)
    if change.action is Action.INSERT or not before:
        return f"set {label} to {_quoted(after)}" if after else f"set {label}"
    if not _text(new):
        return f"cleared {label}"
    if after:
        return f"changed {label} from {_quoted(before)} to {_quoted(after)}"
    return f"changed {label}"


def _stock(thousandths: int) -> str:
    """A medicine's stock as stored (in thousandths of its unit) as the number it is."""
    return format((Decimal(thousandths) / 1000).normalize(), "f") if thousandths else "0"


def _said_medicine(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("medicine", _text(row.get("name")))
    if change.action is Action.INSERT:
        return f"added {thing}"
    if change.action is Action.DELETE:
        return f"removed {thing}"
    if set(change.fields) == {"stock_thousandths"}:
        before, after = change.fields["stock_thousandths"]
        if _number(before) is not None and _number(after) is not None:
            return f"counted the stock of {thing} from {_stock(before)} to {_stock(after)}"
    return f"changed {thing}{_details(change, context)}"


_ANSWERED = {"taken": "as taken", "skipped": "as skipped", "later": "as put off till later"}


def _said_dose(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    name = _text(context.row(Kind.MEDICINE, row.get("medicine_id")).get("name"))
    due = row.get("due")
    when = f" of {moment_text(due, context.this_year)}" if isinstance(due, dt.datetime) else ""
    thing = f"the {name} dose{when}" if name else f"a dose{when}"
    if change.action is Action.DELETE:
        return f"took back the answer for {thing}"
    answered = _ANSWERED.get(_text(row.get("answer")))
    if answered is None:
        return f"changed the answer for {thing}{_details(change, context)}"
    reason = _text(row.get("reason"))
    return f"noted {thing} {answered}" + (f" ({_quoted(reason)})" if reason else "")


def _said_reading(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    kind = _text(row.get("kind")) or "reading"
    value, unit = _text(row.get("value")), _text(row.get("unit"))
    scale = f"°{unit}" if kind == "temperature" else unit
    reading = f"a {kind} of {value} {scale}".rstrip() if value else f"a {kind}"
    day = _day(row.get("at"), context)
    if change.action is Action.INSERT:
        return f"noted {reading}" + (f" on {day}" if day else "")
    if change.action is Action.DELETE:
        return f"removed {reading}" + (f" noted on {day}" if day else "")
    return f"changed {reading}{_details(change, context)}"


def _said_course(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    thing = _named("course", _text(row.get("name")))
    if change.action is Action.INSERT:
        first = _day(row.get("first_day"), context)
        return f"added {thing}" + (f" starting {first}" if first else "")
    if change.action is Action.DELETE:
        return f"removed {thing}"
    return f"changed {thing}{_details(change, context)}"


def _said_calendar_link(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    appointment = _appointment(context.row(Kind.APPOINTMENT, row.get("appointment_id")), context)
    if change.action is Action.INSERT:
        return f"linked {appointment} to a calendar event"
    if change.action is Action.DELETE:
        return f"unlinked {appointment} from its calendar event"
    return f"changed the calendar link of {appointment}"


_SAID: dict[Kind, Told] = {
    Kind.COURSE: _said_course,
    Kind.APPOINTMENT: _said_appointment,
    Kind.RIDE_LEG: _said_leg,
    Kind.LEG_STATUS: _said_leg_status,
    Kind.PLACE: _said_place,
    Kind.HELPER: _said_helper,
    Kind.AVAILABILITY: _said_availability,
    Kind.CONTACT: _said_contact,
    Kind.TASK: _said_task,
    Kind.MEAL: _said_meal,
    Kind.PORTIONS_TAKEN: _said_portions,
    Kind.GROUP: _said_group,
    Kind.JOURNAL_ENTRY: _said_journal,
    Kind.QUESTION: _said_question,
    Kind.SETTING: _said_setting,
    Kind.CALENDAR_LINK: _said_calendar_link,
    Kind.MEDICINE: _said_medicine,
    Kind.DOSE: _said_dose,
    Kind.READING: _said_reading,
}


def _said_anything(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> str:
    """A kind of data without sentences of its own."""
    verb = {Action.INSERT: "added", Action.UPDATE: "changed", Action.DELETE: "removed"}
    return f"{verb[change.action]} {_word(change.kind.value)} {change.row}"


def summary(change: Change, context: Context, folded: Sequence[Change] = ()) -> str:
    """One sentence saying what ``change`` did, its author first: "root confirmed the ride
    home on Mon 7 Dec". ``folded``: the changes the same action made that the sentence
    tells too (see :func:`lines`)."""
    row = {**context.row(change.kind, change.row)}
    row.update({name: change.value(name) for name in change.fields})
    said = _SAID.get(change.kind, _said_anything)(change, row, context, folded)
    return f"{_text(change.who) or 'Someone'} {said}"


# ---------------------------------------------------------------------------- folding
def _field(change: Change, name: str, context: Context) -> Any:
    if name in change.fields:
        return change.value(name)
    return context.row(change.kind, change.row).get(name)


def _runs(changes: Sequence[Change]) -> Iterator[range]:
    """Stretches of changes one person made together (one action, or a few at once)."""
    start = 0
    for n in range(1, len(changes)):
        before, this = changes[n - 1], changes[n]
        apart = abs((this.at - before.at).total_seconds())
        if this.who != before.who or apart > _SAME_ACTION_SECONDS:
            yield range(start, n)
            start = n
    if changes:
        yield range(start, len(changes))


_Rule = tuple[Key, Callable[[Change], bool], bool]


def _host_rule(change: Change, context: Context) -> _Rule | None:
    """The row of the change ``change`` is told with (one of the same action), what else
    that change must be, and whether it tells only one change such as ``change``;
    ``None`` for a change told on a line of its own."""
    if change.kind is Kind.LEG_STATUS:
        leg, status = _field(change, "leg_id", context), _field(change, "status", context)
        gone = change.action is Action.DELETE

        def with_leg(host: Change) -> bool:
            return "status" in host.fields and (gone or host.value("status") == status)

        return (Kind.RIDE_LEG, leg), with_leg, True
    if change.kind is Kind.RIDE_LEG and change.action is not Action.UPDATE:

        def with_appointment(host: Change) -> bool:
            return host.action is change.action

        return (Kind.APPOINTMENT, change.value("appointment_id")), with_appointment, False
    if change.kind is Kind.PORTIONS_TAKEN and change.action is not Action.UPDATE:
        count = _number(change.value("portions"))
        moved = None if count is None else -count if change.action is Action.INSERT else count

        def with_meal(host: Change) -> bool:
            before, after = host.fields.get("portions_left", (None, None))
            numbers = _number(before) is not None and _number(after) is not None
            return host.action is Action.UPDATE and numbers and after - before == moved

        return (Kind.MEAL, change.value("meal_id")), with_meal, True
    if change.kind is Kind.CALENDAR_LINK:
        return (Kind.APPOINTMENT, _field(change, "appointment_id", context)), _any, False
    return None


def _any(_host: Change) -> bool:
    return True


def _nearest(found: Iterable[int], n: int) -> int | None:
    """The nearest of ``found`` to ``n``; the earlier one of two as near."""
    return min(found, key=lambda m: (abs(m - n), m > n), default=None)


def _hosts(changes: Sequence[Change], context: Context) -> list[int]:
    """For each change, the index of the change whose line tells it (itself, mostly)."""
    hosts = list(range(len(changes)))
    for run in _runs(changes):
        at: dict[tuple[Kind, object], list[int]] = {}
        for n in run:
            at.setdefault((changes[n].kind, changes[n].row), []).append(n)
        blocks = _people_blocks(changes, run)
        taken: set[int] = set()
        first_times: dict[tuple[int, object], int] = {}
        for n in run:
            change = changes[n]
            if change.kind is Kind.AVAILABILITY:
                # Told with their helper saved in the same stretch of helpers and times,
                # else with the first of that helper's times saved together.
                helper = _field(change, "helper_id", context)
                block = blocks[n]
                with_helper = [m for m in at.get((Kind.HELPER, helper), ()) if blocks[m] == block]
                host = _nearest(with_helper, n)
                hosts[n] = host if host is not None else first_times.setdefault((block, helper), n)
                continue
            rule = _host_rule(change, context)
            if rule is None:
                continue
            row, fits, alone = rule
            candidates = at.get(row, ())
            host = _nearest(
                (m for m in candidates if not (alone and m in taken) and fits(changes[m])), n
            )
            if host is not None:
                hosts[n] = host
                taken.add(host)
    return hosts


def _people_blocks(changes: Sequence[Change], run: range) -> dict[int, int]:
    """Each helper and usual-time change of ``run``, with the index where its stretch of
    such changes starts."""
    people = (Kind.HELPER, Kind.AVAILABILITY)
    blocks: dict[int, int] = {}
    start = None
    for n in run:
        if changes[n].kind in people:
            start = n if start is None else start
            blocks[n] = start
        else:
            start = None
    return blocks


def lines(changes: Iterable[Change], context: Context) -> list[Line]:
    """The feed's lines for ``changes``, oldest first: one for each action's main change,
    telling the changes it made along with it (a ride leg's status note, ...).

    Each sentence names the rows as they were just after its change: the rows of
    ``context`` with the later of ``changes`` taken back (the driver who was asked, not
    the one who drives now).
    """
    ordered = sorted(changes, key=lambda change: change.seq)
    hosts = _hosts(ordered, context)
    members: dict[int, list[int]] = {}
    for n in range(len(ordered)):
        root = n
        for _ in range(len(ordered)):  # chains are short (a status note, its leg, ...)
            if hosts[root] == root:
                break
            root = hosts[root]
        members.setdefault(root, []).append(n)
    rows = dict(context.rows)
    then = Context(context.this_year, rows)
    told = []
    for n in reversed(range(len(ordered))):
        main = ordered[n]
        if n in members:
            folded = [ordered[m] for m in members[n] if m != n]
            told.append(
                Line(
                    main.seq,
                    main.at,
                    main.who,
                    main.kind,
                    main.row,
                    main.action,
                    summary(main, then, folded),
                    tuple(change.seq for change in folded),
                )
            )
        key = (main.kind, main.row)  # the row as it was before this change
        rows[key] = {**rows.get(key, {}), **{name: old for name, (old, _) in main.fields.items()}}
    told.reverse()
    return told


# ---------------------------------------------------------------------------- the plan
_REFERS: dict[Kind, dict[str, Kind]] = {
    Kind.RIDE_LEG: {
        "appointment_id": Kind.APPOINTMENT,
        "driver_id": Kind.HELPER,
        "backup_driver_id": Kind.HELPER,
    },
    Kind.LEG_STATUS: {"leg_id": Kind.RIDE_LEG},
    Kind.AVAILABILITY: {"helper_id": Kind.HELPER},
    Kind.TASK: {"helper_id": Kind.HELPER},
    Kind.PORTIONS_TAKEN: {"meal_id": Kind.MEAL},
    Kind.QUESTION: {"appointment_id": Kind.APPOINTMENT},
    Kind.CALENDAR_LINK: {"appointment_id": Kind.APPOINTMENT},
    Kind.DOSE: {"medicine_id": Kind.MEDICINE},
}
"""The rows a sentence about a row of a kind names (by the column holding their id)."""


def _named_rows(kind: Kind, values: Mapping[str, Any]) -> Iterator[Key]:
    for name, target in _REFERS.get(kind, {}).items():
        key = _number(values.get(name))
        if key is not None:
            yield (target, key)


def _look_up(session: Session, changes: Sequence[Change]) -> dict[Key, Mapping[str, Any]]:
    """The rows the sentences about ``changes`` need: as stored now; for a row that is
    gone, as these changes or the change log last had it."""
    recorded: dict[Key, dict[str, Any]] = {}
    wanted: list[Key] = []
    for change in changes:
        key = (change.kind, change.row)
        recorded.setdefault(key, {}).update({n: change.value(n) for n in change.fields})
        if change.action is Action.UPDATE:
            wanted.append(key)
        for side in (0, 1):
            wanted.extend(
                _named_rows(change.kind, {n: pair[side] for n, pair in change.fields.items()})
            )
    rows: dict[Key, Mapping[str, Any]] = {}
    while wanted:
        key = wanted.pop()
        if key in rows:
            continue
        found = change_log.current(session, *key)
        if found is None:
            found = {**recorded.get(key, {}), **_last_known(session, key)}
        rows[key] = found
        wanted.extend(_named_rows(key[0], found))
    return rows


def _last_known(session: Session, key: Key) -> dict[str, Any]:
    """A row that is gone, as its recorded changes last left it."""
    values: dict[str, Any] = {}
    for change in change_log.of_row(session, *key):
        values.update({name: change.value(name) for name in change.fields})
    return values


def describe(plan: Plan, changes: Changes | Iterable[Change]) -> list[Line]:
    """The feed's lines for ``changes`` (e.g. what a :class:`PlanWatcher` heard)."""
    records = tuple(changes.records if isinstance(changes, Changes) else changes)
    if not records:
        return []
    this_year = plan.clock.today().year
    with plan.unit_of_work() as work:
        rows = _look_up(work.store.session, records)
    return lines(records, Context(this_year, rows))


def feed(
    plan: Plan, since: int | dt.date | None = None, *, last: int = RECENT
) -> tuple[list[Line], int]:
    """The feed from the change log, in one unit of work: the changes after change number
    ``since``, or from the start of day ``since`` (in the plan's clock), or else the last
    ``last`` changes. Also returns the number of the newest change read, to follow on
    from (at least ``since`` when it is a number)."""
    this_year = plan.clock.today().year
    with plan.unit_of_work() as work:
        session = work.store.session
        newest = change_log.last_seq(session)
        if isinstance(since, int):
            found = change_log.since(session, since)
            newest = max(newest, since)
        elif isinstance(since, dt.date):
            found = change_log.since_time(session, dt.datetime.combine(since, dt.time()))
        else:
            found = _last(session, newest, last)
        rows = _look_up(session, found)
    newest = max([newest, *(change.seq for change in found)])
    return lines(found, Context(this_year, rows)), newest


def _last(session: Session, newest: int, count: int) -> list[Change]:
    """The last ``count`` changes (their numbers may have gaps)."""
    if count <= 0:
        return []
    step = count
    while True:
        start = max(newest - step, 0)
        found = change_log.since(session, start)
        if len(found) >= count or start == 0:
            return found[-count:]
        step *= 2
