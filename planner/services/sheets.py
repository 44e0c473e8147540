"""What the printed pages say, as plain values: the week's fridge sheet and each helper's
packet. The window and the command line lay them out; nothing here knows about paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planner.domain.contacts import phone_key
from planner.domain.enums import AppointmentStatus, ContactRole, LegDirection, LegStatus, label
from planner.domain.freezer import portions_text
from planner.domain.freezer_reminders import planned_thaws
from planner.domain.meetings import ScheduleError, meetings_between
from planner.domain.messages import VOCABULARY, Message, translate
from planner.domain.model import Contact, Helper, HelpTask, Place, PlanWindow, RideLeg
from planner.domain.profile import Profile, read_profile
from planner.domain.tasks import occurrences
from planner.services.calendar import find_helper
from planner.services.contacts import who_to_call
from planner.services.plan import Plan
from planner.store import rides as rides_store

PACKET_WEEKS = 4
"""How far ahead a helper's packet looks."""


@dataclass(frozen=True)
class Trip:
    """One ride leg as a page shows it."""

    direction: LegDirection
    pickup: dt.datetime
    place: str
    """Where the driver picks the patient up."""
    destination: str
    """Where the trip goes: the appointment's place (with its address) or home."""
    driver: str
    """The driver's name, or empty while nobody has said yes."""
    confirmed: bool
    cancelled: bool = False
    note: str = ""
    as_backup: bool = False
    """In a helper's packet: they are this trip's backup driver, not its driver."""


@dataclass(frozen=True)
class SheetAppointment:
    start: dt.datetime
    end: dt.datetime
    title: str
    location: str
    cancelled: bool
    trips: tuple[Trip, ...]


@dataclass(frozen=True)
class Visit:
    """A helper coming (a help task), or a support-group meeting."""

    start: dt.datetime
    end: dt.datetime
    who: str
    what: str


@dataclass(frozen=True)
class SheetDay:
    day: dt.date
    appointments: tuple[SheetAppointment, ...]
    thaw: tuple[str, ...]
    """Meals to take out of the freezer this evening, for tomorrow."""
    helpers: tuple[Visit, ...]
    meetings: tuple[Visit, ...]


@dataclass(frozen=True)
class Number:
    """A "Who to call" line."""

    who: str | Message
    role: str | Message
    phone: str


@dataclass(frozen=True)
class WeekSheet:
    first: dt.date
    last: dt.date
    patient: str
    days: tuple[SheetDay, ...]
    numbers: tuple[Number, ...]


@dataclass(frozen=True)
class HelperPacket:
    helper: Helper
    first: dt.date
    last: dt.date
    patient: str
    patient_phone: str
    home: str
    trips: tuple[Trip, ...]
    tasks: tuple[Visit, ...]
    numbers: tuple[Number, ...]


# ------------------------------------------------------------------ the fridge sheet
def week_sheet(plan: Plan, first: dt.date, *, today: dt.date | None = None) -> WeekSheet:
    """The seven days from ``first``, as the coming days show them."""
    today = today or plan.clock.today()
    last = first + dt.timedelta(days=6)
    with plan.unit_of_work() as work:
        # From the evening before the week, so Monday's thawing shows on Sunday's line.
        window = work.store.reader().window(
            first, last + dt.timedelta(days=1), first - dt.timedelta(days=1)
        )
        places = rides_store.places(work.store)
    contacts = who_to_call(plan)
    trips = _trips(window, places)
    trips_of: dict[int | None, list[Trip]] = {}
    for leg in sorted(window.legs, key=lambda leg: leg.pickup_time):
        if leg.id in trips:
            trips_of.setdefault(leg.appointment_id, []).append(trips[leg.id])
    thaw = _thaws(window)
    tasks = occurrences(window.tasks, first, last)
    try:
        meetings = meetings_between(window.groups, first, last)
    except ScheduleError:
        meetings = []  # the week shows the unreadable schedule as a gap to fix
    days = []
    for offset in range((last - first).days + 1):
        date = first + dt.timedelta(days=offset)
        appointments = tuple(
            SheetAppointment(
                a.start,
                a.end,
                a.title,
                a.location,
                a.status is AppointmentStatus.CANCELLED,
                tuple(trips_of.get(a.id, ())),
            )
            for a in sorted(window.appointments, key=lambda a: a.start)
            if a.start.date() == date
        )
        helpers = tuple(
            Visit(t.start, t.end, _helper_name(window, t), t.title)
            for t in tasks
            if t.start.date() <= date <= t.end.date() and t.helper_id is not None
        )
        met = tuple(
            Visit(m.start, m.end, m.group_name, m.where) for m in meetings if m.start.date() == date
        )
        days.append(SheetDay(date, appointments, tuple(thaw.get(date, ())), helpers, met))
    profile = read_profile(window.settings)
    return WeekSheet(
        first,
        last,
        profile.name,
        tuple(days),
        _with_out_of_hours(tuple(_number(c) for c in contacts if c.phone), profile),
    )


