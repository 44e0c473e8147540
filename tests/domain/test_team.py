"""The care team's rules as the window uses them: safe logins, and what a role may change."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import Area, LegDirection, LegStatus, TaskCategory, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Fix, Gap
from planner.domain.legs import PROFILE_MISSING, RIDE_WITHOUT_DRIVER
from planner.domain.model import HelpTask, RideLeg
from planner.domain.team import Permissions, Role, TeamMember, check_login, login_for, role_named

AT = dt.datetime(2026, 3, 12, 9)


def test_a_name_suggests_a_plain_login() -> None:
    assert login_for("Zoë  Martin-Díaz") == "zoe_martin_diaz"
    assert login_for("李") == ""  # nothing to go on: the person gives one


@pytest.mark.parametrize(
    "login", ["", "Ann", "9lives", "ann lee", 'a"b', "pg_ann", "care_x_helper", "public", "a" * 64]
)
def test_unsafe_logins_are_refused(login: str) -> None:
    with pytest.raises(InvalidInput, match="cannot be a login"):
        check_login(login)


def test_roles_are_read_without_regard_to_case() -> None:
    assert role_named(" Helper ") is Role.HELPER
    with pytest.raises(InvalidInput, match="'boss' is not a role"):
        role_named("boss")


def test_a_helper_may_change_their_own_and_claim_open_rides_and_tasks() -> None:
    may = Permissions.of(TeamMember("ann", "Ann", Role.HELPER, helper_id=1))
    mine, open_, theirs = (
        RideLeg(1, LegDirection.THERE, AT, driver_id=driver) for driver in (1, None, 2)
    )
    task = HelpTask(TaskCategory.MEALS, "Soup", AT, AT + dt.timedelta(hours=1))

    assert may.limited and not may.may_edit_plan
    assert may.may_change_leg(mine) and may.may_change_leg(open_)
    assert not may.may_change_leg(theirs)
    assert may.may_claim_leg(open_) and not may.may_claim_leg(mine)
    assert may.may_claim_task(task) and may.may_change_task(task)
    claimed = HelpTask(
        task.category, task.title, task.start, task.end, 2, status=TaskStatus.CLAIMED
    )
    assert not may.may_change_task(claimed) and not may.may_claim_task(claimed)
    assert may.may_change_helper(1) and not may.may_change_helper(2)


def test_an_organiser_and_a_plan_of_one_s_own_may_change_everything() -> None:
    theirs = RideLeg(1, LegDirection.BACK, AT, driver_id=2, status=LegStatus.CONFIRMED)
    for may in (Permissions(), Permissions.of(TeamMember("sam", "Sam", Role.ORGANISER))):
        assert may.may_edit_plan and may.may_change_leg(theirs) and may.may_change_helper(2)
        assert not may.may_claim_leg(theirs)


def test_a_helper_marks_only_their_own_tasks_and_fixes_only_rides_and_tasks() -> None:
    may = Permissions(Role.HELPER, helper_id=1)
    open_, mine = (
        HelpTask(TaskCategory.MEALS, "Soup", AT, AT + dt.timedelta(hours=1), helper)
        for helper in (None, 1)
    )
    assert may.may_mark_task(mine) and not may.may_mark_task(open_)  # claim it first
    assert Permissions().may_mark_task(open_)

    def gap(kind: str, area: Area) -> Gap:
        return Gap(kind, AT.date(), "", Fix(area, None, ""))

    assert may.may_fix(gap(RIDE_WITHOUT_DRIVER, Area.RIDES))
    assert may.may_fix(gap("task_without_helper", Area.HELPERS))
    assert not may.may_fix(gap(PROFILE_MISSING, Area.RIDES))  # the patient's details
    assert not may.may_fix(gap("freezer", Area.FREEZER))
    assert Permissions().may_fix(gap(PROFILE_MISSING, Area.RIDES))
