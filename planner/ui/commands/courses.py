"""Undoable course changes: a planned course, and a step that moved part of one."""

from __future__ import annotations

import dataclasses

from planner.domain.courses import EditScope
from planner.domain.model import Appointment, Course
from planner.services import courses
from planner.services.courses import PlannedCourse, Step
from planner.ui.commands.base import AppliedCommand
from planner.ui.labels import tr
from planner.ui.operations import Operations


class PlanCourse(AppliedCommand):
    """A course was planned; undo takes the whole course back, redo puts it back."""

    def __init__(self, operations: Operations, planned: PlannedCourse) -> None:
        super().__init__(tr("Plan course {name}").format(name=planned.course.name))
        self._operations = operations
        self._planned = planned

    def forward(self) -> None:
        plan, planned = self._operations.plan, self._planned
        self._settle(self._operations.call(lambda: courses.restore_course(plan, planned)))

    def back(self) -> None:
        plan, course_id = self._operations.plan, self._planned.course.id
        assert course_id is not None
        self._settle(self._operations.call(lambda: courses.remove_course(plan, course_id)))

    def _settle(self, planned: PlannedCourse | None) -> None:
        if planned is None:
            self.setObsolete(True)  # changed under us; this step can no longer be undone
        else:
            self._planned = planned
            self._operations.wrote(*(removed.appointment for removed in planned.appointments))


class CourseStep(AppliedCommand):
    """Appointments of a course were moved, skipped or edited together; undo puts every
    one of them (and their ride legs) back, redo does the change again."""

    def __init__(self, operations: Operations, text: str, step: Step) -> None:
        super().__init__(text)
        self._operations = operations
        self._step = step

    def forward(self) -> None:
        self._reverse()

    def back(self) -> None:
        self._reverse()

    def _reverse(self) -> None:
        plan, operations = self._operations.plan, self._operations
        # Later steps of this window (an edit and its undo) move versions on; expect those.
        step = dataclasses.replace(
            self._step,
            moves=tuple(
                (before, dataclasses.replace(after, version=operations.version_of(after)))
                for before, after in self._step.moves
            ),
        )
        reverse = self._operations.call(lambda: courses.undo_step(plan, step))
        if reverse is None:
            self.setObsolete(True)
        else:
            self._step = reverse
            self._operations.wrote(*(after for _, after in reverse.moves))


# -- the operations: run the service, then push its undo step ----------------------------
def plan_course(
    operations: Operations, course: Course, template: Appointment
) -> PlannedCourse | None:
    """Store a course with its appointments, undoably; ``None`` when it was refused."""
    planned = operations.call(lambda: courses.plan_course(operations.plan, course, template))
    if planned is not None:
        operations.wrote(*(removed.appointment for removed in planned.appointments))
        operations.undo_stack.push(PlanCourse(operations, planned))
    return planned


def _pushed(operations: Operations, text: str, step: Step | None) -> Step | None:
    if step is not None and step.moves:
        operations.wrote(*(after for _, after in step.moves))
        operations.undo_stack.push(CourseStep(operations, text, step))
    return step


def delay_cycle(operations: Operations, appointment: Appointment, days: int) -> Step | None:
    """Delay the appointment's cycle and every later one by ``days``, undoably."""
    step = operations.call(lambda: courses.delay_cycle(operations.plan, appointment, days))
    text = tr("Delay cycle {cycle} by {days} days").format(cycle=appointment.cycle, days=days)
    return _pushed(operations, text, step)


def skip(operations: Operations, appointment: Appointment) -> Step | None:
    """Cancel one treatment day (and its ride legs), undoably."""
    step = operations.call(lambda: courses.skip_appointment(operations.plan, appointment))
    return _pushed(operations, tr("Skip {title}").format(title=appointment.title), step)


def edit_in_course(
    operations: Operations, edited: Appointment, scope: EditScope
) -> Appointment | None:
    """Save an edit of one appointment of a course and carry it to ``scope``, undoably.

    Returns the edited appointment as stored, ``None`` when it was refused.
    """
    step = operations.call(
        lambda: courses.edit_appointment(
            operations.plan, edited, scope, expected_version=edited.version
        )
    )
    _pushed(operations, tr("Edit {title}").format(title=edited.title), step)
    if step is None:
        return None
    return next((after for _, after in step.moves if after.id == edited.id), edited)
