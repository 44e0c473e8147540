"""Ride legs follow their appointment, and the home address they pick up at.

Called inside the unit of work of any change to an appointment (adding it, or changing its
time, status or "needs ride") or to the home address, so that the change and its legs are
saved together or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.domain.enums import AppointmentStatus, LegDirection, LegStatus
from planner.domain.legs import DEFAULT_TRAVEL, HOME_ADDRESS, MARGIN, planned_legs
from planner.domain.model import Appointment, LegStatusChange, Place, RideLeg
from planner.store import rides as ride_queries
from planner.store import rows

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

_ANSWERED = (LegStatus.ASKED, LegStatus.CONFIRMED)
_OVER = (LegStatus.DONE, LegStatus.CANCELLED)


def _needs_legs(appointment: Appointment) -> bool:
    return (
        appointment.id is not None
        and appointment.needs_ride
        and appointment.status is AppointmentStatus.SCHEDULED
    )


class _Planner:
    """Plans the legs of appointments with the plan's settings, each place read once."""

    def __init__(self, store: PlanStore) -> None:
        settings = store.settings()
        self.store = store
        self.travel = dt.timedelta(minutes=DEFAULT_TRAVEL.read(settings))
        self.margin = dt.timedelta(minutes=MARGIN.read(settings))
        self.home = HOME_ADDRESS.read(settings)
        self.places: dict[str, Place | None] = {}

    def legs(self, appointment: Appointment) -> tuple[RideLeg, RideLeg]:
        name = appointment.location.strip().lower()
        if name not in self.places:
            self.places[name] = ride_queries.place_named(self.store, appointment.location)
        return planned_legs(
            appointment,
            self.places[name],
            default_travel=self.travel,
            margin=self.margin,
            home=self.home,
        )


def add_legs(store: PlanStore, appointment: Appointment, now: dt.datetime) -> list[RideLeg]:
    """Give a scheduled appointment that needs a ride the legs it lacks (there, back).

    The leg there picks up at home the place's travel time plus the plan's margin before
    the start; the leg back at the expected end. Returns the legs added.
    """
    if not _needs_legs(appointment):
        return []
    assert appointment.id is not None
    live = {leg.direction for leg in store.legs_for([appointment.id]) if leg.status not in _OVER}
    return _add_missing(store, appointment, live, now)


def _add_missing(
    store: PlanStore, appointment: Appointment, live: set[LegDirection], now: dt.datetime
) -> list[RideLeg]:
    if not _needs_legs(appointment) or len(live) == len(LegDirection):
        return []
    wanted = [leg for leg in _Planner(store).legs(appointment) if leg.direction not in live]
    added = [store.leg(leg_id) for leg_id in store.add_all(wanted)]
    for leg in added:
        ride_queries.note_status(store, leg, now)
    return added


def add_legs_to_new(store: PlanStore, appointments: Sequence[Appointment], now: dt.datetime) -> int:
    """Give appointments just added (none has a leg yet) the legs each needs, as
    :func:`add_legs` would, in one write: an import of thousands. Returns how many."""
    planner = _Planner(store)
    wanted = [leg for a in appointments if _needs_legs(a) for leg in planner.legs(a)]
    if not wanted:
        return 0
    ids = store.insert_many(wanted)
    store.insert_many(
        [LegStatusChange(i, leg.status, now) for i, leg in zip(ids, wanted, strict=True)]
    )
    return len(ids)


def follow_appointment(
    store: PlanStore, before: Appointment, after: Appointment, now: dt.datetime
) -> None:
    """Move, re-open, cancel, add or remove the legs of ``after`` to match how it changed.

    A leg moves by the shift of the end it serves (there: the start; back: the end). A
    driver who had said yes (or been asked) agreed to the old time: the leg goes back to
    "asked", so that it shows as a gap until they confirm the new time. A cancelled
    appointment cancels its legs. Switching "needs ride" off removes the legs nobody was
    asked for and cancels the others (their driver must hear of it); switching it on, or
    scheduling a cancelled appointment again, adds the legs it lacks.
    """
    if after.id is None:
        return
    shifts = {
        LegDirection.THERE: after.start - before.start,
        LegDirection.BACK: after.end - before.end,
    }
    cancelled = after.status is AppointmentStatus.CANCELLED or not after.needs_ride
    live = set()
    for leg in store.legs_of(after.id):
        if leg.status in _OVER:
            continue
        if not after.needs_ride and leg.driver_id is None and leg.id is not None:
            rows.remove(store.session, RideLeg, leg.id)
            continue
        changed = _followed(leg, shifts[leg.direction], cancelled, now)
        if changed != leg:
            store.update_leg(changed)
            if changed.status is not leg.status:
                ride_queries.note_status(store, changed, now)
        if changed.status not in _OVER:
            live.add(changed.direction)
    _add_missing(store, after, live, now)


def follow_home(
    store: PlanStore, before: str, after: str, now: dt.datetime
) -> list[tuple[RideLeg, RideLeg]]:
    """Give the new home address to the legs that pick the patient up at home.

    Called inside the unit of work that changes the address. Every live leg there still to
    come whose pickup place is the old address (or empty) takes the new one; legs already
    driven, cancelled or picking up somewhere else keep theirs. Returns each leg before and
    after.
    """
    old, new = before.strip(), after.strip()
    if old == new:
        return []
    moved = []
    for leg in store.legs(now.date()):
        if (
            leg.direction is LegDirection.THERE
            and leg.status not in _OVER
            and leg.pickup_time > now
            and leg.pickup_place.strip() in ("", old)
        ):
            moved.append((leg, store.update_leg(dataclasses.replace(leg, pickup_place=new))))
    return moved


def _followed(leg: RideLeg, shift: dt.timedelta, cancelled: bool, now: dt.datetime) -> RideLeg:
    if cancelled:
        return dataclasses.replace(leg, status=LegStatus.CANCELLED, status_changed_at=now)
    if not shift:
        return leg
    moved = dataclasses.replace(leg, pickup_time=leg.pickup_time + shift)
    if leg.driver_id is not None and leg.status in _ANSWERED:
        moved = dataclasses.replace(moved, status=LegStatus.ASKED, status_changed_at=now)
    return moved
