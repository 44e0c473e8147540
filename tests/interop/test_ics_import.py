"""Reading calendar files: the corpus of real-world shapes, and hostile input."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind
from planner.interop.ics_import import (
    MAX_BYTES,
    CalendarFileError,
    ImportCancelled,
    ImportedEvent,
    guess_kind,
    read_calendar,
)

CORPUS = Path(__file__).parent / "calendars"
TODAY = dt.date(2026, 3, 11)
ZONE = "Europe/London"


def read(name: str) -> list[ImportedEvent]:
    found = read_calendar((CORPUS / name).read_bytes(), today=TODAY, zone=ZONE)
    assert found.unreadable == ()
    return list(found.events)


def calendar(*events: str) -> bytes:
    body = "".join(events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def event(uid: str, *lines: str, summary: str | None = None) -> str:
    text = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary or 'Visit ' + uid}\r\n{text}END:VEVENT\r\n"
    )


# ------------------------------------------------------------------ the corpus
def test_google_weekly_series_skips_its_exdate_and_keeps_local_time_across_summer_time() -> None:
    events = read("google.ics")
    radio = [e for e in events if e.title == "Radiotherapy session"]
    assert [e.start for e in radio] == [
        dt.datetime(2026, 3, 16, 9, 15),
        dt.datetime(2026, 3, 30, 9, 15),
        dt.datetime(2026, 4, 6, 9, 15),
        dt.datetime(2026, 4, 13, 9, 15),
    ]
    assert {e.kind for e in radio} == {AppointmentKind.RADIATION}
    assert radio[0].location == "St Mary's Hospital, Praed Street, London"
    # The folded description is unfolded into one text.
    assert "department is on the lower ground floor, follow the yellow line." in radio[0].notes
    assert len({e.recurrence_id for e in radio}) == 4


def test_google_all_day_event_becomes_a_whole_day_lab_test() -> None:
    blood = next(e for e in read("google.ics") if e.title.startswith("Blood test"))
    assert blood.all_day
    assert blood.start == dt.datetime(2026, 3, 13)
    assert blood.duration == dt.timedelta(days=1)
    assert blood.kind is AppointmentKind.LAB_TEST


def test_outlook_file_with_byte_order_mark_and_windows_zone_names() -> None:
    events = {e.title: e for e in read("outlook.ics")}
    chemo = events["Chemotherapy cycle 2"]
    assert chemo.start == dt.datetime(2026, 4, 1, 10, 0)
    assert chemo.duration == dt.timedelta(hours=4)
    assert chemo.kind is AppointmentKind.CHEMOTHERAPY
    assert chemo.uid.startswith("040000008200E00074C5B7101A82E008")  # the folded UID, unfolded
    assert not chemo.cancelled
    cancelled = events["Consultation with Dr Okafor"]
    assert cancelled.cancelled
    assert cancelled.kind is AppointmentKind.CONSULTATION


def test_thunderbird_override_moves_one_occurrence_of_the_series() -> None:
    events = read("thunderbird.ics")
    assert {e.kind for e in events} == {AppointmentKind.DIALYSIS}
    starts = [e.start for e in events]
    # Monday, Wednesday, Friday 13:00 Berlin (12:00 London) until the 27th; the Wednesday
    # of the 18th moved to Thursday 08:00 Berlin.
    assert dt.datetime(2026, 3, 18, 12) not in starts
    moved = next(e for e in events if e.title.endswith("(moved)"))
    assert moved.start == dt.datetime(2026, 3, 19, 7)
    assert moved.recurrence_id == "20260318T120000Z"
    assert len(events) == 6
    assert max(starts) == dt.datetime(2026, 3, 27, 12)


def test_apple_times_in_utc_become_local_time() -> None:
    (scan,) = read("apple.ics")
    assert scan.start == dt.datetime(2026, 3, 20, 10, 0)  # London is on UTC in March
    assert scan.duration == dt.timedelta(minutes=75)
    assert scan.kind is AppointmentKind.SCAN
    assert scan.location == "Imaging Centre Level 2"


def test_nextcloud_monthly_series_with_count() -> None:
    events = read("nextcloud.ics")
    trial = [e for e in events if e.kind is AppointmentKind.TRIAL_VISIT]
    assert [e.start.date() for e in trial] == [
        dt.date(2026, 4, 10),
        dt.date(2026, 5, 10),
        dt.date(2026, 6, 10),
    ]
    visit = next(e for e in events if e.kind is AppointmentKind.PALLIATIVE_CARE)
    assert visit.notes == "Nurse comes to the house."


def test_the_same_file_read_in_another_zone_gives_that_zones_times() -> None:
    found = read_calendar((CORPUS / "apple.ics").read_bytes(), today=TODAY, zone="Europe/Berlin")
    assert found.events[0].start == dt.datetime(2026, 3, 20, 11, 0)


# ------------------------------------------------------------------ kinds
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("R-CHOP cycle 3", AppointmentKind.CHEMOTHERAPY),
        ("Pembrolizumab infusion", AppointmentKind.INFUSION),
        ("MRI head", AppointmentKind.SCAN),
        ("Bloods before cycle 4", AppointmentKind.LAB_TEST),
        ("Follow-up with oncologist", AppointmentKind.CONSULTATION),
        ("Hospice nurse", AppointmentKind.PALLIATIVE_CARE),
        ("Haircut", AppointmentKind.OTHER),
    ],
)
def test_kind_is_guessed_from_the_title(title: str, kind: AppointmentKind) -> None:
    assert guess_kind(title) is kind


def test_a_category_naming_a_kind_wins_over_the_title() -> None:
    assert guess_kind("Day unit", ["Chemotherapy"]) is AppointmentKind.CHEMOTHERAPY


@given(st.text(max_size=300))
def test_any_title_gets_some_kind(title: str) -> None:
    assert guess_kind(title) in set(AppointmentKind)


# ------------------------------------------------------------------ hostile input
HOSTILE = [
    ("broken", event("broken", "DTSTART:20260312T090000", "this line is not a property"), "line"),
    ("no such date", event("feb30", "DTSTART:20260230T090000"), "DTSTART"),
    ("unknown zone", event("mars", "DTSTART;TZID=Mars/Olympus:20260312T090000"), "Mars/Olympus"),
    (
        "interval 0",
        event("zero", "DTSTART:20260312T090000", "RRULE:FREQ=DAILY;INTERVAL=0"),
        "interval",
    ),
    (
        "impossible",
        event("never", "DTSTART:20260312T090000", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
        "day 30",
    ),
    ("too often", event("often", "DTSTART:20260312T090000", "RRULE:FREQ=SECONDLY"), "secondly"),
    ("no start", event("nostart", "DTEND:20260312T090000"), "no start"),
    ("from year 1", event("old", "DTSTART:00010101T090000", "RRULE:FREQ=WEEKLY"), "before 1970"),
    (
        "position never",
        event("pos", "DTSTART:20260312T090000", "RRULE:FREQ=DAILY;BYSETPOS=5"),
        "position",
    ),
    (
        "sixth monday",
        event("mo6", "DTSTART:20260312T090000", "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6"),
        "position 6",
    ),
]


def test_the_first_monday_of_each_month_is_read() -> None:
    rule = "RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=MO;BYSETPOS=1"
    found = read_calendar(
        calendar(event("first", "DTSTART:20260406T090000", rule)), today=TODAY, zone=ZONE
    )
    assert [e.start.date() for e in found.events] == [
        dt.date(2026, 4, 6),
        dt.date(2026, 5, 4),
        dt.date(2026, 6, 1),
    ]


@pytest.mark.parametrize(("name", "text", "reason"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_event_is_reported_and_its_neighbours_still_import(
    name: str, text: str, reason: str
) -> None:
    good = event("good", "DTSTART:20260312T090000", "DTEND:20260312T100000", summary="Scan")
    started = time.monotonic()
    found = read_calendar(calendar(good, text), today=TODAY, zone=ZONE)
    assert time.monotonic() - started < 5
    assert [e.uid for e in found.events] == ["good"]
    (problem,) = found.unreadable
    assert reason.casefold() in problem.reason.casefold()


def test_a_repeat_without_end_stops_at_the_window() -> None:
    found = read_calendar(
        calendar(event("daily", "DTSTART:20260312T090000", "RRULE:FREQ=DAILY")),
        today=TODAY,
        zone=ZONE,
    )
    assert 300 < len(found.events) <= 400
    assert max(e.start for e in found.events) < dt.datetime(2027, 3, 13)


def test_a_series_too_dense_to_be_appointments_is_refused_whole() -> None:
    rule = "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"
    found = read_calendar(
        calendar(event("dense", "DTSTART:20260101T090000", rule)), today=TODAY, zone=ZONE
    )
    assert found.events == ()
    assert "more than" in found.unreadable[0].reason


def test_a_huge_file_is_refused_before_it_is_parsed() -> None:
    huge = calendar(event("x", "DTSTART:20260312T090000", "DESCRIPTION:" + "a" * MAX_BYTES))
    with pytest.raises(CalendarFileError, match="MB"):
        read_calendar(huge, today=TODAY)


@pytest.mark.parametrize(
    "data",
    [
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Ärzte\r\n".encode("latin-1"),
        b"\x00\x01\x02binary junk",
        b"",
        b"BEGIN:VCARD\r\nFN:Not a calendar\r\nEND:VCARD\r\n",
    ],
    ids=["latin-1", "binary", "empty", "vcard"],
)
def test_a_file_that_is_no_calendar_gets_one_clear_message(data: bytes) -> None:
    with pytest.raises(CalendarFileError, match="Nothing was imported"):
        read_calendar(data, today=TODAY)


def test_utf16_with_byte_order_mark_is_read() -> None:
    data = calendar(event("u", "DTSTART:20260312T090000", summary="Über-Visite")).decode()
    found = read_calendar(data.encode("utf-16"), today=TODAY)
    assert [e.title for e in found.events] == ["Über-Visite"]


def test_an_unclosed_event_at_the_end_of_the_file_does_not_crash() -> None:
    data = calendar(event("a", "DTSTART:20260312T090000"))[: -len("END:VCALENDAR\r\n")]
    data += b"BEGIN:VEVENT\r\nUID:half\r\nDTSTART:20260313T0900"
    try:
        found = read_calendar(data, today=TODAY)
    except CalendarFileError as error:
        assert "Nothing was imported" in str(error)
    else:
        assert "half" not in [e.uid for e in found.events]


def test_cancel_stops_the_import() -> None:
    with pytest.raises(ImportCancelled):
        read_calendar((CORPUS / "google.ics").read_bytes(), today=TODAY, cancelled=lambda: True)


def test_progress_reaches_the_whole() -> None:
    seen: list[tuple[int, int]] = []
    read_calendar(
        (CORPUS / "google.ics").read_bytes(),
        today=TODAY,
        progress=lambda done, whole: seen.append((done, whole)),
    )
    assert seen[-1] == (2, 2)
