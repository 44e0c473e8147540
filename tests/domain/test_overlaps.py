from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.areas import GAP_RULES, find_gaps
from planner.domain.enums import AppointmentStatus, Area
from planner.domain.model import PlanWindow
from planner.domain.overlaps import (
    APPOINTMENT_OVERLAP,
    MOST_NAMED,
    appointment_overlaps,
    overlapping,
    overlapping_groups,
)
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


def test_three_at_once_make_one_gap_naming_each_with_its_time() -> None:
    same = [appointment(MONDAY, id=n, hour=9, title=f"Visit {n}") for n in (1, 2, 3)]

    (gap,) = appointment_overlaps(window(*same))

    assert gap.fix.record_id == 2 and gap.at == dt.time(9)
    assert str(gap.message) == (
        "3 appointments on Mon 9 Mar overlap: Visit 1 (09:00), Visit 2 (09:00), Visit 3 (09:00)."
    )


def test_a_chain_of_overlaps_is_one_group_and_a_free_moment_starts_the_next() -> None:
    # 9:00-10:00, 9:30-10:30, 10:15-11:15 chain; 11:15 starts as the chain ends; 11:30 overlaps it.
    starts = [(9, 0), (9, 30), (10, 15), (11, 15), (11, 30)]
    day = [
        dataclasses.replace(appointment(MONDAY, id=n), start=dt.datetime(2026, 3, 9, h, m))
        for n, (h, m) in enumerate(starts, start=1)
    ]

    groups = overlapping_groups(day)

    assert [[a.id for a in group] for group in groups] == [[1, 2, 3], [4, 5]]
    assert [g.fix.record_id for g in appointment_overlaps(window(*day))] == [2, 5]


def test_a_long_group_says_its_span_and_names_its_first_ones() -> None:
    crowded = [
        dataclasses.replace(
            appointment(MONDAY, id=n, title=f"Visit {n}"),
            start=dt.datetime(2026, 3, 9, 8) + dt.timedelta(minutes=30 * n),
        )
        for n in range(1, MOST_NAMED + 3)
    ]

    (gap,) = appointment_overlaps(window(*crowded))

    named = ", ".join(f"Visit {n} ({8 + n // 2:02}:{30 * (n % 2):02})" for n in range(1, 5))
    assert str(gap.message) == (
        f"{MOST_NAMED + 2} appointments on Mon 9 Mar overlap from 08:30 to 12:00, "
        f"among them {named}."
    )


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=12))
def test_two_appointments_share_a_group_exactly_when_a_chain_of_overlaps_joins_them(
    slots: list[tuple[int, int]],
) -> None:
    day = [
        dataclasses.replace(
            appointment(MONDAY, id=n),
            start=dt.datetime(2026, 3, 9, 7) + dt.timedelta(minutes=15 * start),
            duration=dt.timedelta(minutes=15 * length),
        )
        for n, (start, length) in enumerate(slots, start=1)
    ]
    group_of = {a.id: n for n, group in enumerate(overlapping_groups(day)) for a in group}

    for a in day:  # each that overlaps another is in a group, and in the other's
        others = overlapping(a, day)
        assert bool(others) == (a.id in group_of)
        assert all(group_of[o.id] == group_of[a.id] for o in others)
    for group in overlapping_groups(day):  # and a group holds no two that a free moment parts
        ordered = sorted(group, key=lambda a: a.start)
        for n in range(1, len(ordered)):
            assert ordered[n].start < max(a.end for a in ordered[:n])


def test_overlapping_ignores_the_appointment_itself() -> None:
    scan = appointment(MONDAY, id=1)
    moved = dataclasses.replace(scan, start=scan.start + dt.timedelta(minutes=10))
    other = appointment(MONDAY, id=2, hour=11)

    assert overlapping(moved, [scan, other]) == []
    assert overlapping(dataclasses.replace(moved, id=None), [scan, other]) == [scan]
