"""Ride legs: the changes a user makes to one leg.

Each change returns the leg before and after it. Passing ``expected_version`` (the version
of the leg the user was looking at) makes the change refuse, with a ConflictError, when
someone else changed the leg in between: on a shared plan nobody overwrites another
caregiver's answer silently.
"""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import Area, LegStatus
from planner.domain.model import RideLeg
from planner.services.changes import Changes
from planner.services.plan import Plan

LegChange = tuple[RideLeg, RideLeg]
"""The leg before and after a change."""


def set_leg_status(
    plan: Plan, leg_id: int, status: LegStatus, *, expected_version: int | None = None
) -> tuple[LegChange, Changes]:
    """Move a leg to ``status`` (asked, confirmed, ...)."""
    with plan.unit_of_work() as work:
        before = work.store.leg(leg_id)
        after = work.store.set_leg(
            leg_id, status=status, at=dt.datetime.now(), expected_version=expected_version
        )
        work.commit()
    return (before, after), Changes.of(Area.RIDES)


def set_driver(
    plan: Plan, leg_id: int, driver_id: int | None, *, expected_version: int | None = None
) -> tuple[LegChange, Changes]:
    """Give a leg a driver (or none)."""
    with plan.unit_of_work() as work:
        before = work.store.leg(leg_id)
        after = work.store.set_leg(
            leg_id,
            driver_id=driver_id,
            clear_driver=driver_id is None,
            expected_version=expected_version,
        )
        work.commit()
    return (before, after), Changes.of(Area.RIDES)
