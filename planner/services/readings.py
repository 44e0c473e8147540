"""Temperatures, weights and blood counts noted in the journal, and the red-flag rules a
temperature sets off: "call now", with the care team's out-of-hours number from the
patient's profile.

This is planning help, not medical advice: the rules (published guidance, or the care
team's own numbers in Preferences) only decide when the plan says whom to call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.domain import red_flags
from planner.domain.enums import AppointmentStatus, CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, Course
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import (
    BLOOD_COUNTS,
    COUNT_UNITS,
    Measurement,
    ReadingKind,
    check_measurement,
    temperatures,
)
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import appointments as queries
from planner.store import medicines as medicine_store
from planner.store.reading import PlanReader

if TYPE_CHECKING:
    from planner.store.medicines import MedicineStore

NO_NUMBER = translate(
    "Red flags",
    "The plan has no out-of-hours number yet: add the care team's number to the patient's "
    "profile. Until then, call the number the care team gave you, or the emergency number.",
)


@dataclass(frozen=True)
class Fired:
    """A red-flag rule the readings set off, the readings that did, and the banner."""

    rule: red_flags.Rule
    readings: tuple[red_flags.Reading, ...]
    call_now: Message
    """What the readings were and what to do, e.g. "Temperature 38.4 °C at 21:30. Call..."."""


@dataclass(frozen=True)
class TemperatureNoted:
    """A temperature as stored, the rules it set off, and the number to call."""

    reading: Measurement
    fired: tuple[Fired, ...]
    out_of_hours: str
    """The care team's out-of-hours number from the patient's profile ("" when missing)."""
    unit: red_flags.TemperatureUnit
    """The scale the plan shows temperatures in."""

    @property
    def call_now(self) -> bool:
        return bool(self.fired)

    def advice(self) -> list[Message]:
        """The lines to show when a rule fired (none otherwise): each rule's banner, then
        the number to call, or what to do without one."""
        if not self.fired:
            return []
        number = (
            translate("Red flags", "Out-of-hours number: {number}").format(number=self.out_of_hours)
            if self.out_of_hours
            else NO_NUMBER
        )
        return [*(fired.call_now for fired in self.fired), number]


def temperature_unit(plan: Plan) -> red_flags.TemperatureUnit:
    """The scale the plan types and shows temperatures in (a plan setting, °C unless set)."""
    with plan.unit_of_work() as work:
        return red_flags.TEMPERATURE_UNIT.read(work.store.settings())


def log_temperature(
    plan: Plan,
    value: Decimal,
    unit: red_flags.TemperatureUnit | None = None,
    at: dt.datetime | None = None,
    note: str = "",
) -> tuple[TemperatureNoted, Changes]:
    """Note a temperature (in the plan's scale unless ``unit`` says otherwise, taken
    ``at``, now by default) and say which red-flag rules the readings now set off. An
    impossible reading is refused (InvalidInput) and nothing is saved."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        settings = work.store.settings()
        shown = red_flags.TEMPERATURE_UNIT.read(settings)
        scale = unit or shown
        reading = Measurement(ReadingKind.TEMPERATURE, at or now, value, scale.value, note)
        store = medicine_store.MedicineStore(work.store.session)
        saved = store.save_reading(check_measurement(reading, now))
        fired = _fired(store, settings, now)
        work.commit()
    noted = TemperatureNoted(saved, fired, OUT_OF_HOURS.read(settings), shown)
    return noted, work.changes


def _fired(
    store: MedicineStore | PlanReader, settings: Mapping[str, str], now: dt.datetime
) -> tuple[Fired, ...]:
    """The rules the temperatures of the last days set off at ``now``, in the table's order."""
    shown = red_flags.TEMPERATURE_UNIT.read(settings)
    recent = temperatures(
        store.readings(now - red_flags.LONGEST_WITHIN, now, ReadingKind.TEMPERATURE)
    )
    fired = []
    for rule in red_flags.rules_of(settings):
        matched = red_flags.matching(rule, recent, now)
        if matched:
            fired.append(Fired(rule, matched, red_flags.call_now_text(rule, matched, shown)))
    return tuple(fired)


