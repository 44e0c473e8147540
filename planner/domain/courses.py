"""Turning a regimen into the dates of its treatment days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.appointments import LONGEST, SHORTEST
from planner.domain.enums import AppointmentStatus, CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, Course

MOST_APPOINTMENTS = 500
"""One course makes at most this many appointments (a typing slip, not a regimen, beyond)."""
LONGEST_DELAY_DAYS = 180


class CourseError(InvalidInput):
    """A regimen that cannot be turned into dates; the message says why, and ``field``
    names the part of the regimen it is about (a field of :class:`Course`), if one."""

    def __init__(self, message: Message | str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TreatmentDay:
    day: dt.date
    cycle: int
    """1-based cycle number (for a weekly course, the week number)."""


def validate(course: Course) -> None:
    """Raise :class:`CourseError` naming the first thing wrong with the regimen."""
    if not course.name.strip():
        raise CourseError(translate("Errors", "Give the course a name."), "name")
    if not SHORTEST <= course.duration <= LONGEST:
        raise CourseError(
            translate("Errors", "Each appointment lasts between 1 minute and 24 hours."), "duration"
        )
    if course.pattern is CoursePattern.CYCLE:
        if not 1 <= course.cycle_length_days <= 365:
            raise CourseError(
                translate("Errors", "A cycle must last between 1 and 365 days."),
                "cycle_length_days",
            )
        if not 1 <= course.cycles <= 100:
            raise CourseError(
                translate("Errors", "A course has between 1 and 100 cycles."), "cycles"
            )
        if not course.treatment_days:
            raise CourseError(
                translate("Errors", "Name at least one treatment day in the cycle."),
                "treatment_days",
            )
        bad = [d for d in course.treatment_days if not 1 <= d <= course.cycle_length_days]
        if bad:
            raise CourseError(
                translate("Errors", "Treatment day {day} lies outside a {days}-day cycle.").format(
                    day=bad[0], days=course.cycle_length_days
                ),
                "treatment_days",
            )
    else:
        if not course.weekdays:
            raise CourseError(translate("Errors", "Choose at least one weekday."), "weekdays")
        if any(not 0 <= w <= 6 for w in course.weekdays):
            raise CourseError(
                translate("Errors", "Weekdays run from 0 (Monday) to 6 (Sunday)."), "weekdays"
            )
        if not 1 <= course.weeks <= 104:
            raise CourseError(
                translate("Errors", "A weekly course lasts between 1 and 104 weeks."), "weeks"
            )


def treatment_days(course: Course) -> list[TreatmentDay]:
    """Every treatment day of the course, in order, without duplicates."""
    validate(course)
    days: list[TreatmentDay] = []
    if course.pattern is CoursePattern.CYCLE:
        for cycle in range(course.cycles):
            cycle_start = course.first_day + dt.timedelta(days=cycle * course.cycle_length_days)
            for offset in sorted(set(course.treatment_days)):
                days.append(TreatmentDay(cycle_start + dt.timedelta(days=offset - 1), cycle + 1))
    else:
        wanted = set(course.weekdays)
        for n in range(course.weeks * 7):
            day = course.first_day + dt.timedelta(days=n)
            if day.weekday() in wanted:
                days.append(TreatmentDay(day, n // 7 + 1))
    if len(days) > MOST_APPOINTMENTS:
        raise CourseError(
            translate(
                "Errors",
                "This course would make {days_length} appointments; one course makes at "
                "most {most_appointments}. Check the number of cycles or weeks.",
            ).format(days_length=len(days), most_appointments=MOST_APPOINTMENTS),
            "cycles" if course.pattern is CoursePattern.CYCLE else "weeks",
        )
    return days


def parse_treatment_days(text: str) -> tuple[int, ...]:
    """Treatment days as typed, e.g. ``"1, 8"`` or ``"1 8 15"``; sorted, without repeats."""
    parts = [part for part in text.replace(",", " ").replace(";", " ").split() if part]
    if not parts:
        raise CourseError(
            translate("Errors", "Name at least one treatment day in the cycle, e.g. 1, 8."),
            "treatment_days",
        )
    days: set[int] = set()
    for part in parts:
        try:
            days.add(int(part))
        except ValueError:
            raise CourseError(
                translate(
                    "Errors", "'{part}' is not a day number; write the days as numbers, e.g. 1, 8."
                ).format(part=part),
                "treatment_days",
            ) from None
    return tuple(sorted(days))


def course_appointments(course: Course, template: Appointment) -> list[Appointment]:
    """The appointments a course makes: ``template``'s details on each treatment day.

    A cycle course names each appointment by its cycle ("FOLFOX, cycle 2"); a weekly one
    by its week.
    """
    made = []
    for treatment in treatment_days(course):
        word = "cycle" if course.pattern is CoursePattern.CYCLE else "week"
        made.append(
            dataclasses.replace(
                template,
                kind=course.kind,
                title=f"{course.name.strip()}, {word} {treatment.cycle}",
                start=dt.datetime.combine(treatment.day, course.start_time),
                duration=course.duration,
                location=course.location.strip(),
                status=AppointmentStatus.SCHEDULED,
                course_id=course.id,
                cycle=treatment.cycle,
                id=None,
                version=None,
            )
        )
    return made


# ---------------------------------------------------------------- delaying and skipping
Move = tuple[Appointment, Appointment]
"""An appointment before and after a change."""


def delay_cycle(members: Iterable[Appointment], cycle: int, days: int) -> list[Move]:
    """Move cycle ``cycle`` of a course and every later one by ``days`` days.

    Appointments already done stay where they happened; earlier cycles do not move.
    """
    if not 1 <= days <= LONGEST_DELAY_DAYS:
        raise CourseError(
            translate("Errors", "A cycle can be delayed by 1 to {longest_delay_days} days.").format(
                longest_delay_days=LONGEST_DELAY_DAYS
            )
        )
    shift = dt.timedelta(days=days)
    return [
        (member, dataclasses.replace(member, start=member.start + shift))
        for member in sorted(members, key=lambda a: a.start)
        if member.cycle is not None
        and member.cycle >= cycle
        and member.status is not AppointmentStatus.DONE
    ]


def skip(appointment: Appointment) -> Move:
    """Cancel one treatment day; the rest of the course stays as it is."""
    if appointment.status is not AppointmentStatus.SCHEDULED:
        raise CourseError(translate("Errors", "Only a scheduled appointment can be skipped."))
    return appointment, dataclasses.replace(appointment, status=AppointmentStatus.CANCELLED)


# ---------------------------------------------------------------- editing part of a course
class EditScope(StrEnum):
    """Which appointments of a course an edit of one of them reaches."""

    ONE = "one"
    FOLLOWING = "following"
    COURSE = "course"


SHARED_FIELDS = (
    "duration",
    "location",
    "clinician",
    "needs_ride",
    "companion_wanted",
    "recovery_days",
    "notes",
)
"""What an edit may carry over to other appointments of the course (and the time of day)."""


def carries_over(before: Appointment, after: Appointment) -> bool:
    """Whether an edit changes anything the rest of a course could take over."""
    return before.start.time() != after.start.time() or any(
        getattr(before, name) != getattr(after, name) for name in SHARED_FIELDS
    )


def edit_course(
    before: Appointment, after: Appointment, members: Sequence[Appointment], scope: EditScope
) -> list[Move]:
    """The edit of ``before`` into ``after``, applied to the appointments ``scope`` names.

    ``after`` itself is stored as edited; each other appointment in scope takes over only the
    fields the user changed (its own date stays; a new time of day moves it within its day).
    """
    moves: list[Move] = [(before, after)]
    if scope is EditScope.ONE:
        return moves
    changed = {
        name: getattr(after, name)
        for name in SHARED_FIELDS
        if getattr(after, name) != getattr(before, name)
    }
    new_time = after.start.time() if after.start.time() != before.start.time() else None
    for member in sorted(members, key=lambda a: a.start):
        if member.id == before.id or member.status is not AppointmentStatus.SCHEDULED:
            continue
        if scope is EditScope.FOLLOWING and member.start < before.start:
            continue
        edited = dataclasses.replace(member, **changed)
        if new_time is not None:
            edited = dataclasses.replace(
                edited, start=dt.datetime.combine(member.start.date(), new_time)
            )
        if edited != member:
            moves.append((member, edited))
    return moves
