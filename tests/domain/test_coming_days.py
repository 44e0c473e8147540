"""The coming days: seven days from a chosen day, and the gaps still open over the horizon."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.areas import find_gaps
from planner.domain.enums import Capability, LegDirection, LegStatus, TaskCategory
from planner.domain.gaps import RIDE_NOT_CONFIRMED, RIDE_WITHOUT_DRIVER
from planner.domain.helpers import MOST_IN_SEVEN_DAYS
from planner.domain.legs import NOTICE_DEADLINE
from planner.domain.model import Appointment, Availability, Helper, HelpTask, PlanWindow, RideLeg
from planner.domain.week import (
    coming_days,
    days_looked_ahead,
    gap_span,
    window_span,
)
from tests.helpers.builders import PROFILE, appointment, at, driver, leg, window

DAY = dt.timedelta(days=1)
SATURDAY = dt.date(2026, 12, 5)
MONDAY = SATURDAY + 2 * DAY
SATURDAY_NIGHT = at(SATURDAY, 21, 33)


def planned(
    *parts: Appointment | RideLeg, first: dt.date, last: dt.date, today: dt.date
) -> PlanWindow:
    """A window of the days ``first`` to ``last`` holding ``parts``, a driver (7) and a
    driver service that wants ten business days' notice (8)."""
    visits = [part for part in parts if isinstance(part, Appointment)]
    legs = [part for part in parts if isinstance(part, RideLeg)]
    return window(
        first,
        (last - first).days + 1,
        today=today,
        appointments=visits,
        legs=legs,
        helpers=[driver(7), Helper("Ride service", notice_business_days=10, id=8)],
    )


def test_on_saturday_night_mondays_ride_home_is_a_gap_and_this_mornings_rides_are_not() -> None:
    this_morning = appointment(SATURDAY, id=1, hour=9)
    monday = appointment(MONDAY, id=2, hour=9)
    parts = [
        this_morning,
        leg(this_morning, LegDirection.THERE, id=11),
        leg(this_morning, LegDirection.BACK, id=12),
        monday,
        leg(monday, LegDirection.THERE, id=21, driver_id=7, status=LegStatus.CONFIRMED),
        leg(monday, LegDirection.BACK, id=22),
    ]
    first, last = window_span(SATURDAY, SATURDAY, 14)
    week = coming_days(
        planned(*parts, first=first, last=last, today=SATURDAY), SATURDAY, SATURDAY_NIGHT, 14
    )

    assert [d.date for d in week.days] == [SATURDAY + n * DAY for n in range(7)]
    assert [(g.kind, g.date, g.fix.record_id) for g in week.gaps] == [
        (RIDE_WITHOUT_DRIVER, MONDAY, 22)
    ]
    assert week.gaps_until == SATURDAY + 13 * DAY
    assert days_looked_ahead(week, SATURDAY) == 14


def test_gaps_reach_past_the_days_shown_to_the_horizon_and_not_beyond() -> None:
    inside = appointment(SATURDAY + 12 * DAY, id=1)  # a Thursday, 12 days on
    outside = appointment(SATURDAY + 16 * DAY, id=2)
    parts = [
        inside,
        leg(inside, LegDirection.THERE, id=11),
        leg(inside, LegDirection.BACK, id=12),
        outside,
        leg(outside, LegDirection.THERE, id=21),
    ]
    first, last = window_span(SATURDAY, SATURDAY, 14)
    week = coming_days(
        planned(*parts, first=first, last=last, today=SATURDAY), SATURDAY, SATURDAY_NIGHT, 14
    )

    assert [g.fix.record_id for g in week.gaps] == [11, 12]
    assert all(item.start.date() <= SATURDAY + 6 * DAY for d in week.days for item in d.items)


def test_a_deadline_inside_the_horizon_is_listed_though_its_ride_is_further_out() -> None:
    far = appointment(SATURDAY + 24 * DAY, id=1)  # Tuesday 29 Dec
    parts = [far, leg(far, LegDirection.THERE, id=11, driver_id=8)]
    first, last = window_span(SATURDAY, SATURDAY, 14)
    assert last >= far.start.date()
    week = coming_days(
        planned(*parts, first=first, last=last, today=SATURDAY), SATURDAY, SATURDAY_NIGHT, 14
    )

    (gap,) = [g for g in week.gaps if g.kind == NOTICE_DEADLINE]
    assert gap.date == far.start.date()
    assert gap.act_by == dt.date(2026, 12, 15)  # ten business days before
    assert "ask by Tue 15 Dec" in str(gap.message)


