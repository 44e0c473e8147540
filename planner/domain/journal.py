"""Journal rules: which entries the plan accepts, the symptom list, alerts, treatment cycles,
the chart's data, and where an open question for the doctor is carried to.

Everything here is plain data over plain values, so the window, the visit packet and the
tests all read the same answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from planner.domain.enums import AppointmentKind, AppointmentStatus, JournalKind
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, JournalEntry, Question
from planner.domain.settings import Setting, int_setting

DEFAULT_SYMPTOMS = (
    "Nausea",
    "Fatigue",
    "Pain",
    "Mouth sores",
    "Diarrhoea",
    "Fever",
    "Dizziness",
    "Low mood",
)
SYMPTOMS_CONTEXT = "Symptoms"
"""The catalogue context of the built-in symptoms' names (kept in English in the plan)."""


def symptom_word(name: str) -> Message:
    """A symptom's name as a message: a built-in one is said in the reader's language,
    one the user typed stays as typed (the catalogue knows only the built-in ones)."""
    return Message(SYMPTOMS_CONTEXT, name)


LONGEST_SYMPTOM = 80
LONGEST_NOTE = 2000
MOST_SYMPTOMS = 60


def _parse_symptoms(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for part in text.split(","):
        name = part.strip()
        if not name:
            continue
        if len(name) > LONGEST_SYMPTOM:
            raise ValueError(
                translate(
                    "Errors", "A symptom name has at most {longest_symptom} characters."
                ).format(longest_symptom=LONGEST_SYMPTOM)
            )
        if name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    if len(names) > MOST_SYMPTOMS:
        raise ValueError(
            translate("Errors", "The list holds at most {most_symptoms} symptoms.").format(
                most_symptoms=MOST_SYMPTOMS
            )
        )
    return tuple(names)


SYMPTOMS: Setting[tuple[str, ...]] = Setting(
    "journal.symptoms", DEFAULT_SYMPTOMS, _parse_symptoms, ", ".join
)
"""The symptoms offered when a side effect is noted; a new one typed in joins the list."""

ALERT_SEVERITY = int_setting("journal.alert_severity", 7, 1, 10)
"""A side effect this severe (or any fever) shows whom to call at once."""

ALERT_SYMPTOMS = ("fever", "temperature")
"""Words that make a side effect an alert whatever its severity."""


def with_symptom(symptoms: Sequence[str], symptom: str) -> tuple[str, ...]:
    """The list with ``symptom`` added at the end, unless it is there already (any case)."""
    if any(known.casefold() == symptom.casefold() for known in symptoms):
        return tuple(symptoms)
    return (*symptoms, symptom)


# ---------------------------------------------------------------------------- entries
def check_entry(entry: JournalEntry, now: dt.datetime) -> JournalEntry:
    """The entry as it will be stored (texts trimmed); a ValueError saying what is wrong
    otherwise. An entry may be dated any time up to the end of today."""
    if entry.at.date() > now.date():
        raise ValueError(
            translate("Errors", "An entry can be dated today at the latest, not in the days ahead.")
        )
    note = entry.note.strip()
    if len(note) > LONGEST_NOTE:
        raise ValueError(
            translate("Errors", "A note has at most {longest_note} characters.").format(
                longest_note=LONGEST_NOTE
            )
        )
    if entry.kind is JournalKind.SIDE_EFFECT:
        symptom = entry.symptom.strip()
        if not symptom:
            raise ValueError(translate("Errors", "Name the symptom (for example Nausea)."))
        if len(symptom) > LONGEST_SYMPTOM:
            raise ValueError(
                translate(
                    "Errors", "A symptom name has at most {longest_symptom} characters."
                ).format(longest_symptom=LONGEST_SYMPTOM)
            )
        if entry.severity is None or not 0 <= entry.severity <= 10:
            raise ValueError(
                translate(
                    "Errors", "Severity runs from 0 (none) to 10 (worst), not {severity}."
                ).format(severity=entry.severity)
            )
        return JournalEntry(
            entry.kind,
            entry.at,
            symptom,
            entry.severity,
            note=note,
            id=entry.id,
            version=entry.version,
        )
    if entry.kind is JournalKind.REST:
        if entry.hours is None or not 0 <= entry.hours <= 24:
            raise ValueError(
                translate("Errors", "Rest runs from 0 to 24 hours, not {hours}.").format(
                    hours=entry.hours
                )
            )
        return JournalEntry(
            entry.kind, entry.at, hours=entry.hours, note=note, id=entry.id, version=entry.version
        )
    if entry.mood is None or not 0 <= entry.mood <= 10:
        raise ValueError(
            translate(
                "Errors", "Mood runs from 0 (very low) to 10 (very good), not {mood}."
            ).format(mood=entry.mood)
        )
    return JournalEntry(
        entry.kind, entry.at, mood=entry.mood, note=note, id=entry.id, version=entry.version
    )


def is_alert(entry: JournalEntry, settings: Mapping[str, str]) -> bool:
    """Whether noting this entry should show whom to call: severe, or a fever at all."""
    if entry.kind is not JournalKind.SIDE_EFFECT:
        return False
    name = entry.symptom.casefold()
    if any(word in name for word in ALERT_SYMPTOMS):
        return True
    return entry.severity is not None and entry.severity >= ALERT_SEVERITY.read(settings)


def latest(entries: Iterable[JournalEntry], kind: JournalKind) -> JournalEntry | None:
    """The most recent entry of ``kind``."""
    return max((e for e in entries if e.kind is kind), key=lambda e: e.at, default=None)


# ---------------------------------------------------------------------------- cycles
@dataclass(frozen=True)
class CycleStart:
    """The first day of one treatment cycle (or of a single appointment outside a course)."""

    day: dt.date
    kind: AppointmentKind
    label: str
    """The title of the cycle's first appointment (the window adds the date)."""


def cycle_starts(appointments: Iterable[Appointment]) -> list[CycleStart]:
    """Where each cycle begins: the first treatment of each (course, cycle); a treatment
    outside a course starts a "cycle" of its own. Cancelled ones, and visits that are no
    treatment (a blood test, a scan), do not count."""
    firsts: dict[tuple[int, int], Appointment] = {}
    singles: list[Appointment] = []
    for appointment in appointments:
        if appointment.status is AppointmentStatus.CANCELLED or not appointment.kind.is_treatment:
            continue
        if appointment.course_id is not None and appointment.cycle is not None:
            key = (appointment.course_id, appointment.cycle)
            known = firsts.get(key)
            if known is None or appointment.start < known.start:
                firsts[key] = appointment
        else:
            singles.append(appointment)
    starts = [CycleStart(a.start.date(), a.kind, a.title) for a in (*firsts.values(), *singles)]
    return sorted(starts, key=lambda s: (s.day, s.label))


def treatment_days(appointments: Iterable[Appointment]) -> tuple[dt.date, ...]:
    """The days that hold a treatment (not cancelled; a blood test or scan is none)."""
    return tuple(
        sorted(
            {
                a.start.date()
                for a in appointments
                if a.status is not AppointmentStatus.CANCELLED and a.kind.is_treatment
            }
        )
    )


def worst_by_day(
    entries: Iterable[JournalEntry], symptoms: Iterable[str] | None = None
) -> dict[dt.date, int]:
    """The highest severity noted on each day, over ``symptoms`` (all when ``None``)."""
    wanted = None if symptoms is None else {s.casefold() for s in symptoms}
    worst: dict[dt.date, int] = {}
    for entry in entries:
        if entry.kind is not JournalKind.SIDE_EFFECT or entry.severity is None:
            continue
        if wanted is not None and entry.symptom.casefold() not in wanted:
            continue
        day = entry.at.date()
        worst[day] = max(worst.get(day, 0), entry.severity)
    return worst


# ---------------------------------------------------------------------------- chart
@dataclass(frozen=True)
class Point:
    at: dt.datetime
    severity: int


@dataclass(frozen=True)
class Series:
    """One symptom's severities over time; ``marker`` tells the lines apart without colour."""

    symptom: str
    marker: int
    points: tuple[Point, ...]


@dataclass(frozen=True)
class CycleLine:
    """One cycle's worst severity per cycle day (day 1 is the cycle's first day)."""

    label: str
    start: dt.date
    marker: int
    days: tuple[tuple[int, int], ...]
    """(cycle day, severity) pairs in day order."""


@dataclass(frozen=True)
class ChartModel:
    first: dt.date
    last: dt.date
    series: tuple[Series, ...]
    treatment_days: tuple[dt.date, ...]
    cycles: tuple[CycleLine, ...]
    cycle_days: int
    """How many cycle days the overlay's axis shows."""

    @property
    def empty(self) -> bool:
        return not any(s.points for s in self.series)


MARKERS = 6
"""How many distinct marker shapes a chart draws (circle, square, triangle, ...)."""


def chart_model(
    entries: Iterable[JournalEntry],
    appointments: Iterable[Appointment],
    symptoms: Sequence[str],
    first: dt.date,
    last: dt.date,
    cycle_days: int = 21,
) -> ChartModel:
    """The severity chart for ``symptoms`` from ``first`` to ``last``, with the treatment
    days in that range and each cycle starting in it drawn on a shared cycle-day axis."""
    in_range = [e for e in entries if first <= e.at.date() <= last]
    series = []
    for n, symptom in enumerate(symptoms):
        points = sorted(
            (
                Point(e.at, e.severity)
                for e in in_range
                if e.kind is JournalKind.SIDE_EFFECT
                and e.severity is not None
                and e.symptom.casefold() == symptom.casefold()
            ),
            key=lambda p: p.at,
        )
        series.append(Series(symptom, n % MARKERS, tuple(points)))
    shown = list(appointments)
    worst = worst_by_day(in_range, symptoms)
    lines = []
    starts = [s for s in cycle_starts(shown) if first <= s.day <= last]
    for n, start in enumerate(starts):
        days = tuple(
            (d, worst[day])
            for d in range(1, cycle_days + 1)
            if (day := start.day + dt.timedelta(days=d - 1)) in worst
        )
        if days:
            lines.append(CycleLine(start.label, start.day, n % MARKERS, days))
    treatment = tuple(d for d in treatment_days(shown) if first <= d <= last)
    return ChartModel(first, last, tuple(series), treatment, tuple(lines), cycle_days)


# ---------------------------------------------------------------------------- questions
def next_appointment(
    appointments: Iterable[Appointment], after: dt.datetime, clinician: str = ""
) -> Appointment | None:
    """The first scheduled appointment from ``after`` on; with ``clinician``, the first with
    that clinician (or, if there is none, the first at all)."""
    coming = sorted(
        (a for a in appointments if a.status is AppointmentStatus.SCHEDULED and a.start >= after),
        key=lambda a: a.start,
    )
    if clinician:
        wanted = clinician.strip().casefold()
        same = next((a for a in coming if a.clinician.strip().casefold() == wanted), None)
        if same is not None:
            return same
    return coming[0] if coming else None


def question_visit(
    question: Question, appointments: Sequence[Appointment], now: dt.datetime
) -> Appointment | None:
    """The appointment a question is for as things stand: its own, or, when that visit is
    over (or cancelled) and the question still open, the next visit (with the same
    clinician if there is one)."""
    own = next((a for a in appointments if a.id == question.appointment_id), None)
    if question.answer or (
        own is not None and own.status is AppointmentStatus.SCHEDULED and own.end > now
    ):
        return own
    return next_appointment(appointments, now, own.clinician if own is not None else "")


def is_open(question: Question) -> bool:
    return not question.answer.strip()


def questions_for(
    appointment: Appointment,
    questions: Iterable[Question],
    appointments: Sequence[Appointment],
    now: dt.datetime,
) -> list[Question]:
    """The open questions to bring to ``appointment``, carried-over ones included."""
    found = []
    for question in questions:
        if not is_open(question):
            continue
        visit = question_visit(question, appointments, now)
        if appointment.id in (question.appointment_id, visit.id if visit else None):
            found.append(question)
    return found


# ---------------------------------------------------------------------------- chart table
@dataclass(frozen=True)
class ChartRow:
    """One charted value, as the table beside the chart lists it (for screen readers)."""

    at: dt.datetime
    symptom: str
    severity: int
    cycle: str
    """The cycle the day belongs to, empty outside any."""
    cycle_day: int | None
    treatment: bool
    """Whether the day holds a treatment."""
    id: int | None = None


def chart_rows(chart: ChartModel, starts: Sequence[CycleStart]) -> list[ChartRow]:
    """Every point of the chart with its cycle and cycle day, in time order."""
    ordered = sorted(starts, key=lambda s: s.day)
    treatment = set(chart.treatment_days)
    rows = []
    for series in chart.series:
        for point in series.points:
            day = point.at.date()
            start = next((s for s in reversed(ordered) if s.day <= day), None)
            rows.append(
                ChartRow(
                    point.at,
                    series.symptom,
                    point.severity,
                    start.label if start is not None else "",
                    (day - start.day).days + 1 if start is not None else None,
                    day in treatment,
                )
            )
    return sorted(rows, key=lambda r: (r.at, r.symptom))
