"""Undoable Journal changes: entries and questions added, edited or removed, and a learned
number of hard days accepted. :class:`JournalActions` runs them for the Journal page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from planner.domain.learning import Proposal
from planner.domain.model import JournalEntry, Question
from planner.services import journal, questions
from planner.services.changes import Changes
from planner.services.journal import Noted
from planner.services.plan import Plan
from planner.ui.labels import translate
from planner.ui.operations import Operations, Refused, settled

V = TypeVar("V", bound=JournalEntry | Question)
R = TypeVar("R")


class JournalActions:
    """The Journal page's changes, each one undoable. A refused change returns its reason
    (for the form to show next to the fields) and changes nothing."""

    def __init__(self, operations: Operations, now: Callable[[], dt.datetime]) -> None:
        self.operations = operations
        self.now = now

    @property
    def plan(self) -> Plan:
        return self.operations.plan

    def attempt(self, text: str, service: Callable[[], tuple[R, Changes]]) -> R | str:
        """Run one service call as an undoable step; its result, or why it was refused."""
        outcome = self.operations.attempt_recorded(text, service)
        return outcome.reason if isinstance(outcome, Refused) else outcome

    # -- entries -------------------------------------------------------------------------
    def note(self, entry: JournalEntry) -> Noted | str:
        return self.attempt(
            translate("Journal", "Note journal entry"),
            lambda: journal.add_entry(self.plan, entry, self.now()),
        )

    def edit_entry(self, entry: JournalEntry) -> JournalEntry | str:
        """Save the entry as edited from the version the user saw (refused when someone
        else changed it meanwhile)."""
        assert entry.id is not None
        entry_id = entry.id
        outcome = self.operations.save(
            translate("Journal", "Edit journal entry"),
            entry,
            lambda value: journal.update_entry(self.plan, value, self.now()),
            translate("Journal", "journal entry"),
        )
        return _settled(outcome, lambda: journal.entry(self.plan, entry_id))

    def remove_entry(self, entry: JournalEntry) -> bool:
        assert entry.id is not None
        entry_id = entry.id
        removed = self.operations.record(
            translate("Journal", "Delete journal entry"),
            lambda: journal.remove_entry(self.plan, entry_id),
        )
        return removed is not None

    # -- questions -----------------------------------------------------------------------
    def add_question(
        self, text: str, appointment_id: int | None, clinician: str = ""
    ) -> Question | str:
        today = self.now().date()
        return self.attempt(
            translate("Journal", "Add question"),
            lambda: questions.add_question(
                self.plan, text, today=today, appointment_id=appointment_id, clinician=clinician
            ),
        )

    def edit_question(self, question: Question) -> Question | str:
        """Save the question as edited from the version the user saw (refused when someone
        else changed it meanwhile: a recorded answer is never wiped)."""
        assert question.id is not None
        question_id = question.id
        outcome = self.operations.save(
            translate("Journal", "Answer question")
            if question.answer
            else translate("Journal", "Edit question"),
            question,
            lambda value: questions.edit_question(self.plan, value),
            translate("Journal", "question"),
        )
        return _settled(outcome, lambda: questions.question(self.plan, question_id))

    def remove_question(self, question: Question) -> bool:
        assert question.id is not None
        question_id = question.id
        removed = self.operations.record(
            translate("Journal", "Delete question"),
            lambda: questions.remove_question(self.plan, question_id),
        )
        return removed is not None

    # -- learned hard days ---------------------------------------------------------------
    def accept(self, proposal: Proposal) -> bool:
        text = translate("Journal", "Use {days} hard days after {kind}").format(
            days=proposal.recovery_days, kind=proposal.kind.label
        )
        change = self.operations.record(text, lambda: journal.accept_proposal(self.plan, proposal))
        return change is not None


def _settled(outcome: tuple[V, V] | Refused, current: Callable[[], V]) -> V | str:
    """The value as stored after a save (or as someone else stored it, when the person
    kept theirs), or why nothing was saved (for the form to show)."""
    result = settled(outcome, current)
    if isinstance(result, Refused):
        return result.reason
    assert result is not None
    return result
