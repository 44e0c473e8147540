"""Questions for the doctor: noted for a visit, answered later, carried to the next visit
while open."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.errors import InvalidInput
from planner.domain.journal import next_appointment
from planner.domain.messages import translate
from planner.domain.model import Question
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import rows

LONGEST_QUESTION = 2000
LONGEST_ANSWER = 4000
AHEAD = dt.timedelta(days=365)


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput(
            translate("Errors", "Write the question first; an empty question was not saved.")
        )
    if len(text) > LONGEST_QUESTION:
        raise InvalidInput(
            translate(
                "Errors",
                "A question can have at most {longest_question} characters; this one has "
                "{text_length}. Nothing was saved.",
            ).format(longest_question=LONGEST_QUESTION, text_length=len(text))
        )
    return text


def add_question(
    plan: Plan,
    text: str,
    *,
    today: dt.date | None = None,
    appointment_id: int | None = None,
    clinician: str = "",
) -> tuple[Question, Changes]:
    """Note a question for the doctor; an empty or overlong question is refused.

    Without an appointment it is for the next visit (with ``clinician`` if one is named and
    coming), or for none while nothing is planned.
    """
    text = _text(text)
    today = today or plan.clock.today()
    with plan.unit_of_work() as work:
        if appointment_id is None:
            start = dt.datetime.combine(today, dt.time.min)
            coming = work.store.appointments(today, today + AHEAD)
            visit = next_appointment(coming, start, clinician)
            appointment_id = visit.id if visit is not None else None
        else:
            work.store.appointment(appointment_id)  # still there?
        question = rows.save(work.store.session, Question(text, today, appointment_id))
        work.commit()
    return question, work.changes


def edit_question(plan: Plan, question: Question) -> tuple[tuple[Question, Question], Changes]:
    """Store the question as edited (its text, its visit, its answer); returns it before and
    after. An answer needs the day it was given.

    A question carrying the version it was read at is refused with a ConflictError when
    someone else changed it since (a recorded answer is never wiped by a text edit).
    """
    assert question.id is not None
    text = _text(question.text)
    answer = question.answer.strip()
    if len(answer) > LONGEST_ANSWER:
        raise InvalidInput(
            translate("Errors", "An answer can have at most {longest_answer} characters.").format(
                longest_answer=LONGEST_ANSWER
            )
        )
    answered_on = question.answered_on if answer else None
    if answer and answered_on is None:
        raise InvalidInput(translate("Errors", "Give the day the answer was given."))
    edited = replace(question, text=text, answer=answer, answered_on=answered_on)
    with plan.unit_of_work() as work:
        if edited.appointment_id is not None:
            work.store.appointment(edited.appointment_id)
        before = rows.read(work.store.session, Question, question.id)
        after = rows.save(work.store.session, edited)
        work.commit()
    return (before, after), work.changes


def question(plan: Plan, question_id: int) -> Question:
    """One question as stored now."""
    with plan.unit_of_work() as work:
        return rows.read(work.store.session, Question, question_id)


def answer_question(
    plan: Plan, question_id: int, answer: str, today: dt.date
) -> tuple[tuple[Question, Question], Changes]:
    """Note the answer the doctor gave; an empty answer is refused."""
    if not answer.strip():
        raise InvalidInput(
            translate("Errors", "Write the answer first; an empty answer was not saved.")
        )
    with plan.unit_of_work() as work:
        question = rows.read(work.store.session, Question, question_id)
    return edit_question(plan, replace(question, answer=answer, answered_on=today))


def remove_question(plan: Plan, question_id: int) -> tuple[Question, Changes]:
    """Take a question off the list (e.g. to undo adding it); returns it as it was."""
    with plan.unit_of_work() as work:
        gone = rows.remove(work.store.session, Question, question_id)
        work.commit()
    return gone, work.changes
