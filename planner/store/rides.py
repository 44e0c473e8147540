"""Queries of the Rides area: places and their travel times, helpers by id, coming legs.

Places and legs are written through :mod:`planner.store.rows`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from planner.domain import model
from planner.store import convert, rows
from planner.store.lazy import selectinload
from planner.store.plan_store import PlanStore, RecordMissing

if TYPE_CHECKING:
    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


def places(store: PlanStore) -> list[model.Place]:
    query = select(r.PlaceRecord).order_by(r.PlaceRecord.name)
    return [convert.to_value(model.Place, rec) for rec in store.session.scalars(query)]


def place(store: PlanStore, place_id: int) -> model.Place:
    return rows.read(store.session, model.Place, place_id)


def place_named(store: PlanStore, name: str) -> model.Place | None:
    """The place an appointment's location names (compared without case), if the plan has it."""
    if not name.strip():
        return None
    query = select(r.PlaceRecord).where(func.lower(r.PlaceRecord.name) == name.strip().lower())
    record = store.session.scalars(query.limit(1)).first()
    return convert.to_value(model.Place, record) if record is not None else None


def helper(store: PlanStore, helper_id: int) -> model.Helper:
    query = (
        select(r.HelperRecord)
        .options(selectinload(r.HelperRecord.availability))
        .where(r.HelperRecord.id == helper_id)
    )
    record = store.session.scalars(query).first()
    if record is None:
        raise RecordMissing(f"helper {helper_id}")
    return convert.to_value(model.Helper, record)


def legs_at(store: PlanStore, location: str, since: dt.datetime) -> list[model.RideLeg]:
    """Legs picking up from ``since`` on, of appointments at ``location`` (as a place is
    matched: without regard to case)."""
    query = (
        select(r.RideLegRecord)
        .join(r.AppointmentRecord)
        .where(
            func.lower(r.AppointmentRecord.location) == location.strip().lower(),
            r.RideLegRecord.pickup_time >= since,
        )
        .order_by(r.RideLegRecord.pickup_time)
    )
    return [convert.to_value(model.RideLeg, rec) for rec in store.session.scalars(query)]


def appointments_of(
    store: PlanStore, legs: Sequence[model.RideLeg]
) -> dict[int, model.Appointment]:
    ids = {leg.appointment_id for leg in legs}
    query = select(r.AppointmentRecord).where(r.AppointmentRecord.id.in_(ids))
    return {
        rec.id: convert.to_value(model.Appointment, rec) for rec in store.session.scalars(query)
    }


def note_status(store: PlanStore, leg: model.RideLeg, at: dt.datetime) -> None:
    """Keep the status ``leg`` now has in its history."""
    assert leg.id is not None
    store.add(model.LegStatusChange(leg.id, leg.status, at))


def status_history(store: PlanStore, leg_id: int) -> list[model.LegStatusChange]:
    query = (
        select(r.LegStatusChangeRecord)
        .where(r.LegStatusChangeRecord.leg_id == leg_id)
        .order_by(r.LegStatusChangeRecord.id)  # the order they happened in
    )
    return [convert.to_value(model.LegStatusChange, rec) for rec in store.session.scalars(query)]
