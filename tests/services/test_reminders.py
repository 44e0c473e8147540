"""Reminders that fell due while nothing looked: between the last look and now."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment, FreezerMeal
from planner.domain.reminders import LOOK_BACK_DAYS
from planner.services.plan import Plan
from planner.services.reminders import reminders_due, reminders_due_since
from tests.conftest import NOW, TODAY
from tests.helpers.builders import MONDAY, at

YESTERDAY = TODAY - dt.timedelta(days=1)
LAST_LOOK = at(YESTERDAY, 12)


def fill(plan: Plan) -> None:
    """Chemotherapy on Monday (hard days Tuesday to Thursday, freezer meals for each), a
    scan this afternoon and a blood test that began this morning."""
    with plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.CHEMOTHERAPY, "Chemotherapy", at(MONDAY, 9)))
        work.store.add(Appointment(AppointmentKind.SCAN, "Scan", at(TODAY, 14)))
        work.store.add(Appointment(AppointmentKind.LAB_TEST, "Blood test", at(TODAY, 8)))
        work.store.add(
            FreezerMeal("Lentil soup", 20, TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(60))
        )
        work.commit()


def test_what_fell_due_since_the_last_look_and_is_still_of_use(plan: Plan) -> None:
    fill(plan)

    missed = reminders_due_since(plan, LAST_LOOK, NOW)

    # Due yesterday at 18:00: the scan this afternoon, and thawing for today (until noon).
    # Not the blood test (it has begun), nor thawing for Tuesday (due before the last look),
    # nor for Thursday (due this evening).
    assert [(str(r.title), r.due) for r in missed] == [
        ("Tomorrow: Scan", at(YESTERDAY, 18)),
        ("Thaw tonight: Lentil soup", at(YESTERDAY, 18)),
    ]
    # Today's look alone no longer sees the thawing that was due last evening.
    assert "Thaw tonight: Lentil soup" not in [str(r.title) for r in reminders_due(plan, NOW)]


def test_nothing_is_missed_when_the_last_look_is_now_or_later(plan: Plan) -> None:
    fill(plan)
    assert reminders_due_since(plan, NOW, NOW) == []
    assert reminders_due_since(plan, NOW + dt.timedelta(hours=1), NOW) == []


def test_a_long_absence_still_finds_what_is_of_use(plan: Plan) -> None:
    fill(plan)
    long_ago = NOW - dt.timedelta(days=10 * LOOK_BACK_DAYS)

    assert [str(r.title) for r in reminders_due_since(plan, long_ago, NOW)] == [
        "Tomorrow: Scan",
        "Thaw tonight: Lentil soup",
    ]
