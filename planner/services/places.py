"""Places appointments happen at: their address, travel time from home and driver notes.

A place is named as the appointments' location names it. Its travel time sets the pickup
of the leg there; changing it re-times the coming legs to that place that have not been
confirmed yet (a confirmed driver agreed to a time, which stays).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from planner.domain.enums import LegDirection, LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.legs import check_travel
from planner.domain.messages import translate
from planner.domain.model import Place
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import rides as queries
from planner.store import rows

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

LONGEST_NAME = 200
LONGEST_PHONE = 40
PlaceChange = tuple[Place | None, Place]


def places(plan: Plan) -> list[Place]:
    with plan.unit_of_work() as work:
        return queries.places(work.store)


def place_for(plan: Plan, location: str) -> Place | None:
    """The place of an appointment's location, if the plan knows it."""
    with plan.unit_of_work() as work:
        return queries.place_named(work.store, location)


def _checked(place: Place) -> Place:
    tidy = dataclasses.replace(
        place,
        name=place.name.strip(),
        address=place.address.strip(),
        phone=place.phone.strip(),
        notes=place.notes.strip(),
    )
    if not tidy.name:
        raise InvalidInput(
            translate("Errors", "Give the place a name (as appointments name their location).")
        )
    if len(tidy.name) > LONGEST_NAME or len(tidy.phone) > LONGEST_PHONE:
        raise InvalidInput(
            translate(
                "Errors",
                "A place's name has at most {longest_name} characters and its phone "
                "number at most {longest_phone}; nothing was saved.",
            ).format(longest_name=LONGEST_NAME, longest_phone=LONGEST_PHONE)
        )
    check_travel(tidy.travel)
    return tidy


def save_place(
    plan: Plan, place: Place, *, now: dt.datetime | None = None
) -> tuple[PlaceChange, Changes]:
    """Add a place, or store it over the one of its id (refused if someone changed that)."""
    tidy = _checked(place)
    with plan.unit_of_work() as work:
        store = work.store
        same_name = queries.place_named(store, tidy.name)
        if same_name is not None and same_name.id != tidy.id:
            raise InvalidInput(
                translate("Errors", "The plan already has a place called {same_name}.").format(
                    same_name=same_name.name
                )
            )
        before = None if tidy.id is None else queries.place(store, tidy.id)
        after = rows.save(store.session, tidy)
        if before is not None and before.travel != after.travel:
            _retime(work.store, after, after.travel - before.travel, now or plan.clock.now())
        work.commit()
    return (before, after), work.changes


def _retime(store: PlanStore, place: Place, longer: dt.timedelta, now: dt.datetime) -> None:
    """Coming unconfirmed legs to ``place`` take the new travel time (there: earlier)."""
    for leg in queries.legs_at(store, place.name, now):
        if leg.status not in (LegStatus.NEEDED, LegStatus.ASKED):
            continue
        pickup = (
            leg.pickup_time - longer if leg.direction is LegDirection.THERE else leg.pickup_time
        )
        store.update_leg(dataclasses.replace(leg, pickup_time=pickup, travel=place.travel))
