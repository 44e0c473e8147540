"""Ride legs: the changes a user makes to one leg, and what the window shows of one.

Each change returns the leg before and after it. Passing ``expected_version`` (the version
of the leg the user was looking at) makes the change refuse, with a ConflictError, when
someone else changed the leg in between: on a shared plan nobody overwrites another
caregiver's answer silently. A change the plan cannot accept (a pickup after the start, a
driver who does not drive, confirming a ride nobody drives) is refused with an
InvalidInput; nothing is saved then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain import legs as rules
from planner.domain.enums import LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.domain.model import Appointment, Helper, LegStatusChange, Place, RideLeg
from planner.domain.profile import read_profile
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import lazy, plan_store
from planner.store import rides as queries

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

LegChange = tuple[RideLeg, RideLeg]
"""The leg before and after a change."""

_NEEDS_DRIVER = (LegStatus.ASKED, LegStatus.CONFIRMED, LegStatus.DONE)
_STATUS_WORDS = {
    LegStatus.ASKED: translate("Errors", "asked"),
    LegStatus.CONFIRMED: translate("Errors", "confirmed"),
    LegStatus.DONE: translate("Errors", "done"),
}


def _change(
    plan: Plan,
    leg_id: int,
    expected_version: int | None,
    edit: Callable[[PlanStore, RideLeg], RideLeg],
    now: dt.datetime | None = None,
) -> tuple[LegChange, Changes]:
    """Run ``edit`` on the leg as stored, check the result, and save it in one unit of work."""
    with plan.unit_of_work() as work:
        before = work.store.leg(leg_id)
        if expected_version is not None and before.version != expected_version:
            # Checked first: a refusal must name the real reason, someone else's change.
            raise lazy.StaleDataError(f"ride leg {leg_id} is at version {before.version}")
        after = edit(work.store, before)
        if after != before:
            _check(work.store, after)
            after = work.store.update_leg(after)
            if after.status is not before.status:
                # The history notes when it happened (an undo takes the note back with it).
                queries.note_status(work.store, after, now or plan.clock.now())
        work.commit()
    return (before, after), work.changes


def _check(store: PlanStore, leg: RideLeg) -> None:
    rules.check_pickup(leg, store.appointment(leg.appointment_id))
    for helper_id in (leg.driver_id, leg.backup_driver_id):
        if helper_id is not None:
            rules.check_driver(queries.helper(store, helper_id))
    if leg.driver_id is not None and leg.driver_id == leg.backup_driver_id:
        raise InvalidInput(
            translate("Errors", "The backup driver must be someone else; nothing was saved.")
        )
    if leg.status in _NEEDS_DRIVER and leg.driver_id is None:
        word = _STATUS_WORDS[leg.status]
        raise InvalidInput(
            translate(
                "Errors",
                "This ride has no driver yet: choose one before marking it {word}. "
                "Nothing was saved.",
            ).format(word=word)
        )


def _with_status(leg: RideLeg, status: LegStatus, now: dt.datetime) -> RideLeg:
    if leg.status is status:
        return leg
    return dataclasses.replace(leg, status=status, status_changed_at=now)


def _with_driver(leg: RideLeg, driver_id: int | None, now: dt.datetime) -> RideLeg:
    """A new driver has not been asked yet; the old one's answer does not carry over."""
    if driver_id == leg.driver_id:
        return leg
    changed = dataclasses.replace(leg, driver_id=driver_id)
    if changed.backup_driver_id == driver_id:
        changed = dataclasses.replace(changed, backup_driver_id=None)
    if leg.status in (LegStatus.ASKED, LegStatus.CONFIRMED):
        changed = _with_status(changed, LegStatus.NEEDED, now)
    return changed


