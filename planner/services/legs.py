"""Ride legs follow their appointment.

Called inside the unit of work of any change to an appointment's time or status, so that
the appointment and what hangs on it are saved together or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.domain.enums import AppointmentStatus, LegDirection, LegStatus
from planner.domain.model import Appointment, RideLeg
from planner.store.plan_store import PlanStore

_ANSWERED = (LegStatus.ASKED, LegStatus.CONFIRMED)


def follow_appointment(
    store: PlanStore, before: Appointment, after: Appointment, now: dt.datetime
) -> None:
    """Move, re-open or cancel the legs of ``after`` to match how it changed from ``before``.

    A leg moves by the shift of the end it serves (there: the start; back: the end). A
    driver who had said yes (or been asked) agreed to the old time: the leg goes back to
    "asked", so that it shows as a gap until they confirm the new time. A cancelled
    appointment cancels its legs.
    """
    if after.id is None:
        return
    shifts = {
        LegDirection.THERE: after.start - before.start,
        LegDirection.BACK: after.end - before.end,
    }
    cancelled = after.status is AppointmentStatus.CANCELLED
    for leg in store.legs_for([after.id]):
        if leg.status in (LegStatus.DONE, LegStatus.CANCELLED):
            continue
        changed = _followed(leg, shifts[leg.direction], cancelled, now)
        if changed != leg:
            store.update_leg(changed)


def _followed(leg: RideLeg, shift: dt.timedelta, cancelled: bool, now: dt.datetime) -> RideLeg:
    if cancelled:
        return dataclasses.replace(leg, status=LegStatus.CANCELLED, status_changed_at=now)
    if not shift:
        return leg
    moved = dataclasses.replace(leg, pickup_time=leg.pickup_time + shift)
    if leg.driver_id is not None and leg.status in _ANSWERED:
        moved = dataclasses.replace(moved, status=LegStatus.ASKED, status_changed_at=now)
    return moved
