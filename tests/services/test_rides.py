from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, Capability, LegDirection, LegStatus
from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.model import Appointment, Helper, RideLeg
from planner.services import lists
from planner.services.appointments import add_appointment
from planner.services.plan import ConflictError, Plan
from planner.services.rides import (
    leg_details,
    plan_leg,
    set_driver,
    set_leg_status,
    swap_to_backup,
)
from planner.services.undo import put_back
from planner.services.week import check, week
from tests.conftest import TODAY, TREATMENT

RIDE_KINDS = {"ride_without_driver", "ride_not_confirmed"}


@pytest.fixture
def plan_with_a_leg(plan: Plan) -> tuple[Plan, int, int]:
    """A plan with one driver and an appointment that needs a ride (so it has two legs)."""
    with plan.unit_of_work() as work:
        sam = work.store.add(Helper("Sam Keller", capabilities=frozenset({Capability.DRIVE})))
        work.commit()
    visit = Appointment(
        AppointmentKind.SCAN,
        "Scan",
        dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(11)),
        needs_ride=True,
    )
    add_appointment(plan, visit, today=TODAY)
    legs, _, _ = lists.legs(plan, TODAY)
    (there,) = [leg.id for leg in legs if leg.direction is LegDirection.THERE]
    assert there is not None
    return plan, there, sam


def ride_gaps(plan: Plan) -> list[str]:
    """The kinds of the ride gaps in the week of the demo's next chemotherapy, in the order
    the week lists them."""
    return [g.kind for g in week(plan, TREATMENT, today=TODAY).gaps if g.kind in RIDE_KINDS]


def treatment_legs(plan: Plan) -> dict[LegDirection, RideLeg]:
    """The ride legs of the demo's next chemotherapy (on TREATMENT)."""
    legs, appointments, _ = lists.legs(plan, TODAY)
    return {
        leg.direction: leg
        for leg in legs
        if appointments[leg.appointment_id].start.date() == TREATMENT
    }


def helper_id(plan: Plan, name: str) -> int:
    (found,) = [h.id for h in lists.helpers(plan) if h.name == name]
    assert found is not None
    return found


def test_confirming_the_asked_leg_closes_the_gap(demo_plan: Plan, now: dt.datetime) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None and back.status is LegStatus.ASKED
    assert [g.date for g in check(demo_plan, weeks=1, today=TODAY) if g.kind in RIDE_KINDS] == [
        TREATMENT
    ]

    (previous, after), changes = set_leg_status(demo_plan, back.id, LegStatus.CONFIRMED)

    assert previous == back
    assert after.status is LegStatus.CONFIRMED
    assert back.version is not None and after.version == back.version + 1
    assert changes.ids(Kind.RIDE_LEG) == {back.id}
    (leg,) = [c for c in changes.records if c.kind is Kind.RIDE_LEG]
    assert leg.fields["status"] == ("asked", "confirmed")
    assert (leg.old_version, leg.new_version) == (back.version, after.version)
    assert not changes.touches({Kind.MEAL})
    stored = treatment_legs(demo_plan)[LegDirection.BACK]
    assert stored.status is LegStatus.CONFIRMED
    assert stored.status_changed_at == now  # the plan's (pinned) clock
    assert ride_gaps(demo_plan) == []
    assert TREATMENT not in {
        g.date for g in check(demo_plan, weeks=1, today=TODAY) if g.kind in RIDE_KINDS
    }


def test_taking_the_driver_away_opens_a_gap(demo_plan: Plan) -> None:
    there = treatment_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None and there.driver_id is not None

    (previous, _), changes = set_driver(demo_plan, there.id, None)

    assert previous == there
    assert changes.ids(Kind.RIDE_LEG) == {there.id}
    assert treatment_legs(demo_plan)[LegDirection.THERE].driver_id is None
    assert ride_gaps(demo_plan) == ["ride_without_driver", "ride_not_confirmed"]  # there, home


def test_a_new_driver_has_not_been_asked_yet(demo_plan: Plan) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None
    tom = helper_id(demo_plan, "Tom Becker")

    (previous, _), _ = set_driver(demo_plan, back.id, tom)

    now = treatment_legs(demo_plan)[LegDirection.BACK]
    assert previous.driver_id == helper_id(demo_plan, "Ana Ruiz")
    assert (now.driver_id, now.status) == (tom, LegStatus.NEEDED)
    (gap,) = [g for g in week(demo_plan, TREATMENT, today=TODAY).gaps if g.kind in RIDE_KINDS]
    assert gap.date == TREATMENT
    assert "Tom Becker has not been asked yet" in str(gap.message)


def test_a_missing_leg_changes_nothing(demo_plan: Plan) -> None:
    before = lists.legs(demo_plan, TODAY - dt.timedelta(days=30))

    with pytest.raises(PlannerError, match="ride leg 9999 is no longer in the plan"):
        set_leg_status(demo_plan, 9999, LegStatus.CONFIRMED)
    with pytest.raises(PlannerError, match="ride leg 9999 is no longer in the plan"):
        set_driver(demo_plan, 9999, None)

    assert lists.legs(demo_plan, TODAY - dt.timedelta(days=30)) == before


def test_an_unknown_driver_changes_nothing(demo_plan: Plan) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None

    with pytest.raises(PlannerError, match="helper 9999 is no longer in the plan"):
        set_driver(demo_plan, back.id, 9999)

    assert treatment_legs(demo_plan)[LegDirection.BACK] == back


