"""The care team's activity feed: recorded changes told as plain sentences.

Every line is read from the change log (see :mod:`planner.store.change_log`): who did what,
in words a person takes in at a glance, e.g. "Ana took 2 portions of Chicken soup" or
"root confirmed the ride home on Mon 7 Dec". Each sentence is a
:class:`~planner.domain.messages.Message` of the context "Activity" (one whole template
for each shape of sentence, with typed values), rendered in the reader's language where it
is shown. The sentences are made by plain functions
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
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from planner.domain.activity import AUTHOR_KEY
from planner.domain.changes import Action, Change, Kind
from planner.domain.messages import Message, render, translate
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
    summary: Message
    """The sentence, rendered where it is shown (``str()`` gives the English one)."""
    folded: tuple[int, ...] = ()
    """The sequence numbers of the other changes this line tells (the same action)."""


def day_text(day: dt.date, this_year: int) -> str:
    """``Mon 7 Dec``; with the year when it is not ``this_year`` (``Mon 7 Dec 2027``).

    In English, as the sentences say it; the sentences themselves keep the date itself
    (rendered in the reader's language)."""
    text = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == this_year else f"{text} {day.year}"


def moment_text(at: dt.datetime, this_year: int) -> str:
    """``Mon 7 Dec 08:15``."""
    return f"{day_text(at, this_year)} {at:%H:%M}"


# ---------------------------------------------------------------------------- words
# Every sentence is a Message of the context "Activity": one whole template for each shape
# of sentence, with its author as {who}, so that a language can put its verb where it goes.
# The values are kept typed (dates, times, numbers, nested messages) and rendered for the
# reader; what a person typed (a name, a title) is kept as it is.
Said = Message | str
"""A value of a sentence: a message, or words a person typed."""


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _quoted(text: str, longest: int = 60) -> Message:
    if len(text) > longest:
        text = text[: longest - 1].rstrip() + "…"
    return translate("Activity", "“{text}”").format(text=text)


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _portions(count: int) -> Message:
    if count == 1:
        return translate("Activity", "%n portion").format(n=count)
    return translate("Activity", "%n portions").format(n=count)


def _day(value: Any, context: Context) -> dt.date | Message | None:
    """The date of ``value`` (a date or a date and time), with its year when it is not
    this year's; ``None`` for anything else."""
    if not isinstance(value, dt.date):
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    if day.year == context.this_year:
        return day
    return translate("Activity", "{day} {year}").format(day=day, year=str(day.year))


def _moment(at: dt.datetime, context: Context) -> Message:
    """A date and time: ``Mon 7 Dec 08:15``."""
    return translate("Activity", "{day} {time}").format(day=_day(at, context), time=at.time())


def moment(at: dt.datetime, this_year: int) -> Message:
    """When a change was made, to render where it is shown: ``Mon 7 Dec 08:15`` (with the
    year when it is not ``this_year``)."""
    return _moment(at, Context(this_year))


def _english(value: object) -> str:
    """``value`` as the English sentence shows it (to compare two values as shown)."""
    return render(Message("Activity", "{value}", MappingProxyType({"value": value})))


_VOCABULARY: dict[str, Message] = {
    # statuses
    "scheduled": translate("Activity", "scheduled"),
    "done": translate("Activity", "done"),
    "cancelled": translate("Activity", "cancelled"),
    "needed": translate("Activity", "needed"),
    "asked": translate("Activity", "asked"),
    "confirmed": translate("Activity", "confirmed"),
    "open": translate("Activity", "open"),
    "claimed": translate("Activity", "claimed"),
    # directions
    "there": translate("Activity", "there"),
    "back": translate("Activity", "back"),
    # appointment kinds
    "chemotherapy": translate("Activity", "chemotherapy"),
    "infusion": translate("Activity", "infusion"),
    "radiation": translate("Activity", "radiation"),
    "surgery": translate("Activity", "surgery"),
    "dialysis": translate("Activity", "dialysis"),
    "trial_visit": translate("Activity", "trial visit"),
    "lab_test": translate("Activity", "lab test"),
    "scan": translate("Activity", "scan"),
    "consultation": translate("Activity", "consultation"),
    "palliative_care": translate("Activity", "palliative care"),
    "other": translate("Activity", "other"),
    # course patterns, repeats
    "cycle": translate("Activity", "cycle"),
    "weekly": translate("Activity", "weekly"),
    "once": translate("Activity", "once"),
    "monthly": translate("Activity", "monthly"),
    # what helpers can do, task categories
    "drive": translate("Activity", "drive"),
    "cook": translate("Activity", "cook"),
    "errands": translate("Activity", "errands"),
    "cleaning": translate("Activity", "cleaning"),
    "company": translate("Activity", "company"),
    "childcare": translate("Activity", "childcare"),
    "pet_care": translate("Activity", "pet care"),
    "meals": translate("Activity", "meals"),
    # contact roles
    "oncologist": translate("Activity", "oncologist"),
    "nurse_navigator": translate("Activity", "nurse navigator"),
    "social_worker": translate("Activity", "social worker"),
    "palliative_care_team": translate("Activity", "palliative care team"),
    "pharmacy": translate("Activity", "pharmacy"),
    "clinic": translate("Activity", "clinic"),
    "transport_service": translate("Activity", "transport service"),
    "emergency": translate("Activity", "emergency"),
    # support groups
    "in_person": translate("Activity", "in person"),
    "online": translate("Activity", "online"),
    "phone": translate("Activity", "phone"),
    # journal entries, readings
    "side_effect": translate("Activity", "side effect"),
    "rest": translate("Activity", "rest"),
    "mood": translate("Activity", "mood"),
    "temperature": translate("Activity", "temperature"),
    "weight": translate("Activity", "weight"),
    "neutrophils": translate("Activity", "neutrophils"),
    "haemoglobin": translate("Activity", "haemoglobin"),
    "platelets": translate("Activity", "platelets"),
    # freezer meals
    "cooked_dish": translate("Activity", "cooked dish"),
    "soup_or_stew": translate("Activity", "soup or stew"),
    "baking": translate("Activity", "baking"),
    "dessert": translate("Activity", "dessert"),
    "raw_ingredients": translate("Activity", "raw ingredients"),
    # medicine schedules, dose answers
    "fixed_times": translate("Activity", "fixed times"),
    "every_hours": translate("Activity", "every few hours"),
    "weekdays": translate("Activity", "weekdays"),
    "around_treatment": translate("Activity", "around treatment"),
    "as_needed": translate("Activity", "as needed"),
    "taper": translate("Activity", "taper"),
    "taken": translate("Activity", "taken"),
    "skipped": translate("Activity", "skipped"),
    "later": translate("Activity", "later"),
}
"""The stored vocabulary values (``nurse_navigator``) in lower-case words, translated."""


def _word(value: Any) -> Said:
    """A vocabulary value (``nurse_navigator``) as words (``nurse navigator``)."""
    text = _text(value)
    return _VOCABULARY.get(text) or text.replace("_", " ")


def _words(value: str) -> Said | list[Said]:
    """Several vocabulary values in one column (``drive,cook``) as words."""
    found = [_word(one) for one in value.split(",")]
    if all(isinstance(one, Message) for one in found):
        return found
    return re.sub(r",(?=\S)", ", ", " ".join(value.split()))


def _helper(context: Context, helper_id: Any) -> str:
    return _text(context.row(Kind.HELPER, helper_id).get("name"))


def _appointment(row: Mapping[str, Any], context: Context, *, with_day: bool = True) -> Message:
    title = _text(row.get("title"))
    day = _day(row.get("start"), context) if with_day else None
    if title and day is not None:
        return translate("Activity", "the appointment {title} on {day}").format(
            title=title, day=day
        )
    if title:
        return translate("Activity", "the appointment {title}").format(title=title)
    if day is not None:
        return translate("Activity", "the appointment on {day}").format(day=day)
    return translate("Activity", "an appointment")


def _ride(leg: Mapping[str, Any], context: Context) -> Message:
    """``the ride home on Mon 7 Dec``: the leg's direction and its appointment's day."""
    direction = str(leg.get("direction"))
    appointment = context.row(Kind.APPOINTMENT, leg.get("appointment_id"))
    day = _day(appointment.get("start"), context)
    if day is None:
        day = _day(leg.get("pickup_time"), context)
    if day is None:
        if direction == "there":
            return translate("Activity", "the ride there")
        if direction == "back":
            return translate("Activity", "the ride home")
        return translate("Activity", "the ride")
    if direction == "there":
        return translate("Activity", "the ride there on {day}").format(day=day)
    if direction == "back":
        return translate("Activity", "the ride home on {day}").format(day=day)
    return translate("Activity", "the ride on {day}").format(day=day)


_NAMED: dict[str, tuple[Message, Message]] = {
    "helper": (translate("Activity", "the helper {name}"), translate("Activity", "a helper")),
    "contact": (translate("Activity", "the contact {name}"), translate("Activity", "a contact")),
    "place": (translate("Activity", "the place {name}"), translate("Activity", "a place")),
    "course": (translate("Activity", "the course {name}"), translate("Activity", "a course")),
    "medicine": (
        translate("Activity", "the medicine {name}"),
        translate("Activity", "a medicine"),
    ),
    "support group": (
        translate("Activity", "the support group {name}"),
        translate("Activity", "a support group"),
    ),
    "freezer meal": (
        translate("Activity", "the freezer meal {name}"),
        translate("Activity", "a freezer meal"),
    ),
}


def _named(noun: str, name: str) -> Message:
    the, one = _NAMED[noun]
    return the.format(name=name) if name else one


def _by(message: Message, who: Said) -> Message:
    """``message`` with ``who`` put in as its author (and in the sentences it holds)."""
    values: dict[str, object] = {
        name: _by(value, who) if isinstance(value, Message) else value
        for name, value in message.values.items()
    }
    if "{who}" in message.text:
        values["who"] = who
    return message.format(**values)


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
    "address": translate("Activity", "address"),
    "answer": translate("Activity", "answer"),
    "answered_on": translate("Activity", "answered on"),
    "appointment_id": translate("Activity", "appointment"),
    "asked_on": translate("Activity", "asked on"),
    "at": translate("Activity", "time"),
    "backup_driver_id": translate("Activity", "backup driver"),
    "capabilities": translate("Activity", "capabilities"),
    "category": translate("Activity", "category"),
    "clinician": translate("Activity", "clinician"),
    "companion_wanted": translate("Activity", "company wanted"),
    "contact_person": translate("Activity", "contact person"),
    "course_id": translate("Activity", "course"),
    "cycle": translate("Activity", "cycle"),
    "cycle_length_days": translate("Activity", "cycle length in days"),
    "cycles": translate("Activity", "cycles"),
    "direction": translate("Activity", "direction"),
    "dose": translate("Activity", "dose"),
    "driver_id": translate("Activity", "driver"),
    "due": translate("Activity", "due"),
    "duration_minutes": translate("Activity", "duration"),
    "email": translate("Activity", "email"),
    "end": translate("Activity", "end"),
    "first_day": translate("Activity", "first day"),
    "first_meeting": translate("Activity", "first meeting"),
    "for_day": translate("Activity", "for the day"),
    "form": translate("Activity", "form"),
    "frozen_on": translate("Activity", "frozen on"),
    "helper_id": translate("Activity", "helper"),
    "hours": translate("Activity", "hours"),
    "instructions": translate("Activity", "instructions"),
    "kind": translate("Activity", "kind"),
    "lead_days": translate("Activity", "pharmacy's lead days"),
    "leg_id": translate("Activity", "leg id"),
    "link": translate("Activity", "link"),
    "location": translate("Activity", "place"),
    "made_by": translate("Activity", "made by"),
    "meal_id": translate("Activity", "meal id"),
    "medicine_id": translate("Activity", "medicine id"),
    "mood": translate("Activity", "mood"),
    "must_not_miss": translate("Activity", "must not miss"),
    "name": translate("Activity", "name"),
    "needs_ride": translate("Activity", "ride needed"),
    "note": translate("Activity", "note"),
    "notes": translate("Activity", "notes"),
    "notice_business_days": translate("Activity", "notice in working days"),
    "organisation": translate("Activity", "organisation"),
    "pattern": translate("Activity", "pattern"),
    "pharmacy": translate("Activity", "pharmacy"),
    "phone": translate("Activity", "phone"),
    "pickup_place": translate("Activity", "pickup place"),
    "pickup_time": translate("Activity", "pickup"),
    "place": translate("Activity", "place"),
    "portions": translate("Activity", "portions"),
    "portions_left": translate("Activity", "portions left"),
    "prescriber": translate("Activity", "prescriber"),
    "purpose": translate("Activity", "purpose"),
    "reason": translate("Activity", "reason"),
    "recovery_days": translate("Activity", "recovery days"),
    "recurrence": translate("Activity", "recurrence"),
    "recurrence_id": translate("Activity", "occurrence"),
    "reheating": translate("Activity", "reheating"),
    "remind_at": translate("Activity", "ask again at"),
    "role": translate("Activity", "role"),
    "schedule": translate("Activity", "schedule"),
    "schedule_kind": translate("Activity", "schedule"),
    "severity": translate("Activity", "severity"),
    "source_uid": translate("Activity", "calendar event"),
    "start": translate("Activity", "start"),
    "start_time": translate("Activity", "start time"),
    "status": translate("Activity", "status"),
    "stock_thousandths": translate("Activity", "stock"),
    "strength": translate("Activity", "strength"),
    "symptom": translate("Activity", "symptom"),
    "tags": translate("Activity", "tags"),
    "taken_at": translate("Activity", "taken at"),
    "text": translate("Activity", "text"),
    "title": translate("Activity", "title"),
    "travel_minutes": translate("Activity", "travel time"),
    "treatment_days": translate("Activity", "treatment days"),
    "unit": translate("Activity", "unit"),
    "use_by": translate("Activity", "use-by date"),
    "value": translate("Activity", "value"),
    "weekday": translate("Activity", "weekday"),
    "weekdays": translate("Activity", "weekdays"),
    "weeks": translate("Activity", "weeks"),
}
"""The columns' names in words."""
_MOST_DETAILS = 4


