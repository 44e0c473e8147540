from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.orm.exc import StaleDataError

from planner.domain import model
from planner.domain.enums import (
    AppointmentKind,
    Capability,
    ContactRole,
    JournalKind,
    LegDirection,
    LegStatus,
    TaskCategory,
)
from planner.store.plan_store import LOOKBACK, FirstSteps, PlanStore, RecordMissing
from tests.helpers.builders import MONDAY, appointment, at, leg

DAY = dt.timedelta(days=1)
SUNDAY = MONDAY + 6 * DAY


def add_visit(store: PlanStore, day: dt.date, hour: int = 9, **changes: object) -> int:
    value = appointment(day, id=None, hour=hour, **changes)  # type: ignore[arg-type]
    visit_id = store.add(value)
    saved = model.Appointment(**{**value.__dict__, "id": visit_id})
    store.add_all([leg(saved, LegDirection.THERE, id=None), leg(saved, LegDirection.BACK, id=None)])
    return visit_id


def test_add_returns_ids_in_order(store: PlanStore) -> None:
    ids = store.add_all([model.Helper("Ana"), model.Helper("Ben"), model.Helper("Cleo")])

    assert ids == sorted(ids) and len(set(ids)) == 3
    assert [(h.id, h.name) for h in store.helpers()] == list(
        zip(ids, ["Ana", "Ben", "Cleo"], strict=True)
    )


def test_an_unknown_type_cannot_be_added(store: PlanStore) -> None:
    with pytest.raises(KeyError):
        store.add("not a plan value")


def test_window_holds_the_lookback_for_hard_days_and_legs_only_in_range(store: PlanStore) -> None:
    too_old = add_visit(store, MONDAY - LOOKBACK - DAY, recovery_days=60)
    lookback = add_visit(store, MONDAY - LOOKBACK, recovery_days=60)
    over = add_visit(store, MONDAY - 8 * DAY)  # three hard days, long past
    surgery = add_visit(store, MONDAY - 7 * DAY, kind=AppointmentKind.SURGERY)  # seven
    last_week = add_visit(store, MONDAY - 3 * DAY)
    first = add_visit(store, MONDAY, hour=0)
    last = add_visit(store, SUNDAY, hour=23)
    next_week = add_visit(store, SUNDAY + DAY, hour=0)

    window = store.reader().window(MONDAY, SUNDAY, MONDAY)

    assert [a.id for a in window.appointments] == [lookback, surgery, last_week, first, last]
    assert over not in {a.id for a in window.appointments}
    assert sorted({leg.appointment_id for leg in window.legs}) == [first, last]
    assert len(window.legs) == 4
    assert too_old not in {a.id for a in window.appointments}
    assert next_week not in {a.id for a in window.appointments}
    assert (window.first_day, window.last_day, window.today) == (MONDAY, SUNDAY, MONDAY)


def test_window_holds_what_touches_its_days(store: PlanStore) -> None:
    helper_id = store.add(model.Helper("Ana"))
    meal_id = store.add(model.FreezerMeal("Soup", 4, MONDAY - 9 * DAY, MONDAY + 80 * DAY))
    store.add_all(
        [
            model.PortionsTaken(meal_id, 1, at(MONDAY), MONDAY - DAY),
            model.PortionsTaken(meal_id, 2, at(MONDAY), MONDAY + DAY),
            model.PortionsTaken(meal_id, 1, at(MONDAY), SUNDAY + DAY),
        ]
    )
    store.add_all(
        [
            model.HelpTask(
                TaskCategory.COMPANY, "Overnight", at(MONDAY - DAY, 20), at(MONDAY, 8), helper_id
            ),
            model.HelpTask(TaskCategory.MEALS, "Dinner", at(SUNDAY, 17), at(SUNDAY, 18)),
            model.HelpTask(
                TaskCategory.ERRANDS, "Too late", at(SUNDAY + DAY, 0), at(SUNDAY + DAY, 1)
            ),
            model.HelpTask(
                TaskCategory.ERRANDS, "Too early", at(MONDAY - DAY, 9), at(MONDAY - DAY, 10)
            ),
        ]
    )
    store.add_all(
        [
            model.JournalEntry(JournalKind.MOOD, at(MONDAY - DAY, 23), mood=5),
            model.JournalEntry(JournalKind.MOOD, at(MONDAY, 0), mood=6),
            model.JournalEntry(JournalKind.MOOD, at(SUNDAY, 23, 59), mood=7),
        ]
    )

    window = store.reader().window(MONDAY, SUNDAY, MONDAY)

    assert [p.portions for p in window.portions_taken] == [2]
    assert [t.title for t in window.tasks] == ["Overnight", "Dinner"]
    assert [j.mood for j in window.journal] == [7, 6]  # newest first
    assert [m.id for m in window.meals] == [meal_id]
    assert [h.id for h in window.helpers] == [helper_id]