def test_a_change_from_a_stale_view_is_refused(demo_plan: Plan) -> None:
    """Two caregivers: one confirms the ride home; the other, still looking at the leg as it
    was, tries to take the driver away. The second change is refused, not saved over."""
    seen = treatment_legs(demo_plan)[LegDirection.BACK]
    assert seen.id is not None

    set_leg_status(demo_plan, seen.id, LegStatus.CONFIRMED, expected_version=seen.version)
    with pytest.raises(ConflictError, match="Someone else changed"):
        set_driver(demo_plan, seen.id, None, expected_version=seen.version)
    with pytest.raises(ConflictError):
        set_leg_status(demo_plan, seen.id, LegStatus.NEEDED, expected_version=seen.version)

    now = treatment_legs(demo_plan)[LegDirection.BACK]
    assert (now.status, now.driver_id) == (LegStatus.CONFIRMED, seen.driver_id)


# ---------------------------------------------------------------- bad input and quick actions
def test_confirming_a_leg_without_a_driver_changes_nothing(demo_plan: Plan) -> None:
    there = treatment_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None
    set_driver(demo_plan, there.id, None)
    before = treatment_legs(demo_plan)[LegDirection.THERE]

    with pytest.raises(InvalidInput, match="no driver yet: choose one before marking it"):
        set_leg_status(demo_plan, there.id, LegStatus.CONFIRMED)

    assert treatment_legs(demo_plan)[LegDirection.THERE] == before


def test_a_helper_who_does_not_drive_is_refused(demo_plan: Plan) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None

    with pytest.raises(InvalidInput, match="Lena Hoff does not drive"):
        set_driver(demo_plan, back.id, helper_id(demo_plan, "Lena Hoff"))

    assert treatment_legs(demo_plan)[LegDirection.BACK] == back


def test_a_pickup_after_the_start_is_refused(demo_plan: Plan) -> None:
    there = treatment_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None

    with pytest.raises(InvalidInput, match="after the appointment starts"):
        plan_leg(
            demo_plan,
            there.id,
            pickup_time=dt.datetime.combine(TREATMENT, dt.time(9, 30)),
            travel=there.travel,
            driver_id=there.driver_id,
            backup_driver_id=there.backup_driver_id,
        )

    assert treatment_legs(demo_plan)[LegDirection.THERE] == there


def test_swapping_to_the_backup_needs_the_backup_asked(demo_plan: Plan) -> None:
    there = treatment_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None and there.status is LegStatus.CONFIRMED

    (_, after), _ = swap_to_backup(demo_plan, there.id)

    assert (after.driver_id, after.backup_driver_id) == (there.backup_driver_id, there.driver_id)
    assert after.status is LegStatus.NEEDED
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None and back.backup_driver_id is None
    with pytest.raises(InvalidInput, match="no backup driver"):
        swap_to_backup(demo_plan, back.id)


def test_undo_takes_a_change_back_and_redo_makes_it_again(demo_plan: Plan) -> None:
    there = treatment_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None
    history = leg_details(demo_plan, there.id).history
    (_, swapped), changes = swap_to_backup(demo_plan, there.id)

    undone = put_back(demo_plan, changes)

    restored = treatment_legs(demo_plan)[LegDirection.THERE]
    fields = ("driver_id", "backup_driver_id", "status", "status_changed_at", "pickup_time")
    assert [getattr(restored, f) for f in fields] == [getattr(there, f) for f in fields]
    assert leg_details(demo_plan, there.id).history == history  # the note went with it
    put_back(demo_plan, undone)
    again = treatment_legs(demo_plan)[LegDirection.THERE]
    assert [getattr(again, f) for f in fields] == [getattr(swapped, f) for f in fields]


def test_an_undo_after_someone_else_changed_the_leg_is_refused(demo_plan: Plan) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None
    _, changes = set_leg_status(demo_plan, back.id, LegStatus.CONFIRMED)
    set_driver(demo_plan, back.id, helper_id(demo_plan, "Tom Becker"))  # someone else

    with pytest.raises(ConflictError, match="Someone else changed"):
        put_back(demo_plan, changes)

    now = treatment_legs(demo_plan)[LegDirection.BACK]
    assert (now.driver_id, now.status) == (helper_id(demo_plan, "Tom Becker"), LegStatus.NEEDED)


def test_the_ride_dialog_sees_who_is_free(demo_plan: Plan) -> None:
    back = treatment_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None

    details = leg_details(demo_plan, back.id)

    names = {option.helper.name: option for option in details.options}
    assert set(names) == {"Sam Keller", "Ana Ruiz", "Tom Becker"}  # the helpers who drive
    assert names["Sam Keller"].free and names["Ana Ruiz"].free
    assert tuple(map(str, names["Tom Becker"].clashes)) == (
        "outside their usual times",
    )  # evenings only
    assert details.appointment.id == back.appointment_id
    assert details.driver is not None and details.driver.name == "Ana Ruiz"


def test_each_status_change_is_kept_with_its_time(plan_with_a_leg: tuple[Plan, int, int]) -> None:
    plan, leg_id, sam = plan_with_a_leg
    at = dt.datetime.combine(TODAY, dt.time(10))
    set_driver(plan, leg_id, sam, now=at)
    set_leg_status(plan, leg_id, LegStatus.ASKED, now=at + dt.timedelta(minutes=5))
    (_, confirmed), _ = set_leg_status(
        plan, leg_id, LegStatus.CONFIRMED, now=at + dt.timedelta(hours=2)
    )

    history = leg_details(plan, leg_id).history

    assert [(step.status, step.at.time()) for step in history[1:]] == [
        (LegStatus.ASKED, dt.time(10, 5)),
        (LegStatus.CONFIRMED, dt.time(12)),
    ]
    assert history[0].status is LegStatus.NEEDED  # when the leg was made
    assert confirmed.status_changed_at == at + dt.timedelta(hours=2)
