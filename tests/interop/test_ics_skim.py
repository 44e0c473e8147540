"""Reading a calendar event by event: a file's events are split off first and each is
parsed whole only when it is read (a file may hold far more events than one import takes).
The shortcut must read every file as icalendar's parse of the whole file reads it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.interop import ics_import
from planner.interop.ics_import import read_calendar
from tests.interop.test_ics_import import TODAY, ZONE, calendar, event

LINES = [
    "BEGIN:VEVENT", "END:VEVENT", "begin:vevent", "End:VEvent", "BEGIN:VALARM", "END:VALARM",
    "BEGIN :VEVENT", " END:VEVENT", "BEGIN;X-A=1:VEVENT", "END:VEVENT\r", "BEGIN:VTODO",
    "END:VTODO", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE", "END:VTIMEZONE",
    "UID:one", "UID:two", "uid:one", "UID;X-A=1:two", "U ID:one", "UID:o\\,ne", "UID:",
    "UID:one ", "\u017fUMMARY:long s", "U\u0131D:dotless", "SUMMARY:Chemotherapy", "summary:Scan",
    "SUMMARY:Bloods\\, then scan", "SUMMARY;LANGUAGE=de:Ärzte", "SUMMARY:  far  apart ",
    "SUMMARY:", "S UMMARY:Consultation", "DTSTART:20260312T090000", "DTSTART:20260313",
    "DTSTART;TZID=Europe/Berlin:20260312T090000", "DTSTART:not a date", "DURATION:PT1H",
    "DTEND:20260312T100000", "RRULE:FREQ=DAILY;COUNT=3", "RRULE:FREQ=WEEKLY;INTERVAL=0",
    "RECURRENCE-ID:20260313T090000", "STATUS:CANCELLED", "METHOD:CANCEL", "LOCATION:Day Unit",
    "this is not a line", "X-COMMENT:after", "VERSION:2.0", " folded on", "\t tabbed on", "",
    "\r", 'X-Q;A="B:C":D', "\\UID:escaped",
]  # fmt: skip
PROPERTIES = [line for line in LINES if not line.upper().lstrip().startswith(("BEGIN", "END"))]
EVENT = st.tuples(st.integers(10, 28), st.lists(st.sampled_from(PROPERTIES), max_size=6)).map(
    lambda day_inside: [
        "BEGIN:VEVENT",
        f"DTSTART:202603{day_inside[0]}T090000",
        *day_inside[1],
        "END:VEVENT",
    ]
)
"""An event that real calendars could write, or nearly."""
ODD_EVENT = st.lists(st.sampled_from(LINES[16:] + LINES[:16]), max_size=6).map(
    lambda inside: ["BEGIN:VEVENT", *inside, "END:VEVENT"]
)
"""One with alarms, other components or lines that only look like BEGIN or END."""
FILE_PARTS = st.lists(
    st.one_of(EVENT, EVENT, ODD_EVENT, st.lists(st.sampled_from(LINES), max_size=3)), max_size=8
)
SKIM = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(data: bytes) -> Any:
    try:
        found = read_calendar(data, today=TODAY, zone=ZONE)
    except Exception as error:  # compared, whatever it is
        return type(error).__name__, str(error)
    unreadable = [(u.event, u.reason) for u in found.unreadable]
    return found.events, unreadable, found.outside


def read_both(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """What the file reads as, split event by event and parsed whole."""
    split = outcome(data)
    with monkeypatch.context() as patched:
        patched.setattr(ics_import, "_skim", lambda text: None)
        whole = outcome(data)
    return split, whole


@SKIM
@given(FILE_PARTS, st.sampled_from(["\r\n", "\n"]), st.integers(0, 3))
def test_any_file_reads_as_the_whole_parse_reads_it(
    parts: list[list[str]], end: str, wrapped: int
) -> None:
    lines = [line for part in parts for line in part]
    if wrapped:  # mostly in a calendar, as files are
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR"]
    data = "".join(line + end for line in lines).encode()
    with pytest.MonkeyPatch.context() as monkeypatch:
        split, whole = read_both(data, monkeypatch)
    assert split == whole


def test_the_benchmarks_kind_of_file_is_split_and_reads_as_a_whole_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = [
        event(f"e{n}", f"DTSTART:202603{12 + n}T090000", "DURATION:PT1H", summary=f"Chemo {n}")
        for n in range(6)
    ]
    data = calendar(*events)
    assert ics_import._skim(ics_import.decode(data)) is not None  # the shortcut is taken
    split, whole = read_both(data, monkeypatch)
    assert split == whole
    assert [e.title for e in split[0]] == [f"Chemo {n}" for n in range(6)]


def test_a_repeating_event_among_plain_ones_is_still_expanded() -> None:
    data = calendar(
        event("before", "DTSTART:20260312T090000", summary="Bloods"),
        event("weekly", "DTSTART:20260316T091500", "RRULE:FREQ=WEEKLY;COUNT=3", summary="Radio"),
        event("after", "DTSTART:20260313T100000", summary="Scan"),
    )
    found = read_calendar(data, today=TODAY, zone=ZONE)
    assert [(e.uid, e.recurrence_id, e.start) for e in found.events] == [
        ("before", "", dt.datetime(2026, 3, 12, 9)),
        ("weekly", "20260316T091500", dt.datetime(2026, 3, 16, 9, 15)),
        ("weekly", "20260323T091500", dt.datetime(2026, 3, 23, 9, 15)),
        ("weekly", "20260330T091500", dt.datetime(2026, 3, 30, 9, 15)),
        ("after", "", dt.datetime(2026, 3, 13, 10)),
    ]


def test_an_override_split_off_apart_from_its_series_still_moves_its_occurrence() -> None:
    # The series holds an alarm (so it is parsed with the calendar); its moved occurrence
    # comes later in the file, split off on its own: both are one series by their UID.
    series = event(
        "s",
        "DTSTART:20260316T090000",
        "RRULE:FREQ=DAILY;COUNT=3",
        "BEGIN:VALARM",
        "TRIGGER:-PT1H",
        "ACTION:DISPLAY",
        "END:VALARM",
        summary="Radiotherapy",
    )
    other = event("o", "DTSTART:20260317T120000", summary="Scan")
    moved = event(
        "s", "RECURRENCE-ID:20260317T090000", "DTSTART:20260317T150000", summary="Radiotherapy"
    )
    found = read_calendar(calendar(series, other, moved), today=TODAY, zone=ZONE)
    radio = sorted(e.start for e in found.events if e.uid == "s")
    assert radio == [
        dt.datetime(2026, 3, 16, 9),
        dt.datetime(2026, 3, 17, 15),
        dt.datetime(2026, 3, 18, 9),
    ]
    assert [e.uid for e in found.events if e.uid == "o"] == ["o"]


def test_events_past_the_limit_are_refused_by_title_without_being_parsed_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ics_import, "MOST_EVENTS", 2)
    parsed: list[list[str]] = []
    parse = ics_import._parse_event

    def counted(lines: list[str]) -> Any:
        parsed.append(lines)
        return parse(lines)

    monkeypatch.setattr(ics_import, "_parse_event", counted)
    data = calendar(
        event("a", "DTSTART:20260312T090000"),
        event("b", "DTSTART:20260313T090000"),
        event("c", "DTSTART:not a date", summary="Bloods\\, then scan"),
        event("d", "DTSTART:20260315T090000", summary="Scan"),
    )
    found = read_calendar(data, today=TODAY, zone=ZONE)
    assert [e.uid for e in found.events] == ["a", "b"]
    assert [(u.event, u.reason) for u in found.unreadable] == [
        ("Bloods, then scan", "A file can bring at most 2 appointments."),
        ("Scan", "A file can bring at most 2 appointments."),
    ]
    whole = [lines for lines in parsed if any(line.startswith("DTSTART") for line in lines)]
    assert len(whole) == 2  # the two read; the others only for the escaped title
