from __future__ import annotations

import pytest

from planner.domain.enums import Area
from planner.domain.errors import InvalidInput
from planner.services import lists
from planner.services.plan import Plan
from planner.services.questions import LONGEST_QUESTION, add_question
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
    assert changes.concerns(Area.JOURNAL) and changes.concerns(Area.WEEK)
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
