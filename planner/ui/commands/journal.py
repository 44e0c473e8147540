"""Undoable Journal changes: entries and questions added, edited or removed, and a learned
number of hard days accepted. :class:`JournalActions` runs them for the Journal page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from planner.domain.errors import PlannerError
from planner.domain.learning import Proposal
from planner.domain.model import JournalEntry, Question
from planner.services import journal, questions
from planner.services.changes import Changes
from planner.services.journal import Noted
from planner.services.plan import Plan
from planner.ui.commands.base import AppliedCommand, EditCommand, PresenceCommand
from planner.ui.labels import tr
from planner.ui.operations import Operations

V = TypeVar("V", bound=JournalEntry | Question)
R = TypeVar("R")

Remove = Callable[[Plan, int], tuple[V, Changes]]
Restore = Callable[[Plan, V], tuple[V, Changes]]
Store = Callable[[Plan, V], tuple[tuple[V, V], Changes]]


class Presence(PresenceCommand[V]):
    """An entry or question was added or removed; undo and redo take it away or put it
    back (under its old id where that is still free)."""

    def __init__(
        self,
        operations: Operations,
        text: str,
        value: V,
        *,
        added: bool,
        remove: Remove[V],
        restore: Restore[V],
    ) -> None:
        super().__init__(text, value, added=added)
        self._operations = operations
        self._remove: Remove[V] = remove
        self._restore: Restore[V] = restore

    def remove(self, state: V) -> V | None:
        plan = self._operations.plan
        assert state.id is not None
        value_id = state.id
        return self._operations.call(lambda: self._remove(plan, value_id))

    def put_back(self, state: V) -> V | None:
        plan = self._operations.plan
        return self._operations.call(lambda: self._restore(plan, state))


class Edit(EditCommand[V]):
    """An entry or question was edited; undo stores the earlier values, redo the later."""

    def __init__(
        self, operations: Operations, text: str, before: V, after: V, store: Store[V]
    ) -> None:
        super().__init__(text, before, after)
        self._operations = operations
        self._store: Store[V] = store

    def store(self, values: V) -> bool:
        plan = self._operations.plan
        return self._operations.call(lambda: self._store(plan, values)) is not None


class AcceptHardDays(AppliedCommand):
    """The user accepted a learned number of hard days; undo sets the kind's number back."""

    def __init__(self, operations: Operations, proposal: Proposal, before: int) -> None:
        super().__init__(
            tr("Use {days} hard days after {kind}").format(
                days=proposal.recovery_days, kind=proposal.kind.label
            )
        )
        self._operations = operations
        self._proposal = proposal
        self._before = before

    def forward(self) -> None:
        self._set(self._proposal.recovery_days)

    def back(self) -> None:
        self._set(self._before)

    def _set(self, days: int) -> None:
        plan, proposal = self._operations.plan, self._proposal
        if (
            self._operations.call(lambda: journal.set_recovery_default(plan, proposal, days))
            is None
        ):
            self.setObsolete(True)


class JournalActions:
    """The Journal page's changes, each one undoable. A refused change returns its reason
    (for the form to show next to the fields) and changes nothing."""

    def __init__(self, operations: Operations, now: Callable[[], dt.datetime]) -> None:
        self.operations = operations
        self.now = now

    @property
    def plan(self) -> Plan:
        return self.operations.plan

    def attempt(self, service: Callable[[], tuple[R, Changes]]) -> R | str:
        """Run one service call; its result, or the reason it was refused."""
        try:
            result, changes = service()
        except PlannerError as error:
            return str(error)
        if changes:
            self.operations.plan_changed.emit(changes)
        return result

    def _push(self, command: QUndoCommand) -> None:
        self.operations.undo_stack.push(command)

    # -- entries -------------------------------------------------------------------------
    def note(self, entry: JournalEntry) -> Noted | str:
        noted = self.attempt(lambda: journal.add_entry(self.plan, entry, self.now()))
        if isinstance(noted, Noted):
            self._push(self._entry_presence(tr("Note journal entry"), noted.entry, added=True))
        return noted

    def edit_entry(self, entry: JournalEntry) -> JournalEntry | str:
        change = self.attempt(lambda: journal.update_entry(self.plan, entry, self.now()))
        if isinstance(change, str):
            return change
        before, after = change
        if before != after:
            self._push(Edit(self.operations, tr("Edit journal entry"), before, after, self._store))
        return after

    def _store(
        self, plan: Plan, entry: JournalEntry
    ) -> tuple[tuple[JournalEntry, JournalEntry], Changes]:
        return journal.update_entry(plan, entry, self.now())

    def remove_entry(self, entry: JournalEntry) -> bool:
        assert entry.id is not None
        entry_id = entry.id
        gone = self.operations.call(lambda: journal.remove_entry(self.plan, entry_id))
        if gone is not None:
            self._push(self._entry_presence(tr("Delete journal entry"), gone, added=False))
        return gone is not None

    def _entry_presence(self, text: str, entry: JournalEntry, *, added: bool) -> QUndoCommand:
        return Presence(
            self.operations,
            text,
            entry,
            added=added,
            remove=journal.remove_entry,
            restore=journal.restore_entry,
        )

    # -- questions -----------------------------------------------------------------------
    def add_question(
        self, text: str, appointment_id: int | None, clinician: str = ""
    ) -> Question | str:
        today = self.now().date()
        added = self.attempt(
            lambda: questions.add_question(
                self.plan, text, today=today, appointment_id=appointment_id, clinician=clinician
            )
        )
        if isinstance(added, Question):
            self._push(self._question_presence(tr("Add question"), added, added=True))
        return added

    def edit_question(self, question: Question) -> Question | str:
        change = self.attempt(lambda: questions.edit_question(self.plan, question))
        if isinstance(change, str):
            return change
        before, after = change
        if before != after:
            text = (
                tr("Answer question") if after.answer and not before.answer else tr("Edit question")
            )
            self._push(Edit(self.operations, text, before, after, questions.edit_question))
        return after

    def remove_question(self, question: Question) -> bool:
        assert question.id is not None
        question_id = question.id
        gone = self.operations.call(lambda: questions.remove_question(self.plan, question_id))
        if gone is not None:
            self._push(self._question_presence(tr("Delete question"), gone, added=False))
        return gone is not None

    def _question_presence(self, text: str, question: Question, *, added: bool) -> QUndoCommand:
        return Presence(
            self.operations,
            text,
            question,
            added=added,
            remove=questions.remove_question,
            restore=questions.restore_question,
        )

    # -- learned hard days ---------------------------------------------------------------
    def accept(self, proposal: Proposal) -> bool:
        change = self.operations.call(lambda: journal.accept_proposal(self.plan, proposal))
        if change is not None:
            self._push(AcceptHardDays(self.operations, proposal, change[0]))
        return change is not None
