from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.domain.hard_days import (
    RECOVERY_SETTINGS,
    hard_days,
    hard_days_after,
    hard_days_between,
    recovery_days,
)
from planner.domain.model import Appointment, PlanWindow
from tests.helpers.builders import MONDAY, appointment, window

DEFAULTS = {
    AppointmentKind.CHEMOTHERAPY: 3,
    AppointmentKind.INFUSION: 1,
    AppointmentKind.RADIATION: 0,
    AppointmentKind.SURGERY: 7,
    AppointmentKind.DIALYSIS: 1,
    AppointmentKind.TRIAL_VISIT: 1,
    AppointmentKind.LAB_TEST: 0,
    AppointmentKind.SCAN: 0,
    AppointmentKind.CONSULTATION: 0,
    AppointmentKind.PALLIATIVE_CARE: 0,
    AppointmentKind.OTHER: 0,
}


def test_every_kind_has_the_documented_default() -> None:
    assert set(DEFAULTS) == set(AppointmentKind)


@pytest.mark.parametrize(("kind", "days"), DEFAULTS.items())
def test_default_recovery_days_per_kind(kind: AppointmentKind, days: int) -> None:
    visit = appointment(MONDAY, kind=kind)

    assert recovery_days(visit) == days
    assert hard_days_after(visit) == [MONDAY + dt.timedelta(days=n) for n in range(1, days + 1)]


@pytest.mark.parametrize("override", [0, 2, 10])
def test_an_appointment_overrides_its_kinds_default(override: int) -> None:
    visit = appointment(MONDAY, kind=AppointmentKind.CHEMOTHERAPY, recovery_days=override)

    assert len(hard_days_after(visit)) == override


def test_a_cancelled_appointment_gives_no_hard_days() -> None:
    visit = appointment(MONDAY, kind=AppointmentKind.SURGERY, status=AppointmentStatus.CANCELLED)

    assert hard_days_after(visit) == []
    assert hard_days([visit], MONDAY, MONDAY + dt.timedelta(days=30)) == {}


def test_a_done_appointment_still_gives_hard_days() -> None:
    visit = appointment(MONDAY, status=AppointmentStatus.DONE)

    assert len(hard_days_after(visit)) == 3


def test_hard_days_are_clipped_to_the_range_and_name_their_causes() -> None:
    chemo = appointment(MONDAY, id=1)  # Tue, Wed, Thu
    surgery = appointment(MONDAY + dt.timedelta(days=2), id=2, kind=AppointmentKind.SURGERY)
    first, last = MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=4)

    found = hard_days([chemo, surgery], first, last)

    assert list(found) == [first, first + dt.timedelta(days=1), last]
    assert found[first] == [chemo]
    assert found[first + dt.timedelta(days=1)] == [chemo, surgery]
    assert found[last] == [surgery]


def test_hard_days_come_sorted_whatever_the_order_of_appointments() -> None:
    later = appointment(MONDAY + dt.timedelta(days=10), id=1)
    earlier = appointment(MONDAY, id=2)

    found = hard_days([later, earlier], MONDAY, MONDAY + dt.timedelta(days=20))

    assert list(found) == sorted(found)
    assert len(found) == 6


appointments_drawn = st.lists(
    st.builds(
        lambda offset, kind, status, own: appointment(
            MONDAY + dt.timedelta(days=offset), kind=kind, status=status, recovery_days=own
        ),
        st.integers(-20, 20),
        st.sampled_from(AppointmentKind),
        st.sampled_from(AppointmentStatus),
        st.none() | st.integers(0, 12),
    ),
    max_size=12,
)


@given(
    appointments_drawn,
    st.integers(-10, 10),
    st.integers(0, 14),
    st.dictionaries(st.sampled_from(AppointmentKind), st.integers(0, 7)),
)
def test_the_hard_days_of_a_range_are_those_after_each_appointment_within_it(
    visits: list[Appointment], start: int, days: int, defaults: dict[AppointmentKind, int]
) -> None:
    first = MONDAY + dt.timedelta(days=start)
    last = first + dt.timedelta(days=days)
    settings = {RECOVERY_SETTINGS[kind].key: str(n) for kind, n in defaults.items()}
    expected: dict[dt.date, list[Appointment]] = {}
    for visit in visits:
        for day in hard_days_after(visit, settings):
            if first <= day <= last:
                expected.setdefault(day, []).append(visit)
    found = hard_days(visits, first, last, settings)
    assert found == expected and list(found) == sorted(expected)


@given(
    starts=st.lists(st.integers(-10, 30), max_size=8),
    kinds=st.lists(st.sampled_from(list(AppointmentKind)), min_size=8, max_size=8),
    first=st.integers(-5, 25),
    length=st.integers(0, 20),
)
def test_a_window_s_hard_days_between_two_days_are_those_found_for_them_alone(
    starts: list[int], kinds: list[AppointmentKind], first: int, length: int
) -> None:
    """The window works its hard days out once for its whole span and gives each caller
    its days from them: the same as working them out for those days alone, inside the
    window or reaching out of it."""
    visits = [
        appointment(MONDAY + dt.timedelta(days=day), id=n, kind=kind)
        for n, (day, kind) in enumerate(zip(starts, kinds, strict=False))
    ]
    span = window(MONDAY, 21, appointments=visits)
    start = MONDAY + dt.timedelta(days=first)
    end = start + dt.timedelta(days=length)

    assert hard_days_between(span, start, end) == hard_days(visits, start, end, span.settings)


def test_a_window_works_out_what_its_rules_share_once() -> None:
    """``PlanWindow.derived``: the hard days, asked for by the week, its tasks and its
    freezer, are worked out once for a window, and again for another."""
    visits = [appointment(MONDAY, kind=AppointmentKind.CHEMOTHERAPY)]
    calls: list[object] = []

    def counted(span: PlanWindow) -> dict[dt.date, list[Appointment]]:
        calls.append(span)
        return hard_days(span.appointments, span.first_day, span.last_day, span.settings)

    one, other = window(MONDAY, 7, appointments=visits), window(MONDAY, 14, appointments=visits)
    assert one.derived(counted) is one.derived(counted)
    assert other.derived(counted) == {MONDAY + dt.timedelta(days=n): visits for n in (1, 2, 3)}
    assert calls == [one, other]
