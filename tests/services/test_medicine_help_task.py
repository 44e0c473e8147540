"""A helper asked to give a dose: a help task naming the medicine, the amount and the time
(never what it is for), in the helper's packet like any task; refused for a time the
medicine has no dose, with nothing saved. And adherence per week and per cycle."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.changes import Kind
from planner.domain.doses import Answer
from planner.domain.enums import TaskCategory
from planner.domain.errors import InvalidInput
from planner.domain.medicines import AsNeeded, FixedTimes, Medicine
from planner.services import lists, medicines, sheets, tasks, undo
from planner.services.plan import Plan
from tests.conftest import TODAY, TREATMENT

DAY = dt.timedelta(days=1)


def ondansetron(plan: Plan) -> Medicine:
    return next(m for m in medicines.medicines(plan) if m.name == "Ondansetron")


def test_a_helper_asked_to_give_a_dose_gets_a_task_in_their_packet(demo_plan: Plan) -> None:
    medicine = ondansetron(demo_plan)
    helper = lists.helpers(demo_plan)[0]
    due = dt.datetime.combine(TREATMENT + DAY, dt.time(8))
    assert medicine.id is not None and helper.id is not None

    task, changes = medicines.ask_helper_to_give(demo_plan, medicine.id, due, helper.id)

    assert task.title == "Give Ondansetron 8 mg (1 tablet) at 08:00"
    assert (task.start, task.end) == (due, due + dt.timedelta(minutes=30))
    assert (task.helper_id, task.category) == (helper.id, TaskCategory.OTHER)
    assert "nausea" not in (task.title + task.notes).casefold()
    assert changes.kinds == {Kind.TASK}
    packet = sheets.helper_packet(demo_plan, helper.name, today=TODAY)
    assert [v.what for v in packet.tasks if v.start == due] == [task.title]
    undo.put_back(demo_plan, changes, {})
    assert task.id not in {t.id for t in tasks.tasks_between(demo_plan, TODAY, TODAY + 9 * DAY)}


def test_no_task_for_a_time_without_a_dose(demo_plan: Plan) -> None:
    medicine = ondansetron(demo_plan)
    helper = lists.helpers(demo_plan)[0]
    assert medicine.id is not None and helper.id is not None
    before = tasks.tasks_between(demo_plan, TODAY, TODAY + 9 * DAY)

    with pytest.raises(InvalidInput, match="has no dose"):
        medicines.ask_helper_to_give(
            demo_plan, medicine.id, dt.datetime.combine(TODAY, dt.time(9)), helper.id
        )
    assert tasks.tasks_between(demo_plan, TODAY, TODAY + 9 * DAY) == before


def test_adherence_per_week_and_per_cycle(demo_plan: Plan) -> None:
    aciclovir = next(m for m in medicines.medicines(demo_plan) if m.name == "Aciclovir")
    assert aciclovir.id is not None
    # Skip this morning's dose: this week falls below the 95% line.
    morning = dt.datetime.combine(TODAY, dt.time(8))
    medicines.confirm(demo_plan, aciclovir.id, morning, Answer.SKIPPED, "Felt sick")

    found = [p for p in medicines.adherence_by_period(demo_plan) if p.medicine.id == aciclovir.id]

    weeks = [p for p in found if not p.cycle]
    cycles = [p for p in found if p.cycle]
    assert weeks and cycles
    this_week = weeks[-1]
    assert this_week.first == TODAY - dt.timedelta(days=TODAY.weekday())
    assert this_week.adherence.scheduled == 2 * 2 + 1  # Mon, Tue both doses; Wed morning
    assert this_week.adherence.taken_in_time == 4 and this_week.below_line
    assert not weeks[0].below_line and weeks[0].adherence.percent == 100
    assert all(c.first < TODAY for c in cycles)


def test_as_needed_medicines_have_no_adherence(plan: Plan) -> None:
    medicines.add_medicine(plan, Medicine("Paracetamol", AsNeeded(4, 4), TODAY - 9 * DAY))
    daily, _ = medicines.add_medicine(
        plan, Medicine("Vitamin D", FixedTimes((dt.time(9),)), TODAY - 9 * DAY)
    )
    found = medicines.adherence_by_period(plan)
    assert {p.medicine.name for p in found} == {"Vitamin D"}  # its missed doses count
    assert all(p.adherence.taken_in_time == 0 for p in found)
    assert daily.id is not None