def test_gaps_come_in_the_order_things_must_be_done() -> None:
    asked = appointment(SATURDAY + 3 * DAY, id=1, hour=15)  # Tuesday: confirm by Monday
    service = appointment(SATURDAY + 20 * DAY, id=2)  # ask the service by Friday 11 Dec
    parts = [
        asked,
        leg(asked, LegDirection.THERE, id=11, driver_id=7, status=LegStatus.ASKED),
        service,
        leg(service, LegDirection.THERE, id=21, driver_id=8),
    ]
    first, last = window_span(SATURDAY, SATURDAY, 14)
    week = coming_days(
        planned(*parts, first=first, last=last, today=SATURDAY), SATURDAY, SATURDAY_NIGHT, 14
    )

    kinds = [g.kind for g in week.gaps if g.kind in (RIDE_NOT_CONFIRMED, NOTICE_DEADLINE)]
    assert kinds == [RIDE_NOT_CONFIRMED, NOTICE_DEADLINE]
    assert [g.act_by for g in week.gaps] == sorted(g.act_by for g in week.gaps)


def test_days_in_the_past_look_for_no_gaps() -> None:
    earlier = SATURDAY - 14 * DAY
    gone = appointment(earlier + DAY, id=1)
    parts = [gone, leg(gone, LegDirection.THERE, id=11)]
    week = coming_days(
        planned(*parts, first=earlier, last=earlier + 6 * DAY, today=SATURDAY),
        earlier,
        SATURDAY_NIGHT,
        14,
    )
    assert week.gaps == () and week.gaps_until is None
    assert days_looked_ahead(week, SATURDAY) is None


@given(
    first=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    offset=st.integers(-30, 30),
    horizon=st.integers(7, 56),
)
def test_the_gap_span_never_starts_before_today_and_covers_the_horizon_when_today_is_shown(
    first: dt.date, offset: int, horizon: int
) -> None:
    today = first + offset * DAY
    span = gap_span(first, today, horizon)
    last = first + 6 * DAY
    if last < today:
        assert span is None
        return
    assert span is not None
    start, end = span
    assert start == max(first, today)
    assert end >= last
    if first <= today <= last:
        assert end == max(last, today + (horizon - 1) * DAY)
    read_first, read_last = window_span(first, today, horizon)
    assert read_first == first and read_last >= end


@st.composite
def crowded(draw: st.DrawFn) -> tuple[PlanWindow, dt.date]:
    """A five-week window of overlapping appointments, their legs (some with a driver who is
    free only on Mondays, some with a service wanting notice, some asked), help tasks, and
    a day to ask gaps until."""
    today = SATURDAY
    visits: list[Appointment | RideLeg] = []
    tasks = []
    for n in range(draw(st.integers(0, 14))):
        day = today + draw(st.integers(0, 34)) * DAY
        visit = appointment(day, id=n + 1, hour=draw(st.integers(8, 16)))
        visits.append(visit)
        for direction, offset in ((LegDirection.THERE, 100), (LegDirection.BACK, 200)):
            driver_id = draw(st.sampled_from([None, 7, 8, 9]))
            status = draw(st.sampled_from([LegStatus.NEEDED, LegStatus.ASKED]))
            visits.append(leg(visit, direction, id=offset + n, driver_id=driver_id, status=status))
        if draw(st.booleans()):
            tasks.append(
                HelpTask(
                    TaskCategory.MEALS,
                    f"Cook {n}",
                    at(day + DAY, 17),
                    at(day + DAY, 19),
                    helper_id=draw(st.sampled_from([None, 7, 9])),
                    id=300 + n,
                )
            )
    monday_only = Helper(
        "Lee",
        capabilities=frozenset({Capability.DRIVE}),
        availability=(Availability(0, dt.time(8), dt.time(18)),),
        id=9,
    )
    first, last = today, today + 34 * DAY
    found = window(
        first,
        (last - first).days + 1,
        today=today,
        appointments=[v for v in visits if isinstance(v, Appointment)],
        legs=[v for v in visits if isinstance(v, RideLeg)],
        tasks=tasks,
        helpers=[driver(7), Helper("Ride service", notice_business_days=10, id=8), monday_only],
        settings={**PROFILE, MOST_IN_SEVEN_DAYS.key: "2"},
    )
    return found, today + draw(st.integers(0, 34)) * DAY


@given(crowded())
def test_gaps_asked_until_a_day_are_those_due_by_it_of_all_the_window_holds(
    case: tuple[PlanWindow, dt.date],
) -> None:
    # The coming days read rides far ahead for their asking deadlines but list only the
    # gaps to act on by the horizon; the rules leave the rest unmade, and must leave
    # nothing out that is due by then.
    every, until = case
    asked = find_gaps(replace(every, gaps_until=until))
    assert asked == [gap for gap in find_gaps(every) if gap.act_by <= until]
