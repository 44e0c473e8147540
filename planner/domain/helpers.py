"""Helpers and contacts: what makes one acceptable, who is booked when, and fair shares.

A *booking* is one stretch of time a helper has promised: a help task (each occurrence of
a repeating one) or a ride leg they drive. Bookings feed the fair-share view and two gap
rules: a helper booked twice at once, and a helper carrying more than the plan's share.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.domain.availability import overlaps
from planner.domain.contacts import email_address, phone_number
from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Fix, Gap
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, Availability, Contact, Helper, PlanWindow, RideLeg
from planner.domain.settings import int_setting
from planner.domain.tasks import is_whole_day, occurrences

LONGEST_TEXT = 200
MOST_NOTICE_DAYS = 60

MOST_IN_SEVEN_DAYS = int_setting("helpers.most_in_seven_days", 3, 1, 50)
"""A helper with more tasks and ride legs than this in any seven days carries too much."""

LEG_BACK_SPAN = dt.timedelta(minutes=45)
"""How long a ride home keeps its driver busy after the pickup."""
SHORTEST_LEG = dt.timedelta(minutes=30)

HELPER_DOUBLE_BOOKED = "helper_double_booked"
HELPER_OVERLOADED = "helper_overloaded"


# ---------------------------------------------------------------------- checks
def _check_text(what: Message, text: str) -> None:
    if len(text) > LONGEST_TEXT:
        raise InvalidInput(
            translate(
                "Errors",
                "The {what} can have at most {longest_text} characters; nothing was saved.",
            ).format(what=what, longest_text=LONGEST_TEXT)
        )


def _check_availability(windows: Iterable[Availability]) -> None:
    for window in windows:
        if not 0 <= window.weekday <= 6:
            raise InvalidInput(
                translate("Errors", "A weekday goes from Monday to Sunday; nothing was saved.")
            )
        if window.end != dt.time(0) and window.end <= window.start:
            raise InvalidInput(
                translate(
                    "Errors",
                    "A usual time ends before it starts ({start} to {end}); nothing was saved.",
                ).format(start=window.start, end=window.end)
            )


def check_helper(helper: Helper) -> Helper:
    """The helper tidied (names trimmed, phone and email in the plan's format).

    Raises :class:`InvalidInput` with one clear sentence if the plan cannot accept it.
    """
    name = " ".join(helper.name.split())
    if not name:
        raise InvalidInput(translate("Errors", "Give the helper a name; nothing was saved."))
    _check_text(translate("Errors", "name"), name)
    phone, email = phone_number(helper.phone), email_address(helper.email)
    if not phone and not email:
        raise InvalidInput(
            translate(
                "Errors",
                "Give a phone number or an email address for {name}, so that someone can "
                "reach them; nothing was saved.",
            ).format(name=name)
        )
    if not 0 <= helper.notice_business_days <= MOST_NOTICE_DAYS:
        raise InvalidInput(
            translate(
                "Errors",
                "The notice period goes from 0 to {most_notice_days} business days; "
                "nothing was saved.",
            ).format(most_notice_days=MOST_NOTICE_DAYS)
        )
    _check_availability(helper.availability)
    availability = tuple(sorted(set(helper.availability), key=lambda w: (w.weekday, w.start)))
    return dataclasses.replace(
        helper, name=name, phone=phone, email=email, availability=availability
    )


def check_contact(contact: Contact) -> Contact:
    """The contact tidied; raises :class:`InvalidInput` if the plan cannot accept it."""
    name = " ".join(contact.name.split())
    if not name:
        raise InvalidInput(translate("Errors", "Give the contact a name; nothing was saved."))
    _check_text(translate("Errors", "name"), name)
    _check_text(translate("Errors", "organisation"), contact.organisation)
    phone, email = phone_number(contact.phone), email_address(contact.email)
    if not phone and not email:
        raise InvalidInput(
            translate(
                "Errors",
                "Give a phone number or an email address for {name}, so that you can "
                "reach them; nothing was saved.",
            ).format(name=name)
        )
    return dataclasses.replace(
        contact, name=name, organisation=contact.organisation.strip(), phone=phone, email=email
    )


# ---------------------------------------------------------------------- bookings
@dataclass(frozen=True)
class Booking:
    helper_id: int
    start: dt.datetime
    end: dt.datetime
    is_task: bool
    record_id: int
    title: Message | str
    """The task's title, or the title of the appointment a ride leg goes to or from."""
    flexible: bool = False
    """A whole-day task: done some time that day, so it clashes with nothing."""
    ride: LegDirection | None = None
    """A ride leg's direction; ``None`` for a task."""
    done: bool = False
    """The task or the ride is done."""

    @property
    def words(self) -> Message | str:
        """What the booking is, in a sentence: the task's title, or "Ride to Chemotherapy"
        (made when a gap says it: a crowded window holds a thousand bookings)."""
        if self.ride is LegDirection.THERE:
            return translate("Gaps", "Ride to {appointment}").format(appointment=self.title)
        if self.ride is LegDirection.BACK:
            return translate("Gaps", "Ride home from {appointment}").format(appointment=self.title)
        return self.title


def leg_span(leg: RideLeg, appointment: Appointment | None) -> tuple[dt.datetime, dt.datetime]:
    """How long a ride leg keeps its driver busy."""
    if leg.direction is LegDirection.THERE and appointment is not None:
        return leg.pickup_time, max(appointment.start, leg.pickup_time + SHORTEST_LEG)
    return leg.pickup_time, leg.pickup_time + LEG_BACK_SPAN


_A_RIDE = translate("Gaps", "a ride")


def bookings(window: PlanWindow, *, include_done: bool = True) -> list[Booking]:
    """Every task occurrence and driven ride leg in the window that names a helper (found
    once per window: its rules ask for them, with and without those done)."""
    found = window.derived(_find_bookings)
    return found if include_done else [booking for booking in found if not booking.done]


def _find_bookings(window: PlanWindow) -> list[Booking]:
    found: list[Booking] = []
    for task in occurrences(window.tasks, window.first_day, window.last_day):
        if task.helper_id is None or task.id is None:
            continue
        found.append(
            Booking(
                task.helper_id,
                task.start,
                task.end,
                True,
                task.id,
                task.title,
                is_whole_day(task),
                done=task.status is TaskStatus.DONE,
            )
        )
    appointments = {a.id: a for a in window.appointments}
    for leg in window.legs:
        appointment = appointments.get(leg.appointment_id)
        if (
            leg.driver_id is None
            or leg.id is None
            or leg.status is LegStatus.CANCELLED
            or (appointment is not None and appointment.status is AppointmentStatus.CANCELLED)
        ):
            continue
        start, end = leg_span(leg, appointment)
        title = appointment.title if appointment else _A_RIDE
        found.append(
            Booking(
                leg.driver_id,
                start,
                end,
                False,
                leg.id,
                title,
                ride=leg.direction,
                done=leg.status is LegStatus.DONE,
            )
        )
    return sorted(found, key=lambda b: (b.start, b.end, b.record_id))


def double_bookings(found: Sequence[Booking]) -> list[tuple[Booking, Booking]]:
    """Pairs of one helper's bookings that overlap, where at least one is a help task.

    Two ride legs of one driver are the rides' own gap, so they are left out here.
    """
    by_helper: dict[int, list[Booking]] = defaultdict(list)
    for booking in found:
        if not booking.flexible:
            by_helper[booking.helper_id].append(booking)
    pairs = []
    for own in by_helper.values():
        ordered = sorted(own, key=lambda b: (b.start, b.end))
        for n, first in enumerate(ordered):
            for second in ordered[n + 1 :]:
                if second.start >= first.end:
                    break
                if (first.is_task or second.is_task) and overlaps(
                    first.start, first.end, second.start, second.end
                ):
                    pairs.append((first, second))
    return pairs


def overloaded_stretches(found: Sequence[Booking], most: int) -> list[tuple[int, list[Booking]]]:
    """For each helper, each run of more than ``most`` bookings within seven days.

    A stretch is reported from its first booking; the next one starts after it ends, so
    one busy week is one finding, not several.
    """
    by_helper: dict[int, list[Booking]] = defaultdict(list)
    for booking in found:
        by_helper[booking.helper_id].append(booking)
    stretches = []
    for helper_id, own in sorted(by_helper.items()):
        ordered = sorted(own, key=lambda b: b.start)
        n = 0
        while n < len(ordered):
            limit = ordered[n].start + dt.timedelta(days=7)
            inside = [b for b in ordered[n:] if b.start < limit]
            if len(inside) > most:
                stretches.append((helper_id, inside))
                n += len(inside)
            else:
                n += 1
    return stretches


def _booking_fix(booking: Booking) -> Fix:
    if booking.is_task:
        return Fix(Area.HELPERS, booking.record_id, translate("Fix", "Change the helper"))
    return Fix(Area.RIDES, booking.record_id, translate("Fix", "Change the driver"))


def helpers_double_booked(window: PlanWindow) -> Iterable[Gap]:
    """A helper is promised to two things at once (at least one of them a help task)."""
    coming = [b for b in bookings(window, include_done=False) if b.start.date() >= window.today]
    for first, second in double_bookings(coming):
        if not window.wants_gap(second.start.date()):
            continue
        helper = window.helper(first.helper_id)
        later = second if second.is_task else first
        yield Gap(
            HELPER_DOUBLE_BOOKED,
            second.start.date(),
            translate(
                "Gaps", "{helper} is booked twice: {first} ({first_at}) and {second} ({second_at})."
            ).format(
                helper=helper.name if helper else translate("Gaps", "A helper"),
                first=first.words,
                first_at=first.start,
                second=second.words,
                second_at=second.start,
            ),
            _booking_fix(later),
            second.start.time(),
        )


def helpers_overloaded(window: PlanWindow) -> Iterable[Gap]:
    """A helper carries more tasks and ride legs in seven days than the plan's share."""
    most = MOST_IN_SEVEN_DAYS.read(window.settings)
    for helper_id, stretch in overloaded_stretches(bookings(window), most):
        last = stretch[-1]
        day = max(stretch[most].start.date(), window.today)
        if last.start.date() < window.today or not window.wants_gap(day):
            continue
        helper = window.helper(helper_id)
        yield Gap(
            HELPER_OVERLOADED,
            day,
            translate(
                "Gaps",
                "{helper} has {count} tasks and rides within seven days from {day} (the plan's "
                "share is {most}); ask someone else for some of them.",
            ).format(
                helper=helper.name if helper else translate("Gaps", "A helper"),
                count=len(stretch),
                day=stretch[0].start.date(),
                most=most,
            ),
            _booking_fix(stretch[most]),
            stretch[most].start.time(),
        )


# ---------------------------------------------------------------------- fair share
@dataclass(frozen=True)
class ShareRow:
    """What one helper does in each week of the fair-share view."""

    helper: Helper
    weeks: tuple[tuple[int, int], ...]
    """For each week: (tasks, ride legs)."""

    @property
    def total(self) -> int:
        return sum(tasks + legs for tasks, legs in self.weeks)


def fair_share(window: PlanWindow, week_starts: Sequence[dt.date]) -> list[ShareRow]:
    """Tasks and ride legs per helper per week, busiest helper first."""
    counts: dict[int, list[list[int]]] = {
        h.id: [[0, 0] for _ in week_starts] for h in window.helpers if h.id is not None
    }
    for booking in bookings(window):
        row = counts.get(booking.helper_id)
        if row is None:
            continue
        day = booking.start.date()
        for n, first in enumerate(week_starts):
            if first <= day < first + dt.timedelta(days=7):
                row[n][0 if booking.is_task else 1] += 1
    rows = [
        ShareRow(helper, tuple((t, legs) for t, legs in counts[helper.id]))
        for helper in window.helpers
        if helper.id is not None
    ]
    return sorted(rows, key=lambda row: (-row.total, row.helper.name))
