"""Medicines: kept and checked, their doses following the course's real days, answers that
replace each other, the stock counted down once and never below zero, doses as needed
refused with the reason, adherence, and the gaps and reminders they bring."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planner.domain.changes import Kind
from planner.domain.doses import DOSE_MISSED, REFILL_DUE, Answer, DoseState
from planner.domain.enums import AppointmentKind, CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    Step,
    Taper,
    around,
)
from planner.domain.model import Appointment, Course
from planner.services import courses, medicines, reminders, undo, week
from planner.services.plan import ConflictError, Plan
from planner.store import change_log
from tests.conftest import NOW, TODAY
from tests.helpers.files import state

DAY = dt.timedelta(days=1)
EIGHT, EIGHT_PM = dt.time(8), dt.time(20)
MORNING = dt.datetime.combine(TODAY, EIGHT)
EVENING = dt.datetime.combine(TODAY, EIGHT_PM)


def twice_daily(**changes: Any) -> Medicine:
    medicine = Medicine("Aciclovir", FixedTimes((EIGHT, EIGHT_PM)), TODAY - 7 * DAY, stock=10)
    return dataclasses.replace(medicine, **changes)


def add(plan: Plan, medicine: Medicine) -> Medicine:
    added, _ = medicines.add_medicine(plan, medicine)
    return added


def last_seq(plan: Plan) -> int:
    with plan.unit_of_work() as work:
        return change_log.last_seq(work.store.session)


# ---------------------------------------------------------------------------- keeping them
def test_a_medicine_is_added_changed_and_removed_with_its_answers(plan: Plan) -> None:
    added, changes = medicines.add_medicine(plan, twice_daily(name="  Aciclovir   400 "))
    assert added.name == "Aciclovir 400" and changes.kinds == {Kind.MEDICINE}
    assert added.id is not None
    medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)
    counted = medicines.medicine(plan, added.id)  # the dose taken changed its stock
    assert counted.version == 2

    (before, after), _ = medicines.update_medicine(
        plan, dataclasses.replace(counted, lead_days=10), expected_version=counted.version
    )
    assert before.lead_days == 7 and after.lead_days == 10 and after.stock == 9

    gone, changes = medicines.remove_medicine(plan, added.id)
    assert gone.name == "Aciclovir 400"
    assert changes.kinds == {Kind.MEDICINE, Kind.DOSE}
    assert medicines.medicines(plan) == []


def test_a_change_from_an_old_version_is_refused(plan: Plan) -> None:
    added = add(plan, twice_daily())
    medicines.update_medicine(plan, dataclasses.replace(added, notes="new box"))

    with pytest.raises(ConflictError):
        medicines.update_medicine(
            plan, dataclasses.replace(added, notes="mine"), expected_version=added.version
        )
    assert medicines.medicines(plan)[0].notes == "new box"


BAD = {
    "dose 0": (twice_daily(dose=0), "The dose must be more than 0"),
    "every half hour": (
        twice_daily(schedule=EveryHours(0, EIGHT)),
        "Doses every N hours must be 1 to 168 hours apart, not 0",
    ),
    "a taper that never ends": (
        twice_daily(schedule=Taper((Step(3, 2), Step(0, 1)), (EIGHT,))),
        "Step 2 of the taper must last at least one day, or the taper never ends",
    ),
    "stock below zero": (twice_daily(stock=-1), "The stock cannot be below 0"),
    "a ten-thousandth": (twice_daily(dose=Decimal("0.0001")), "at most three decimals"),
    "a course not in the plan": (
        twice_daily(schedule=AroundTreatment(around((1,), EIGHT), course_id=99)),
        "The plan has no course 99",
    ),
}


@pytest.mark.parametrize("what", BAD)
def test_a_medicine_the_plan_cannot_hold_is_refused_and_nothing_saved(
    plan: Plan, plan_path: Path, what: str
) -> None:
    add(plan, twice_daily(name="Kept"))
    before = state(plan_path)
    medicine, message = BAD[what]

    with pytest.raises(InvalidInput, match=message):
        medicines.add_medicine(plan, medicine)

    assert state(plan_path) == before


# ---------------------------------------------------------------------------- doses
def test_doses_around_treatment_follow_the_course_and_leave_out_a_skipped_day(
    plan: Plan,
) -> None:
    course = Course(
        "FOLFOX",
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        TODAY,
        dt.time(9),
        dt.timedelta(hours=2),
        cycle_length_days=7,
        cycles=3,
    )
    template = Appointment(AppointmentKind.CHEMOTHERAPY, "FOLFOX", NOW)
    planned, _ = courses.plan_course(plan, course, template)
    assert planned.course.id is not None
    schedule = AroundTreatment(around(range(1, 3), EIGHT), planned.course.id)
    nausea = add(plan, Medicine("Ondansetron", schedule, TODAY))
    courses.skip_appointment(plan, planned.appointments[1])

    found = medicines.doses(plan, TODAY, TODAY + 20 * DAY)

    days = [(view.dose.due.date() - TODAY).days for view in found]
    assert days == [1, 2, 15, 16]  # the second week's treatment day was skipped
    assert {view.medicine.id for view in found} == {nausea.id}
    assert found[0].id == f"{nausea.id}@{TODAY + DAY}T08:00"


def test_taken_counts_the_stock_down_once_and_a_new_answer_replaces_it(plan: Plan) -> None:
    added = add(plan, twice_daily(stock=Decimal("1.5")))
    assert added.id is not None

    first, changes = medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)
    assert changes.kinds == {Kind.DOSE, Kind.MEDICINE}
    again, _ = medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)  # said twice
    assert again.id == first.id
    assert medicines.medicine(plan, added.id).stock == Decimal("0.5")

    skipped, _ = medicines.confirm(plan, added.id, MORNING, Answer.SKIPPED, "Vomited")
    assert skipped.id == first.id and skipped.reason == "Vomited"
    assert medicines.medicine(plan, added.id).stock == Decimal("1.5")  # given back

    medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)
    medicines.confirm(plan, added.id, MORNING - 2 * 12 * dt.timedelta(hours=1), Answer.TAKEN)
    assert medicines.medicine(plan, added.id).stock == 0  # never below zero

    (view,) = medicines.doses(plan, TODAY, TODAY)[:1]
    assert view.state is DoseState.TAKEN and view.confirmation is not None


def test_skipping_needs_a_reason_and_later_asks_again(plan: Plan, plan_path: Path) -> None:
    added = add(plan, twice_daily())
    assert added.id is not None
    before = state(plan_path)

    with pytest.raises(InvalidInput, match="Say why the dose was skipped"):
        medicines.confirm(plan, added.id, MORNING, Answer.SKIPPED, "  ")
    with pytest.raises(InvalidInput, match="has no dose on Wed 11 Mar at 09:00"):
        medicines.confirm(plan, added.id, MORNING + dt.timedelta(hours=1), Answer.TAKEN)
    assert state(plan_path) == before

    put_off, _ = medicines.confirm(plan, added.id, EVENING, Answer.LATER)
    assert put_off.remind_at == NOW + dt.timedelta(minutes=30)
    assert medicines.medicine(plan, added.id).stock == 10


def test_as_needed_is_refused_too_soon_and_over_the_days_limit(plan: Plan, plan_path: Path) -> None:
    pain = add(plan, Medicine("Paracetamol", AsNeeded(4, 2), TODAY, stock=20))
    assert pain.id is not None
    medicines.take_as_needed(plan, pain.id, NOW - dt.timedelta(hours=9))
    before = state(plan_path)

    with pytest.raises(InvalidInput, match="Too soon") as error:
        medicines.take_as_needed(plan, pain.id, NOW - dt.timedelta(hours=6))
    assert "The next can be taken from 05:00" in str(error.value)
    medicines.take_as_needed(plan, pain.id, NOW - dt.timedelta(hours=4, minutes=30))
    with pytest.raises(InvalidInput, match="at most 2 times a day"):
        medicines.take_as_needed(plan, pain.id)
    assert medicines.medicine(plan, pain.id).stock == 18
    with pytest.raises(InvalidInput, match="taken as needed"):
        medicines.confirm(plan, pain.id, NOW, Answer.TAKEN)
    assert state(plan_path) != before  # the one allowed dose only


def test_adherence_counts_doses_taken_in_time(plan: Plan) -> None:
    added = add(plan, twice_daily(must_not_miss=True, stock=None))
    assert added.id is not None
    first = TODAY - 2 * DAY
    for n in range(3):
        due = dt.datetime.combine(first + n * DAY, EIGHT)
        medicines.confirm(plan, added.id, due, Answer.TAKEN, at=due + dt.timedelta(minutes=20))
    late = dt.datetime.combine(first, EIGHT_PM)
    medicines.confirm(plan, added.id, late, Answer.TAKEN, at=late + dt.timedelta(hours=3))

    result = medicines.adherence_of(plan, added.id, first, TODAY)

    # Known by now: five doses (tonight's is still ahead), three taken in time; yesterday
    # evening's was never confirmed.
    assert (result.adherence.taken_in_time, result.adherence.scheduled) == (3, 5)
    assert result.below_line


# ---------------------------------------------------------------------------- gaps, reminders
def test_a_dose_not_confirmed_is_missed_then_a_gap(plan: Plan) -> None:
    added = add(plan, twice_daily(stock=None))
    gaps = [g for g in week.check(plan, weeks=1) if g.kind == DOSE_MISSED]

    assert [str(g.message) for g in gaps] == [
        "Aciclovir: the dose of Wed 11 Mar at 08:00 was not confirmed as taken."
    ]
    assert gaps[0].fix.record_id == added.id and gaps[0].at is None
    assert [g.kind for g in week.coming_days(plan).gaps] == [DOSE_MISSED]  # until answered
    assert added.id is not None
    medicines.confirm(plan, added.id, MORNING, Answer.SKIPPED, "Vomited")
    assert not [g for g in week.check(plan, weeks=1) if g.kind == DOSE_MISSED]


def test_a_stock_running_low_is_a_refill_gap(plan: Plan) -> None:
    add(plan, twice_daily(stock=12, pharmacy="Linden Pharmacy", lead_days=3))
    add(plan, twice_daily(name="Enough", stock=200))

    (gap,) = [g for g in week.check(plan, weeks=2) if g.kind == REFILL_DUE]

    # 12 tablets: tonight's (this morning's was missed), five days of two, and Tuesday
    # morning's; Tuesday evening's is the first without.
    assert str(gap.message) == (
        "Aciclovir runs out on Tue 17 Mar: ask Linden Pharmacy for more (it needs 3 days)."
    )
    assert gap.date == TODAY + 3 * DAY


def test_a_dose_reminds_at_its_time_and_again_until_answered(plan: Plan) -> None:
    added = add(plan, twice_daily())
    assert added.id is not None

    at_time = reminders.reminders_due(plan, EVENING)
    assert [(str(r.title), r.due) for r in at_time] == [("Time for Aciclovir", EVENING)]
    assert str(at_time[0].text) == "Aciclovir: 1 tablet, due at 20:00."
    later = reminders.reminders_due(plan, EVENING + dt.timedelta(minutes=25))
    assert [r.due for r in later] == [EVENING + dt.timedelta(minutes=20)]
    assert later[0].key != at_time[0].key  # a new round, shown again

    plan.clock.move_to(EVENING + dt.timedelta(minutes=1))
    medicines.confirm(plan, added.id, EVENING, Answer.TAKEN)
    assert reminders.reminders_due(plan, EVENING + dt.timedelta(minutes=25)) == []


def test_undo_puts_back_an_answer_with_its_stock_and_a_removed_medicine(plan: Plan) -> None:
    added = add(plan, twice_daily())
    assert added.id is not None
    _, taken = medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)
    assert medicines.medicine(plan, added.id).stock == 9

    undo.put_back(plan, taken)
    assert medicines.medicine(plan, added.id).stock == 10
    assert medicines.doses(plan, TODAY, TODAY)[0].confirmation is None

    medicines.confirm(plan, added.id, MORNING, Answer.TAKEN)
    gone, removed = medicines.remove_medicine(plan, added.id)
    undo.put_back(plan, removed)
    assert medicines.medicine(plan, added.id) == gone
    assert medicines.doses(plan, TODAY, TODAY)[0].state is DoseState.TAKEN