def test_appointments_and_legs_between_dates(store: PlanStore) -> None:
    monday = add_visit(store, MONDAY)
    add_visit(store, MONDAY + 10 * DAY)

    assert [a.id for a in store.appointments(MONDAY, MONDAY)] == [monday]
    assert len(store.appointments()) == 2
    assert len(store.legs(MONDAY + DAY)) == 2
    assert {leg.appointment_id for leg in store.legs(None, MONDAY)} == {monday}


def test_set_leg_changes_status_driver_and_time(store: PlanStore) -> None:
    visit_id = add_visit(store, MONDAY)
    helper_id = store.add(model.Helper("Ana"))
    (leg_id, _) = [leg.id for leg in store.legs_for([visit_id])]
    assert leg_id is not None
    when = at(MONDAY - DAY, 12)

    asked = store.set_leg(leg_id, status=LegStatus.ASKED, driver_id=helper_id, at=when)
    same = store.set_leg(leg_id, status=LegStatus.ASKED, at=at(MONDAY, 8))
    cleared = store.set_leg(leg_id, clear_driver=True)

    assert (asked.status, asked.driver_id, asked.status_changed_at) == (
        LegStatus.ASKED,
        helper_id,
        when,
    )
    assert same.status_changed_at == when  # no change of status, no new time
    assert cleared.driver_id is None and cleared.status is LegStatus.ASKED
    assert store.leg(leg_id) == cleared


def test_a_leg_change_from_an_older_version_is_refused(store: PlanStore) -> None:
    visit_id = add_visit(store, MONDAY)
    (seen, _) = store.legs_for([visit_id])
    assert seen.id is not None
    asked = store.update_leg(replace(seen, status=LegStatus.ASKED))
    assert asked.version == (seen.version or 0) + 1

    with pytest.raises(StaleDataError):
        store.update_leg(replace(seen, status=LegStatus.CANCELLED))
    with pytest.raises(StaleDataError):
        store.set_leg(seen.id, status=LegStatus.CANCELLED, expected_version=seen.version)

    assert store.leg(seen.id) == asked
    confirmed = store.set_leg(seen.id, status=LegStatus.CONFIRMED, expected_version=asked.version)
    assert confirmed.status is LegStatus.CONFIRMED


def test_a_missing_leg_is_named(store: PlanStore) -> None:
    with pytest.raises(RecordMissing, match="ride leg 999"):
        store.leg(999)
    with pytest.raises(RecordMissing, match="ride leg 999"):
        store.set_leg(999, status=LegStatus.DONE)


def test_has_records_and_first_steps(store: PlanStore) -> None:
    assert not store.has_records()
    assert store.first_steps(MONDAY) == FirstSteps(False, False, False, False, False, False)

    store.add(model.Contact("Pharmacy", ContactRole.PHARMACY))
    assert store.has_records()

    store.add(appointment(MONDAY - DAY, id=None, kind=AppointmentKind.SCAN))
    assert not store.first_steps(MONDAY).appointments  # a past one is not the next one
    store.add(appointment(MONDAY, id=None, kind=AppointmentKind.SCAN))
    store.add(model.Helper("Ana", capabilities=frozenset({Capability.COOK})))
    assert store.first_steps(MONDAY) == FirstSteps(True, False, False, False, False, False)
    store.add(model.Helper("Ben", capabilities=frozenset({Capability.COOK, Capability.DRIVE})))
    assert store.first_steps(MONDAY).drivers


def test_lists_are_ordered_for_their_pages(store: PlanStore) -> None:
    store.add_all(
        [
            model.Contact("Zoe", ContactRole.CLINIC),
            model.Contact("Al", ContactRole.CLINIC),
            model.Contact("Bo", ContactRole.EMERGENCY),
        ]
    )
    store.add_all(
        [
            model.FreezerMeal("Later", 1, MONDAY, MONDAY + 9 * DAY),
            model.FreezerMeal("Sooner", 1, MONDAY, MONDAY + 2 * DAY),
        ]
    )
    store.add_all([model.Question("Second?", MONDAY), model.Question("First?", MONDAY - DAY)])

    assert [c.name for c in store.contacts()] == ["Al", "Zoe", "Bo"]
    assert [m.name for m in store.meals()] == ["Sooner", "Later"]
    assert [q.text for q in store.questions()] == ["First?", "Second?"]


def test_window_leaves_out_emptied_batches_but_those_its_days_took_from(store: PlanStore) -> None:
    in_stock = store.add(model.FreezerMeal("Soup", 4, MONDAY - 9 * DAY, MONDAY + 80 * DAY))
    emptied = store.add(model.FreezerMeal("Stew", 0, MONDAY - 90 * DAY, MONDAY + 9 * DAY))
    eaten_this_week = store.add(model.FreezerMeal("Dal", 0, MONDAY - 20 * DAY, MONDAY + 40 * DAY))
    store.add(model.PortionsTaken(eaten_this_week, 2, at(MONDAY), MONDAY + DAY))

    window = store.reader().window(MONDAY, SUNDAY, MONDAY)

    assert {m.id for m in window.meals} == {in_stock, eaten_this_week}
    assert {m.id for m in store.meals()} == {in_stock, emptied, eaten_this_week}
