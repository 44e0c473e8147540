"""Hard days learned from the journal: which days of a cycle were the hard ones, per kind.

From two or more logged cycles of an appointment kind, the cycle days on which the average
worst severity reaches a threshold are the learned hard days; the proposal is the number of
recovery days that covers them. The proposal only changes the plan on the user's yes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.domain.enums import AppointmentKind
from planner.domain.hard_days import LONGEST_LEARNED, RECOVERY_SETTINGS
from planner.domain.journal import CycleStart, cycle_starts, worst_by_day
from planner.domain.model import Appointment, JournalEntry
from planner.domain.settings import int_setting

THRESHOLD = int_setting("journal.hard_day_threshold", 5, 1, 10)
"""Average severity from which a cycle day counts as hard."""

MIN_CYCLES = 2
"""How many logged cycles of a kind the learning needs before it proposes anything."""

LOOK_DAYS = LONGEST_LEARNED + 1
"""How many days of each cycle are looked at: day 1 (the treatment) and the recovery days
a kind's default can hold."""


@dataclass(frozen=True)
class DayEvidence:
    """What the journal says about one cycle day across the logged cycles."""

    cycle_day: int
    average: float
    cycles: int
    """How many logged cycles noted a side effect on that day."""
    hard: bool


@dataclass(frozen=True)
class Proposal:
    kind: AppointmentKind
    hard_cycle_days: tuple[int, ...]
    """The cycle days (day 1 is the treatment day) found hard."""
    recovery_days: int
    """Recovery days after the treatment day that cover the hard days."""
    current: int
    """The kind's recovery days as the plan has them now."""
    cycles: tuple[CycleStart, ...]
    """The logged cycles the proposal is based on."""
    evidence: tuple[DayEvidence, ...]
    threshold: int

    @property
    def changes_plan(self) -> bool:
        return self.recovery_days != self.current


def _logged_cycles(
    starts: list[CycleStart], worst: Mapping[dt.date, int], today: dt.date
) -> list[tuple[CycleStart, dict[int, int]]]:
    """Each cycle that is over far enough to judge, with its worst severity per cycle day;
    a cycle ends where the next one of any kind begins."""
    logged = []
    for n, start in enumerate(starts):
        end = starts[n + 1].day if n + 1 < len(starts) else None
        days: dict[int, int] = {}
        for cycle_day in range(1, LOOK_DAYS + 1):
            day = start.day + dt.timedelta(days=cycle_day - 1)
            if (end is not None and day >= end) or day > today:
                break
            if day in worst:
                days[cycle_day] = worst[day]
        # A cycle with only its treatment day noted says nothing about recovery.
        if any(d > 1 for d in days):
            logged.append((start, days))
    return logged


def learn_hard_days(
    entries: Iterable[JournalEntry],
    appointments: Iterable[Appointment],
    today: dt.date,
    settings: Mapping[str, str],
) -> list[Proposal]:
    """One proposal per appointment kind with at least :data:`MIN_CYCLES` logged cycles.

    A cycle day is hard when the average of the worst severity noted on it, over the logged
    cycles that noted anything that day, reaches the threshold, and at least two cycles
    noted it. The proposal covers days 2 to the last hard day (recovery days count from the
    day after the treatment); a kind without a hard day gets no proposal.
    """
    threshold = THRESHOLD.read(settings)
    worst = worst_by_day(entries)
    starts = cycle_starts(appointments)
    logged = _logged_cycles(starts, worst, today)
    proposals = []
    for kind in AppointmentKind:
        cycles = [(start, days) for start, days in logged if start.kind is kind]
        if len(cycles) < MIN_CYCLES:
            continue
        evidence = []
        for cycle_day in range(2, LOOK_DAYS + 1):
            noted = [days[cycle_day] for _, days in cycles if cycle_day in days]
            if not noted:
                continue
            average = sum(noted) / len(noted)
            hard = len(noted) >= MIN_CYCLES and average >= threshold
            evidence.append(DayEvidence(cycle_day, average, len(noted), hard))
        hard_days = tuple(e.cycle_day for e in evidence if e.hard)
        if not hard_days:
            continue
        proposals.append(
            Proposal(
                kind,
                hard_days,
                max(hard_days) - 1,
                RECOVERY_SETTINGS[kind].read(settings),
                tuple(start for start, _ in cycles),
                tuple(evidence),
                threshold,
            )
        )
    return proposals
