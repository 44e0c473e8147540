"""Adding, changing and deleting appointments on a real SQLite plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.changes import Action, Kind
from planner.domain.enums import AppointmentKind, LegStatus, TaskCategory
from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.model import Appointment, HelpTask, Question
from planner.services import lists, rides
from planner.services.appointments import (
    add_appointment,
    delete_appointment,
    update_appointment,
)
from planner.services.plan import ConflictError, Plan
from planner.services.undo import put_back
from planner.services.week import week
from tests.conftest import TODAY, TREATMENT

SCAN = Appointment(
    AppointmentKind.SCAN,
    "  CT scan  ",
    dt.datetime.combine(TODAY, dt.time(14)),
    dt.timedelta(minutes=30),
    location="Imaging, level 2",
)


def everything(plan: Plan) -> tuple[object, ...]:
    with plan.unit_of_work() as work:
        return (
            work.store.appointments(),
            work.store.legs(),
            work.store.tasks(),
            work.store.questions(),
        )


def treatment_chemo(plan: Plan) -> Appointment:
    """The demo's next chemotherapy (on TREATMENT, the first clinic day after today)."""
    return next(
        a
        for a in lists.appointments(plan)
        if a.start.date() == TREATMENT and a.kind is AppointmentKind.CHEMOTHERAPY
    )


def test_an_added_appointment_is_stored_and_shows_in_the_week(plan: Plan) -> None:
    added, changes = add_appointment(plan, SCAN, today=TODAY)

    assert added.id is not None and added.version == 1
    assert added == dataclasses.replace(SCAN, title="CT scan", id=added.id, version=1)
    assert lists.appointments(plan) == [added]
    (change,) = changes.records
    assert (change.kind, change.row, change.action) == (Kind.APPOINTMENT, added.id, Action.INSERT)
    assert change.fields["title"] == (None, "CT scan") and change.new_version == 1
    titles = [item.title for day in week(plan, TODAY, today=TODAY).days for item in day.items]
    assert "CT scan" in titles


def test_an_update_returns_before_and_after(plan: Plan) -> None:
    added, _ = add_appointment(plan, SCAN, today=TODAY)

    (before, after), changes = update_appointment(
        plan,
        dataclasses.replace(added, title="PET scan", recovery_days=2),
        expected_version=added.version,
        today=TODAY,
    )

    assert before == added
    assert (after.title, after.recovery_days, after.version) == ("PET scan", 2, 2)
    assert lists.appointments(plan) == [after]
    (change,) = changes.records
    assert change.fields["title"] == ("CT scan", "PET scan")
    assert (change.old_version, change.new_version) == (1, 2)


def test_an_update_from_a_stale_view_is_refused(plan: Plan) -> None:
    seen, _ = add_appointment(plan, SCAN, today=TODAY)
    (_, theirs), _ = update_appointment(
        plan, dataclasses.replace(seen, location="Room 4"), expected_version=seen.version
    )

    with pytest.raises(ConflictError, match="Someone else changed"):
        update_appointment(
            plan, dataclasses.replace(seen, title="Mine"), expected_version=seen.version
        )
    with pytest.raises(ConflictError):
        delete_appointment(plan, theirs.id or 0, expected_version=seen.version)

    assert lists.appointments(plan) == [theirs]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "title"),
        ({"duration": dt.timedelta(0)}, "between 1 minute and 24 hours"),
        ({"duration": dt.timedelta(hours=25)}, "between 1 minute and 24 hours"),
        ({"recovery_days": 61}, "Recovery days"),
        ({"recovery_days": -1}, "Recovery days"),
        ({"start": dt.datetime(2040, 1, 1)}, "10 years"),
    ],
)
def test_bad_input_changes_nothing(
    demo_plan: Plan, change: dict[str, object], message: str
) -> None:
    before = everything(demo_plan)
    chemo = treatment_chemo(demo_plan)

    with pytest.raises(InvalidInput, match=message):
        add_appointment(demo_plan, dataclasses.replace(SCAN, **change), today=TODAY)
    with pytest.raises(InvalidInput, match=message):
        update_appointment(
            demo_plan,
            dataclasses.replace(chemo, **change),
            expected_version=chemo.version,
            today=TODAY,
        )

    assert everything(demo_plan) == before


