"""Plan settings: read one, or change one as a user action."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

from planner.domain.activity import AUTHOR_KEY
from planner.domain.errors import InvalidInput, said
from planner.domain.profile import HOME_ADDRESS
from planner.domain.settings import Setting
from planner.domain.sharing import TIME_ZONE
from planner.services.changes import Changes
from planner.services.legs import follow_home
from planner.services.plan import CONFLICT, ConflictError, Plan

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

T = TypeVar("T")


def read_setting(plan: Plan, setting: Setting[T]) -> T:
    with plan.unit_of_work() as work:
        return setting.read(work.store.settings())


def stored_settings(plan: Plan) -> dict[str, str]:
    """Every stored setting as text by key, for views that apply several rules at once."""
    with plan.unit_of_work() as work:
        return work.store.settings()


def change_setting(
    plan: Plan, setting: Setting[T], value: T, *, seen: str | None = None
) -> tuple[tuple[T, T], Changes]:
    """Store ``value``; returns the value before and after. A value the setting cannot hold
    is refused with an InvalidInput and nothing is stored.

    ``seen`` is the setting as the person saw it (its text); when someone else changed it
    since, the change is refused with a ConflictError instead of saved over theirs.
    """
    try:
        checked = setting.check(value)
    except ValueError as error:
        raise InvalidInput(said(error)) from None
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        if seen is not None and setting.show(setting.read(work.store.settings())) != seen:
            raise ConflictError(CONFLICT)
        before = write_setting(work.store, setting, checked, now)
        work.commit()
    if setting.key == TIME_ZONE.key:
        plan.clock.zone = setting.show(checked)  # "today" follows the plan's zone at once
    if setting.key.startswith(AUTHOR_KEY):
        plan.forget_author()  # the next change carries the new name
    # A setting can change any rule's answer, so every area looks again.
    return (before, checked), work.changes


def write_setting(store: PlanStore, setting: Setting[T], value: T, now: dt.datetime) -> T:
    """Store a checked ``value`` inside the caller's unit of work, with what follows from it
    (the legs picking up at home follow the home address); returns the value before."""
    before = setting.read(store.settings())
    store.set_setting(setting.key, setting.show(value))
    if setting.key == HOME_ADDRESS.key:
        follow_home(store, str(before), str(value), now)
    return before
