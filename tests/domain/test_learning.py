"""Hard days learned from logged cycles, as a plain function."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, AppointmentStatus, JournalKind
from planner.domain.hard_days import RECOVERY_SETTINGS
from planner.domain.learning import THRESHOLD, learn_hard_days
from planner.domain.model import Appointment, JournalEntry
from tests.helpers.builders import appointment, at

FIRST = dt.date(2025, 11, 3)
CYCLE = 21
TODAY = FIRST + dt.timedelta(days=4 * CYCLE)


def cycles(count: int) -> list[Appointment]:
    return [
        appointment(
            FIRST + dt.timedelta(days=n * CYCLE),
            id=n + 1,
            course_id=1,
            cycle=n + 1,
            status=AppointmentStatus.DONE,
        )
        for n in range(count)
    ]


def side_effect(day: dt.date, severity: int, symptom: str = "Nausea") -> JournalEntry:
    return JournalEntry(JournalKind.SIDE_EFFECT, at(day, 20), symptom, severity)


def logged(
    count: int, severity_on: dict[int, int], low: list[list[int]] | None = None
) -> list[JournalEntry]:
    """Entries for ``count`` cycles: ``severity_on`` per cycle day, ``low`` noise per cycle."""
    entries = []
    for n in range(count):
        start = FIRST + dt.timedelta(days=n * CYCLE)
        noise = low[n] if low else [1] * CYCLE
        for cycle_day in range(1, CYCLE + 1):
            severity = severity_on.get(cycle_day, noise[cycle_day - 1])
            entries.append(side_effect(start + dt.timedelta(days=cycle_day - 1), severity))
    return entries


noise_cycles = st.lists(
    st.lists(st.integers(0, 3), min_size=CYCLE, max_size=CYCLE), min_size=3, max_size=3
)


@settings(max_examples=40, deadline=None)
@given(noise=noise_cycles, high=st.lists(st.integers(7, 10), min_size=3, max_size=3))
def test_a_pattern_on_cycle_days_3_to_5_is_proposed(
    noise: list[list[int]], high: list[int]
) -> None:
    entries = logged(3, dict(zip((3, 4, 5), high, strict=True)), noise)
    (proposal,) = learn_hard_days(entries, cycles(3), TODAY, {})
    assert proposal.kind is AppointmentKind.CHEMOTHERAPY
    assert proposal.hard_cycle_days == (3, 4, 5)
    assert proposal.recovery_days == 4  # days 2 to 5 after the treatment day
    assert proposal.current == 3
    assert len(proposal.cycles) == 3
    assert [e.cycle_day for e in proposal.evidence if e.hard] == [3, 4, 5]


@settings(max_examples=40, deadline=None)
@given(noise=noise_cycles)
def test_noise_alone_proposes_nothing(noise: list[list[int]]) -> None:
    assert learn_hard_days(logged(3, {}, noise), cycles(3), TODAY, {}) == []


def test_one_logged_cycle_is_not_enough() -> None:
    entries = logged(1, {3: 9, 4: 9})
    assert learn_hard_days(entries, cycles(3), TODAY, {}) == []


def test_the_threshold_is_the_users_setting() -> None:
    entries = logged(2, {3: 6, 4: 6})
    assert learn_hard_days(entries, cycles(2), TODAY, {THRESHOLD.key: "7"}) == []
    (proposal,) = learn_hard_days(entries, cycles(2), TODAY, {THRESHOLD.key: "6"})
    assert proposal.hard_cycle_days == (3, 4)


def test_the_current_default_comes_from_the_plan() -> None:
    settings_ = {RECOVERY_SETTINGS[AppointmentKind.CHEMOTHERAPY].key: "4"}
    (proposal,) = learn_hard_days(logged(2, {3: 8, 4: 8, 5: 8}), cycles(2), TODAY, settings_)
    assert proposal.current == 4
    assert not proposal.changes_plan


def test_days_still_ahead_are_not_judged() -> None:
    # The second cycle began two days ago: its days 3 to 5 are not there yet.
    appointments = cycles(2)
    entries = [*logged(1, {3: 9, 4: 9, 5: 9}), side_effect(FIRST + dt.timedelta(days=CYCLE), 2)]
    today = FIRST + dt.timedelta(days=CYCLE + 1)
    assert learn_hard_days(entries, appointments, today, {}) == []
