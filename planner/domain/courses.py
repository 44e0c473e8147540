"""Turning a regimen into the dates of its treatment days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.enums import CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.model import Course


class CourseError(InvalidInput):
    """A regimen that cannot be turned into dates; the message says why."""


@dataclass(frozen=True)
class TreatmentDay:
    day: dt.date
    cycle: int
    """1-based cycle number (for a weekly course, the week number)."""


def validate(course: Course) -> None:
    if course.pattern is CoursePattern.CYCLE:
        if not 1 <= course.cycle_length_days <= 365:
            raise CourseError("A cycle must last between 1 and 365 days.")
        if not 1 <= course.cycles <= 100:
            raise CourseError("A course has between 1 and 100 cycles.")
        if not course.treatment_days:
            raise CourseError("Name at least one treatment day in the cycle.")
        bad = [d for d in course.treatment_days if not 1 <= d <= course.cycle_length_days]
        if bad:
            raise CourseError(
                f"Treatment day {bad[0]} lies outside a {course.cycle_length_days}-day cycle."
            )
    else:
        if not course.weekdays:
            raise CourseError("Choose at least one weekday.")
        if any(not 0 <= w <= 6 for w in course.weekdays):
            raise CourseError("Weekdays run from 0 (Monday) to 6 (Sunday).")
        if not 1 <= course.weeks <= 104:
            raise CourseError("A weekly course lasts between 1 and 104 weeks.")


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
    return days