def _thaws(window: PlanWindow) -> dict[dt.date, list[str]]:
    found: dict[dt.date, list[str]] = {}
    for thaw in planned_thaws(window):
        evening = thaw.at.date()
        if window.first_day <= evening <= window.last_day:
            found.setdefault(evening, []).append(
                f"{thaw.meal.name} ({portions_text(thaw.portions)})"
            )
    return found


def _trips(window: PlanWindow, places: Sequence[Place]) -> dict[int | None, Trip]:
    """Each leg of the window's appointments as a trip, by the leg's id."""
    by_name = {p.name.casefold(): p for p in places}
    appointments = {a.id: a for a in window.appointments}
    home = read_profile(window.settings).home
    found: dict[int | None, Trip] = {}
    for leg in sorted(window.legs, key=lambda leg: leg.pickup_time):
        appointment = appointments.get(leg.appointment_id)
        if appointment is None:
            continue
        place = by_name.get(appointment.location.casefold())
        where = appointment.location
        if place is not None and place.address:
            where = f"{where}, {place.address}"
        there = leg.direction is LegDirection.THERE
        found[leg.id] = _trip(
            window, leg, leg.pickup_place or (home if there else ""), where if there else home
        )
    return found


def _trip(window: PlanWindow, leg: RideLeg, place: str, destination: str) -> Trip:
    driver = window.helper(leg.driver_id)
    return Trip(
        leg.direction,
        leg.pickup_time,
        place,
        destination,
        driver.name if driver is not None else "",
        leg.is_covered,
        leg.status is LegStatus.CANCELLED,
        leg.notes,
    )


def _helper_name(window: PlanWindow, task: HelpTask) -> str:
    helper = window.helper(task.helper_id)
    return helper.name if helper is not None else ""


def _number(contact: Contact) -> Number:
    role = contact.organisation or Message(VOCABULARY, label(contact.role))
    return Number(contact.name, role, contact.phone)


def _with_out_of_hours(numbers: tuple[Number, ...], profile: Profile) -> tuple[Number, ...]:
    """The care team's out-of-hours number first, unless a contact has it already."""
    known = {phone_key(n.phone) for n in numbers}
    if not profile.out_of_hours or phone_key(profile.out_of_hours) in known:
        return numbers
    team = translate("Printouts", "Care team")
    return (Number(team, translate("Printouts", "out of hours"), profile.out_of_hours), *numbers)


# ------------------------------------------------------------------ a helper's packet
def helper_packet(
    plan: Plan, helper_name: str, *, today: dt.date | None = None, weeks: int = PACKET_WEEKS
) -> HelperPacket:
    """What one helper does in the coming weeks, and whom they may need to call."""
    today = today or plan.clock.today()
    with plan.unit_of_work() as work:
        helper = find_helper(work.store.helpers(), helper_name)
    return helper_packets(plan, [helper], today=today, weeks=weeks)[0]


def helper_packets(
    plan: Plan,
    helpers: Sequence[Helper] | None = None,
    *,
    today: dt.date | None = None,
    weeks: int = PACKET_WEEKS,
) -> list[HelperPacket]:
    """A packet for each of ``helpers`` (every helper by default), read in one go."""
    today = today or plan.clock.today()
    first, last = today, today + dt.timedelta(days=7 * weeks - 1)
    with plan.unit_of_work() as work:
        window = work.store.reader().window(first, last, today)
        places = rides_store.places(work.store)
    contacts = who_to_call(plan)
    chosen = list(helpers) if helpers is not None else list(window.helpers)
    trips = _trips(window, places)
    tasks = occurrences(window.tasks, first, last)
    profile = read_profile(window.settings)
    emergency = _with_out_of_hours(
        tuple(_number(c) for c in contacts if c.phone and c.role is ContactRole.EMERGENCY),
        profile,
    )
    coming = [
        leg
        for leg in sorted(window.legs, key=lambda leg: leg.pickup_time)
        if leg.pickup_time.date() >= first and leg.id in trips
    ]
    packets = []
    for helper in chosen:
        # The rides they drive, and those they back up (they step in if the driver cannot).
        mine = tuple(
            trips[leg.id] if leg.driver_id == helper.id else replace(trips[leg.id], as_backup=True)
            for leg in coming
            if helper.id is not None and helper.id in (leg.driver_id, leg.backup_driver_id)
        )
        visits = tuple(
            Visit(t.start, t.end, helper.name, t.title) for t in tasks if t.helper_id == helper.id
        )
        places_phones = tuple(
            Number(p.name, translate("Printouts", "Clinic"), p.phone)
            for p in places
            if p.phone and any(p.name.casefold() in t.destination.casefold() for t in mine)
        )
        packets.append(
            HelperPacket(
                helper,
                first,
                last,
                profile.name,
                profile.phone,
                profile.home,
                mine,
                visits,
                emergency + places_phones,
            )
        )
    return packets
