"""Two people editing one record from the copies they each read: the second save is refused,
never silently written over the first. On a SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.changes import Action, Kind
from planner.domain.enums import JournalKind
from planner.domain.model import JournalEntry
from planner.services import journal, lists, questions
from planner.services.plan import ConflictError, Plan
from planner.services.undo import put_back
from tests.conftest import TODAY

NOW = dt.datetime.combine(TODAY, dt.time(10))


def test_a_caregivers_note_is_not_lost_to_an_edit_from_an_older_copy(
    two_plans: tuple[Plan, Plan],
) -> None:
    ana, tom = two_plans
    noted, _ = journal.add_entry(ana, JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Nausea", 4), NOW)
    (seen_by_tom,) = lists.journal(tom)

    journal.update_entry(ana, dataclasses.replace(noted.entry, note="Ate a little soup"), NOW)
    with pytest.raises(ConflictError):
        journal.update_entry(tom, dataclasses.replace(seen_by_tom, severity=6), NOW)

    (stored,) = lists.journal(tom)
    assert (stored.note, stored.severity) == ("Ate a little soup", 4)


def test_a_recorded_answer_is_not_wiped_by_a_text_edit_from_an_older_copy(
    two_plans: tuple[Plan, Plan],
) -> None:
    ana, tom = two_plans
    asked, _ = questions.add_question(ana, "How much ibuprofen may I take?", today=TODAY)
    assert asked.id is not None
    (seen_by_tom,) = lists.questions(tom)

    (_, answered), changes = questions.answer_question(ana, asked.id, "Yes, max 400 mg", TODAY)
    (change,) = changes.records
    assert change.fields["answer"] == ("", "Yes, max 400 mg")
    with pytest.raises(ConflictError):
        questions.edit_question(tom, dataclasses.replace(seen_by_tom, text="Ibuprofen: how much?"))

    (stored,) = lists.questions(tom)
    assert (stored.text, stored.answer) == ("How much ibuprofen may I take?", "Yes, max 400 mg")
    assert stored.version == answered.version


def test_undo_after_someone_elses_change_is_refused_and_keeps_both(
    two_plans: tuple[Plan, Plan],
) -> None:
    ana, tom = two_plans
    _, added = journal.add_entry(
        ana, JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Tiredness", 5), NOW
    )
    (seen_by_tom,) = lists.journal(tom)
    journal.update_entry(tom, dataclasses.replace(seen_by_tom, note="Slept all afternoon"), NOW)

    with pytest.raises(ConflictError):
        put_back(ana, added)  # Ana's undo would delete what Tom has just written to

    (stored,) = lists.journal(ana)
    assert stored.note == "Slept all afternoon"


def test_every_row_of_an_action_is_recorded_with_its_fields(
    two_plans: tuple[Plan, Plan],
) -> None:
    ana, _ = two_plans
    noted, added = journal.add_entry(
        ana, JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Tingling fingers", 3), NOW
    )
    entry = next(c for c in added.records if c.kind is Kind.JOURNAL_ENTRY)
    assert (entry.action, entry.row, entry.new_version) == (Action.INSERT, noted.entry.id, 1)
    assert entry.fields["symptom"] == (None, "Tingling fingers")
    # a new symptom joins the plan's list in the same action, recorded with it
    assert Kind.SETTING in added.kinds
    assert entry.at == NOW and entry.who
