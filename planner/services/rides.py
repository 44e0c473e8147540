"""Ride legs: the changes a user makes to one leg."""

from __future__ import annotations

import datetime as dt

from planner.domain.enums import Area, LegStatus
from planner.domain.model import RideLeg
from planner.services.changes import Changes
from planner.services.plan import Plan


def set_leg_status(plan: Plan, leg_id: int, status: LegStatus) -> tuple[RideLeg, Changes]:
    """Move a leg to ``status`` (asked, confirmed, ...); returns the leg as it was before."""
    with plan.unit_of_work() as work:
        before = work.store.leg(leg_id)
        now = dt.datetime.now()
        work.store.set_leg(leg_id, status=status, at=now)
        work.commit()
    return before, Changes.of(Area.RIDES)


def set_driver(plan: Plan, leg_id: int, driver_id: int | None) -> tuple[RideLeg, Changes]:
    """Give a leg a driver (or none); returns the leg as it was before."""
    with plan.unit_of_work() as work:
        before = work.store.leg(leg_id)
        work.store.set_leg(leg_id, driver_id=driver_id, clear_driver=driver_id is None)
        work.commit()
    return before, Changes.of(Area.RIDES)
