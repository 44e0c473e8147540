"""Helpers, contacts, tasks and groups on a real SQLite plan: checks, conflicts, and undo
through the change log."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.changes import Kind
from planner.domain.enums import (
    AppointmentKind,
    Capability,
    ContactRole,
    GroupKind,
    LegDirection,
    TaskCategory,
    TaskStatus,
)
from planner.domain.errors import InvalidInput
from planner.domain.model import (
    Appointment,
    Availability,
    Contact,
    Helper,
    HelpTask,
    RideLeg,
    SupportGroup,
)
from planner.services import contacts, helpers, lists, support, tasks
from planner.services.plan import ConflictError, Plan
from planner.services.undo import put_back
from planner.services.week import week
from tests.conftest import TODAY

ANN = Helper(
    "Ann Lee",
    phone="0044 (0)7700-900001",
    capabilities=frozenset({Capability.COOK, Capability.COMPANY, Capability.ERRANDS}),
    availability=(Availability(3, dt.time(9), dt.time(18)),),
)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def test_a_helper_is_stored_in_the_plans_format(plan: Plan) -> None:
    added, changes = helpers.add_helper(plan, ANN)
    assert added.phone == "+44 7700 900001"
    assert changes.ids(Kind.HELPER) == {added.id}
    assert lists.helpers(plan) == [added]


def test_a_helper_nobody_can_reach_changes_nothing(plan: Plan) -> None:
    with pytest.raises(InvalidInput, match="phone number or an email"):
        helpers.add_helper(plan, Helper("Ann"))
    assert lists.helpers(plan) == []


def test_an_edit_from_a_stale_version_is_refused(plan: Plan) -> None:
    added, _ = helpers.add_helper(plan, ANN)
    (_, first), _ = helpers.update_helper(plan, dataclasses.replace(added, notes="Mornings"))
    assert first.version == (added.version or 0) + 1
    with pytest.raises(ConflictError):
        helpers.update_helper(plan, dataclasses.replace(added, notes="Evenings"))
    assert lists.helpers(plan)[0].notes == "Mornings"


def test_new_usual_times_alone_make_a_new_version(plan: Plan) -> None:
    added, _ = helpers.add_helper(plan, ANN)
    more = (*ANN.availability, Availability(4, dt.time(9), dt.time(12)))
    (_, after), _ = helpers.update_helper(plan, dataclasses.replace(added, availability=more))
    assert after.availability == more
    assert after.version != added.version


def test_undoing_an_edit_gives_back_the_earlier_details_and_usual_times(plan: Plan) -> None:
    added, _ = helpers.add_helper(plan, ANN)
    later = (Availability(4, dt.time(9), dt.time(12)),)
    (_, after), changes = helpers.update_helper(
        plan, dataclasses.replace(added, name="Ann Lee-Park", availability=later)
    )
    assert after.version == (added.version or 0) + 1
    assert changes.touches({Kind.AVAILABILITY})

    undone = put_back(plan, changes)

    (back,) = lists.helpers(plan)
    assert dataclasses.replace(back, version=None) == dataclasses.replace(added, version=None)
    put_back(plan, undone)
    (again,) = lists.helpers(plan)
    assert (again.name, again.availability) == ("Ann Lee-Park", later)


def test_saving_a_helper_unchanged_changes_nothing(plan: Plan) -> None:
    added, _ = helpers.add_helper(plan, ANN)
    (_, after), changes = helpers.update_helper(plan, added)
    assert after == added
    assert not changes


def add_drives(plan: Plan, driver: Helper, backup: Helper) -> tuple[int, int]:
    """A scan with a leg there driven by ``driver`` and one back with ``backup`` as the
    backup driver; returns the legs' ids."""
    visit = Appointment(AppointmentKind.SCAN, "Scan", at(TODAY, 10), needs_ride=True)
    with plan.unit_of_work() as work:
        visit_id = work.store.add(visit)
        there = work.store.add(
            RideLeg(visit_id, LegDirection.THERE, at(TODAY, 9), driver_id=driver.id)
        )
        back = work.store.add(
            RideLeg(
                visit_id,
                LegDirection.BACK,
                at(TODAY, 11),
                driver_id=driver.id if driver != backup else None,
                backup_driver_id=backup.id,
            )
        )
        work.commit()
    return there, back


