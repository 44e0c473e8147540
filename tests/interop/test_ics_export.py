"""Writing calendar files: stable UIDs, zones, alarms, cancelled items, a helper's own file,
and no way for a text to make a field of its own."""

from __future__ import annotations

import datetime as dt

import icalendar
import vobject

from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    LegDirection,
    LegStatus,
    TaskCategory,
)
from planner.domain.model import Appointment, Helper, HelpTask, Place, RideLeg
from planner.interop.ics_export import CalendarContent, read_uid, uid, write_calendar

STAMP = dt.datetime(2026, 3, 11, 8, tzinfo=dt.UTC)
SAM = Helper("Sam Keller", phone="0161 555 0101", capabilities=frozenset({Capability.DRIVE}), id=1)
ALEX = Helper("Alex Moreau", phone="0161 555 0202", id=2)
CHEMO = Appointment(
    AppointmentKind.CHEMOTHERAPY,
    "Chemotherapy cycle 3 (salvage, ICE)",
    dt.datetime(2026, 3, 12, 9, 30),
    dt.timedelta(hours=5),
    location="Day Unit",
    clinician="Dr Okafor",
    notes="Diagnosis: relapsed lymphoma. Ask about the rash.",
    needs_ride=True,
    id=7,
    version=3,
)
THERE = RideLeg(
    7,
    LegDirection.THERE,
    dt.datetime(2026, 3, 12, 8, 45),
    "Home",
    driver_id=1,
    status=LegStatus.CONFIRMED,
    notes="Bring the wheelchair",
    id=11,
)
BACK = RideLeg(
    7,
    LegDirection.BACK,
    dt.datetime(2026, 3, 12, 14, 30),
    "Day Unit",
    driver_id=2,
    status=LegStatus.ASKED,
    id=12,
)
SOUP = HelpTask(
    TaskCategory.MEALS,
    "Bring soup",
    dt.datetime(2026, 3, 13, 17),
    dt.datetime(2026, 3, 13, 18),
    helper_id=1,
    notes="Soft food only",
    id=21,
)
CLEAN = HelpTask(
    TaskCategory.CLEANING,
    "Hoover upstairs",
    dt.datetime(2026, 3, 14, 10),
    dt.datetime(2026, 3, 14, 12),
    helper_id=2,
    id=22,
)
UNIT = Place("Day Unit", address="1 Hospital Road, Leeds", notes="Park on level 2")


def content(**changes: object) -> CalendarContent:
    values: dict[str, object] = {
        "plan_id": "abc123",
        "zone": "Europe/London",
        "appointments": (CHEMO,),
        "legs": (THERE, BACK),
        "tasks": (SOUP, CLEAN),
        "helpers": (SAM, ALEX),
        "places": (UNIT,),
        "patient_name": "Robin",
        "patient_phone": "07700 900123",
        "home_address": "4 Elm Street",
        "stamp": STAMP,
    }
    values.update(changes)
    return CalendarContent(**values)  # type: ignore[arg-type]


def events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_every_item_gets_a_stable_uid_that_a_second_export_repeats() -> None:
    first = events(write_calendar(content()))
    second = events(write_calendar(content(stamp=STAMP + dt.timedelta(days=3))))
    assert set(first) == set(second)
    assert set(first) == {
        uid("appointment", 7, "abc123"),
        uid("ride-leg", 11, "abc123"),
        uid("ride-leg", 12, "abc123"),
        uid("help-task", 21, "abc123"),
        uid("help-task", 22, "abc123"),
    }
    assert read_uid(uid("ride-leg", 11, "abc123")) == ("ride-leg", "abc123", 11)
    assert read_uid("someone-else@example.com") is None


