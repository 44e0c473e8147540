"""Every change the window makes to the plan runs here, as an undoable command.

A service call returns what it changed; :class:`Operations` announces that, and the window
refreshes only the pages concerned. Errors from the services are announced too, and the
window shows them; nothing was changed then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.errors import PlannerError
from planner.domain.model import Appointment, Question
from planner.services import appointments, questions
from planner.services.appointments import RemovedAppointment
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.ui.commands.base import AppliedCommand, EditCommand, PresenceCommand
from planner.ui.labels import tr

R = TypeVar("R")


class Operations(QObject):
    """Runs service calls for the window.

    Signals:
        plan_changed(Changes): a service call changed the plan.
        failed(str): a service call refused; the message is for the user.
    """

    plan_changed = Signal(object)
    failed = Signal(str)

    def __init__(self, plan: Plan, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = undo_stack
        # Each appointment's version after this window's own last change to it. Undo and
        # redo expect it: several steps on one appointment each move its version on, and a
        # change by someone else in between is refused rather than saved over.
        self._appointment_versions: dict[int, int | None] = {}

    def call(self, service: Callable[[], tuple[R, Changes]]) -> R | None:
        """Run one service call; announce its changes, or its error (and return ``None``)."""
        try:
            result, changes = service()
        except PlannerError as error:
            self.failed.emit(str(error))
            return None
        if changes:
            self.plan_changed.emit(changes)
        return result

    def add_question(self, text: str) -> Question | None:
        """Note a question for the doctor, undoably; ``None`` when it was refused."""
        added = self.call(lambda: questions.add_question(self.plan, text))
        if added is not None and added.id is not None:
            self.undo_stack.push(AddQuestion(self, added))
        return added

    def wrote(self, *written: Appointment) -> None:
        """Note the versions this window's own changes left appointments at."""
        for appointment in written:
            if appointment.id is not None:
                self._appointment_versions[appointment.id] = appointment.version

    def version_of(self, appointment: Appointment) -> int | None:
        """The version to expect when undoing or redoing a step on ``appointment``."""
        if appointment.id is None:
            return appointment.version
        return self._appointment_versions.get(appointment.id, appointment.version)

    def add_appointment(self, appointment: Appointment) -> Appointment | None:
        """Add an appointment, undoably; ``None`` when it was refused."""
        added = self.call(lambda: appointments.add_appointment(self.plan, appointment))
        if added is not None:
            self.wrote(added)
            self.undo_stack.push(AppointmentPresence(self, RemovedAppointment(added), added=True))
        return added

    def update_appointment(self, appointment: Appointment) -> Appointment | None:
        """Save the appointment as edited from the version the user saw, undoably.

        ``None`` when it was refused: a bad value, or someone else changed it meanwhile.
        """
        change = self.call(
            lambda: appointments.update_appointment(
                self.plan, appointment, expected_version=appointment.version
            )
        )
        if change is None:
            return None
        before, after = change
        self.wrote(after)
        if after.version != before.version:  # nothing stored when nothing changed
            self.undo_stack.push(EditAppointment(self, before, after))
        return after

    def delete_appointment(self, appointment: Appointment) -> bool:
        """Delete the appointment the user saw (with its ride legs), undoably."""
        assert appointment.id is not None
        appointment_id = appointment.id
        removed = self.call(
            lambda: appointments.delete_appointment(
                self.plan, appointment_id, expected_version=appointment.version
            )
        )
        if removed is not None:
            self.undo_stack.push(AppointmentPresence(self, removed, added=False))
        return removed is not None


class AppointmentPresence(PresenceCommand[RemovedAppointment]):
    """An appointment was added or deleted; undo and redo delete it or put it back.

    A deleted appointment comes back with its ride legs, under its old id where still free.
    """

    def __init__(self, operations: Operations, state: RemovedAppointment, *, added: bool) -> None:
        text = tr("Add {title}") if added else tr("Delete {title}")
        super().__init__(text.format(title=state.appointment.title), state, added=added)
        self._operations = operations

    def remove(self, state: RemovedAppointment) -> RemovedAppointment | None:
        plan, present = self._operations.plan, state.appointment
        assert present.id is not None
        appointment_id, version = present.id, self._operations.version_of(present)
        return self._wrote(
            self._operations.call(
                lambda: appointments.delete_appointment(
                    plan, appointment_id, expected_version=version
                )
            )
        )

    def put_back(self, state: RemovedAppointment) -> RemovedAppointment | None:
        plan = self._operations.plan
        return self._wrote(
            self._operations.call(lambda: appointments.restore_appointment(plan, state))
        )

    def _wrote(self, state: RemovedAppointment | None) -> RemovedAppointment | None:
        if state is not None:
            self._operations.wrote(state.appointment)
        return state


class EditAppointment(EditCommand[Appointment]):
    """An appointment was edited; undo puts the earlier values back, redo the later ones."""

    def __init__(self, operations: Operations, before: Appointment, after: Appointment) -> None:
        super().__init__(tr("Edit {title}").format(title=after.title), before, after)
        self._operations = operations

    def store(self, values: Appointment) -> bool:
        plan, version = self._operations.plan, self._operations.version_of(values)
        change = self._operations.call(
            lambda: appointments.update_appointment(plan, values, expected_version=version)
        )
        if change is not None:
            self._operations.wrote(change[1])
        return change is not None


class AddQuestion(AppliedCommand):
    """A question was noted; undo takes it off the list, redo notes it again."""

    def __init__(self, operations: Operations, question: Question) -> None:
        super().__init__(tr("Add question"))
        self._operations = operations
        self._question = question

    def forward(self) -> None:
        plan, text = self._operations.plan, self._question.text
        again = self._operations.call(lambda: questions.add_question(plan, text))
        if again is None:
            self.setObsolete(True)
        else:
            self._question = again

    def back(self) -> None:
        plan, question_id = self._operations.plan, self._question.id
        assert question_id is not None
        if self._operations.call(lambda: questions.remove_question(plan, question_id)) is None:
            self.setObsolete(True)
