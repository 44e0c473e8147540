"""Appointments at the same time: worth a second look, though a clinic may mean it. A run
of them that overlap is one gap (see :func:`overlapping_groups`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from planner.domain.availability import overlaps
from planner.domain.enums import AppointmentStatus, Area
from planner.domain.gaps import Fix, Gap
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, PlanWindow

APPOINTMENT_OVERLAP = "appointment_overlap"
MOST_NAMED = 4
"""How many appointments of a group that overlaps its gap names (a crowded day's group may
hold a dozen)."""


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


def overlapping_groups(appointments: Sequence[Appointment]) -> list[list[Appointment]]:
    """The scheduled appointments that share time, in groups earliest first: each runs from
    its first start to its last end with no free moment between, and each of its
    appointments starts before the ones before it have all ended. An appointment that
    shares no time is in none."""
    scheduled = sorted(
        (a for a in appointments if a.status is AppointmentStatus.SCHEDULED),
        key=lambda a: (a.start, a.end),
    )
    groups: list[list[Appointment]] = []
    group: list[Appointment] = []
    busy_until = dt.datetime.min
    for appointment in scheduled:
        if group and appointment.start < busy_until:
            group.append(appointment)
            busy_until = max(busy_until, appointment.end)
            continue
        if len(group) > 1:
            groups.append(group)
        group, busy_until = [appointment], appointment.end
    if len(group) > 1:
        groups.append(group)
    return groups


def appointment_overlaps(window: PlanWindow) -> Iterable[Gap]:
    """A gap for each group of coming scheduled appointments that overlap in time (see
    :func:`overlapping_groups`): one gap, however many the group holds, on the moment the
    second one starts, whose times it asks to check."""
    inside = [
        a
        for a in window.appointments
        if window.first_day <= a.start.date() <= window.last_day
        and a.start.date() >= window.today
        and window.wants_gap(a.start.date())  # a group's gap is on its second one's day
    ]
    for group in overlapping_groups(inside):
        second = group[1]
        yield Gap(
            APPOINTMENT_OVERLAP,
            second.start.date(),
            _said(group),
            Fix(Area.APPOINTMENTS, second.id, translate("Fix", "Check the times")),
            second.start.time(),
        )


def _said(group: Sequence[Appointment]) -> Message:
    """Two that overlap are named with their moments. More are named with their times of
    day (a moment for one past midnight), at most :data:`MOST_NAMED`; a longer group says
    the time it spans and names its first ones."""
    if len(group) == 2:
        first, second = group
        return translate("Gaps", "{second} ({second_at}) overlaps {first} ({first_at}).").format(
            second=second.title, second_at=second.start, first=first.title, first_at=first.start
        )
    day = group[0].start.date()

    def when(moment: dt.datetime) -> dt.time | dt.datetime:
        return moment.time() if moment.date() == day else moment

    named = [
        translate("Gaps", "{appointment} ({at})").format(appointment=a.title, at=when(a.start))
        for a in group[:MOST_NAMED]
    ]
    if len(group) <= MOST_NAMED:
        return translate("Gaps", "%n appointments on {day} overlap: {appointments}.").format(
            n=len(group), day=day, appointments=named
        )
    end = max(a.end for a in group)
    return translate(
        "Gaps", "%n appointments on {day} overlap from {start} to {end}, among them {appointments}."
    ).format(n=len(group), day=day, start=when(group[0].start), end=when(end), appointments=named)