def _label(name: str) -> Said:
    return _LABELS.get(name) or name.replace("_", " ")


def _shown(name: str, value: Any, context: Context) -> object | None:
    """A field's value in a few words; ``None`` when it is too long to show."""
    if name in _LONG:
        return None
    if value is None or value == "":
        return translate("Activity", "none")
    if name in _PEOPLE:
        return _helper(context, value) or None
    if name.endswith("_id"):
        return None
    if name == "stock_thousandths" and _number(value) is not None:
        return _stock(value)
    if isinstance(value, bool):
        return translate("Activity", "yes") if value else translate("Activity", "no")
    if isinstance(value, dt.datetime):
        return _moment(value, context)
    if isinstance(value, dt.date):
        return _day(value, context)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, int | float):
        if name in _MINUTES:
            return translate("Activity", "{minutes} min").format(minutes=value)
        return value
    if isinstance(value, str):
        text = re.sub(r",(?=\S)", ", ", " ".join(value.split()))
        if len(text.replace("_", " ")) > 40:
            return None
        if name in _WORDS:
            return _word(text)
        if name == "capabilities":
            return _words(value)
        return text
    return None


def _details(change: Change, context: Context, skip: Iterable[str] = ()) -> list[Message | str]:
    """``severity 4 → 6``, ``note``: the fields an update changed, besides ``skip``."""
    left_out = _NOISE | set(skip)
    parts: list[Message | str] = []
    for name, (old, new) in change.fields.items():
        if name in left_out:
            continue
        label = _label(name)
        before, after = _shown(name, old, context), _shown(name, new, context)
        if before is not None and after is not None and _english(before) != _english(after):
            parts.append(
                translate("Activity", "{field} {before} → {after}").format(
                    field=label, before=before, after=after
                )
            )
        else:
            parts.append(label)
    if len(parts) > _MOST_DETAILS:
        more = translate("Activity", "%n more").format(n=len(parts) - _MOST_DETAILS + 1)
        parts = [*parts[: _MOST_DETAILS - 1], more]
    return parts