def test_removing_a_helper_and_undoing_it_gives_back_their_tasks_and_drives(plan: Plan) -> None:
    ann, _ = helpers.add_helper(plan, ANN)
    tasks.add_task(
        plan,
        HelpTask(TaskCategory.MEALS, "Soup", at(TODAY, 17), at(TODAY, 18), helper_id=ann.id),
    )
    there, back = add_drives(plan, ann, ann)
    removed, changes = helpers.remove_helper(plan, ann)
    assert removed == ann
    assert changes.removed(Kind.HELPER) == {ann.id}
    assert lists.helpers(plan) == []
    with plan.unit_of_work() as work:
        assert work.store.leg(there).driver_id is None
        assert work.store.leg(back).backup_driver_id is None
        assert work.store.tasks()[0].helper_id is None

    put_back(plan, changes)

    assert [h.id for h in lists.helpers(plan)] == [ann.id]
    assert lists.helpers(plan)[0].availability == ann.availability
    with plan.unit_of_work() as work:
        assert work.store.leg(there).driver_id == ann.id
        assert work.store.leg(back).backup_driver_id == ann.id
        assert work.store.tasks()[0].helper_id == ann.id


def test_undoing_a_helpers_removal_gives_the_legs_they_drove_their_driver_again(
    plan: Plan,
) -> None:
    """Through the change log: the removal recorded each leg it took the driver off."""
    ann, _ = helpers.add_helper(plan, ANN)
    bob, _ = helpers.add_helper(plan, Helper("Bob Marsh", phone="07700 900002"))
    there, back = add_drives(plan, ann, bob)
    _, changes = helpers.remove_helper(plan, ann)
    unlinked = {
        change.row: change.fields for change in changes.records if change.kind is Kind.RIDE_LEG
    }
    assert unlinked == {
        there: {"driver_id": (ann.id, None)},
        back: {"driver_id": (ann.id, None)},
    }

    undone = put_back(plan, changes)

    assert undone.ids(Kind.RIDE_LEG) == {there, back}
    with plan.unit_of_work() as work:
        assert work.store.leg(there).driver_id == ann.id
        assert (work.store.leg(back).driver_id, work.store.leg(back).backup_driver_id) == (
            ann.id,
            bob.id,
        )
    put_back(plan, undone)  # redo: removed again, the legs without her
    with plan.unit_of_work() as work:
        assert work.store.leg(there).driver_id is None
        assert work.store.leg(back).backup_driver_id == bob.id
    assert [h.name for h in lists.helpers(plan)] == ["Bob Marsh"]


def test_undoing_a_removal_is_refused_after_someone_else_changed_a_leg(plan: Plan) -> None:
    ann, _ = helpers.add_helper(plan, ANN)
    bob, _ = helpers.add_helper(plan, Helper("Bob Marsh", phone="07700 900002"))
    there, _ = add_drives(plan, ann, bob)
    _, changes = helpers.remove_helper(plan, ann)
    with plan.unit_of_work() as work:  # another caregiver gives the leg to Bob
        work.store.set_leg(there, driver_id=bob.id)
        work.commit()

    with pytest.raises(ConflictError, match="Someone else changed"):
        put_back(plan, changes)

    assert [h.name for h in lists.helpers(plan)] == ["Bob Marsh"]  # nothing of it was kept
    with plan.unit_of_work() as work:
        assert work.store.leg(there).driver_id == bob.id


def test_a_task_ending_before_it_starts_changes_nothing(plan: Plan) -> None:
    backwards = HelpTask(TaskCategory.ERRANDS, "Shop", at(TODAY, 12), at(TODAY, 11))
    with pytest.raises(InvalidInput, match="before it starts"):
        tasks.add_task(plan, backwards)
    assert tasks.tasks_between(plan, TODAY, TODAY) == []


def test_a_repeating_task_shows_in_every_later_week(plan: Plan) -> None:
    friday = TODAY + dt.timedelta(days=2)
    cleaning = HelpTask(
        TaskCategory.CLEANING,
        "Cleaning",
        at(friday, 10),
        at(friday, 12),
        recurrence="FREQ=WEEKLY;BYDAY=FR",
    )
    added, _ = tasks.add_task(plan, cleaning)
    later = week(plan, TODAY + dt.timedelta(weeks=10), today=TODAY)
    found = [i for d in later.days for i in d.items if i.id == added.id and i.title == "Cleaning"]
    assert [i.start.weekday() for i in found] == [4]
    assert tasks.tasks_between(
        plan, TODAY + dt.timedelta(weeks=10), TODAY + dt.timedelta(weeks=11)
    ) == [added]


