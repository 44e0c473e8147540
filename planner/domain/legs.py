"""Ride legs: their timing, who may drive them, and the gaps and reminders they cause.

An appointment that needs a ride has two legs. The leg *there* picks the patient up at
home early enough to arrive a margin before the start (travel time of the place plus the
margin); the leg *back* picks them up at the expected end. A leg keeps its own travel time,
so a driver is busy from its pickup time for that long.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from planner.domain.availability import available, overlaps
from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.gaps import RIDE_NOT_CONFIRMED, RIDE_WITHOUT_DRIVER, Fix, Gap
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, Helper, HelpTask, Place, PlanWindow, RideLeg

# The patient's profile is its own module; the rides read it, and older code finds it here.
from planner.domain.profile import HOME_ADDRESS as HOME_ADDRESS
from planner.domain.profile import PATIENT_NAME as PATIENT_NAME
from planner.domain.profile import PATIENT_PHONE as PATIENT_PHONE
from planner.domain.reminders import Reminder
from planner.domain.settings import Setting, int_setting, time_setting

DRIVER_DOUBLE_BOOKED = "driver_double_booked"
DRIVER_UNAVAILABLE = "driver_unavailable"
NOTICE_DEADLINE = "ride_notice_deadline"
PROFILE_MISSING = "profile_missing"

MARGIN = int_setting("rides.margin_minutes", 15, 0, 240)
"""Minutes the patient should arrive before the appointment starts."""
DEFAULT_TRAVEL = int_setting("rides.default_travel_minutes", 30, 0, 24 * 60)
"""Travel time to a place the plan does not know yet."""
CONFIRM_BY = time_setting("rides.confirm_by", dt.time(18))
"""The evening before a ride, a driver should have confirmed by this time."""

LONGEST_TRAVEL = dt.timedelta(days=1)
SHORTEST_BUSY = dt.timedelta(minutes=1)
"""A leg with no travel time still takes its driver a moment (and can collide)."""
_OPEN = (LegStatus.NEEDED, LegStatus.ASKED)
_LIVE = (LegStatus.NEEDED, LegStatus.ASKED, LegStatus.CONFIRMED)


# ---------------------------------------------------------------- timing
def check_travel(travel: dt.timedelta) -> dt.timedelta:
    """``travel`` if it is a possible travel time; InvalidInput otherwise."""
    if travel < dt.timedelta(0) or travel > LONGEST_TRAVEL:
        minutes = int(travel.total_seconds() // 60)
        raise InvalidInput(
            translate(
                "Errors",
                "A travel time goes from 0 minutes to one day (1440 minutes), not "
                "{minutes} minutes. Nothing was saved.",
            ).format(minutes=minutes)
        )
    return travel


def pickup_there(
    appointment: Appointment, travel: dt.timedelta, margin: dt.timedelta
) -> dt.datetime:
    """When the leg there must leave home to arrive ``margin`` before the start."""
    return appointment.start - check_travel(travel) - margin


def planned_legs(
    appointment: Appointment,
    place: Place | None,
    *,
    default_travel: dt.timedelta,
    margin: dt.timedelta,
    home: str,
) -> tuple[RideLeg, RideLeg]:
    """The two new legs (there and back) of an appointment that needs a ride."""
    assert appointment.id is not None
    travel = place.travel if place is not None else default_travel
    clinic = (place.address if place is not None and place.address else "") or appointment.location
    there = RideLeg(
        appointment.id,
        LegDirection.THERE,
        pickup_there(appointment, travel, margin),
        home,
        travel=travel,
    )
    back = RideLeg(appointment.id, LegDirection.BACK, appointment.end, clinic, travel=travel)
    return there, back


def check_pickup(leg: RideLeg, appointment: Appointment) -> None:
    """Refuse a pickup time that cannot work for the appointment (InvalidInput)."""
    check_travel(leg.travel)
    if leg.direction is LegDirection.THERE and leg.pickup_time > appointment.start:
        raise InvalidInput(
            translate(
                "Errors",
                "The pickup at {pickup} is after the appointment starts ({start}); "
                "pick up earlier. Nothing was saved.",
            ).format(pickup=leg.pickup_time.time(), start=appointment.start.time())
        )
    if leg.direction is LegDirection.BACK and leg.pickup_time < appointment.start:
        raise InvalidInput(
            translate(
                "Errors",
                "The ride home at {pickup} would leave before the appointment "
                "starts ({start}). Nothing was saved.",
            ).format(pickup=leg.pickup_time.time(), start=appointment.start.time())
        )


def busy(leg: RideLeg) -> tuple[dt.datetime, dt.datetime]:
    """The time the leg takes its driver: from the pickup for the length of the trip."""
    return leg.pickup_time, leg.pickup_time + max(leg.travel, SHORTEST_BUSY)


def legs_overlap(a: RideLeg, b: RideLeg) -> bool:
    return overlaps(*busy(a), *busy(b))


def double_bookings(legs: Iterable[RideLeg]) -> list[tuple[RideLeg, RideLeg]]:
    """Every pair of live legs with the same driver whose trips overlap, earlier first."""
    driven = sorted(
        (leg for leg in legs if leg.driver_id is not None and leg.status in _LIVE),
        key=lambda leg: (leg.pickup_time, leg.id or 0),
    )
    pairs = []
    for n, first in enumerate(driven):
        for second in driven[n + 1 :]:
            if second.pickup_time >= busy(first)[1]:
                break  # sorted by pickup: nothing later can overlap ``first``
            if second.driver_id == first.driver_id:
                pairs.append((first, second))
    return pairs


def business_days_before(day: dt.date, count: int) -> dt.date:
    """The day ``count`` business days (Monday to Friday) before ``day``."""
    while count > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def ask_by(leg: RideLeg, driver: Helper) -> dt.date | None:
    """The last day a driver with a notice period can be asked for ``leg``."""
    if driver.notice_business_days <= 0:
        return None
    return business_days_before(leg.pickup_time.date(), driver.notice_business_days)


def confirm_deadline(leg: RideLeg, confirm_by: dt.time) -> dt.datetime:
    """The evening before the ride, at ``confirm_by``."""
    return dt.datetime.combine(leg.pickup_time.date() - dt.timedelta(days=1), confirm_by)


# ---------------------------------------------------------------- choosing a driver
@dataclass(frozen=True)
class DriverOption:
    """A helper who drives, and why they may not be free for a leg (empty when free)."""

    helper: Helper
    clashes: tuple[Message, ...] = ()

    @property
    def free(self) -> bool:
        return not self.clashes


def check_driver(helper: Helper) -> None:
    if not helper.drives:
        raise InvalidInput(
            translate(
                "Errors", "{helper} does not drive; choose a helper who can. Nothing was saved."
            ).format(helper=helper.name)
        )


def driver_options(
    leg: RideLeg,
    helpers: Iterable[Helper],
    legs: Iterable[RideLeg],
    tasks: Iterable[HelpTask],
) -> list[DriverOption]:
    """Every helper who drives, free ones first, each with what keeps them busy then."""
    start, end = busy(leg)
    others = [other for other in legs if other.id != leg.id and other.status in _LIVE]
    options = []
    for helper in helpers:
        if not helper.drives:
            continue
        clashes = []
        if not available(helper, start, end):
            clashes.append(translate("Rides", "outside their usual times"))
        for other in others:
            if helper.id is not None and helper.id == other.driver_id and legs_overlap(leg, other):
                clashes.append(
                    translate("Rides", "driving another ride at {time}").format(
                        time=other.pickup_time.time()
                    )
                )
        for task in tasks:
            if task.helper_id == helper.id and overlaps(start, end, task.start, task.end):
                clashes.append(
                    translate("Rides", "booked for “{task}” at {time}").format(
                        task=task.title, time=task.start.time()
                    )
                )
        options.append(DriverOption(helper, tuple(clashes)))
    return sorted(options, key=lambda option: (not option.free, option.helper.name.casefold()))


# ---------------------------------------------------------------- gaps
def trip(appointment: Appointment, direction: LegDirection) -> Message:
    """ "Ride to Chemotherapy", to begin a sentence."""
    return _trip(appointment.title, direction)


def _trip_inside(appointment: Appointment, direction: LegDirection) -> Message:
    """ "ride to Chemotherapy", inside a sentence."""
    return _trip(appointment.title, direction, inside=True)


@lru_cache(maxsize=1024)
def _trip(title: str, direction: LegDirection, *, inside: bool = False) -> Message:
    """A ride's words by its appointment's title: a plan says the same few trips over and
    over (every week's rides to the same treatments), each made once (a message is
    immutable)."""
    if inside:
        if direction is LegDirection.THERE:
            return translate("Gaps", "ride to {appointment}").format(appointment=title)
        return translate("Gaps", "ride home from {appointment}").format(appointment=title)
    if direction is LegDirection.THERE:
        return translate("Gaps", "Ride to {appointment}").format(appointment=title)
    return translate("Gaps", "Ride home from {appointment}").format(appointment=title)


def _needing_rides(window: PlanWindow) -> list[Appointment]:
    """The window's coming scheduled appointments that need a ride (found once per window:
    each ride rule asks)."""
    return window.derived(_find_needing_rides)


def _find_needing_rides(window: PlanWindow) -> list[Appointment]:
    scheduled, today = AppointmentStatus.SCHEDULED, window.today
    return [
        appointment
        for appointment in window.appointments
        if appointment.needs_ride
        and appointment.status is scheduled
        and appointment.start.date() >= today
    ]


def _coming_legs(window: PlanWindow) -> list[tuple[Appointment, RideLeg]]:
    """Live legs of the window's coming scheduled appointments that need a ride (found once
    per window)."""
    return window.derived(_find_coming_legs)


def _find_coming_legs(window: PlanWindow) -> list[tuple[Appointment, RideLeg]]:
    return [
        (appointment, leg)
        for appointment in _needing_rides(window)
        for leg in window.legs_of(appointment.id)
        if leg.status in _LIVE
    ]


def _ride_gap(
    appointment: Appointment,
    direction: LegDirection,
    leg: RideLeg | None,
    window: PlanWindow,
    confirm_by: dt.time,
    said: dict[tuple[object, ...], Message],
) -> Gap | None:
    """The gap of one way of a ride, if it is not arranged; ``said`` keeps the words a
    window's rides share (a driver's state, a deadline), each made once."""
    if leg is not None and leg.is_covered:
        return None
    usual = appointment.start if direction is LegDirection.THERE else appointment.end
    when = leg.pickup_time if leg is not None else usual
    ride = trip(appointment, direction)
    record = leg.id if leg is not None else None
    day = appointment.start.date()
    # A ride is arranged once its driver has confirmed, by the evening before.
    deadline = dt.datetime.combine(day - dt.timedelta(days=1), confirm_by)
    driver = window.helper(leg.driver_id) if leg is not None else None
    if driver is None:
        return Gap(
            RIDE_WITHOUT_DRIVER,
            day,
            translate("Gaps", "{ride}, {at} has no driver yet.").format(ride=ride, at=when),
            Fix(Area.RIDES, record, translate("Fix", "Find a driver")),
            when.time(),
            deadline.date(),
        )
    assert leg is not None  # a driver is a leg's
    asked = leg.status is LegStatus.ASKED
    state = said.get(("state", driver.name, asked))
    if state is None:
        state = said["state", driver.name, asked] = (
            translate("Gaps", "{driver} was asked but has not confirmed").format(driver=driver.name)
            if asked
            else translate("Gaps", "{driver} has not been asked yet").format(driver=driver.name)
        )
    by = said.get(("by", deadline))
    if by is None:
        by = said["by", deadline] = (
            translate("Gaps", "confirm by {deadline}").format(deadline=deadline)
            if deadline.date() >= window.today
            else translate("Gaps", "it was due by {deadline}").format(deadline=deadline)
        )
    return Gap(
        RIDE_NOT_CONFIRMED,
        day,
        translate("Gaps", "{ride}, {at}: {state}; {by}.").format(
            ride=ride, at=when, state=state, by=by
        ),
        Fix(Area.RIDES, record, translate("Fix", "Confirm the driver")),
        when.time(),
        deadline.date(),
    )


def rides_not_confirmed(window: PlanWindow) -> Iterable[Gap]:
    """Every coming appointment that needs a ride must have a confirmed driver each way, by
    the evening before."""
    confirm_by = CONFIRM_BY.read(window.settings)
    said: dict[tuple[object, ...], Message] = {}
    for appointment in _needing_rides(window):
        day = appointment.start.date()
        if not window.wants_gap(day, day - dt.timedelta(days=1)):
            continue
        legs = {
            leg.direction: leg
            for leg in window.legs_of(appointment.id)
            if leg.status is not LegStatus.CANCELLED
        }
        for direction in LegDirection:
            gap = _ride_gap(appointment, direction, legs.get(direction), window, confirm_by, said)
            if gap is not None:
                yield gap


def drivers_double_booked(window: PlanWindow) -> Iterable[Gap]:
    """One driver on two legs whose trips overlap: one of them cannot happen."""
    coming = {leg.id: (appointment, leg) for appointment, leg in _coming_legs(window)}
    for first, second in double_bookings(leg for _, leg in coming.values()):
        if not window.wants_gap(second.pickup_time.date()):
            continue
        appointment = coming[second.id][0]
        driver = window.helper(second.driver_id)
        earlier = coming[first.id][0]
        yield Gap(
            DRIVER_DOUBLE_BOOKED,
            second.pickup_time.date(),
            translate(
                "Gaps",
                "{driver} is down to drive two rides at once: {second} ({second_at}) and "
                "{first} ({first_at}).",
            ).format(
                driver=driver.name if driver is not None else translate("Gaps", "The driver"),
                second=_trip_inside(appointment, second.direction),
                second_at=second.pickup_time,
                first=_trip_inside(earlier, first.direction),
                first_at=first.pickup_time,
            ),
            Fix(Area.RIDES, second.id, translate("Fix", "Choose another driver")),
            second.pickup_time.time(),
        )


def drivers_unavailable(window: PlanWindow) -> Iterable[Gap]:
    """A driver booked outside the times they usually can help."""
    for appointment, leg in _coming_legs(window):
        driver = window.helper(leg.driver_id)
        if (
            driver is None
            or not window.wants_gap(leg.pickup_time.date())
            or available(driver, *busy(leg))
        ):
            continue
        yield Gap(
            DRIVER_UNAVAILABLE,
            leg.pickup_time.date(),
            translate(
                "Gaps",
                "{ride}, {at}: {driver} is not usually free then; check with them or choose "
                "another driver.",
            ).format(ride=trip(appointment, leg.direction), at=leg.pickup_time, driver=driver.name),
            Fix(Area.RIDES, leg.id, translate("Fix", "Check the driver")),
            leg.pickup_time.time(),
        )


def notice_deadlines(window: PlanWindow) -> Iterable[Gap]:
    """A driver service that needs several business days' notice must be asked in time."""
    for appointment, leg in _coming_legs(window):
        driver = window.helper(leg.driver_id)
        if driver is None or leg.status is not LegStatus.NEEDED:
            continue
        last = ask_by(leg, driver)
        if last is None:
            continue
        need = translate("Gaps", "{driver} needs {days} business days' notice").format(
            driver=driver.name, days=driver.notice_business_days
        )
        advice = (
            translate("Gaps", "ask by {day}").format(day=last)
            if last >= window.today
            else translate("Gaps", "the last day to ask was {day}").format(day=last)
        )
        yield Gap(
            NOTICE_DEADLINE,
            leg.pickup_time.date(),
            translate("Gaps", "{ride}, {at}: {need}; {advice}.").format(
                ride=trip(appointment, leg.direction), at=leg.pickup_time, need=need, advice=advice
            ),
            Fix(Area.RIDES, leg.id, translate("Fix", "Ask the driver")),
            leg.pickup_time.time(),
            last,
        )