def _with_details(sentence: Message, details: Sequence[Message | str]) -> Message:
    """``sentence`` followed by the fields changed: `` (severity 4 → 6, note)``."""
    if not details:
        return sentence
    return translate("Activity", "{sentence} ({details})").format(
        sentence=sentence, details=list(details)
    )


def _other_fields(change: Change, skip: Iterable[str]) -> bool:
    return any(name not in _NOISE and name not in skip for name in change.fields)


def _changed(thing: Message, change: Change, context: Context) -> Message:
    """``{who} changed {thing} (the fields changed)``."""
    sentence = translate("Activity", "{who} changed {thing}").format(thing=thing)
    return _with_details(sentence, _details(change, context))


def _added_or_removed(change: Change, thing: Message) -> Message | None:
    if change.action is Action.INSERT:
        return translate("Activity", "{who} added {thing}").format(thing=thing)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing}").format(thing=thing)
    return None


# ---------------------------------------------------------------------------- sentences
Told = Callable[[Change, Mapping[str, Any], Context, Sequence[Change]], Message]
"""Says what a change did (the sentence, with its author left as ``{who}``)."""


def _said_appointment(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _appointment(row, context)
    legs = [f for f in folded if f.kind is Kind.RIDE_LEG]
    linked = any(f.kind is Kind.CALENDAR_LINK for f in folded)
    if change.action is Action.INSERT:
        if linked:
            said = translate("Activity", "{who} imported {thing} from a calendar")
        else:
            said = translate("Activity", "{who} added {thing}")
        return _with_rides(said.format(thing=thing), legs)
    if change.action is Action.DELETE:
        if len(legs) > 1:
            said = translate("Activity", "{who} removed {thing} and its rides")
        elif legs:
            said = translate("Activity", "{who} removed {thing} and its ride")
        else:
            said = translate("Activity", "{who} removed {thing}")
        return said.format(thing=thing)
    status = change.fields.get("status")
    start = change.fields.get("start")
    if status is not None and status[1] in _APPOINTMENT_STATUS:
        sentence = _APPOINTMENT_STATUS[status[1]].format(thing=thing)
        described = {"status"}
    elif start is not None and all(isinstance(t, dt.datetime) for t in start):
        old, new = start
        if old.date() == new.date():
            sentence = translate("Activity", "{who} moved {thing} from {before} to {after}").format(
                thing=thing, before=old.time(), after=new.time()
            )
        else:
            name = _appointment(row, context, with_day=False)
            sentence = translate("Activity", "{who} moved {thing} from {before} to {after}").format(
                thing=name, before=_day(old, context), after=_day(new, context)
            )
        described = {"start"}
    else:
        if linked:
            sentence = translate("Activity", "{who} updated {thing} from a calendar")
        else:
            sentence = translate("Activity", "{who} changed {thing}")
        sentence, linked = sentence.format(thing=thing), False
        described = set()
    if linked:
        sentence = translate("Activity", "{sentence} from a calendar").format(sentence=sentence)
    return _with_details(sentence, _details(change, context, described))


_APPOINTMENT_STATUS = {
    "cancelled": translate("Activity", "{who} cancelled {thing}"),
    "done": translate("Activity", "{who} marked {thing} as done"),
    "scheduled": translate("Activity", "{who} put {thing} back on the schedule"),
}


def _with_rides(sentence: Message, legs: Sequence[Change]) -> Message:
    directions = {leg.value("direction") for leg in legs}
    if {"there", "back"} <= directions:
        said = translate("Activity", "{sentence}, with rides there and home")
    elif "there" in directions:
        said = translate("Activity", "{sentence}, with a ride there")
    elif "back" in directions:
        said = translate("Activity", "{sentence}, with a ride home")
    elif legs:
        said = translate("Activity", "{sentence}, with a ride")
    else:
        return sentence
    return said.format(sentence=sentence)


_LEG_STATUS = {
    "confirmed": translate("Activity", "{who} confirmed {thing}"),
    "done": translate("Activity", "{who} marked {thing} as done"),
    "cancelled": translate("Activity", "{who} cancelled {thing}"),
    "needed": translate("Activity", "{who} marked {thing} as needed again"),
    "asked": translate("Activity", "{who} marked {thing} as asked"),
}


def _said_leg(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    ride = _ride(row, context)
    if change.action is Action.INSERT:
        driver = _helper(context, row.get("driver_id"))
        if driver:
            return translate("Activity", "{who} added {thing}, with {driver} driving").format(
                thing=ride, driver=driver
            )
        return translate("Activity", "{who} added {thing}").format(thing=ride)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing}").format(thing=ride)
    fields = change.fields
    described = {"driver_id"}
    sentence: Message
    if "driver_id" in fields:
        old, new = fields["driver_id"]
        if fields.get("status", (None, None))[1] == "needed":
            described.add("status")  # a new driver has to be asked again: no news
        if new is not None:
            name = _helper(context, new)
            sentence = (
                translate("Activity", "{who} made {name} the driver of {ride}")
                if name
                else translate("Activity", "{who} changed the driver of {ride}")
            )
        else:
            name = _helper(context, old)
            sentence = (
                translate("Activity", "{who} took {name} off {thing}")
                if name
                else translate("Activity", "{who} cleared the driver of {ride}")
            )
        sentence = sentence.format(name=name, ride=ride, thing=ride)
    elif "status" in fields:
        described = {"status"}
        status = str(fields["status"][1])
        driver = _helper(context, row.get("driver_id"))
        if status == "asked" and driver:
            sentence = translate("Activity", "{who} asked {driver} to drive {ride}").format(
                driver=driver, ride=ride
            )
        elif status in _LEG_STATUS:
            sentence = _LEG_STATUS[status].format(thing=ride)
        else:
            sentence = translate("Activity", "{who} changed the status of {ride} to {status}")
            sentence = sentence.format(ride=ride, status=_word(status))
    elif "backup_driver_id" in fields:
        described = {"backup_driver_id"}
        name = _helper(context, fields["backup_driver_id"][1])
        if name:
            sentence = translate("Activity", "{who} made {name} the backup driver of {ride}")
        else:
            sentence = translate("Activity", "{who} cleared the backup driver of {ride}")
        sentence = sentence.format(name=name, ride=ride)
    elif "pickup_time" in fields and all(isinstance(t, dt.datetime) for t in fields["pickup_time"]):
        described = {"pickup_time"}
        old, new = fields["pickup_time"]
        same_day = old.date() == new.date()
        sentence = translate(
            "Activity", "{who} moved the pickup for {ride} from {before} to {after}"
        ).format(
            ride=ride,
            before=old.time() if same_day else _moment(old, context),
            after=new.time() if same_day else _moment(new, context),
        )
    else:
        described = set()
        sentence = translate("Activity", "{who} changed {thing}").format(thing=ride)
    return _with_details(sentence, _details(change, context, described))


def _said_leg_status(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    ride = _ride(context.row(Kind.RIDE_LEG, row.get("leg_id")), context)
    status = _word(row.get("status")) or translate("Activity", "changed")
    if change.action is Action.INSERT:
        return translate("Activity", "{who} noted {ride} as {status}").format(
            ride=ride, status=status
        )
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed the note that {ride} was {status}").format(
            ride=ride, status=status
        )
    sentence = translate("Activity", "{who} changed a status note of {ride}").format(ride=ride)
    return _with_details(sentence, _details(change, context))


def _said_helper(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("helper", _text(row.get("name")))
    added, removed = _usual_times([f for f in folded if f.kind is Kind.AVAILABILITY], context)
    if change.action is Action.INSERT:
        if added:
            return translate("Activity", "{who} added {thing}, usually free {times}").format(
                thing=thing, times=added
            )
        return translate("Activity", "{who} added {thing}").format(thing=thing)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing}").format(thing=thing)
    details = _details(change, context)
    if not added and not removed:
        return _changed(thing, change, context)
    times = _times_change(added, removed)
    if not details:
        name = _text(row.get("name")) or translate("Activity", "a helper")
        return translate("Activity", "{who} changed the usual times of {name}: {times}").format(
            name=name, times=times
        )
    return translate(
        "Activity", "{who} changed {thing} ({details}) and their usual times: {times}"
    ).format(thing=thing, details=details, times=times)


def _said_availability(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    name = _helper(context, row.get("helper_id")) or translate("Activity", "a helper")
    group = [change, *(f for f in folded if f.kind is Kind.AVAILABILITY)]
    added, removed = _usual_times(group, context)
    if added and not removed:
        said = translate("Activity", "{who} added usual times for {name}: {times}")
        return said.format(name=name, times=added)
    if removed and not added:
        said = translate("Activity", "{who} removed usual times of {name}: {times}")
        return said.format(name=name, times=removed)
    if added or removed:
        said = translate("Activity", "{who} changed the usual times of {name}: {times}")
        return said.format(name=name, times=_times_change(added, removed))
    return translate("Activity", "{who} changed the usual times of {name}").format(name=name)


Times = list[Message | list[Message]]
"""Usual times of a helper: ``Mon-Fri 08:00-18:00, Sat 10:00-12:00`` (with en dashes)."""


def _usual_times(changes: Sequence[Change], context: Context) -> tuple[Times, Times]:
    """The windows ``changes`` added and removed, as words (an update removes its old
    window and adds its new one)."""
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


def _times_change(added: Times, removed: Times) -> list[Message]:
    parts = [translate("Activity", "added {times}").format(times=added)] if added else []
    if removed:
        parts.append(translate("Activity", "removed {times}").format(times=removed))
    return parts


def _windows(windows: Sequence[tuple[Any, ...]]) -> Times:
    """``Mon-Fri 08:00-18:00, Sat 10:00-12:00`` (with en dashes) for (weekday, start,
    end) windows."""
    days: dict[str, set[int]] = {}
    hours: dict[str, Message] = {}
    for day, start, end in windows:
        weekday = _number(day)
        if weekday is None or not 0 <= weekday <= 6:
            continue
        key = ""
        if isinstance(start, dt.time) and isinstance(end, dt.time):
            key = f"{start:%H:%M}\N{EN DASH}{end:%H:%M}"
            hours[key] = translate("Activity", "{start}–{end}")
            hours[key] = hours[key].format(start=start, end=end)
        days.setdefault(key, set()).add(weekday)
    ordered = sorted(days.items(), key=lambda item: (min(item[1]), item[0]))
    told: Times = []
    for key, on in ordered:
        weekdays = _weekdays(sorted(on))
        if key:
            told.append(
                translate("Activity", "{days} {hours}").format(days=weekdays, hours=hours[key])
            )
        else:
            told.append(weekdays)
    return told


_WEEKDAY_NAMES = (
    translate("Activity", "Mon"),
    translate("Activity", "Tue"),
    translate("Activity", "Wed"),
    translate("Activity", "Thu"),
    translate("Activity", "Fri"),
    translate("Activity", "Sat"),
    translate("Activity", "Sun"),
)


def _weekdays(days: Sequence[int]) -> list[Message]:
    """``Mon-Fri`` (an en dash) for a run of three days or more, ``Mon, Wed`` otherwise."""
    if len(set(days)) == len(_WEEKDAY_NAMES):
        return [translate("Activity", "every day")]
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[Message] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(
                translate("Activity", "{first}–{last}").format(
                    first=_WEEKDAY_NAMES[run[0]], last=_WEEKDAY_NAMES[run[-1]]
                )
            )
        else:
            parts.extend(_WEEKDAY_NAMES[day] for day in run)
    return parts


def _said_contact(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("contact", _text(row.get("name")))
    if change.action is Action.INSERT:
        role = _word(row.get("role"))
        if role:
            return translate("Activity", "{who} added {thing} ({role})").format(
                thing=thing, role=role
            )
    return _added_or_removed(change, thing) or _changed(thing, change, context)


_TASK_STATUS = {
    "done": translate("Activity", "{who} marked {thing} as done"),
    "open": translate("Activity", "{who} reopened {thing}"),
    "claimed": translate("Activity", "{who} marked {thing} as claimed"),
}


def _task(title: str, day: dt.date | Message | None) -> Message:
    if title and day is not None:
        return translate("Activity", "the task {title} on {day}").format(title=title, day=day)
    if title:
        return translate("Activity", "the task {title}").format(title=title)
    return translate("Activity", "a task")


def _said_task(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    title = _text(row.get("title"))
    thing = _task(title, _day(row.get("start"), context))
    if change.action is Action.INSERT:
        helper = _helper(context, row.get("helper_id"))
        if helper:
            return translate("Activity", "{who} added {thing} for {helper}").format(
                thing=thing, helper=helper
            )
        return translate("Activity", "{who} added {thing}").format(thing=thing)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing}").format(thing=thing)
    fields = change.fields
    status = fields.get("status", (None, None))[1]
    sentence: Message
    if "helper_id" in fields:
        old, new = fields["helper_id"]
        described = {"helper_id"}
        if new is not None:
            name = _helper(context, new)
            sentence = (
                translate("Activity", "{who} assigned {thing} to {name}")
                if name
                else translate("Activity", "{who} changed the helper of {thing}")
            )
            if status == "claimed":
                described.add("status")
        else:
            name = _helper(context, old)
            sentence = (
                translate("Activity", "{who} took {name} off {thing}")
                if name
                else translate("Activity", "{who} unassigned {thing}")
            )
            if status == "open":
                described.add("status")
        sentence = sentence.format(thing=thing, name=name)
    elif status in _TASK_STATUS:
        described = {"status"}
        sentence = _TASK_STATUS[str(status)].format(thing=thing)
    elif "start" in fields and all(isinstance(t, dt.datetime) for t in fields["start"]):
        described = {"start"}
        old, new = fields["start"]
        moved = translate("Activity", "{who} moved {thing} from {before} to {after}")
        if old.date() == new.date():
            sentence = moved.format(thing=thing, before=old.time(), after=new.time())
        else:
            sentence = moved.format(
                thing=_task(title, None), before=_day(old, context), after=_day(new, context)
            )
    else:
        described = set()
        sentence = translate("Activity", "{who} changed {thing}").format(thing=thing)
    return _with_details(sentence, _details(change, context, described))


def _said_meal(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    name = _text(row.get("name"))
    if change.action is Action.INSERT:
        portions = _number(row.get("portions_left"))
        if name and portions is not None:
            said = translate("Activity", "{who} put {portions} of {name} in the freezer")
            return said.format(portions=_portions(portions), name=name)
        said = translate("Activity", "{who} added {name} to the freezer")
        return said.format(name=name or translate("Activity", "a batch"))
    if change.action is Action.DELETE:
        said = translate("Activity", "{who} removed {name} from the freezer")
        return said.format(name=name or translate("Activity", "a batch"))
    before, after = change.fields.get("portions_left", (None, None))
    if (
        _number(before) is not None
        and _number(after) is not None
        and not _other_fields(change, {"portions_left"})
    ):
        taken = [f for f in folded if f.kind is Kind.PORTIONS_TAKEN]
        if after < before:
            days = {_day(f.value("for_day"), context) for f in taken} - {None}
            return _took(_portions(before - after), name, days.pop() if len(days) == 1 else None)
        if any(f.action is Action.DELETE for f in taken):
            if name:
                said = translate("Activity", "{who} put {portions} of {name} back")
            else:
                said = translate("Activity", "{who} put {portions} back")
            return said.format(portions=_portions(after - before), name=name)
        if name:
            said = translate("Activity", "{who} added {portions} to {name}")
        else:
            said = translate("Activity", "{who} added {portions}")
        return said.format(portions=_portions(after - before), name=name)
    return _changed(_named("freezer meal", name), change, context)


def _took(portions: Message, name: str, day: dt.date | Message | None) -> Message:
    """``{who} took 2 portions of Chicken soup for Mon 7 Dec``."""
    if name and day is not None:
        said = translate("Activity", "{who} took {portions} of {name} for {day}")
    elif name:
        said = translate("Activity", "{who} took {portions} of {name}")
    elif day is not None:
        said = translate("Activity", "{who} took {portions} for {day}")
    else:
        said = translate("Activity", "{who} took {portions}")
    return said.format(portions=portions, name=name, day=day)


def _said_portions(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    name = _text(context.row(Kind.MEAL, row.get("meal_id")).get("name"))
    count = _number(row.get("portions"))
    amount = _portions(count) if count is not None else translate("Activity", "portions")
    for_day = _day(row.get("for_day"), context)
    if change.action is Action.INSERT:
        return _took(amount, name, for_day)
    if change.action is Action.DELETE:
        if name and for_day is not None:
            said = translate("Activity", "{who} put back {portions} of {name} taken for {day}")
        elif name:
            said = translate("Activity", "{who} put back {portions} of {name}")
        elif for_day is not None:
            said = translate("Activity", "{who} put back {portions} taken for {day}")
        else:
            said = translate("Activity", "{who} put back {portions}")
        return said.format(portions=amount, name=name, day=for_day)
    if name:
        said = translate("Activity", "{who} changed a note of portions taken of {name}")
    else:
        said = translate("Activity", "{who} changed a note of portions taken")
    return _with_details(said.format(name=name), _details(change, context))


def _said_group(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("support group", _text(row.get("name")))
    return _added_or_removed(change, thing) or _changed(thing, change, context)


def _symptom(name: str) -> Said:
    """A symptom as recorded: a built-in one (``Nausea``) in the reader's language, one a
    person typed as it was typed."""
    if "{" in name or "}" in name:
        return name
    # The name is data; the catalogue holds the built-in ones under "Symptoms".
    return Message("Symptoms", name)


def _entry(row: Mapping[str, Any]) -> Message | str:
    """What a journal entry says: ``Nausea, severity 4``, ``rest, 2 hours``, ``mood 6 of 10``."""
    kind = row.get("kind")
    severity, mood, hours = _number(row.get("severity")), _number(row.get("mood")), row.get("hours")
    if kind == "rest":
        if isinstance(hours, int | float) and not isinstance(hours, bool):
            return translate("Activity", "rest, {hours} hours").format(hours=float(hours))
        return translate("Activity", "rest")
    if kind == "mood":
        if mood is not None:
            return translate("Activity", "mood {mood} of 10").format(mood=mood)
        return translate("Activity", "mood")
    text = _text(row.get("symptom"))
    symptom = _symptom(text) if text else _word(kind) or translate("Activity", "entry")
    if severity is not None:
        return translate("Activity", "{symptom}, severity {severity}").format(
            symptom=symptom, severity=severity
        )
    return symptom


def _said_journal(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    day = _day(row.get("at"), context)
    if change.action is Action.INSERT:
        if day is not None:
            said = translate("Activity", "{who} added a journal entry of {day} ({entry})")
        else:
            said = translate("Activity", "{who} added a journal entry ({entry})")
        return said.format(day=day, entry=_entry(row))
    if day is not None:
        thing = translate("Activity", "the journal entry of {day}").format(day=day)
    else:
        thing = translate("Activity", "a journal entry")
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing} ({entry})").format(
            thing=thing, entry=_entry(row)
        )
    return _changed(thing, change, context)


def _question(row: Mapping[str, Any], context: Context) -> Message:
    text = _text(row.get("text"))
    if text:
        return translate("Activity", "the question {text}").format(text=_quoted(text))
    # The log forgets a removed question's words (see planner.store.change_log): the day
    # it was asked says which one it was.
    asked = _day(row.get("asked_on"), context)
    if asked is not None:
        return translate("Activity", "a question asked on {day}").format(day=asked)
    return translate("Activity", "a question")


def _said_question(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _question(row, context)
    appointment = context.row(Kind.APPOINTMENT, row.get("appointment_id"))
    if change.action is Action.INSERT:
        if appointment:
            return translate("Activity", "{who} added {thing} for {appointment}").format(
                thing=thing, appointment=_appointment(appointment, context)
            )
        return translate("Activity", "{who} added {thing}").format(thing=thing)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} removed {thing}").format(thing=thing)
    fields = change.fields
    sentence: Message
    if "answer" in fields:
        old, new = (_text(value) for value in fields["answer"])
        described = {"answer", "answered_on"}
        if new:
            sentence = (
                translate("Activity", "{who} changed the answer to {thing}")
                if old
                else translate("Activity", "{who} answered {thing}")
            )
        else:
            sentence = translate("Activity", "{who} cleared the answer to {thing}")
        sentence = sentence.format(thing=thing)
    elif "text" in fields:
        described = {"text"}
        old, new = (_text(value) for value in fields["text"])
        if old and new:
            sentence = translate(
                "Activity", "{who} changed the question {before} to {after}"
            ).format(before=_quoted(old), after=_quoted(new))
        else:
            sentence = translate("Activity", "{who} changed {thing}").format(thing=thing)
    elif "appointment_id" in fields:
        described = {"appointment_id"}
        if fields["appointment_id"][1] is not None and appointment:
            sentence = translate("Activity", "{who} moved {thing} to {appointment}").format(
                thing=thing, appointment=_appointment(appointment, context)
            )
        elif fields["appointment_id"][1] is None:
            sentence = translate("Activity", "{who} took {thing} off its appointment")
            sentence = sentence.format(thing=thing)
        else:
            sentence = translate("Activity", "{who} moved {thing} to another appointment")
            sentence = sentence.format(thing=thing)
    else:
        described = set()
        sentence = translate("Activity", "{who} changed {thing}").format(thing=thing)
    return _with_details(sentence, _details(change, context, described))


def _said_place(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("place", _text(row.get("name")))
    return _added_or_removed(change, thing) or _changed(thing, change, context)


def _setting_value(value: Any) -> str:
    text = _text(value) if isinstance(value, str) else "" if value is None else str(value)
    return text if len(text) <= 40 else ""


def _said_setting(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    key = _text(row.get("key")) or str(change.row)
    if key.startswith(AUTHOR_KEY):  # keyed by the computer user's login
        thing = translate("Activity", "their name in the activity list")
    else:
        name = key.replace(".", " ").replace("_", " ")
        thing = translate("Activity", "the setting {name}").format(name=name)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} reset {thing}").format(thing=thing)
    old, new = change.fields.get("value", (None, row.get("value")))
    before, after = _setting_value(old), _setting_value(new)
    if change.action is Action.INSERT or not before:
        if after:
            return translate("Activity", "{who} set {thing} to {value}").format(
                thing=thing, value=_quoted(after)
            )
        return translate("Activity", "{who} set {thing}").format(thing=thing)
    if not _text(new):
        return translate("Activity", "{who} cleared {thing}").format(thing=thing)
    if after:
        return translate("Activity", "{who} changed {thing} from {before} to {after}").format(
            thing=thing, before=_quoted(before), after=_quoted(after)
        )
    return translate("Activity", "{who} changed {thing}").format(thing=thing)


def _stock(thousandths: int) -> int | float | str:
    """A medicine's stock as stored (in thousandths of its unit) as the number it is."""
    number = (Decimal(thousandths) / 1000).normalize()
    if number == number.to_integral_value():
        return int(number)
    text = format(number, "f")
    return float(number) if f"{float(number):g}" == text else text


def _said_medicine(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("medicine", _text(row.get("name")))
    said = _added_or_removed(change, thing)
    if said is not None:
        return said
    if set(change.fields) == {"stock_thousandths"}:
        before, after = change.fields["stock_thousandths"]
        if _number(before) is not None and _number(after) is not None:
            return translate(
                "Activity", "{who} counted the stock of {thing} from {before} to {after}"
            ).format(thing=thing, before=_stock(before), after=_stock(after))
    return _changed(thing, change, context)


_ANSWERED = {
    "taken": translate("Activity", "{who} noted {thing} as taken"),
    "skipped": translate("Activity", "{who} noted {thing} as skipped"),
    "later": translate("Activity", "{who} noted {thing} as put off till later"),
}


def _dose(name: str, due: Any, context: Context) -> Message:
    when = _moment(due, context) if isinstance(due, dt.datetime) else None
    if name and when is not None:
        return translate("Activity", "the {name} dose of {moment}").format(name=name, moment=when)
    if name:
        return translate("Activity", "the {name} dose").format(name=name)
    if when is not None:
        return translate("Activity", "a dose of {moment}").format(moment=when)
    return translate("Activity", "a dose")


def _said_dose(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    name = _text(context.row(Kind.MEDICINE, row.get("medicine_id")).get("name"))
    thing = _dose(name, row.get("due"), context)
    if change.action is Action.DELETE:
        return translate("Activity", "{who} took back the answer for {thing}").format(thing=thing)
    answered = _ANSWERED.get(_text(row.get("answer")))
    if answered is None:
        sentence = translate("Activity", "{who} changed the answer for {thing}")
        return _with_details(sentence.format(thing=thing), _details(change, context))
    reason = _text(row.get("reason"))
    said = answered.format(thing=thing)
    if reason:
        return translate("Activity", "{sentence} ({reason})").format(
            sentence=said, reason=_quoted(reason)
        )
    return said


_READING_OF = {
    "temperature": translate("Activity", "a temperature of {value}"),
    "weight": translate("Activity", "a weight of {value}"),
    "neutrophils": translate("Activity", "a neutrophils of {value}"),
    "haemoglobin": translate("Activity", "a haemoglobin of {value}"),
    "platelets": translate("Activity", "a platelets of {value}"),
    "reading": translate("Activity", "a reading of {value}"),
}
_READING = {
    "temperature": translate("Activity", "a temperature"),
    "weight": translate("Activity", "a weight"),
    "neutrophils": translate("Activity", "a neutrophils"),
    "haemoglobin": translate("Activity", "a haemoglobin"),
    "platelets": translate("Activity", "a platelets"),
    "reading": translate("Activity", "a reading"),
}


def _measure(value: str, unit: str) -> object:
    """``38.4 °C``: the number in the reader's digits, with its unit."""
    number: object = value
    if re.fullmatch(r"-?[0-9]{1,6}(\.[0-9]{1,3})?", value):
        number = float(value) if "." in value else int(value)
        if _english(number) != value:
            number = value  # written another way ("38.40"): kept as written
    if not unit:
        return number
    return translate("Activity", "{value} {unit}").format(value=number, unit=unit)


def _reading(row: Mapping[str, Any]) -> Message:
    kind = _text(row.get("kind")) or "reading"
    value, unit = _text(row.get("value")), _text(row.get("unit"))
    scale = f"°{unit}" if kind == "temperature" else unit
    if value:
        measure = _measure(value, scale)
        if kind in _READING_OF:
            return _READING_OF[kind].format(value=measure)
        return translate("Activity", "a {kind} of {value}").format(
            kind=kind.replace("_", " "), value=measure
        )
    if kind in _READING:
        return _READING[kind]
    return translate("Activity", "a {kind}").format(kind=kind.replace("_", " "))


def _said_reading(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    reading = _reading(row)
    day = _day(row.get("at"), context)
    if change.action is Action.INSERT:
        if day is not None:
            said = translate("Activity", "{who} noted {thing} on {day}")
        else:
            said = translate("Activity", "{who} noted {thing}")
        return said.format(thing=reading, day=day)
    if change.action is Action.DELETE:
        if day is not None:
            said = translate("Activity", "{who} removed {thing} noted on {day}")
        else:
            said = translate("Activity", "{who} removed {thing}")
        return said.format(thing=reading, day=day)
    return _changed(reading, change, context)


def _said_course(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    thing = _named("course", _text(row.get("name")))
    if change.action is Action.INSERT:
        first = _day(row.get("first_day"), context)
        if first is not None:
            return translate("Activity", "{who} added {thing} starting {day}").format(
                thing=thing, day=first
            )
    return _added_or_removed(change, thing) or _changed(thing, change, context)


def _said_calendar_link(
    change: Change, row: Mapping[str, Any], context: Context, folded: Sequence[Change]
) -> Message:
    appointment = _appointment(context.row(Kind.APPOINTMENT, row.get("appointment_id")), context)
    if change.action is Action.INSERT:
        said = translate("Activity", "{who} linked {thing} to a calendar event")
    elif change.action is Action.DELETE:
        said = translate("Activity", "{who} unlinked {thing} from its calendar event")
    else:
        said = translate("Activity", "{who} changed the calendar link of {thing}")
    return said.format(thing=appointment)


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
) -> Message:
    """A kind of data without sentences of its own."""
    if change.action is Action.INSERT:
        said = translate("Activity", "{who} added {what} {key}")
    elif change.action is Action.DELETE:
        said = translate("Activity", "{who} removed {what} {key}")
    else:
        said = translate("Activity", "{who} changed {what} {key}")
    return said.format(what=_word(change.kind.value), key=str(change.row))


def summary(change: Change, context: Context, folded: Sequence[Change] = ()) -> Message:
    """One sentence saying what ``change`` did, its author first: "root confirmed the ride
    home on Mon 7 Dec". ``folded``: the changes the same action made that the sentence
    tells too (see :func:`lines`)."""
    row = {**context.row(change.kind, change.row)}
    row.update({name: change.value(name) for name in change.fields})
    said = _SAID.get(change.kind, _said_anything)(change, row, context, folded)
    return _by(said, _text(change.who) or translate("Activity", "Someone"))


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
