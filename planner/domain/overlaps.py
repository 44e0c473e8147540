"""Two appointments at the same time: worth a second look, though a clinic may mean it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planner.domain.availability import overlaps
from planner.domain.enums import AppointmentStatus, Area
from planner.domain.gaps import Fix, Gap
from planner.domain.messages import translate
from planner.domain.model import Appointment, PlanWindow

APPOINTMENT_OVERLAP = "appointment_overlap"


def overlapping(appointment: Appointment, others: Iterable[Appointment]) -> list[Appointment]:
    """The scheduled appointments among ``others`` that share time with ``appointment``."""
    return sorted(
        (
            other
            for other in others
            if other.status is AppointmentStatus.SCHEDULED
            and (other.id is None or other.id != appointment.id)
            and overlaps(appointment.start, appointment.end, other.start, other.end)
        ),
        key=lambda other: other.start,
    )


def overlapping_pairs(appointments: Sequence[Appointment]) -> list[tuple[Appointment, Appointment]]:
    """Every pair of scheduled appointments that overlap, each pair once, earlier first."""
    scheduled = sorted(
        (a for a in appointments if a.status is AppointmentStatus.SCHEDULED),
        key=lambda a: (a.start, a.end),
    )
    pairs = []
    for n, first in enumerate(scheduled):
        for second in scheduled[n + 1 :]:
            if second.start >= first.end:
                break  # sorted by start: nothing later can overlap ``first``
            pairs.append((first, second))
    return pairs


def appointment_overlaps(window: PlanWindow) -> Iterable[Gap]:
    """A gap for each two coming scheduled appointments that overlap in time."""
    inside = [
        a
        for a in window.appointments
        if window.first_day <= a.start.date() <= window.last_day
        and a.start.date() >= window.today
        and window.wants_gap(a.start.date())  # a pair's gap is on its later one's day
    ]
    for first, second in overlapping_pairs(inside):
        yield Gap(
            APPOINTMENT_OVERLAP,
            second.start.date(),
            translate("Gaps", "{second} ({second_at}) overlaps {first} ({first_at}).").format(
                second=second.title, second_at=second.start, first=first.title, first_at=first.start
            ),
            Fix(Area.APPOINTMENTS, second.id, translate("Fix", "Check the times")),
            second.start.time(),
        )
