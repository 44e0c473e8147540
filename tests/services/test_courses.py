"""Courses on a real SQLite plan: planned, taken back, delayed, skipped, edited in part."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.changes import Kind
from planner.domain.courses import CourseError, EditScope
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    CoursePattern,
    LegDirection,
    LegStatus,
    TaskCategory,
)
from planner.domain.errors import InvalidInput
from planner.domain.hard_days import RECOVERY_SETTINGS
from planner.domain.model import Appointment, Course, HelpTask, RideLeg
from planner.services import courses
from planner.services.appointments import (
    AppointmentQuery,
    add_appointment,
    appointment_page,
    update_appointment,
)
from planner.services.hard_days import hard_days
from planner.services.plan import ConflictError, Plan
from planner.services.settings import change_setting
from planner.services.undo import put_back
from planner.store import appointments as queries
from tests.conftest import TODAY
from tests.helpers.builders import driver

FOLFOX = Course(
    "FOLFOX",
    AppointmentKind.CHEMOTHERAPY,
    CoursePattern.CYCLE,
    TODAY,
    dt.time(9),
    dt.timedelta(hours=3),
    cycle_length_days=14,
    treatment_days=(1, 8),
    cycles=3,
    location="Day unit",
)
TEMPLATE = Appointment(AppointmentKind.CHEMOTHERAPY, "", dt.datetime(2026, 1, 1), needs_ride=True)
NOW = dt.datetime.combine(TODAY, dt.time(8))


def stored(plan: Plan) -> list[Appointment]:
    with plan.unit_of_work() as work:
        return work.store.appointments()


def planned(plan: Plan) -> courses.PlannedCourse:
    made, changes = courses.plan_course(plan, FOLFOX, TEMPLATE, today=TODAY)
    assert changes.kinds >= {Kind.COURSE, Kind.APPOINTMENT}
    assert len(changes.ids(Kind.APPOINTMENT)) == len(made.appointments)
    return made


def test_a_planned_course_is_stored_with_its_appointments_linked(plan: Plan) -> None:
    made = planned(plan)

    rows = stored(plan)
    assert len(rows) == 6
    assert {a.course_id for a in rows} == {made.course.id}
    assert [a.cycle for a in rows] == [1, 1, 2, 2, 3, 3]
    assert [a.start.date() - TODAY for a in rows][:3] == [
        dt.timedelta(0),
        dt.timedelta(7),
        dt.timedelta(14),
    ]
    assert made.course.treatment_days == (1, 8)


def test_each_planned_appointment_that_needs_a_ride_gets_a_leg_there_and_back(
    plan: Plan,
) -> None:
    made = planned(plan)

    with plan.unit_of_work() as work:
        legs = work.store.legs_for([a.id for a in made.appointments])
    for member in made.appointments:
        mine = [leg for leg in legs if leg.appointment_id == member.id]
        assert sorted(leg.direction for leg in mine) == sorted(LegDirection)
        assert all(leg.status is LegStatus.NEEDED for leg in mine)
        (there,) = [leg for leg in mine if leg.direction is LegDirection.THERE]
        assert there.pickup_time < member.start
    assert len(made.legs) == 2 * len(made.appointments)


def test_a_bad_regimen_writes_nothing(plan: Plan) -> None:
    with pytest.raises(CourseError, match="outside a 14-day cycle"):
        courses.plan_course(
            plan, dataclasses.replace(FOLFOX, treatment_days=(1, 15)), TEMPLATE, today=TODAY
        )
    assert stored(plan) == []


def test_taking_a_course_back_and_putting_it_back(plan: Plan) -> None:
    made, changes = courses.plan_course(plan, FOLFOX, TEMPLATE, today=TODAY)

    taken_back = put_back(plan, changes)
    assert stored(plan) == []
    assert taken_back.removed(Kind.COURSE) == {made.course.id}

    put_back(plan, taken_back)
    assert [a.id for a in stored(plan)] == [a.id for a in made.appointments]
    with plan.unit_of_work() as work:
        assert len(work.store.legs_for([a.id for a in made.appointments])) == len(made.legs)


def _with_leg_and_task(plan: Plan, appointment: Appointment) -> tuple[int, int]:
    assert appointment.id is not None
    with plan.unit_of_work() as work:
        helper_id = work.store.add(driver(id=None))  # type: ignore[arg-type]
        leg_id = work.store.add(
            RideLeg(
                appointment.id,
                LegDirection.THERE,
                appointment.start - dt.timedelta(minutes=40),
                driver_id=helper_id,
                status=LegStatus.CONFIRMED,
            )
        )
        task_id = work.store.add(
            HelpTask(
                TaskCategory.MEALS,
                "Soup after chemo",
                appointment.start + dt.timedelta(hours=6),
                appointment.start + dt.timedelta(hours=7),
                appointment_id=appointment.id,
            )
        )
        work.commit()
    return leg_id, task_id


def test_delaying_cycle_two_moves_it_and_later_ones_with_their_legs_and_tasks(plan: Plan) -> None:
    planned(plan)
    before = stored(plan)
    cycle_two = before[2]
    leg_id, task_id = _with_leg_and_task(plan, before[3])

    step, changes = courses.delay_cycle(plan, cycle_two, 7, now=NOW)

    after = stored(plan)
    week = dt.timedelta(days=7)
    assert [b.start - a.start for a, b in zip(before, after, strict=True)] == [
        dt.timedelta(0),
        dt.timedelta(0),
        week,
        week,
        week,
        week,
    ]
    assert step.count == 4
    assert len(changes.ids(Kind.APPOINTMENT)) == 4
    with plan.unit_of_work() as work:
        leg = work.store.leg(leg_id)
        (task,) = [t for t in work.store.tasks() if t.id == task_id]
    assert leg.pickup_time == after[3].start - dt.timedelta(minutes=40)
    assert leg.status is LegStatus.ASKED  # the driver agreed to the old day
    assert task.start == after[3].start + dt.timedelta(hours=6)

    put_back(plan, changes)

    assert [a.start for a in stored(plan)] == [a.start for a in before]
    with plan.unit_of_work() as work:
        leg = work.store.leg(leg_id)
        (task,) = [t for t in work.store.tasks() if t.id == task_id]
    assert leg.status is LegStatus.CONFIRMED
    assert task.start == before[3].start + dt.timedelta(hours=6)


def test_a_delay_from_a_stale_view_is_refused(plan: Plan) -> None:
    planned(plan)
    seen = stored(plan)[2]
    courses.skip_appointment(plan, seen, now=NOW)

    with pytest.raises(ConflictError):
        courses.delay_cycle(plan, seen, 7, now=NOW)


def test_skipping_cancels_the_day_and_its_legs_and_undo_brings_both_back(plan: Plan) -> None:
    planned(plan)
    day = stored(plan)[1]
    leg_id, _ = _with_leg_and_task(plan, day)

    _, changes = courses.skip_appointment(plan, day, now=NOW)

    statuses = [a.status for a in stored(plan)]
    assert statuses.count(AppointmentStatus.CANCELLED) == 1
    assert statuses[1] is AppointmentStatus.CANCELLED
    with plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.CANCELLED

    put_back(plan, changes)

    assert stored(plan)[1].status is AppointmentStatus.SCHEDULED
    with plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.CONFIRMED


def test_editing_this_and_the_following_changes_later_appointments_only(plan: Plan) -> None:
    planned(plan)
    rows = stored(plan)
    edited = dataclasses.replace(
        rows[2], location="Ward 5", start=rows[2].start.replace(hour=13, minute=30)
    )

    step, _ = courses.edit_appointment(
        plan, edited, EditScope.FOLLOWING, expected_version=rows[2].version, today=TODAY, now=NOW
    )

    after = stored(plan)
    assert [a.location for a in after] == ["Day unit"] * 2 + ["Ward 5"] * 4
    assert [a.start.time() for a in after[2:]] == [dt.time(13, 30)] * 4
    assert [a.start.date() for a in after] == [a.start.date() for a in rows]
    assert step.count == 4


def test_an_edit_with_a_bad_value_changes_nothing(plan: Plan) -> None:
    planned(plan)
    rows = stored(plan)
    bad = dataclasses.replace(rows[0], duration=dt.timedelta(0))

    with pytest.raises(InvalidInput, match="1 minute and 24 hours"):
        courses.edit_appointment(plan, bad, EditScope.COURSE, today=TODAY)
    assert stored(plan) == rows


def test_hard_days_name_the_appointments_that_cause_them(plan: Plan) -> None:
    planned(plan)

    found = hard_days(plan, TODAY, TODAY + dt.timedelta(days=9))

    assert [(day - TODAY).days for day in found] == [1, 2, 3, 8, 9]
    assert all(a.title == "FOLFOX, cycle 1" for causes in found.values() for a in causes)


def test_the_paged_queries_count_sort_and_filter(plan: Plan) -> None:
    planned(plan)
    with plan.unit_of_work() as work:
        chosen = queries.AppointmentQuery(first=TODAY + dt.timedelta(days=7), sort="start")
        ids = queries.appointment_ids(work.store, chosen)
        assert queries.count_appointments(work.store, chosen) == len(ids) == 5
        backwards = queries.appointment_ids(
            work.store, dataclasses.replace(chosen, descending=True)
        )
        rows = queries.appointments_by_id(work.store, ids[:2])
    assert backwards == list(reversed(ids))
    assert [rows[i].start for i in ids[:2]] == sorted(rows[i].start for i in ids[:2])


def test_sorting_by_recovery_days_uses_the_plan_s_own_default_for_a_kind(plan: Plan) -> None:
    day = dt.datetime.combine(TODAY, dt.time(9))
    for kind in (AppointmentKind.INFUSION, AppointmentKind.CHEMOTHERAPY):
        add_appointment(plan, Appointment(kind, kind.label, day), today=TODAY)
    by_recovery = AppointmentQuery(sort="recovery_days")

    def kinds() -> list[AppointmentKind]:
        return [a.kind for a in appointment_page(plan, by_recovery, 0, 10)]

    assert kinds() == [AppointmentKind.INFUSION, AppointmentKind.CHEMOTHERAPY]  # 1, then 3

    change_setting(plan, RECOVERY_SETTINGS[AppointmentKind.INFUSION], 5)

    assert kinds() == [AppointmentKind.CHEMOTHERAPY, AppointmentKind.INFUSION]  # 3, then 5


@pytest.mark.parametrize("sort", sorted(queries.sortable()))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_and_positions_agree_with_the_whole_list(
    demo_plan: Plan, sort: str, descending: bool
) -> None:
    chosen = queries.AppointmentQuery(sort=sort, descending=descending)
    with demo_plan.unit_of_work() as work:
        ids = queries.appointment_ids(work.store, chosen)
        pages = [
            a.id
            for n in range(0, len(ids), 4)
            for a in queries.appointment_page(work.store, chosen, n, 4)
        ]
        positions = [queries.appointment_position(work.store, chosen, i) for i in ids]
        outside = queries.appointment_position(
            work.store, dataclasses.replace(chosen, kind=AppointmentKind.SURGERY), ids[0]
        )
    assert pages == ids
    assert positions == list(range(len(ids)))
    assert outside is None


def test_moving_one_appointment_moves_its_help_tasks_too(plan: Plan) -> None:
    planned(plan)
    first = stored(plan)[0]
    _, task_id = _with_leg_and_task(plan, first)

    update_appointment(
        plan,
        dataclasses.replace(first, start=first.start + dt.timedelta(hours=2)),
        expected_version=first.version,
        today=TODAY,
    )

    with plan.unit_of_work() as work:
        (task,) = [t for t in work.store.tasks() if t.id == task_id]
    assert task.start == first.start + dt.timedelta(hours=8)