_PRINTED: tuple[tuple[Setting[str], Message], ...] = (
    (PATIENT_NAME, translate("Gaps", "Add the patient's name: the ride cards print it")),
    (
        PATIENT_PHONE,
        translate("Gaps", "Add the patient's phone number: the ride cards print it for the driver"),
    ),
    (
        HOME_ADDRESS,
        translate(
            "Gaps",
            "Add the home address: the rides pick the patient up and bring them back there",
        ),
    ),
)


def profile_missing(window: PlanWindow) -> Iterable[Gap]:
    """A ride card names the patient, their phone and home; each one the plan lacks is a gap
    from the first coming ride on, to close the day before (when the card is printed)."""
    first = min((a.start for a in _needing_rides(window)), default=None)
    if first is None:
        return
    for setting, need in _PRINTED:
        if not setting.read(window.settings):
            yield Gap(
                PROFILE_MISSING,
                first.date(),
                translate("Gaps", "{need} (the first ride is on {day}).").format(
                    need=need, day=first.date()
                ),
                Fix(Area.RIDES, None, translate("Fix", "Add the patient's details")),
                due=first.date() - dt.timedelta(days=1),
            )


# ---------------------------------------------------------------- reminders
def call_unconfirmed_drivers(window: PlanWindow) -> Iterable[Reminder]:
    """The evening before a ride, call each driver who has not confirmed it yet."""
    confirm_by = CONFIRM_BY.read(window.settings)
    for appointment, leg in _coming_legs(window):
        driver = window.helper(leg.driver_id)
        if driver is None or leg.status is LegStatus.CONFIRMED:
            continue
        ride = trip(appointment, leg.direction)
        yield Reminder(
            f"call-driver:{leg.id}:{leg.pickup_time:%Y-%m-%dT%H:%M}",
            confirm_deadline(leg, confirm_by),
            translate("Reminders", "Call {driver} about tomorrow's ride").format(
                driver=driver.name
            ),
            translate(
                "Reminders",
                "{ride}, {at}, is not confirmed yet. Call {driver} on {phone} and mark it "
                "confirmed.",
            ).format(ride=ride, at=leg.pickup_time, driver=driver.name, phone=driver.phone)
            if driver.phone
            else translate(
                "Reminders",
                "{ride}, {at}, is not confirmed yet. Call {driver} and mark it confirmed.",
            ).format(ride=ride, at=leg.pickup_time, driver=driver.name),
            Fix(Area.RIDES, leg.id, translate("Fix", "Open the ride")),
            until=leg.pickup_time,
        )
