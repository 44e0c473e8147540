from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from planner.domain import gaps as gap_rules
from planner.domain.areas import GAP_RULES, find_gaps
from planner.domain.enums import AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.gaps import RIDE_NOT_CONFIRMED, RIDE_WITHOUT_DRIVER, Fix, Gap
from planner.domain.legs import rides_not_confirmed
from planner.domain.messages import translate
from planner.domain.model import PlanWindow
from tests.helpers.builders import MONDAY, appointment, driver, leg, window

THERE, BACK = LegDirection.THERE, LegDirection.BACK
WEDNESDAY = MONDAY + dt.timedelta(days=2)
SAM = driver(7, "Sam Keller")


def gaps_for(
    *legs_of_visit: tuple[LegDirection, int | None, LegStatus],
    status: AppointmentStatus = AppointmentStatus.SCHEDULED,
    day: dt.date = WEDNESDAY,
    today: dt.date = MONDAY,
) -> list[Gap]:
    visit = appointment(day, id=1, title="Chemo", status=status)
    legs = [
        leg(visit, direction, id=n, driver_id=driver_id, status=leg_status)
        for n, (direction, driver_id, leg_status) in enumerate(legs_of_visit, start=10)
    ]
    return find_gaps(window(MONDAY, today=today, appointments=[visit], legs=legs, helpers=[SAM]))


def test_both_legs_missing_give_two_gaps_without_driver() -> None:
    gaps = gaps_for()

    assert [g.kind for g in gaps] == [RIDE_WITHOUT_DRIVER, RIDE_WITHOUT_DRIVER]
    assert {g.date for g in gaps} == {WEDNESDAY}
    assert sorted(str(g.message).split(" Chemo")[0] for g in gaps) == ["Ride home from", "Ride to"]
    assert all(g.fix == Fix(Area.RIDES, None, translate("Fix", "Find a driver")) for g in gaps)


def test_one_leg_missing_gives_one_gap() -> None:
    gaps = gaps_for((THERE, SAM.id, LegStatus.CONFIRMED))

    assert len(gaps) == 1
    assert str(gaps[0].message).startswith("Ride home from Chemo, Wed")
    assert str(gaps[0].message).endswith("has no driver yet.")


def test_a_leg_without_driver_names_the_leg_to_fix() -> None:
    gaps = gaps_for((THERE, None, LegStatus.NEEDED), (BACK, SAM.id, LegStatus.CONFIRMED))

    assert [(g.kind, g.fix) for g in gaps] == [
        (RIDE_WITHOUT_DRIVER, Fix(Area.RIDES, 10, translate("Fix", "Find a driver")))
    ]


def test_an_asked_driver_who_has_not_confirmed_is_a_gap() -> None:
    gaps = gaps_for((THERE, SAM.id, LegStatus.CONFIRMED), (BACK, SAM.id, LegStatus.ASKED))

    assert len(gaps) == 1
    assert gaps[0].kind == RIDE_NOT_CONFIRMED
    assert "Sam Keller was asked but has not confirmed" in str(gaps[0].message)
    assert gaps[0].fix == Fix(Area.RIDES, 11, translate("Fix", "Confirm the driver"))


def test_a_driver_not_yet_asked_is_a_gap() -> None:
    gaps = gaps_for((THERE, SAM.id, LegStatus.NEEDED), (BACK, SAM.id, LegStatus.CONFIRMED))

    assert [g.kind for g in gaps] == [RIDE_NOT_CONFIRMED]
    assert "Sam Keller has not been asked yet" in str(gaps[0].message)


@pytest.mark.parametrize("status", [LegStatus.CONFIRMED, LegStatus.DONE])
def test_covered_legs_leave_no_gap(status: LegStatus) -> None:
    assert gaps_for((THERE, SAM.id, status), (BACK, SAM.id, status)) == []


def test_a_confirmed_leg_without_a_driver_is_not_covered() -> None:
    gaps = gaps_for((THERE, None, LegStatus.CONFIRMED), (BACK, SAM.id, LegStatus.CONFIRMED))

    assert [g.kind for g in gaps] == [RIDE_WITHOUT_DRIVER]


def test_a_cancelled_leg_counts_as_missing() -> None:
    gaps = gaps_for((THERE, SAM.id, LegStatus.CANCELLED), (BACK, SAM.id, LegStatus.CONFIRMED))

    assert [(g.kind, g.fix.record_id) for g in gaps] == [(RIDE_WITHOUT_DRIVER, None)]


def test_a_past_appointment_leaves_no_gap() -> None:
    assert gaps_for(day=MONDAY, today=WEDNESDAY) == []


def test_an_appointment_today_still_counts() -> None:
    assert len(gaps_for(day=WEDNESDAY, today=WEDNESDAY)) == 2


@pytest.mark.parametrize("status", [AppointmentStatus.CANCELLED, AppointmentStatus.DONE])
def test_an_appointment_not_scheduled_leaves_no_gap(status: AppointmentStatus) -> None:
    assert gaps_for(status=status) == []


def test_an_appointment_without_need_for_a_ride_leaves_no_gap() -> None:
    visit = appointment(WEDNESDAY, id=1, needs_ride=False)

    assert find_gaps(window(MONDAY, appointments=[visit])) == []


def test_gaps_come_ordered_by_date() -> None:
    visits = [appointment(MONDAY + dt.timedelta(days=n), id=n + 1) for n in (5, 1, 3)]

    gaps = find_gaps(window(MONDAY, appointments=visits))

    assert [g.date for g in gaps] == sorted(g.date for g in gaps)
    assert len(gaps) == 6


def test_only_gaps_inside_the_window_count() -> None:
    first = MONDAY + dt.timedelta(days=7)
    before = appointment(MONDAY + dt.timedelta(days=6), id=1)  # after today, before window
    on_first = appointment(first, id=2)
    on_last = appointment(first + dt.timedelta(days=6), id=3)
    after = appointment(first + dt.timedelta(days=7), id=4)

    gaps = find_gaps(window(first, today=MONDAY, appointments=[before, on_first, on_last, after]))

    assert sorted({g.date for g in gaps}) == [first, first + dt.timedelta(days=6)]


def test_rules_are_a_list_that_others_can_extend() -> None:
    def no_meals(view: PlanWindow) -> Iterable[Gap]:
        yield Gap(
            "no_meals", view.last_day, "No meals", Fix(Area.FREEZER, None, translate("Fix", "Cook"))
        )
        yield Gap("outside", view.last_day + dt.timedelta(days=1), "Out", Fix(Area.WEEK, None, ""))

    visit = appointment(WEDNESDAY, id=1)
    view = window(MONDAY, appointments=[visit])

    only_meals = gap_rules.find_gaps(view, [no_meals])
    both = gap_rules.find_gaps(view, [*GAP_RULES, no_meals])

    assert [g.kind for g in only_meals] == ["no_meals"]
    assert [g.kind for g in both] == [RIDE_WITHOUT_DRIVER, RIDE_WITHOUT_DRIVER, "no_meals"]
    assert rides_not_confirmed in GAP_RULES


def test_gaps_of_one_day_come_in_the_order_of_the_trips() -> None:
    gaps = gaps_for((THERE, None, LegStatus.NEEDED), (BACK, SAM.id, LegStatus.ASKED))

    assert [str(g.message).split(" Chemo")[0] for g in gaps] == ["Ride to", "Ride home from"]
    assert gaps[0].at is not None and gaps[1].at is not None and gaps[0].at < gaps[1].at
