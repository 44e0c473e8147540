"""Plan settings: read one, or change one as a user action."""

from __future__ import annotations

from typing import TypeVar

from planner.domain.enums import Area
from planner.domain.errors import InvalidInput
from planner.domain.settings import Setting
from planner.domain.sharing import TIME_ZONE
from planner.services.changes import Changes
from planner.services.plan import Plan

T = TypeVar("T")


def read_setting(plan: Plan, setting: Setting[T]) -> T:
    with plan.unit_of_work() as work:
        return setting.read(work.store.settings())


def stored_settings(plan: Plan) -> dict[str, str]:
    """Every stored setting as text by key, for views that apply several rules at once."""
    with plan.unit_of_work() as work:
        return work.store.settings()


def change_setting(plan: Plan, setting: Setting[T], value: T) -> tuple[tuple[T, T], Changes]:
    """Store ``value``; returns the value before and after. A value the setting cannot hold
    is refused with an InvalidInput and nothing is stored."""
    try:
        checked = setting.check(value)
    except ValueError as error:
        raise InvalidInput(str(error)) from None
    with plan.unit_of_work() as work:
        before = setting.read(work.store.settings())
        work.store.set_setting(setting.key, setting.show(checked))
        work.commit()
    if setting.key == TIME_ZONE.key:
        plan.clock.zone = setting.show(checked)  # "today" follows the plan's zone at once
    # A setting can change any rule's answer, so every area looks again.
    return (before, checked), Changes.of(*Area)