def test_times_carry_the_plans_zone_with_its_vtimezone() -> None:
    data = write_calendar(content())
    calendar = icalendar.Calendar.from_ical(data)
    assert [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    chemo = events(data)[uid("appointment", 7, "abc123")]
    start = chemo["dtstart"].dt
    assert start.utcoffset() == dt.timedelta(0)
    assert start.replace(tzinfo=None) == CHEMO.start
    assert b"DTSTART;TZID=Europe/London:20260312T093000" in data


def test_without_a_zone_times_are_floating_local_times() -> None:
    chemo = events(write_calendar(content(zone="")))[uid("appointment", 7, "abc123")]
    assert chemo["dtstart"].dt == CHEMO.start


def test_alarms_for_live_items_and_cancelled_items_marked_cancelled() -> None:
    cancelled = Appointment(
        AppointmentKind.SCAN,
        "Scan",
        dt.datetime(2026, 3, 16, 9),
        status=AppointmentStatus.CANCELLED,
        id=8,
    )
    found = events(write_calendar(content(appointments=(CHEMO, cancelled))))
    chemo = found[uid("appointment", 7, "abc123")]
    (alarm,) = chemo.walk("VALARM")
    assert alarm["trigger"].dt == -dt.timedelta(hours=1)
    assert str(chemo["status"]) == "CONFIRMED"
    assert chemo["sequence"] == 3
    scan = found[uid("appointment", 8, "abc123")]
    assert str(scan["status"]) == "CANCELLED"
    assert scan.walk("VALARM") == []
    assert str(found[uid("ride-leg", 12, "abc123")]["status"]) == "TENTATIVE"


def test_a_helpers_file_holds_only_their_legs_and_tasks_and_nothing_private() -> None:
    data = write_calendar(content(helper=SAM))
    found = events(data)
    assert set(found) == {uid("ride-leg", 11, "abc123"), uid("help-task", 21, "abc123")}
    leg = found[uid("ride-leg", 11, "abc123")]
    assert str(leg["summary"]) == "Drive Robin to Day Unit"
    description = str(leg["description"])
    assert "08:45 at Home" in description
    assert "1 Hospital Road, Leeds" in description
    assert "Park on level 2" in description
    assert "07700 900123" in description
    assert "Bring the wheelchair" in description
    text = data.decode()
    unfolded = text.replace("\r\n ", "")
    for private in ("Chemotherapy", "salvage", "lymphoma", "Okafor", "rash", "Alex", "Hoover"):
        assert private not in unfolded
    task = found[uid("help-task", 21, "abc123")]
    assert "4 Elm Street" in str(task["description"])
    assert "Soft food only" in str(task["description"])


def test_a_text_cannot_make_fields_of_its_own() -> None:
    hostile = "Visit\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected;X=1,2"
    sneaky = Appointment(
        AppointmentKind.OTHER,
        hostile,
        dt.datetime(2026, 3, 16, 9),
        location=hostile,
        notes=hostile,
        id=9,
    )
    data = write_calendar(content(appointments=(sneaky,), legs=(), tasks=()))
    found = events(data)
    assert list(found) == [uid("appointment", 9, "abc123")]
    event = found[uid("appointment", 9, "abc123")]
    assert str(event["summary"]).replace("\r", "") == hostile.replace("\r", "")
    assert b"\r\nUID:evil" not in data
    assert b"\r\nSUMMARY:Injected" not in data


def test_a_second_reader_agrees_with_the_file() -> None:
    data = write_calendar(content())
    parsed = vobject.readOne(data.decode("utf-8"))
    uids = sorted(str(e.uid.value) for e in parsed.vevent_list)
    assert uids == sorted(events(data))
    chemo = next(e for e in parsed.vevent_list if e.uid.value == uid("appointment", 7, "abc123"))
    assert chemo.summary.value == CHEMO.title
    assert chemo.dtstart.value.replace(tzinfo=None) == CHEMO.start
    assert chemo.dtstart.value.utcoffset() == dt.timedelta(0)
    helper_file = vobject.readOne(write_calendar(content(helper=ALEX)).decode("utf-8"))
    assert sorted(e.summary.value for e in helper_file.vevent_list) == [
        "Drive Robin home from Day Unit",
        "Hoover upstairs",
    ]


def test_support_groups_and_repeating_tasks_keep_their_repeat_rule() -> None:
    from planner.domain.enums import GroupKind
    from planner.domain.model import SupportGroup

    group = SupportGroup(
        "Carers' evening",
        GroupKind.ONLINE,
        dt.datetime(2026, 3, 12, 19, 30),
        recurrence="FREQ=WEEKLY;BYDAY=TH",
        link="https://meet.example.org/carers",
        id=4,
    )
    broken = SupportGroup(
        "Walk",
        GroupKind.IN_PERSON,
        dt.datetime(2026, 3, 14, 10),
        recurrence="EVERY SOMETIMES",
        id=5,
    )
    weekly = HelpTask(
        TaskCategory.PET_CARE,
        "Walk the dog",
        dt.datetime(2026, 3, 12, 8),
        dt.datetime(2026, 3, 12, 9),
        helper_id=2,
        recurrence="FREQ=DAILY;COUNT=5",
        id=23,
    )
    found = events(write_calendar(content(groups=(group, broken), tasks=(weekly,))))
    carers = found[uid("support-group", 4, "abc123")]
    assert carers["rrule"]["FREQ"] == ["WEEKLY"] and carers["rrule"]["BYDAY"] == ["TH"]
    assert str(carers["url"]) == group.link
    walk = found[uid("support-group", 5, "abc123")]
    assert "rrule" not in walk  # an unreadable schedule goes out as its first meeting
    dog = found[uid("help-task", 23, "abc123")]
    assert dog["rrule"]["COUNT"] == [5]
    assert str(dog["status"]) == "TENTATIVE"  # nobody has claimed it yet