def test_claiming_and_finishing_a_task(plan: Plan) -> None:
    task, _ = tasks.add_task(
        plan, HelpTask(TaskCategory.ERRANDS, "Shop", at(TODAY, 10), at(TODAY, 11))
    )
    (_, claimed), _ = tasks.set_task_status(plan, task, TaskStatus.CLAIMED)
    (_, done), _ = tasks.set_task_status(plan, claimed, TaskStatus.DONE)
    assert done.status is TaskStatus.DONE
    with pytest.raises(ConflictError):
        tasks.set_task_status(plan, task, TaskStatus.OPEN)  # from the first version seen


def test_accepted_proposals_arrive_together_and_leave_together(plan: Plan) -> None:
    helpers.add_helper(plan, ANN)
    chemo = Appointment(AppointmentKind.CHEMOTHERAPY, "Chemo", at(TODAY, 9), companion_wanted=True)
    with plan.unit_of_work() as work:
        work.store.add(chemo)
        work.commit()
    found = tasks.proposals(plan, TODAY)
    assert {p.task.category for p in found} == {
        TaskCategory.COMPANY,
        TaskCategory.MEALS,
        TaskCategory.ERRANDS,
    }
    added, changes = tasks.accept(plan, [p.task for p in found])
    assert len(tasks.tasks_between(plan, TODAY, TODAY + dt.timedelta(days=13))) == len(found)
    assert tasks.proposals(plan, TODAY) == []  # the hard days are filled now
    undone = put_back(plan, changes)
    assert tasks.tasks_between(plan, TODAY, TODAY + dt.timedelta(days=13)) == []
    put_back(plan, undone)
    again = tasks.tasks_between(plan, TODAY, TODAY + dt.timedelta(days=13))
    assert sorted(t.id for t in again) == sorted(t.id for t in added)


def test_one_bad_proposal_keeps_all_of_them_out(plan: Plan) -> None:
    good = HelpTask(TaskCategory.MEALS, "Soup", at(TODAY, 17), at(TODAY, 18))
    bad = HelpTask(TaskCategory.MEALS, "", at(TODAY, 17), at(TODAY, 18))
    with pytest.raises(InvalidInput):
        tasks.accept(plan, [good, bad])
    assert tasks.tasks_between(plan, TODAY, TODAY) == []


def test_who_to_call_puts_emergencies_first(plan: Plan) -> None:
    contacts.add_contact(plan, Contact("Dr Adams", ContactRole.ONCOLOGIST, phone="020 7946 0001"))
    contacts.add_contact(plan, Contact("Out of hours", ContactRole.EMERGENCY, phone="111"))
    with pytest.raises(InvalidInput):
        contacts.add_contact(plan, Contact("Nobody", ContactRole.CLINIC))
    assert [c.name for c in contacts.who_to_call(plan)] == ["Out of hours", "Dr Adams"]


def test_a_group_with_an_unreadable_schedule_is_refused(plan: Plan) -> None:
    group = SupportGroup("Circle", GroupKind.ONLINE, at(TODAY, 18), recurrence="FREQ=OFTEN")
    with pytest.raises(InvalidInput, match="cannot be read"):
        support.add_group(plan, group)
    added, _ = support.add_group(
        plan, dataclasses.replace(group, recurrence="FREQ=WEEKLY;BYDAY=WE")
    )
    removed, changes = support.remove_group(plan, added)
    assert removed == added
    assert lists.groups(plan) == []
    put_back(plan, changes)
    assert lists.groups(plan) == [added]


def test_fair_share_spans_four_weeks_back_and_four_ahead(plan: Plan) -> None:
    ann, _ = helpers.add_helper(plan, ANN)
    for days in (-20, 0, 1, 15):
        day = TODAY + dt.timedelta(days=days)
        tasks.add_task(
            plan, HelpTask(TaskCategory.ERRANDS, "Shop", at(day, 10), at(day, 11), helper_id=ann.id)
        )
    weeks, rows = helpers.share(plan, TODAY)
    assert len(weeks) == 8 and weeks[4] <= TODAY < weeks[4] + dt.timedelta(days=7)
    assert [tasks_ for tasks_, _ in rows[0].weeks] == [0, 1, 0, 0, 2, 0, 1, 0]
