"""Questions for the doctor."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import Area
from planner.domain.errors import InvalidInput
from planner.domain.model import Question
from planner.services.changes import Changes
from planner.services.plan import Plan

LONGEST_QUESTION = 2000


def add_question(
    plan: Plan, text: str, *, today: dt.date | None = None
) -> tuple[Question, Changes]:
    """Note a question for the doctor; an empty or overlong question is refused."""
    text = text.strip()
    if not text:
        raise InvalidInput("Write the question first; an empty question was not saved.")
    if len(text) > LONGEST_QUESTION:
        raise InvalidInput(
            f"A question can have at most {LONGEST_QUESTION} characters; this one has "
            f"{len(text)}. Nothing was saved."
        )
    question = Question(text, today or dt.date.today())
    with plan.unit_of_work() as work:
        question_id = work.store.add(question)
        work.commit()
    return Question(question.text, question.asked_on, id=question_id), Changes.of(Area.JOURNAL)


def remove_question(plan: Plan, question_id: int) -> tuple[Question, Changes]:
    """Take a question off the list (e.g. to undo adding it); returns it as it was."""
    with plan.unit_of_work() as work:
        gone = work.store.delete_question(question_id)
        work.commit()
    return gone, Changes.of(Area.JOURNAL)
