"""Undoable course changes: a planned course, and a step that moved part of one."""

from __future__ import annotations

from planner.domain.courses import EditScope
from planner.domain.model import Appointment, Course
from planner.services import courses
from planner.services.courses import PlannedCourse, Step
from planner.ui.labels import translate
from planner.ui.operations import Operations


def plan_course(
    operations: Operations, course: Course, template: Appointment
) -> PlannedCourse | None:
    """Store a course with its appointments, undoably; ``None`` when it was refused."""
    return operations.record(
        translate("Appointments", "Plan course {name}").format(name=course.name.strip()),
        lambda: courses.plan_course(operations.plan, course, template),
    )


def delay_cycle(operations: Operations, appointment: Appointment, days: int) -> Step | None:
    """Delay the appointment's cycle and every later one by ``days``, undoably."""
    text = translate("Appointments", "Delay cycle {cycle} by {days} days").format(
        cycle=appointment.cycle, days=days
    )
    return operations.record(text, lambda: courses.delay_cycle(operations.plan, appointment, days))


def skip(operations: Operations, appointment: Appointment) -> Step | None:
    """Cancel one treatment day (and its ride legs), undoably."""
    return operations.record(
        translate("Appointments", "Skip {title}").format(title=appointment.title),
        lambda: courses.skip_appointment(operations.plan, appointment),
    )


def edit_in_course(
    operations: Operations, edited: Appointment, scope: EditScope
) -> Appointment | None:
    """Save an edit of one appointment of a course and carry it to ``scope``, undoably.

    Returns the edited appointment as stored, ``None`` when it was refused.
    """
    step = operations.record(
        translate("Appointments", "Edit {title}").format(title=edited.title),
        lambda: courses.edit_appointment(
            operations.plan, edited, scope, expected_version=edited.version
        ),
    )
    if step is None:
        return None
    return next((after for _, after in step.moves if after.id == edited.id), edited)
