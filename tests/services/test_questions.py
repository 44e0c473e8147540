from __future__ import annotations

import pytest

from planner.domain.changes import Kind
from planner.domain.errors import InvalidInput, PlannerError
from planner.services import lists
from planner.services.plan import Plan
from planner.services.questions import LONGEST_QUESTION, add_question, remove_question
from tests.conftest import TODAY


def questions(plan: Plan) -> list[str]:
    with plan.unit_of_work() as work:
        return [q.text for q in work.store.questions()]


def test_a_question_is_noted_for_the_doctor(plan: Plan) -> None:
    question, changes = add_question(
        plan, "  Will I need a driver after each session?  ", today=TODAY
    )

    assert question.id is not None
    assert (question.text, question.asked_on) == ("Will I need a driver after each session?", TODAY)
    assert changes.ids(Kind.QUESTION) == {question.id}
    assert questions(plan) == ["Will I need a driver after each session?"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty question"),
        ("   \n ", "empty question"),
        ("?" * (LONGEST_QUESTION + 1), "at most"),
    ],
)
def test_an_empty_or_overlong_question_is_refused(plan: Plan, text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        add_question(plan, text, today=TODAY)
    assert questions(plan) == []
    assert lists.journal(plan) == []


def test_a_question_can_be_taken_back(plan: Plan) -> None:
    kept, _ = add_question(plan, "What should we do if a fever starts?", today=TODAY)
    taken, _ = add_question(plan, "Is a trial right for me?", today=TODAY)
    assert taken.id is not None

    gone, changes = remove_question(plan, taken.id)

    assert gone == taken
    assert changes.removed(Kind.QUESTION) == {taken.id}
    assert questions(plan) == [kept.text]
    with pytest.raises(PlannerError, match="no longer in the plan"):
        remove_question(plan, taken.id)
