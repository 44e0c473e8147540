"""Courses: plan one, delay a cycle, skip a day, edit part of a course.

Every change to an appointment's time or status takes what hangs on it along in the same
unit of work: its ride legs (:func:`planner.services.legs.follow_appointment`) and the help
tasks tied to it. Each write returns the :class:`Step` it made; undo puts back what the
change log recorded for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain import courses as rules
from planner.domain.appointments import check_appointment
from planner.domain.courses import CourseError, EditScope, Move
from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.domain.model import Appointment, Course, RideLeg
from planner.services.changes import Changes
from planner.services.legs import add_legs, follow_appointment
from planner.services.plan import ConflictError, Plan
from planner.store import appointments as queries

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

__all__ = [
    "PlannedCourse",
    "Step",
    "delay_cycle",
    "edit_appointment",
    "plan_course",
    "preview",
    "skip_appointment",
]


@dataclass(frozen=True)
class PlannedCourse:
    """A course as stored with its appointments and their ride legs."""

    course: Course
    appointments: tuple[Appointment, ...]
    legs: tuple[RideLeg, ...] = ()


def preview(course: Course, template: Appointment, today: dt.date) -> list[Appointment]:
    """The appointments :func:`plan_course` would make; InvalidInput names what is wrong."""
    made = rules.course_appointments(course, template)
    for appointment in made:
        try:
            check_appointment(appointment, today)
        except InvalidInput as error:
            raise CourseError(error.message, "first_day") from None
    return made


def plan_course(
    plan: Plan, course: Course, template: Appointment, *, today: dt.date | None = None
) -> tuple[PlannedCourse, Changes]:
    """Store the course and every appointment it makes, linked to it, in one step."""
    tidy = dataclasses.replace(
        course, name=course.name.strip(), location=course.location.strip(), id=None
    )
    made = preview(tidy, template, today or plan.clock.today())
    with plan.unit_of_work() as work:
        course_id = work.store.add(tidy)
        ids = work.store.add_all([dataclasses.replace(a, course_id=course_id) for a in made])
        members = [work.store.appointment(i) for i in ids]
        # Appointments that need a ride get their two legs, as one added alone does.
        legs = [leg for a in members for leg in add_legs(work.store, a, plan.clock.now())]
        stored = PlannedCourse(queries.course(work.store, course_id), tuple(members), tuple(legs))
        work.commit()
    return stored, work.changes


@dataclass(frozen=True)
class Step:
    """What one change did: the appointments and the ride legs, each before and after."""

    moves: tuple[Move, ...]
    legs: tuple[tuple[RideLeg, RideLeg], ...] = ()

    @property
    def count(self) -> int:
        return len(self.moves)


def _store_moves(store: PlanStore, moves: Sequence[Move], now: dt.datetime) -> Step:
    """Store each ``after`` over its ``before`` (which must be the stored version), with
    legs and help tasks following; returns the step as stored."""
    stored: list[Move] = []
    legs: list[tuple[RideLeg, RideLeg]] = []
    for before, after in moves:
        assert before.id is not None
        earlier = {leg.id: leg for leg in store.legs_for([before.id])}
        saved = store.update_appointment(after, expected_version=before.version)
        follow_appointment(store, before, saved, now)
        queries.move_tasks(store, before.id, saved.start - before.start)
        stored.append((before, saved))
        for leg in store.legs_for([before.id]):
            old = earlier.get(leg.id)
            if old is not None and old != leg:
                legs.append((old, leg))
    return Step(tuple(stored), tuple(legs))


def _course_change(
    plan: Plan,
    appointment_id: int,
    expected_version: int | None,
    change: Callable[[Appointment, list[Appointment]], list[Move]],
    now: dt.datetime | None,
) -> tuple[Step, Changes]:
    with plan.unit_of_work() as work:
        current = work.store.appointment(appointment_id)
        if expected_version is not None and current.version != expected_version:
            raise ConflictError(
                translate(
                    "Errors",
                    "Someone else changed this appointment just now; please look again and retry.",
                )
            )
        members = (
            queries.course_members(work.store, current.course_id)
            if current.course_id is not None
            else [current]
        )
        moves = _store_moves(work.store, change(current, members), now or plan.clock.now())
        work.commit()
    return moves, work.changes


def delay_cycle(
    plan: Plan,
    appointment: Appointment,
    days: int,
    *,
    now: dt.datetime | None = None,
) -> tuple[Step, Changes]:
    """Delay the cycle ``appointment`` belongs to by ``days``, and every later cycle too."""
    if appointment.id is None or appointment.course_id is None or appointment.cycle is None:
        raise CourseError(
            translate("Errors", "Only an appointment of a course belongs to a cycle that can move.")
        )
    cycle = appointment.cycle
    return _course_change(
        plan,
        appointment.id,
        appointment.version,
        lambda _current, members: rules.delay_cycle(members, cycle, days),
        now,
    )


def skip_appointment(
    plan: Plan, appointment: Appointment, *, now: dt.datetime | None = None
) -> tuple[Step, Changes]:
    """Cancel one treatment day (its legs are cancelled with it)."""
    assert appointment.id is not None
    return _course_change(
        plan,
        appointment.id,
        appointment.version,
        lambda current, _members: [rules.skip(current)],
        now,
    )


def edit_appointment(
    plan: Plan,
    edited: Appointment,
    scope: EditScope,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> tuple[Step, Changes]:
    """Store an edit of one appointment and carry it to the others ``scope`` names."""
    assert edited.id is not None
    tidy = dataclasses.replace(
        edited,
        title=edited.title.strip(),
        location=edited.location.strip(),
        clinician=edited.clinician.strip(),
    )
    day = today or plan.clock.today()
    check_appointment(tidy, day)

    def change(current: Appointment, members: list[Appointment]) -> list[Move]:
        moves = rules.edit_course(
            current, dataclasses.replace(tidy, version=current.version), members, scope
        )
        for _, after in moves:
            check_appointment(after, day)
        return moves

    return _course_change(plan, edited.id, expected_version, change, now)
