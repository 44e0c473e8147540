"""Whatever a person types, an exported appointment reads back as the same appointment, and
no text of it becomes a field or an event of its own."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.domain.model import Appointment
from planner.interop.ics_export import CalendarContent, uid, write_calendar
from planner.interop.ics_import import read_calendar

STAMP = dt.datetime(2026, 3, 11, 8, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 11)
# Printable text of any script, with the characters calendar files treat specially.
letters = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"))
special = st.sampled_from([";", ",", "\\", ":", '"', "END:VEVENT", "BEGIN:VALARM", "\n"])
raw = st.lists(st.one_of(letters, special), max_size=60).map("".join)
one_line = raw.map(lambda text: " ".join(text.split()))


@st.composite
def appointments(draw: st.DrawFn) -> Appointment:
    title = draw(one_line.filter(bool))
    start = TODAY + dt.timedelta(days=draw(st.integers(0, 300)))
    # From 06:00: the night hours that summer time skips do not exist to be read back.
    return Appointment(
        draw(st.sampled_from(AppointmentKind)),
        title[:200],
        dt.datetime.combine(start, dt.time(draw(st.integers(6, 22)), draw(st.integers(0, 59)))),
        dt.timedelta(minutes=draw(st.integers(1, 600))),
        location=draw(one_line)[:200],
        clinician=draw(one_line)[:200],
        notes=draw(raw).strip(),
        status=draw(st.sampled_from([AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED])),
        id=draw(st.integers(1, 10**6)),
    )


@settings(max_examples=60, deadline=None)
@given(appointment=appointments(), zone=st.sampled_from(["", "Europe/London", "America/New_York"]))
def test_an_appointment_reads_back_as_itself(appointment: Appointment, zone: str) -> None:
    content = CalendarContent("p1", zone, appointments=(appointment,), stamp=STAMP)
    data = write_calendar(content)
    found = read_calendar(data, today=TODAY, zone=zone)
    assert found.unreadable == ()
    (event,) = found.events
    assert event.uid == uid("appointment", appointment.id, "p1")
    assert (event.title, event.start, event.duration) == (
        appointment.title,
        appointment.start,
        appointment.duration,
    )
    assert (event.location, event.clinician, event.notes) == (
        appointment.location,
        appointment.clinician,
        appointment.notes,
    )
    assert event.kind is appointment.kind
    assert event.cancelled == (appointment.status is AppointmentStatus.CANCELLED)