def test_deleting_takes_the_legs_and_restoring_brings_all_back(demo_plan: Plan) -> None:
    chemo = treatment_chemo(demo_plan)
    assert chemo.id is not None
    with demo_plan.unit_of_work() as work:
        task_id = work.store.add(
            HelpTask(
                TaskCategory.COMPANY, "Sit with me", chemo.start, chemo.end, appointment_id=chemo.id
            )
        )
        question_id = work.store.add(Question("Dose?", TODAY, appointment_id=chemo.id))
        work.commit()
    # A leg someone changed keeps its status and version through the round trip.
    leg = next(leg for leg in lists.legs(demo_plan, TODAY)[0] if leg.appointment_id == chemo.id)
    assert leg.id is not None
    rides.set_leg_status(demo_plan, leg.id, LegStatus.CONFIRMED)
    before = everything(demo_plan)

    removed, changes = delete_appointment(demo_plan, chemo.id, expected_version=chemo.version)

    assert removed == chemo
    gone_legs = [c for c in changes.records if c.kind is Kind.RIDE_LEG]
    assert {c.old("direction") for c in gone_legs} == {"there", "back"}
    assert {c.action for c in gone_legs} == {Action.DELETE}
    unlinked = {
        (c.kind, c.row): c.fields["appointment_id"]
        for c in changes.records
        if c.kind in (Kind.TASK, Kind.QUESTION)
    }
    assert unlinked == {
        (Kind.TASK, task_id): (chemo.id, None),
        (Kind.QUESTION, question_id): (chemo.id, None),
    }
    assert changes.removed(Kind.APPOINTMENT) == {chemo.id}
    assert chemo not in lists.appointments(demo_plan)
    assert not [leg for leg in lists.legs(demo_plan, TODAY)[0] if leg.appointment_id == chemo.id]

    put_back(demo_plan, changes)

    assert treatment_chemo(demo_plan) == chemo  # the same id and version
    assert everything(demo_plan)[:2] == before[:2]
    with demo_plan.unit_of_work() as work:
        assert [t.appointment_id for t in work.store.tasks() if t.id == task_id] == [chemo.id]
    assert [q.appointment_id for q in lists.questions(demo_plan) if q.id == question_id] == [
        chemo.id
    ]


def test_a_restore_whose_id_was_taken_gets_a_new_one(plan: Plan) -> None:
    added, _ = add_appointment(plan, SCAN, today=TODAY)
    assert added.id is not None
    _, removed = delete_appointment(plan, added.id)
    other, _ = add_appointment(plan, dataclasses.replace(SCAN, title="X-ray"), today=TODAY)
    assert other.id == added.id  # SQLite hands the free id out again

    restored = put_back(plan, removed)

    (back,) = restored.ids(Kind.APPOINTMENT)
    assert back not in (None, added.id)
    assert sorted(a.title for a in lists.appointments(plan)) == ["CT scan", "X-ray"]


def test_a_missing_appointment_changes_nothing(demo_plan: Plan) -> None:
    before = everything(demo_plan)
    with pytest.raises(PlannerError, match="appointment 9999 is no longer in the plan"):
        delete_appointment(demo_plan, 9999)
    with pytest.raises(PlannerError, match="appointment 9999 is no longer in the plan"):
        update_appointment(demo_plan, dataclasses.replace(SCAN, id=9999), today=TODAY)
    assert everything(demo_plan) == before


def test_legs_keep_their_place_in_the_week_after_a_restore(demo_plan: Plan) -> None:
    chemo = treatment_chemo(demo_plan)
    assert chemo.id is not None
    gaps = week(demo_plan, TREATMENT, today=TODAY).gaps
    assert [g.date for g in gaps] == [TREATMENT]  # the ride home, only asked
    _, removed = delete_appointment(demo_plan, chemo.id)
    assert week(demo_plan, TREATMENT, today=TODAY).gaps != gaps
    put_back(demo_plan, removed)
    assert week(demo_plan, TREATMENT, today=TODAY).gaps == gaps
