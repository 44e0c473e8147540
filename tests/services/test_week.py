from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.gaps import RIDE_NOT_CONFIRMED, RIDE_WITHOUT_DRIVER
from planner.domain.week import ItemType
from planner.services import lists
from planner.services.getting_started import getting_started
from planner.services.plan import Plan
from planner.services.questions import add_question
from planner.services.week import check, week
from tests.conftest import TODAY, TREATMENT

DAY = dt.timedelta(days=1)
MONDAY = TODAY - TODAY.weekday() * DAY


def items_of(plan: Plan, day: dt.date, kind: ItemType) -> list[str]:
    found = week(plan, TODAY, today=TODAY)
    (that_day,) = [d for d in found.days if d.date == day]
    return [i.title for i in that_day.items if i.type is kind]


def test_this_week_of_the_demo_plan(demo_plan: Plan) -> None:
    found = week(demo_plan, TODAY, today=TODAY)

    assert found.week_start == MONDAY
    assert [d.date for d in found.days] == [MONDAY + n * DAY for n in range(7)]
    treatment = found.days[TREATMENT.weekday()]  # the demo's next chemotherapy day
    assert treatment.date == TREATMENT
    assert [(i.type, i.title) for i in treatment.items if i.type is not ItemType.MEETING] == [
        (ItemType.RIDE, "Ride to Chemotherapy, cycle 1"),
        (ItemType.APPOINTMENT, "Chemotherapy, cycle 1"),
        (ItemType.RIDE, "Ride home from Chemotherapy, cycle 1"),
    ]
    rides = [i for i in treatment.items if i.type is ItemType.RIDE]
    assert [i.status for i in rides] == ["confirmed", "asked"]
    assert [d.date for d in found.days if d.is_hard] == [TREATMENT + n * DAY for n in (1, 2, 3)]
    assert found.days[TREATMENT.weekday() + 1].hard_because == ("Chemotherapy, cycle 1",)


def test_this_week_holds_meals_meetings_tasks_and_the_journal(demo_plan: Plan) -> None:
    first_hard_day = TREATMENT + DAY  # a Friday
    assert items_of(demo_plan, first_hard_day, ItemType.MEAL) == [
        "Chicken and rice soup (2 portions)"
    ]
    assert items_of(demo_plan, TREATMENT + 2 * DAY, ItemType.MEAL) == [
        "Rice pudding (2 portions)",
        # Sunday's freezer portions, first expiring first, thawed on Saturday evening.
        "Thaw tonight: Fish pie",
        "Thaw tonight: Rice pudding",
    ]
    # The groups meet every Wednesday and Thursday.
    assert items_of(demo_plan, MONDAY + 2 * DAY, ItemType.MEETING) == ["Lymphoma support circle"]
    assert items_of(demo_plan, MONDAY + 3 * DAY, ItemType.MEETING) == ["Carers' evening online"]
    assert items_of(demo_plan, first_hard_day, ItemType.TASK) == [
        "Collect prescriptions",
        "Bring dinner",
        # The weekly Friday cleaning, after the dinner Lena brings.
        "Cleaning: kitchen and bathroom",
    ]
    assert items_of(demo_plan, TODAY - DAY, ItemType.JOURNAL) == ["Mood 6/10"]
    # The blood count is the clinic day before the treatment (today, Wednesday).
    assert items_of(demo_plan, TREATMENT - DAY, ItemType.APPOINTMENT) == [
        "Blood count before chemotherapy"
    ]


def test_this_week_has_exactly_the_unconfirmed_ride_home(demo_plan: Plan) -> None:
    found = week(demo_plan, TODAY, today=TODAY)

    assert [(g.kind, g.date) for g in found.gaps] == [(RIDE_NOT_CONFIRMED, TREATMENT)]
    assert "Ana Ruiz was asked but has not confirmed" in str(found.gaps[0].message)


def test_a_week_can_start_on_sunday(demo_plan: Plan) -> None:
    found = week(demo_plan, TODAY, today=TODAY, first_weekday=6)

    assert found.week_start == MONDAY - DAY
    assert found.days[0].date.weekday() == 6


def test_check_finds_the_coming_gaps_in_order(demo_plan: Plan) -> None:
    gaps = check(demo_plan, weeks=4, today=TODAY)

    # In the order they must be acted on: a ride needs its driver by the evening before.
    assert [g.act_by for g in gaps] == sorted(g.act_by for g in gaps)
    assert all(g.act_by == g.date - DAY for g in gaps if g.kind.startswith("ride_"))
    assert all(TODAY <= g.date <= TODAY + 27 * DAY for g in gaps)
    assert gaps[0].kind == RIDE_NOT_CONFIRMED and gaps[0].date == TREATMENT
    without_driver = [g for g in gaps if g.kind == RIDE_WITHOUT_DRIVER]
    legs, appointments, _ = lists.legs(demo_plan, TREATMENT + DAY)
    coming = {
        appointments[leg.appointment_id].start.date()
        for leg in legs
        if leg.driver_id is None
        and leg.status is LegStatus.NEEDED
        and leg.pickup_time.date() <= TODAY + 27 * DAY
    }
    # The two treatment days of cycle 2 (the review before it has its driver).
    assert coming == {TREATMENT + 14 * DAY, TREATMENT + 21 * DAY}
    assert {g.date for g in without_driver} == coming
    assert len(without_driver) == 2 * len(coming)


def test_check_of_one_week_stops_at_its_end(demo_plan: Plan) -> None:
    assert [g.date for g in check(demo_plan, weeks=1, today=TODAY)] == [TREATMENT]


@pytest.mark.parametrize("weeks", [0, 53, -1])
def test_check_refuses_a_bad_number_of_weeks(plan: Plan, weeks: int) -> None:
    with pytest.raises(InvalidInput, match=f"between 1 and 52, not {weeks}"):
        check(plan, weeks=weeks, today=TODAY)


def test_the_demo_plan_has_done_every_first_step(demo_plan: Plan) -> None:
    assert all(step.done for step in getting_started(demo_plan, today=TODAY))


def test_a_new_plan_has_every_first_step_to_do(plan: Plan) -> None:
    steps = getting_started(plan, today=TODAY)
    assert [s.key for s in steps] == [
        "profile",
        "out_of_hours",
        "appointment",
        "medicines",
        "drivers",
        "freezer",
        "support",
        "questions",
    ]
    assert not any(step.done for step in steps)

    add_question(plan, "Which side effects should I expect?", today=TODAY)

    after = {s.key: s.done for s in getting_started(plan, today=TODAY)}
    assert after == {
        "profile": False,
        "out_of_hours": False,
        "appointment": False,
        "medicines": False,
        "drivers": False,
        "freezer": False,
        "support": False,
        "questions": True,
    }
