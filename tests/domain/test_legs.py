"""Ride legs as plain rules: timing, double bookings, availability, notice and reminders."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import legs as rules
from planner.domain.areas import GAP_RULES, REMINDER_RULES, find_gaps
from planner.domain.enums import Capability, LegDirection, LegStatus, TaskCategory
from planner.domain.errors import InvalidInput
from planner.domain.gaps import RIDE_NOT_CONFIRMED
from planner.domain.model import Availability, Helper, HelpTask, Place, RideLeg
from planner.domain.reminders import due_reminders
from tests.helpers.builders import MONDAY, appointment, at, driver, window

THERE, BACK = LegDirection.THERE, LegDirection.BACK
WEDNESDAY = MONDAY + dt.timedelta(days=2)
SAM = driver(7, "Sam Keller")
ANA = driver(8, "Ana Ruiz")
RIDE_KINDS = {
    "ride_without_driver",
    RIDE_NOT_CONFIRMED,
    rules.DRIVER_DOUBLE_BOOKED,
    rules.DRIVER_UNAVAILABLE,
    rules.NOTICE_DEADLINE,
}


def ride_gaps(**parts: object) -> list[tuple[str, int | None]]:
    view = window(MONDAY, **parts)  # type: ignore[arg-type]
    return [(g.kind, g.fix.record_id) for g in find_gaps(view) if g.kind in RIDE_KINDS]


def a_leg(
    start: dt.datetime,
    minutes: int = 30,
    *,
    id: int = 1,
    driver_id: int | None = 7,
    appointment_id: int = 1,
    status: LegStatus = LegStatus.CONFIRMED,
) -> RideLeg:
    return RideLeg(
        appointment_id,
        THERE,
        start,
        driver_id=driver_id,
        status=status,
        travel=dt.timedelta(minutes=minutes),
        id=id,
    )


# ---------------------------------------------------------------- timing
def test_the_leg_there_leaves_travel_time_and_margin_before_the_start() -> None:
    visit = appointment(WEDNESDAY, hour=9, duration=dt.timedelta(hours=4), location="Day unit")
    place = Place("Day unit", "1 Hospital Road", dt.timedelta(minutes=40))

    there, back = rules.planned_legs(
        visit,
        place,
        default_travel=dt.timedelta(minutes=30),
        margin=dt.timedelta(minutes=15),
        home="12 Linden Road",
    )

    assert (there.direction, there.pickup_time) == (THERE, at(WEDNESDAY, 8, 5))
    assert (there.pickup_place, there.travel) == ("12 Linden Road", dt.timedelta(minutes=40))
    assert (back.direction, back.pickup_time, back.pickup_place) == (
        BACK,
        at(WEDNESDAY, 13),
        "1 Hospital Road",
    )
    assert there.status is LegStatus.NEEDED and there.driver_id is None


def test_an_unknown_place_takes_the_default_travel_time() -> None:
    visit = appointment(WEDNESDAY, hour=10, location="Somewhere new")

    there, back = rules.planned_legs(
        visit, None, default_travel=dt.timedelta(minutes=25), margin=dt.timedelta(0), home=""
    )

    assert there.pickup_time == at(WEDNESDAY, 9, 35)
    assert back.pickup_place == "Somewhere new"


@given(
    travel=st.integers(min_value=0, max_value=24 * 60),
    margin=st.integers(min_value=0, max_value=240),
)
def test_the_pickup_there_is_never_after_the_start(travel: int, margin: int) -> None:
    visit = appointment(WEDNESDAY, hour=9)
    there, back = rules.planned_legs(
        visit,
        None,
        default_travel=dt.timedelta(minutes=travel),
        margin=dt.timedelta(minutes=margin),
        home="",
    )
    assert visit.start - there.pickup_time == dt.timedelta(minutes=travel + margin)
    rules.check_pickup(there, visit)
    rules.check_pickup(back, visit)


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_an_impossible_travel_time_is_refused(minutes: int) -> None:
    with pytest.raises(InvalidInput, match="0 minutes to one day"):
        rules.check_travel(dt.timedelta(minutes=minutes))


def test_a_pickup_after_the_start_is_refused() -> None:
    visit = appointment(WEDNESDAY, hour=9)
    late = RideLeg(1, THERE, at(WEDNESDAY, 9, 10))

    with pytest.raises(InvalidInput, match="after the appointment starts"):
        rules.check_pickup(late, visit)


def test_a_driver_who_does_not_drive_is_refused() -> None:
    with pytest.raises(InvalidInput, match="Lena Hoff does not drive"):
        rules.check_driver(Helper("Lena Hoff", capabilities=frozenset({Capability.COOK})))


# ---------------------------------------------------------------- overlaps
spans = st.tuples(st.integers(min_value=0, max_value=600), st.integers(min_value=0, max_value=180))


@given(first=spans, second=spans, same_driver=st.booleans())
def test_two_legs_of_one_driver_are_reported_exactly_when_they_overlap(
    first: tuple[int, int], second: tuple[int, int], same_driver: bool
) -> None:
    base = at(WEDNESDAY, 6)
    one = a_leg(base + dt.timedelta(minutes=first[0]), first[1], id=1, appointment_id=1)
    other = a_leg(
        base + dt.timedelta(minutes=second[0]),
        second[1],
        id=2,
        appointment_id=2,
        driver_id=7 if same_driver else 8,
    )
    one_end = max(first[1], 1) + first[0]
    other_end = max(second[1], 1) + second[0]
    overlap = first[0] < other_end and second[0] < one_end

    pairs = rules.double_bookings([one, other])

    assert bool(pairs) == (overlap and same_driver)
    visits = [appointment(WEDNESDAY, id=1), appointment(WEDNESDAY, id=2)]
    found = ride_gaps(appointments=visits, legs=[one, other], helpers=[SAM, ANA])
    reported = [kind for kind, _ in found if kind == rules.DRIVER_DOUBLE_BOOKED]
    assert len(reported) == (1 if overlap and same_driver else 0)


def test_a_cancelled_leg_books_nobody() -> None:
    one = a_leg(at(WEDNESDAY, 8), id=1)
    other = a_leg(at(WEDNESDAY, 8, 10), id=2, status=LegStatus.CANCELLED)
    assert rules.double_bookings([one, other]) == []


def test_the_double_booking_opens_the_later_leg() -> None:
    visits = [appointment(WEDNESDAY, id=1, hour=9), appointment(WEDNESDAY, id=2, hour=10)]
    early = a_leg(at(WEDNESDAY, 8), 45, id=11, appointment_id=1)
    late = a_leg(at(WEDNESDAY, 8, 30), 45, id=12, appointment_id=2)

    view = window(MONDAY, appointments=visits, legs=[early, late], helpers=[SAM])
    (gap,) = [g for g in find_gaps(view) if g.kind == rules.DRIVER_DOUBLE_BOOKED]

    assert gap.fix.record_id == 12 and gap.date == WEDNESDAY
    assert "Sam Keller is down to drive two rides at once" in str(gap.message)


# ---------------------------------------------------------------- availability and notice
def test_a_driver_outside_their_usual_times_is_a_gap() -> None:
    evenings = dataclasses.replace(
        SAM, availability=(Availability(WEDNESDAY.weekday(), dt.time(17), dt.time(21)),)
    )
    visit = appointment(WEDNESDAY, hour=9)
    leg = a_leg(at(WEDNESDAY, 8), id=5)

    def unavailable(helper: Helper) -> list[tuple[str, int | None]]:
        found = ride_gaps(appointments=[visit], legs=[leg], helpers=[helper])
        return [gap for gap in found if gap[0] == rules.DRIVER_UNAVAILABLE]

    assert unavailable(evenings) == [(rules.DRIVER_UNAVAILABLE, 5)]
    assert unavailable(SAM) == []


def test_business_days_skip_the_weekend() -> None:
    thursday = MONDAY + dt.timedelta(days=3)
    assert rules.business_days_before(thursday, 3) == MONDAY
    assert rules.business_days_before(MONDAY + dt.timedelta(days=7), 3) == WEDNESDAY


def test_a_volunteer_service_must_be_asked_by_its_notice_deadline() -> None:
    service = dataclasses.replace(ANA, name="Volunteer Drivers", notice_business_days=3)
    friday = MONDAY + dt.timedelta(days=4)
    visit = appointment(friday, hour=9)
    leg = a_leg(at(friday, 8), id=6, driver_id=8, status=LegStatus.NEEDED)

    view = window(MONDAY, appointments=[visit], legs=[leg], helpers=[service])
    notice = [g for g in find_gaps(view) if g.kind == rules.NOTICE_DEADLINE]

    assert [g.fix.record_id for g in notice] == [6]
    assert "ask by Tue 10 Mar" in str(notice[0].message)
    asked = dataclasses.replace(leg, status=LegStatus.ASKED)
    view = window(MONDAY, appointments=[visit], legs=[asked], helpers=[service])
    assert not [g for g in find_gaps(view) if g.kind == rules.NOTICE_DEADLINE]


def test_an_unconfirmed_leg_says_by_when_to_confirm() -> None:
    visit = appointment(WEDNESDAY, hour=9)
    leg = a_leg(at(WEDNESDAY, 8), id=9, status=LegStatus.ASKED)

    view = dataclasses.replace(
        window(MONDAY, appointments=[visit], legs=[leg], helpers=[SAM]),
        settings={rules.CONFIRM_BY.key: "19:30"},
    )
    (gap,) = [g for g in find_gaps(view) if g.kind == RIDE_NOT_CONFIRMED]

    assert "confirm by Tue 10 Mar at 19:30" in str(gap.message)
    assert gap.fix.record_id == 9


# ---------------------------------------------------------------- choosing a driver
def test_the_picker_lists_drivers_free_first_with_what_keeps_the_others_busy() -> None:
    lena = Helper("Lena Hoff", capabilities=frozenset({Capability.COOK}), id=9)
    tom = dataclasses.replace(driver(10, "Tom Becker"))
    wanted = a_leg(at(WEDNESDAY, 8), 30, id=1, driver_id=None, status=LegStatus.NEEDED)
    sams_other = a_leg(at(WEDNESDAY, 8, 15), 30, id=2, appointment_id=2)
    anas_task = HelpTask(
        TaskCategory.ERRANDS, "Pharmacy", at(WEDNESDAY, 7, 45), at(WEDNESDAY, 9), helper_id=8
    )

    options = rules.driver_options(wanted, [SAM, ANA, lena, tom], [sams_other], [anas_task])

    assert [(o.helper.name, o.free) for o in options] == [
        ("Tom Becker", True),
        ("Ana Ruiz", False),
        ("Sam Keller", False),
    ]
    assert tuple(map(str, options[1].clashes)) == ("booked for “Pharmacy” at 07:45",)
    assert tuple(map(str, options[2].clashes)) == ("driving another ride at 08:15",)


# ---------------------------------------------------------------- reminders
def test_the_evening_before_the_user_is_reminded_to_call_unconfirmed_drivers() -> None:
    thursday = MONDAY + dt.timedelta(days=3)
    visit = appointment(thursday, hour=9)
    asked = a_leg(at(thursday, 8), id=3, status=LegStatus.ASKED)
    confirmed = dataclasses.replace(a_leg(at(thursday, 13), id=4), direction=BACK)
    view = window(WEDNESDAY, days=2, appointments=[visit], legs=[asked, confirmed], helpers=[SAM])
    assert rules.call_unconfirmed_drivers in REMINDER_RULES

    mine = [rules.call_unconfirmed_drivers]
    assert due_reminders(view, at(WEDNESDAY, 17, 59), mine) == []
    (reminder,) = due_reminders(view, at(WEDNESDAY, 18), mine)
    assert str(reminder.title) == "Call Sam Keller about tomorrow's ride"
    assert reminder.fix.record_id == 3 and reminder.key.startswith("call-driver:3:")
    assert due_reminders(view, at(thursday, 8, 1), mine) == []  # the ride has begun


def test_every_ride_rule_is_registered() -> None:
    for rule in (
        rules.rides_not_confirmed,
        rules.drivers_double_booked,
        rules.drivers_unavailable,
        rules.notice_deadlines,
    ):
        assert rule in GAP_RULES


def test_a_trip_s_words_follow_its_appointment_s_title_and_direction() -> None:
    """The words of a trip are kept by title and direction: another title or the other way
    is said anew."""
    chemo = appointment(MONDAY, title="Chemo")
    there = rules.trip(chemo, LegDirection.THERE)

    assert rules.trip(appointment(MONDAY, title="Chemo", id=99), LegDirection.THERE) is there
    assert str(rules.trip(chemo, LegDirection.BACK)) == "Ride home from Chemo"
    assert str(rules.trip(appointment(MONDAY, title="Scan"), LegDirection.THERE)) == "Ride to Scan"
    assert (there.context, there.text, dict(there.values)) == (
        "Gaps",
        "Ride to {appointment}",
        {"appointment": "Chemo"},
    )