def call_now(plan: Plan) -> TemperatureNoted | None:
    """Whether the temperatures noted so far (here, on the command line or in another
    window) set a red-flag rule off now: the rules they set off, the number to call, and
    the newest high temperature among them (a new one means a new red flag); ``None`` when
    no rule fires."""
    now = plan.clock.now()
    with plan.reading() as store:
        settings = store.settings()
        fired = _fired(store, settings, now)
        if not fired:
            return None
        recent = store.readings(now - red_flags.LONGEST_WITHIN, now, ReadingKind.TEMPERATURE)
    high = [
        measured
        for measured, reading in zip(recent, temperatures(recent), strict=True)
        if any(
            reading.at >= now - f.rule.within and reading.temperature.at_least(f.rule.at_least)
            for f in fired
        )
    ]
    shown = red_flags.TEMPERATURE_UNIT.read(settings)
    return TemperatureNoted(high[-1], fired, OUT_OF_HOURS.read(settings), shown)


def log_weight(
    plan: Plan, value: Decimal, unit: str = "kg", at: dt.datetime | None = None, note: str = ""
) -> tuple[Measurement, Changes]:
    """Note a weight, in kg or lb."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        reading = Measurement(ReadingKind.WEIGHT, at or now, value, unit, note)
        saved = medicine_store.MedicineStore(work.store.session).save_reading(
            check_measurement(reading, now)
        )
        work.commit()
    return saved, work.changes


def log_count(
    plan: Plan,
    kind: ReadingKind,
    value: Decimal,
    at: dt.datetime | None = None,
    note: str = "",
) -> tuple[Measurement, Changes]:
    """Note a blood count (neutrophils, haemoglobin or platelets, each in its one unit) from
    a blood test ``at`` (now by default). A count no test gives is refused (InvalidInput)
    and nothing is saved."""
    if kind not in COUNT_UNITS:
        raise InvalidInput(
            translate("Errors", "Choose a blood count: {counts}; not {kind}.").format(
                counts=", ".join(k.value for k in BLOOD_COUNTS), kind=kind.value
            )
        )
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        reading = Measurement(kind, at or now, value, COUNT_UNITS[kind], note)
        saved = medicine_store.MedicineStore(work.store.session).save_reading(
            check_measurement(reading, now)
        )
        work.commit()
    return saved, work.changes


def readings(
    plan: Plan, since: dt.datetime, until: dt.datetime, kind: ReadingKind | None = None
) -> list[Measurement]:
    """The readings noted from ``since`` to ``until``, oldest first."""
    with plan.unit_of_work() as work:
        return medicine_store.MedicineStore(work.store.session).readings(since, until, kind)


# --------------------------------------------------------------------------- the view
READINGS_SHOWN = dt.timedelta(days=365)
"""The Readings list and the blood-count chart reach this far back."""


class CycleState(StrEnum):
    """What became of a treatment cycle, as its appointments say."""

    WENT_AHEAD = "went ahead"
    DELAYED = "delayed"
    CANCELLED = "cancelled"
    PLANNED = "planned"


@dataclass(frozen=True)
class CycleNote:
    """One treatment cycle (or a treatment outside a course): its day, its name, and
    whether it went ahead, later than planned, or not at all."""

    day: dt.date
    """The day it took place, or (cancelled) was planned for."""
    label: str
    state: CycleState
    delay_days: int = 0

    @property
    def id(self) -> int | None:
        """None: a cycle note is no record of its own (tables select records by id)."""
        return None


@dataclass(frozen=True)
class ReadingsView:
    """What the Journal shows of the readings, read in one go."""

    readings: tuple[Measurement, ...]
    """Newest first."""
    flagged: frozenset[int]
    """The temperatures that set a red-flag rule off when they were noted (their ids)."""
    unit: red_flags.TemperatureUnit
    cycles: tuple[CycleNote, ...]
    """The treatment cycles over the same time, in time order."""
    now: dt.datetime

    def counts(self) -> list[Measurement]:
        """The blood counts, oldest first."""
        return [m for m in reversed(self.readings) if m.kind in COUNT_UNITS]


def readings_view(plan: Plan, now: dt.datetime | None = None) -> ReadingsView:
    now = now or plan.clock.now()
    since = now - READINGS_SHOWN
    with plan.unit_of_work() as work:
        settings = work.store.settings()
        store = medicine_store.MedicineStore(work.store.session)
        found = store.readings(since - red_flags.LONGEST_WITHIN, now)
        treatments = [
            a
            for a in work.store.appointments(since.date(), now.date() + dt.timedelta(days=60))
            if a.kind.is_treatment
        ]
        courses = {
            course_id: queries.course(work.store, course_id)
            for course_id in {a.course_id for a in treatments if a.course_id is not None}
        }
    rules = red_flags.rules_of(settings)
    flagged = frozenset(_flagged(found, rules))
    shown = tuple(reversed([m for m in found if m.at >= since]))
    cycles = tuple(cycle_notes(treatments, courses, now.date()))
    return ReadingsView(shown, flagged, red_flags.TEMPERATURE_UNIT.read(settings), cycles, now)


def _flagged(found: Sequence[Measurement], rules: Sequence[red_flags.Rule]) -> Iterator[int]:
    """The temperatures among ``found`` (oldest first) that set a rule off when noted: the
    rule fired at their time, and they were among the readings that did."""
    measured = [m for m in found if m.kind is ReadingKind.TEMPERATURE]
    for n, reading in enumerate(measured):
        if reading.id is None:
            continue
        before = temperatures(measured[: n + 1])
        for rule in rules:
            if before[-1] in red_flags.matching(rule, before, reading.at):
                yield reading.id
                break


def cycle_notes(
    treatments: Iterable[Appointment], courses: Mapping[int, Course], today: dt.date
) -> list[CycleNote]:
    """Each cycle of ``treatments`` (the treatment appointments of a time): went ahead,
    delayed (its first treatment later than the course planned it), cancelled (all of its
    treatments), or still planned."""
    cycles: dict[tuple[int, int], list[Appointment]] = {}
    notes: list[CycleNote] = []
    for appointment in treatments:
        if appointment.course_id is not None and appointment.cycle is not None:
            cycles.setdefault((appointment.course_id, appointment.cycle), []).append(appointment)
        else:
            notes.append(_note(appointment.start.date(), appointment.title, [appointment], today))
    for (course_id, cycle), members in cycles.items():
        course = courses.get(course_id)
        name = course.name if course is not None else members[0].title
        label = f"{name}, cycle {cycle}"
        planned = None
        if course is not None and course.pattern is CoursePattern.CYCLE:
            offset = (cycle - 1) * course.cycle_length_days + min(course.treatment_days) - 1
            planned = course.first_day + dt.timedelta(days=offset)
        notes.append(_note(planned, label, members, today))
    return sorted(notes, key=lambda n: (n.day, n.label))


def _note(
    planned: dt.date | None, label: str, members: Sequence[Appointment], today: dt.date
) -> CycleNote:
    held = sorted(a.start.date() for a in members if a.status is not AppointmentStatus.CANCELLED)
    if not held:
        day = planned or min(a.start.date() for a in members)
        return CycleNote(day, label, CycleState.CANCELLED)
    first = held[0]
    late = (first - planned).days if planned is not None else 0
    if late > 0:
        return CycleNote(first, label, CycleState.DELAYED, late)
    if first > today:
        return CycleNote(first, label, CycleState.PLANNED)
    return CycleNote(first, label, CycleState.WENT_AHEAD)
