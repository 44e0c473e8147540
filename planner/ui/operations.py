"""Every change the window makes to the plan runs here, as an undoable command.

A service call returns what it changed; :class:`Operations` announces that, and the window
refreshes only the pages concerned. Errors from the services are announced too, and the
window shows them; nothing was changed then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from planner.domain.changes import Kind
from planner.domain.errors import PlannerError
from planner.domain.model import Appointment, Question
from planner.services import appointments, conflicts, questions, undo
from planner.services.changes import Changes
from planner.services.conflicts import Conflict
from planner.services.plan import (
    SERVER_GONE,
    ConflictError,
    Plan,
    ServerGone,
    retrying,
    saved_step,
)
from planner.ui.labels import say, translate
from planner.ui.workers import Job

if TYPE_CHECKING:
    from planner.ui.dialogs.conflict import Choice

R = TypeVar("R")
V = TypeVar("V")

SERVER_PAUSES_MS = (1000, 2000, 4000, 8000, 15000, 30000)
"""The pauses between asking an unreachable server again (then every 30 s)."""


class Operations(QObject):
    """Runs service calls for the window, each change an undoable step.

    Signals:
        plan_changed(Changes): the plan changed, here or elsewhere.
        saved(Changes): this window changed the plan (announced by ``plan_changed`` too).
        elsewhere(Changes): someone else changed it (announced by ``plan_changed`` too).
        failed(str): a service call refused; the message is for the user.
        server_gone(str): a shared plan's server cannot be reached; the step waits for it.
        server_back(): it answers again (the waiting step is then saved, once).
    """

    plan_changed = Signal(object)
    saved = Signal(object)
    elsewhere = Signal(object)
    failed = Signal(str)
    server_gone = Signal(str)
    server_back = Signal()

    def __init__(self, plan: Plan, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = undo_stack
        # Each row's version after this window's own last change to it. Undo and redo
        # expect it: several steps on one row each move its version on, and a change by
        # someone else in between is refused rather than saved over.
        self._versions: dict[tuple[Kind, int | str], int | None] = {}
        self._waiting: QEventLoop | None = None
        self._server_back = False

    # -- a shared plan's server going away ------------------------------------------------
    def _run(self, service: Callable[[], tuple[R, Changes]]) -> tuple[R, Changes] | Changes:
        """Run ``service`` as one step. When the shared plan's server cannot be reached,
        wait for it (the window stays live, and the form keeps what was typed) and then
        run it again, unless it was saved just as the line broke: those changes are
        returned instead, so that nothing is saved twice. ServerGone when the person stops
        waiting."""
        import uuid  # with the first action, not before the first paint

        step = uuid.uuid4().hex
        while True:
            try:
                with self.plan.step(step):
                    return retrying(service)
            except ServerGone:
                if not self._wait_for_server():
                    raise
                try:
                    already = saved_step(self.plan, step)
                except ServerGone:
                    continue  # gone again at once: wait again
                if already:
                    return already

    def _wait_for_server(self) -> bool:
        """Say the server is away and ask it again and again, with growing pauses, until it
        answers (``True``) or the person stops waiting (``False``). One wait at a time: a
        second action meanwhile is refused."""
        if self._waiting is not None:
            return False
        loop = QEventLoop(self)
        self._waiting, self._server_back = loop, False
        pauses = iter(SERVER_PAUSES_MS)
        last = SERVER_PAUSES_MS[-1]

        def ask() -> None:
            if self._waiting is not loop:
                return
            job = Job(lambda _progress, _cancelled: self.plan.reachable(), loop)
            job.succeeded.connect(answered)
            job.failed.connect(lambda _reason: answered(False))
            job.start()

        def answered(reachable: object) -> None:
            if self._waiting is not loop:
                return
            if reachable:
                self._server_back = True
                loop.quit()
            else:
                QTimer.singleShot(next(pauses, last), loop, ask)

        # Said from inside the wait, so that whoever hears it can already stop it.
        QTimer.singleShot(0, loop, lambda: self.server_gone.emit(say(SERVER_GONE)))
        QTimer.singleShot(next(pauses), loop, ask)
        loop.exec()
        self._waiting = None
        back = self._server_back
        if back:
            self.server_back.emit()
        return back

    @property
    def waiting_for_server(self) -> bool:
        return self._waiting is not None

    def try_server_now(self) -> None:
        """Ask the server again at once (the bar's Try now)."""
        loop = self._waiting
        if loop is not None and self.plan.reachable():
            self._server_back = True
            loop.quit()

    def stop_waiting(self) -> None:
        """Give up the waiting step (the bar's Stop waiting): it is not saved."""
        loop = self._waiting
        if loop is not None:
            self._server_back = False
            loop.quit()

    def call(self, service: Callable[[], tuple[R, Changes]]) -> R | None:
        """Run one service call; announce its changes, or its error (and return ``None``)."""
        outcome = self.attempt(service)
        if isinstance(outcome, Refused):
            if outcome.reason:
                self.failed.emit(outcome.reason)
            return None
        return outcome

    def attempt(self, service: Callable[[], tuple[R, Changes]]) -> R | Refused:
        """Run one service call; announce its changes, or return why it was refused."""
        try:
            outcome = self._run(service)
        except PlannerError as error:
            return Refused.because(error)
        if isinstance(outcome, Changes):
            self.announce(outcome)
            return Refused("", settled=True, saved=True)
        result, changes = outcome
        self.announce(changes)
        return result

    def record(
        self, text: str | Callable[[R], str], service: Callable[[], tuple[R, Changes]]
    ) -> R | None:
        """Run one service call as a step Edit > Undo can take back (named ``text``, or
        what ``text`` makes of the result); ``None`` when it was refused."""
        outcome = self.attempt_recorded(text, service)
        if isinstance(outcome, Refused):
            if outcome.reason:
                self.failed.emit(outcome.reason)
            return None
        return outcome

    def attempt_recorded(
        self, text: str | Callable[[R], str], service: Callable[[], tuple[R, Changes]]
    ) -> R | Refused:
        """As :meth:`record`, but a refusal is returned rather than announced."""
        try:
            outcome = self._run(service)
        except PlannerError as error:
            return Refused.because(error)
        if isinstance(outcome, Changes):  # saved just as the line broke: not again
            self.announce(outcome)
            self.undo_stack.push(RecordedStep(self, text if isinstance(text, str) else "", outcome))
            return Refused("", settled=True, saved=True)
        result, changes = outcome
        self.announce(changes)
        if changes:
            name = text if isinstance(text, str) else text(result)
            self.undo_stack.push(RecordedStep(self, name, changes))
        return result

    def save(
        self, text: str, value: V, service: Callable[[V], tuple[R, Changes]], what: str
    ) -> R | Refused:
        """Save ``value`` (as read at its version) as an undoable step.

        When someone else changed the record in between, the person sees what they changed
        and chooses: use theirs (nothing of theirs is lost; a ``Refused`` that is
        ``settled``), put mine on top (saved over theirs), or go back to editing (a
        ``Refused`` with no reason to show).
        """
        outcome = self.attempt_recorded(text, lambda: service(value))
        version = getattr(value, "version", None)
        row = getattr(value, "id", None)
        if not (isinstance(outcome, Refused) and outcome.conflict) or row is None:
            return outcome
        try:
            conflict = conflicts.what_changed(self.plan, conflicts.kind_of(value), row, version)
        except PlannerError:
            return outcome
        from planner.ui.dialogs.conflict import Choice  # with the first conflict

        choice = self.resolve(conflict, conflicts.values_of(value), what)
        if choice is Choice.MINE and not conflict.removed:
            on_top = dataclasses.replace(value, version=conflict.version)  # type: ignore[type-var]
            return self.attempt_recorded(text, lambda: service(on_top))
        if choice is Choice.THEIRS:
            return Refused(
                translate("Operations", "Their values were kept; yours were not saved."), True, True
            )
        return Refused("", True)

    def save_edit(
        self,
        text: str,
        value: V,
        service: Callable[[V], tuple[tuple[Any, V], Changes]],
        what: str,
        current: Callable[[], V | None],
    ) -> V | None:
        """:meth:`save` for an edit form: the value as stored (or, when the person kept
        someone else's values, as they stored it, read by ``current``); ``None`` when it
        was refused (announced) or the person went back to editing (nothing to say)."""
        outcome = settled(self.save(text, value, service, what), current)
        if not isinstance(outcome, Refused):
            return outcome
        if outcome.reason:
            self.failed.emit(outcome.reason)
        return None

    def resolve(self, conflict: Conflict, mine: dict[str, Any], what: str) -> Choice:
        """Ask the person whose values to keep (a modal dialog over the window)."""
        from planner.ui.dialogs import conflict as conflict_dialog

        parent = self.parent()
        return conflict_dialog.ask(
            conflict, mine, what, parent if isinstance(parent, QWidget) else None
        )

    def announce(self, changes: Changes) -> None:
        """Tell the window what changed, and remember the versions it left rows at."""
        for change in changes.records:
            self._versions[(change.kind, change.row)] = change.new_version
        if changes:
            self.saved.emit(changes)
            self.plan_changed.emit(changes)

    @Slot(object)
    def changed_elsewhere(self, changes: Changes) -> None:
        """Tell the window what someone else saved. Their versions are not this window's:
        an undo step over one of their rows is refused."""
        if changes:
            self.elsewhere.emit(changes)
            self.plan_changed.emit(changes)

    def put_back(self, changes: Changes) -> Changes | None:
        """Reverse recorded changes (undo or redo); ``None`` when refused, with the reason
        announced."""
        try:
            done = retrying(lambda: undo.put_back(self.plan, changes, self._versions))
        except PlannerError as error:
            self.failed.emit(say(error.message))
            return None
        self.announce(done)
        return done

    def add_question(self, text: str) -> Question | None:
        """Note a question for the doctor, undoably; ``None`` when it was refused."""
        return self.record(
            translate("Operations", "Add question"), lambda: questions.add_question(self.plan, text)
        )

    def add_appointment(self, appointment: Appointment) -> Appointment | None:
        """Add an appointment, undoably; ``None`` when it was refused."""
        return self.record(
            lambda added: translate("Operations", "Add {title}").format(title=added.title),
            lambda: appointments.add_appointment(self.plan, appointment),
        )

    def update_appointment(self, appointment: Appointment) -> Appointment | None:
        """Save the appointment as edited from the version the user saw, undoably.

        When someone else changed it meanwhile, the person chooses whose values to keep.
        Returns it as stored; ``None`` when it was refused (a bad value, or the person
        went back to editing).
        """
        assert appointment.id is not None
        appointment_id = appointment.id
        return self.save_edit(
            translate("Operations", "Edit {title}").format(title=appointment.title),
            appointment,
            lambda value: appointments.update_appointment(
                self.plan, value, expected_version=value.version
            ),
            translate("Operations", "appointment"),
            lambda: appointments.appointments_by_id(self.plan, [appointment_id]).get(
                appointment_id
            ),
        )

    def delete_appointment(self, appointment: Appointment) -> bool:
        """Delete the appointment the user saw (with its ride legs), undoably."""
        assert appointment.id is not None
        appointment_id = appointment.id
        removed = self.record(
            translate("Operations", "Delete {title}").format(title=appointment.title),
            lambda: appointments.delete_appointment(
                self.plan, appointment_id, expected_version=appointment.version
            ),
        )
        return removed is not None


@dataclass(frozen=True)
class Refused:
    """Why a service call changed nothing (a sentence for the user)."""

    reason: str
    conflict: bool = False
    """Someone else changed the record first."""
    settled: bool = False
    """The person chose to keep the other person's values (nothing more to do)."""
    saved: bool = False
    """It was saved after all, just as the line to a shared plan's server broke; what it
    saved was announced (read the record again rather than saving it twice)."""

    @classmethod
    def because(cls, error: PlannerError) -> Refused:
        return cls(say(error.message), isinstance(error, ConflictError))


def settled(
    outcome: tuple[Any, V] | Refused, current: Callable[[], V | None]
) -> V | Refused | None:
    """What an edit form shows after :meth:`Operations.save`: the value as stored, or as
    someone else stored it when the person kept theirs, or why nothing was saved."""
    if not isinstance(outcome, Refused):
        return outcome[1]
    if outcome.settled:
        try:
            return current()
        except PlannerError as error:
            return Refused(say(error.message))
    return outcome


class RecordedStep(QUndoCommand):
    """A step pushed onto the undo stack after its change was made (by a service call).

    Undo puts back the rows the change log recorded for it; redo puts back the rows the
    undo recorded. A step refused because someone else changed a row meanwhile is dropped
    from the stack (the window says why).
    """

    def __init__(self, operations: Operations, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._operations = operations
        self._changes = changes
        self._first_redo_pending = True

    def redo(self) -> None:
        if self._first_redo_pending:  # Qt calls redo() on push; the change is made already
            self._first_redo_pending = False
            return
        self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        done = self._operations.put_back(self._changes)
        if done is None:
            self.setObsolete(True)
        else:
            self._changes = done
