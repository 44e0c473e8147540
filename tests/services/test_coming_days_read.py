"""The coming days read whole only the weeks their gaps need, and further out just the rides
still to ask a driver service for (planner/domain/week.read_whole_until): what they show is
what a read of every day would show."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain import week as rules
from planner.domain.enums import AppointmentKind, Capability, LegDirection, LegStatus
from planner.domain.legs import NOTICE_DEADLINE
from planner.domain.model import Appointment, Helper, RideLeg
from planner.domain.week import GAP_HORIZON, Week, window_span
from planner.services import week
from planner.services.plan import Plan

DAY = dt.timedelta(days=1)


def every_day_read(plan: Plan, first: dt.date) -> Week:
    """The coming days from a read of every day of their span (as before)."""
    now = plan.clock.now()
    with plan.reading() as read:
        settings = read.settings()
        horizon = GAP_HORIZON.read(settings)
        window = read.window(
            *window_span(first, now.date(), horizon), now.date(), now, settings=settings
        )
    return rules.coming_days(window, first, now, horizon, doses=True)


@pytest.fixture
def far_rides(demo_plan: Plan, today: dt.date) -> Plan:
    """The demo plan with a driver service that wants ten business days' notice and rides
    five to twelve weeks ahead: some still to ask it for, one already asked, one with the
    family's own driver, and two overlapping visits."""
    with demo_plan.unit_of_work() as work:
        service = work.store.add(
            Helper("Hospital car service", capabilities=frozenset({Capability.DRIVE}),
                   notice_business_days=10)
        )  # fmt: skip
        own = work.store.add(Helper("Lee", capabilities=frozenset({Capability.DRIVE})))
        for n, (weeks, status, driver) in enumerate(
            [
                (3, LegStatus.NEEDED, service),  # asked by a day among the gaps
                (5, LegStatus.NEEDED, service),
                (6, LegStatus.ASKED, service),
                (8, LegStatus.NEEDED, own),
                (12, LegStatus.NEEDED, service),  # its deadline is later: not shown
            ]
        ):
            start = dt.datetime.combine(today + weeks * 7 * DAY, dt.time(9 + n % 3))
            visit = work.store.add(
                Appointment(AppointmentKind.RADIATION, f"Radiotherapy {n}", start, needs_ride=True)
            )
            work.store.add(Appointment(AppointmentKind.SCAN, f"Scan {n}", start))  # overlaps
            for direction in LegDirection:
                pickup = start - dt.timedelta(minutes=45) if direction is LegDirection.THERE \
                    else start + dt.timedelta(hours=1)  # fmt: skip
                work.store.add(RideLeg(visit, direction, pickup, driver_id=driver, status=status))
        work.commit()
    return demo_plan


@pytest.mark.parametrize("offset", [-7, 0, 2, 7, 13, 17, 30])
def test_the_coming_days_show_what_a_read_of_every_day_shows(
    far_rides: Plan, today: dt.date, offset: int
) -> None:
    first = today + offset * DAY
    assert week.coming_days(far_rides, first) == every_day_read(far_rides, first)


def test_a_ride_service_to_ask_weeks_ahead_is_among_todays_gaps(
    far_rides: Plan, today: dt.date
) -> None:
    shown = week.coming_days(far_rides, today)
    asks = [gap for gap in shown.gaps if gap.kind == NOTICE_DEADLINE]
    assert asks, "the ride three weeks ahead must be asked for now"
    assert all(gap.date > today + 13 * DAY for gap in asks)  # past the days of the gaps
    assert all(gap.act_by <= today + 13 * DAY for gap in asks)
