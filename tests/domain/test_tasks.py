"""Help tasks: checks, repeating occurrences, their gaps and the hard-day proposals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.areas import find_gaps
from planner.domain.enums import Capability, TaskCategory, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.model import (
    Availability,
    FreezerMeal,
    Helper,
    HelpTask,
    PlanWindow,
    PortionsTaken,
)
from planner.domain.tasks import (
    TASK_HELPER_UNAVAILABLE,
    TASK_OPEN_ON_HARD_DAY,
    check_task,
    occurrences,
    propose_tasks,
)
from tests.helpers.builders import MONDAY, appointment, at

FRIDAY = MONDAY + dt.timedelta(days=4)
COOK = Helper(
    "Cora", phone="112", capabilities=frozenset({Capability.COOK, Capability.COMPANY}), id=1
)
RUNNER = Helper("Rui", phone="113", capabilities=frozenset({Capability.ERRANDS}), id=2)


def cleaning(**changes: object) -> HelpTask:
    values: dict[str, object] = {
        "category": TaskCategory.CLEANING,
        "title": "Cleaning",
        "start": at(FRIDAY, 10),
        "end": at(FRIDAY, 12),
        "recurrence": "FREQ=WEEKLY;BYDAY=FR",
        "id": 9,
    }
    values.update(changes)
    return HelpTask(**values)  # type: ignore[arg-type]


def test_a_task_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"ends .* before it starts"):
        check_task(cleaning(recurrence="", end=at(FRIDAY, 9)))


def test_an_unreadable_repeat_rule_is_refused() -> None:
    with pytest.raises(InvalidInput, match="only daily, weekly, monthly or yearly"):
        check_task(cleaning(recurrence="FREQ=SOMETIMES"))


def test_cleaning_every_friday_appears_on_each_friday_of_the_window() -> None:
    found = occurrences([cleaning()], MONDAY + dt.timedelta(days=7), MONDAY + dt.timedelta(days=27))
    assert [t.start for t in found] == [
        at(FRIDAY + dt.timedelta(days=7 * n), 10) for n in (1, 2, 3)
    ]
    assert {t.id for t in found} == {9}


@given(st.integers(0, 400), st.integers(0, 60))
def test_occurrences_stay_inside_the_window_and_are_bounded(offset: int, span: int) -> None:
    first = MONDAY + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=span)
    daily = cleaning(recurrence="FREQ=DAILY")
    found = occurrences([daily], first, last)
    assert len(found) <= 500
    for task in found:
        assert task.end > dt.datetime.combine(first, dt.time.min)
        assert task.start.date() <= last
    if offset >= 4:
        assert len(found) == span + 1


def window(*tasks: HelpTask, **parts: object) -> PlanWindow:
    chemo = appointment(MONDAY, id=1)  # hard days Tuesday to Thursday
    values: dict[str, object] = {"appointments": (chemo,), "helpers": (COOK, RUNNER)}
    values.update(parts)
    return PlanWindow(
        MONDAY,
        MONDAY + dt.timedelta(days=6),
        tasks=tasks,
        today=MONDAY,
        **values,  # type: ignore[arg-type]
    )


def test_an_open_task_on_a_hard_day_is_a_gap_and_a_claimed_one_is_not() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    meal = HelpTask(TaskCategory.MEALS, "Soup", at(tuesday, 17), at(tuesday, 18), id=4)
    gaps = [g for g in find_gaps(window(meal)) if g.kind == TASK_OPEN_ON_HARD_DAY]
    assert [(g.date, g.fix.record_id) for g in gaps] == [(tuesday, 4)]
    claimed = HelpTask(
        TaskCategory.MEALS,
        "Soup",
        at(tuesday, 17),
        at(tuesday, 18),
        1,
        status=TaskStatus.CLAIMED,
        id=4,
    )
    assert not [g for g in find_gaps(window(claimed)) if g.kind == TASK_OPEN_ON_HARD_DAY]


def test_a_task_given_to_someone_not_free_then_is_a_gap() -> None:
    mornings = Helper(
        "Mo", phone="114", availability=(Availability(4, dt.time(8), dt.time(12)),), id=3
    )
    late = cleaning(recurrence="", helper_id=3, start=at(FRIDAY, 14), end=at(FRIDAY, 15))
    early = cleaning(recurrence="", helper_id=3, id=10)
    gaps = find_gaps(window(late, early, helpers=(mornings,)))
    unavailable = [g for g in gaps if g.kind == TASK_HELPER_UNAVAILABLE]
    assert [g.fix.record_id for g in unavailable] == [9]
    assert "Mo is not usually free" in str(unavailable[0].message)


def test_fill_the_hard_days_proposes_company_meals_and_one_errand_run() -> None:
    chemo = appointment(MONDAY, id=1, companion_wanted=True)
    proposals = propose_tasks(window(appointments=(chemo,)))
    kinds = [(p.task.category, p.task.start.date()) for p in proposals]
    hard = [MONDAY + dt.timedelta(days=n) for n in (1, 2, 3)]
    assert (TaskCategory.COMPANY, MONDAY) in kinds  # during the appointment itself
    assert [d for c, d in kinds if c is TaskCategory.MEALS] == hard
    assert [d for c, d in kinds if c is TaskCategory.COMPANY] == [MONDAY, *hard]
    assert [d for c, d in kinds if c is TaskCategory.ERRANDS] == hard[:1]
    errand = next(p for p in proposals if p.task.category is TaskCategory.ERRANDS)
    assert errand.task.helper_id == RUNNER.id  # the one who runs errands
    assert all(p.reason for p in proposals)


def test_days_the_freezer_or_a_task_covers_get_no_meal_proposal() -> None:
    tuesday, wednesday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
    meal = HelpTask(TaskCategory.MEALS, "Soup", at(tuesday, 17), at(tuesday, 18), id=4)
    thawed = PortionsTaken(1, 2, at(tuesday, 8), wednesday, id=1)
    proposals = propose_tasks(window(meal, portions_taken=(thawed,)))
    meals = [p.task.start.date() for p in proposals if p.task.category is TaskCategory.MEALS]
    assert meals == [MONDAY + dt.timedelta(days=3)]
    stew = FreezerMeal(
        "Stew", 4, MONDAY - dt.timedelta(days=9), MONDAY + dt.timedelta(days=60), id=2
    )
    stocked = propose_tasks(window(meal, portions_taken=(thawed,), meals=(stew,)))
    assert not [p for p in stocked if p.task.category is TaskCategory.MEALS]


def test_nothing_is_proposed_for_days_already_past() -> None:
    late = PlanWindow(
        MONDAY,
        MONDAY + dt.timedelta(days=6),
        appointments=(appointment(MONDAY, id=1),),
        today=MONDAY + dt.timedelta(days=5),
    )
    assert propose_tasks(late) == []