def set_leg_status(
    plan: Plan,
    leg_id: int,
    status: LegStatus,
    *,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[LegChange, Changes]:
    """Move a leg to ``status`` (asked, confirmed, ...), noting when."""
    moment = now or plan.clock.now()
    return _change(
        plan, leg_id, expected_version, lambda _, leg: _with_status(leg, status, moment), moment
    )


def set_driver(
    plan: Plan,
    leg_id: int,
    driver_id: int | None,
    *,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[LegChange, Changes]:
    """Give a leg a driver (or none); a new driver still has to be asked."""
    moment = now or plan.clock.now()
    return _change(
        plan, leg_id, expected_version, lambda _, leg: _with_driver(leg, driver_id, moment), moment
    )


def claim_leg(
    plan: Plan,
    leg_id: int,
    helper_id: int,
    *,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[LegChange, Changes]:
    """A helper signs up to drive a leg that needs a driver: their own yes confirms it."""
    moment = now or plan.clock.now()

    def claim(_: PlanStore, leg: RideLeg) -> RideLeg:
        if leg.driver_id not in (None, helper_id):
            raise InvalidInput(
                translate("Errors", "Someone else drives this ride already; nothing was changed.")
            )
        return _with_status(_with_driver(leg, helper_id, moment), LegStatus.CONFIRMED, moment)

    return _change(plan, leg_id, expected_version, claim, moment)


def swap_to_backup(
    plan: Plan, leg_id: int, *, expected_version: int | None = None, now: dt.datetime | None = None
) -> tuple[LegChange, Changes]:
    """The backup drives instead (and the driver becomes the backup); they must be asked."""
    moment = now or plan.clock.now()

    def swap(_: PlanStore, leg: RideLeg) -> RideLeg:
        if leg.backup_driver_id is None:
            raise InvalidInput(
                translate(
                    "Errors", "This ride has no backup driver to swap to; nothing was changed."
                )
            )
        # The backup becomes the driver (still to be asked), the driver the backup.
        swapped = _with_driver(leg, leg.backup_driver_id, moment)
        return dataclasses.replace(swapped, backup_driver_id=leg.driver_id)

    return _change(plan, leg_id, expected_version, swap, moment)


def plan_leg(
    plan: Plan,
    leg_id: int,
    *,
    pickup_time: dt.datetime,
    travel: dt.timedelta,
    driver_id: int | None,
    backup_driver_id: int | None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[LegChange, Changes]:
    """Save what the ride dialog shows: pickup, travel time, driver and backup at once."""
    moment = now or plan.clock.now()

    def edit(_: PlanStore, leg: RideLeg) -> RideLeg:
        changed = _with_driver(leg, driver_id, moment)
        return dataclasses.replace(
            changed, pickup_time=pickup_time, travel=travel, backup_driver_id=backup_driver_id
        )

    return _change(plan, leg_id, expected_version, edit, moment)


# ---------------------------------------------------------------- reading
ComingLegs = tuple[list[RideLeg], dict[int, Appointment], dict[int, Helper]]


def coming_legs(plan: Plan, first: dt.date, last: dt.date) -> ComingLegs:
    """Legs picking up from ``first`` to ``last`` (inclusive), with their appointments and
    the helpers; one narrow query each, however long the plan."""
    with plan.unit_of_work() as work:
        found = work.store.legs(first, last)
        appointments = queries.appointments_of(work.store, found)
        helpers = {h.id: h for h in work.store.helpers() if h.id is not None}
    return found, appointments, helpers


def leg_day(plan: Plan, leg_id: int) -> dt.date | None:
    """The day a leg picks up, or ``None`` when it is no longer in the plan."""
    with plan.unit_of_work() as work:
        try:
            return work.store.leg(leg_id).pickup_time.date()
        except plan_store.RecordMissing:
            return None


@dataclass(frozen=True)
class LegDetails:
    """A leg with everything the ride dialog and the ride card show."""

    leg: RideLeg
    appointment: Appointment
    driver: Helper | None
    backup: Helper | None
    place: Place | None
    options: tuple[rules.DriverOption, ...]
    history: tuple[LegStatusChange, ...]
    """Each status the leg moved to, oldest first."""
    patient: str
    patient_phone: str
    home: str
    out_of_hours: str
    """The care team's out-of-hours number (empty when the plan has none)."""


def leg_details(plan: Plan, leg_id: int) -> LegDetails:
    """The leg, its appointment and people, and each driver with what keeps them busy then.

    A leg the plan does not hold (a mistyped id, or removed meanwhile) is an InvalidInput.
    """
    with plan.unit_of_work() as work:
        store = work.store
        try:
            leg = store.leg(leg_id)
        except plan_store.RecordMissing:
            raise InvalidInput(
                translate(
                    "Errors", "The plan has no ride leg {leg_id} (it may have been removed)."
                ).format(leg_id=str(leg_id))
            ) from None
        appointment = store.appointment(leg.appointment_id)
        helpers = store.helpers()
        day = leg.pickup_time.date()
        around = (day - dt.timedelta(days=1), day + dt.timedelta(days=1))
        profile = read_profile(store.settings())
        options = rules.driver_options(leg, helpers, store.legs(*around), store.tasks(*around))
        by_id = {helper.id: helper for helper in helpers}
        return LegDetails(
            leg,
            appointment,
            by_id.get(leg.driver_id) if leg.driver_id is not None else None,
            by_id.get(leg.backup_driver_id) if leg.backup_driver_id is not None else None,
            queries.place_named(store, appointment.location),
            tuple(options),
            tuple(queries.status_history(store, leg_id)),
            profile.name,
            profile.phone,
            profile.home,
            profile.out_of_hours,
        )
