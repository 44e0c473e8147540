from __future__ import annotations

import dataclasses
import datetime as dt

from planner.domain.areas import GAP_RULES, find_gaps
from planner.domain.enums import AppointmentStatus, Area
from planner.domain.model import PlanWindow
from planner.domain.overlaps import APPOINTMENT_OVERLAP, appointment_overlaps, overlapping
from tests.helpers.builders import MONDAY, appointment


def window(*appointments: object) -> PlanWindow:
    return PlanWindow(
        MONDAY, MONDAY + dt.timedelta(days=6), appointments=tuple(appointments), today=MONDAY
    )  # type: ignore[arg-type]


def test_the_rule_is_registered() -> None:
    assert appointment_overlaps in GAP_RULES


def test_two_overlapping_appointments_make_one_gap_on_the_later_one() -> None:
    scan = appointment(MONDAY, id=1, hour=9, title="Scan")
    blood = dataclasses.replace(
        appointment(MONDAY, id=2, title="Blood test"), start=dt.datetime(2026, 3, 9, 9, 30)
    )

    gaps = [g for g in find_gaps(window(scan, blood)) if g.kind == APPOINTMENT_OVERLAP]

    assert len(gaps) == 1
    assert gaps[0].fix.area is Area.APPOINTMENTS and gaps[0].fix.record_id == 2
    assert "Blood test" in str(gaps[0].message) and "Scan" in str(gaps[0].message)


def test_back_to_back_cancelled_and_past_appointments_make_no_gap() -> None:
    nine = appointment(MONDAY, id=1, hour=9)
    ten = appointment(MONDAY, id=2, hour=10)  # starts as the first ends
    cancelled = appointment(MONDAY, id=3, hour=9, status=AppointmentStatus.CANCELLED)
    past = [appointment(MONDAY - dt.timedelta(days=1), id=n, hour=9) for n in (4, 5)]

    assert list(appointment_overlaps(window(nine, ten, cancelled, *past))) == []


def test_three_at_once_make_three_pairs() -> None:
    same = [appointment(MONDAY, id=n, hour=9) for n in (1, 2, 3)]

    assert len(list(appointment_overlaps(window(*same)))) == 3


def test_overlapping_ignores_the_appointment_itself() -> None:
    scan = appointment(MONDAY, id=1)
    moved = dataclasses.replace(scan, start=scan.start + dt.timedelta(minutes=10))
    other = appointment(MONDAY, id=2, hour=11)

    assert overlapping(moved, [scan, other]) == []
    assert overlapping(dataclasses.replace(moved, id=None), [scan, other]) == [scan]
