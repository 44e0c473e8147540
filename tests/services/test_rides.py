from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import Area, LegDirection, LegStatus
from planner.domain.errors import PlannerError
from planner.domain.model import RideLeg
from planner.services import lists
from planner.services.plan import ConflictError, Plan
from planner.services.rides import set_driver, set_leg_status
from planner.services.week import check, week
from tests.conftest import TODAY


def todays_legs(plan: Plan) -> dict[LegDirection, RideLeg]:
    legs, appointments, _ = lists.legs(plan, TODAY)
    return {
        leg.direction: leg for leg in legs if appointments[leg.appointment_id].start.date() == TODAY
    }


def helper_id(plan: Plan, name: str) -> int:
    (found,) = [h.id for h in lists.helpers(plan) if h.name == name]
    assert found is not None
    return found


def test_confirming_the_asked_leg_closes_the_gap(demo_plan: Plan) -> None:
    back = todays_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None and back.status is LegStatus.ASKED
    before_call = dt.datetime.now()

    (previous, after), changes = set_leg_status(demo_plan, back.id, LegStatus.CONFIRMED)

    assert previous == back
    assert after.status is LegStatus.CONFIRMED
    assert back.version is not None and after.version == back.version + 1
    assert changes.concerns(Area.RIDES) and changes.concerns(Area.WEEK)
    assert not changes.concerns(Area.FREEZER)
    now = todays_legs(demo_plan)[LegDirection.BACK]
    assert now.status is LegStatus.CONFIRMED
    assert now.status_changed_at is not None and now.status_changed_at >= before_call
    assert week(demo_plan, TODAY, today=TODAY).gaps == ()
    assert TODAY not in {g.date for g in check(demo_plan, weeks=1, today=TODAY)}


def test_taking_the_driver_away_opens_a_gap(demo_plan: Plan) -> None:
    there = todays_legs(demo_plan)[LegDirection.THERE]
    assert there.id is not None and there.driver_id is not None

    (previous, _), changes = set_driver(demo_plan, there.id, None)

    assert previous == there
    assert changes.concerns(Area.RIDES) and changes.concerns(Area.WEEK)
    assert todays_legs(demo_plan)[LegDirection.THERE].driver_id is None
    kinds = [g.kind for g in week(demo_plan, TODAY, today=TODAY).gaps]
    assert kinds == ["ride_without_driver", "ride_not_confirmed"]  # there (08:15), then home


def test_setting_a_driver_keeps_the_status(demo_plan: Plan) -> None:
    back = todays_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None
    tom = helper_id(demo_plan, "Tom Becker")

    (previous, _), _ = set_driver(demo_plan, back.id, tom)

    now = todays_legs(demo_plan)[LegDirection.BACK]
    assert previous.driver_id == helper_id(demo_plan, "Ana Ruiz")
    assert (now.driver_id, now.status) == (tom, LegStatus.ASKED)
    assert "Tom Becker was asked" in week(demo_plan, TODAY, today=TODAY).gaps[0].message


def test_a_missing_leg_changes_nothing(demo_plan: Plan) -> None:
    before = lists.legs(demo_plan, TODAY - dt.timedelta(days=30))

    with pytest.raises(PlannerError, match="ride leg 9999 is no longer in the plan"):
        set_leg_status(demo_plan, 9999, LegStatus.CONFIRMED)
    with pytest.raises(PlannerError, match="ride leg 9999 is no longer in the plan"):
        set_driver(demo_plan, 9999, None)

    assert lists.legs(demo_plan, TODAY - dt.timedelta(days=30)) == before


def test_an_unknown_driver_changes_nothing(demo_plan: Plan) -> None:
    back = todays_legs(demo_plan)[LegDirection.BACK]
    assert back.id is not None

    with pytest.raises(PlannerError, match="could not be saved"):
        set_driver(demo_plan, back.id, 9999)

    assert todays_legs(demo_plan)[LegDirection.BACK] == back


def test_a_change_from_a_stale_view_is_refused(demo_plan: Plan) -> None:
    """Two caregivers: one confirms the ride home; the other, still looking at the leg as it
    was, tries to take the driver away. The second change is refused, not saved over."""
    seen = todays_legs(demo_plan)[LegDirection.BACK]
    assert seen.id is not None

    set_leg_status(demo_plan, seen.id, LegStatus.CONFIRMED, expected_version=seen.version)
    with pytest.raises(ConflictError, match="Someone else changed"):
        set_driver(demo_plan, seen.id, None, expected_version=seen.version)
    with pytest.raises(ConflictError):
        set_leg_status(demo_plan, seen.id, LegStatus.NEEDED, expected_version=seen.version)

    now = todays_legs(demo_plan)[LegDirection.BACK]
    assert (now.status, now.driver_id) == (LegStatus.CONFIRMED, seen.driver_id)
