from __future__ import annotations

import pytest

from planner.domain.changes import Kind
from planner.domain.errors import InvalidInput
from planner.domain.settings import int_setting
from planner.services.plan import ConflictError, Plan, open_plan
from planner.services.settings import change_setting, read_setting
from planner.services.week import week
from tests.conftest import TODAY

PORTIONS = int_setting("test.portions", 2, 0, 20)


def test_a_changed_setting_is_kept_in_the_plan_and_seen_by_the_rules(
    plan: Plan, plan_path: object
) -> None:
    assert read_setting(plan, PORTIONS) == 2

    (before, after), changes = change_setting(plan, PORTIONS, 4)

    assert (before, after) == (2, 4)
    assert changes.ids(Kind.SETTING) == {PORTIONS.key}
    reopened = open_plan(f"sqlite:///{plan_path}")
    try:
        assert read_setting(reopened, PORTIONS) == 4
    finally:
        reopened.close()
    with plan.unit_of_work() as work:
        window = work.store.reader().window(TODAY, TODAY, TODAY)
    assert PORTIONS.read(window.settings) == 4
    assert week(plan, TODAY, today=TODAY).days  # the week still builds with settings in it


def test_a_value_the_setting_cannot_hold_is_refused_and_nothing_changes(plan: Plan) -> None:
    change_setting(plan, PORTIONS, 3)

    with pytest.raises(InvalidInput, match="from 0 to 20"):
        change_setting(plan, PORTIONS, 99)

    assert read_setting(plan, PORTIONS) == 3


def test_a_setting_changed_by_someone_else_since_it_was_shown_is_not_saved_over(
    plan: Plan,
) -> None:
    shown = PORTIONS.show(read_setting(plan, PORTIONS))  # what the preferences dialog showed
    change_setting(plan, PORTIONS, 3, seen=shown)  # someone else saves first

    with pytest.raises(ConflictError):
        change_setting(plan, PORTIONS, 5, seen=shown)

    assert read_setting(plan, PORTIONS) == 3
    (_, after), _ = change_setting(plan, PORTIONS, 5, seen=PORTIONS.show(3))
    assert after == 5
