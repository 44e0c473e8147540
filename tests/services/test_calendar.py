"""Calendar files as user actions: export from a real plan, import with preview, round trip,
re-import updates, and a refused file changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import icalendar
import pytest

from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    LegDirection,
    LegStatus,
    TaskCategory,
)
from planner.domain.errors import InvalidInput
from planner.domain.model import Appointment, Helper, HelpTask, RideLeg
from planner.domain.profile import PATIENT_NAME
from planner.interop.ics_import import CalendarFileError
from planner.services import calendar
from planner.services.plan import Plan, open_plan
from planner.services.settings import change_setting, read_setting
from tests.conftest import TODAY

CORPUS = Path(__file__).parent.parent / "interop" / "calendars"


def fill(plan: Plan) -> dict[str, int]:
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    with plan.unit_of_work() as work:
        store = work.store
        sam = store.add(Helper("Sam Keller", capabilities=frozenset({Capability.DRIVE})))
        chemo = store.add(
            Appointment(
                AppointmentKind.CHEMOTHERAPY,
                "Chemotherapy cycle 3",
                dt.datetime(2026, 3, 12, 9, 30),
                dt.timedelta(hours=5),
                location="Day Unit",
                clinician="Dr Okafor",
                notes="Bring the blanket",
                needs_ride=True,
            )
        )
        scan = store.add(
            Appointment(
                AppointmentKind.SCAN,
                "CT scan",
                dt.datetime(2026, 3, 20, 14),
                dt.timedelta(minutes=45),
                status=AppointmentStatus.CANCELLED,
            )
        )
        store.add(
            RideLeg(
                chemo,
                LegDirection.THERE,
                dt.datetime(2026, 3, 12, 8, 45),
                "Home",
                driver_id=sam,
                status=LegStatus.CONFIRMED,
            )
        )
        store.add(
            HelpTask(
                TaskCategory.MEALS,
                "Bring soup",
                dt.datetime(2026, 3, 13, 17),
                dt.datetime(2026, 3, 13, 18),
                helper_id=sam,
            )
        )
        work.commit()
    return {"sam": sam, "chemo": chemo, "scan": scan}


def appointments(plan: Plan) -> list[Appointment]:
    with plan.unit_of_work() as work:
        return work.store.appointments()


def same(a: Appointment) -> tuple[object, ...]:
    return (a.kind, a.title, a.start, a.duration, a.location, a.clinician, a.notes, a.status)


def test_round_trip_into_another_plan_gives_the_same_appointments(
    plan: Plan, tmp_path: Path
) -> None:
    fill(plan)
    path = tmp_path / "plan.ics"
    count = calendar.export_calendar_file(plan, path, today=TODAY)
    assert count == 4  # two appointments, one leg, one task
    other = open_plan(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        change_setting(other, calendar.TIME_ZONE, "Europe/London")
        result, preview = calendar.import_calendar_file(other, path, today=TODAY)
        assert (result.added, result.updated, result.refused) == (2, 0, ())
        assert preview.outside == 2  # the ride and the task are not appointments
        assert sorted(map(same, appointments(other))) == sorted(map(same, appointments(plan)))
    finally:
        other.close()


def test_exporting_twice_keeps_the_uids_and_the_plan_id(plan: Plan) -> None:
    fill(plan)
    first = icalendar.Calendar.from_ical(calendar.export_calendar(plan, today=TODAY))
    second = icalendar.Calendar.from_ical(calendar.export_calendar(plan, today=TODAY))
    uids = [str(e["uid"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["uid"]) for e in second.walk("VEVENT")]
    assert read_setting(plan, calendar.PLAN_ID) in uids[0]


def test_importing_the_plans_own_export_updates_instead_of_duplicating(plan: Plan) -> None:
    ids = fill(plan)
    data = calendar.export_calendar(plan, today=TODAY)
    preview = calendar.preview_import(plan, data, today=TODAY)
    assert {item.existing_id for item in preview.items} == {ids["chemo"], ids["scan"]}
    result, _changes = calendar.accept_import(plan, [i.event for i in preview.items], today=TODAY)
    assert (result.added, result.updated) == (0, 2)
    assert len(appointments(plan)) == 2


def test_re_importing_a_changed_file_moves_the_appointment_and_its_legs(
    plan: Plan, tmp_path: Path, now: dt.datetime
) -> None:
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    first = (CORPUS / "outlook.ics").read_bytes()
    preview = calendar.preview_import(plan, first, today=TODAY)
    result, changes = calendar.accept_import(plan, [i.event for i in preview.items], today=TODAY)
    assert result.added == 2 and changes
    chemo = next(a for a in appointments(plan) if a.title == "Chemotherapy cycle 2")
    with plan.unit_of_work() as work:
        work.store.update_appointment(dataclasses.replace(chemo, needs_ride=True))
        from planner.services.legs import add_legs

        legs = add_legs(work.store, work.store.appointment(chemo.id or 0), now)
        work.commit()
    moved = first.replace(b"20260401T100000", b"20260401T120000").replace(
        b"20260401T140000", b"20260401T160000"
    )
    again = calendar.preview_import(plan, moved, today=TODAY)
    assert all(item.existing_id is not None for item in again.items)
    result, _ = calendar.accept_import(plan, [i.event for i in again.items], today=TODAY)
    assert (result.added, result.updated) == (0, 2)
    stored = appointments(plan)
    assert len(stored) == 2
    after = next(a for a in stored if a.title == "Chemotherapy cycle 2")
    assert after.id == chemo.id and after.start == dt.datetime(2026, 4, 1, 12)
    assert legs
    with plan.unit_of_work() as work:
        moved_legs = work.store.legs_for([chemo.id or 0])
    there = next(leg for leg in moved_legs if leg.direction is LegDirection.THERE)
    before = next(leg for leg in legs if leg.direction is LegDirection.THERE)
    assert there.pickup_time - before.pickup_time == dt.timedelta(hours=2)


def test_the_kind_chosen_in_the_preview_is_the_one_saved(plan: Plan) -> None:
    preview = calendar.preview_import(plan, (CORPUS / "apple.ics").read_bytes(), today=TODAY)
    (item,) = preview.items
    chosen = dataclasses.replace(item.event, kind=AppointmentKind.CONSULTATION)
    calendar.accept_import(plan, [chosen], today=TODAY)
    assert [a.kind for a in appointments(plan)] == [AppointmentKind.CONSULTATION]


def test_an_event_the_plan_cannot_take_is_refused_and_the_rest_saved(plan: Plan) -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:stay\r\nSUMMARY:Hospital stay\r\n"
        b"DTSTART;VALUE=DATE:20260320\r\nDTEND;VALUE=DATE:20260325\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Bloods\r\nDTSTART:20260316T090000\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    preview = calendar.preview_import(plan, data, today=TODAY)
    result, _ = calendar.accept_import(plan, [i.event for i in preview.items], today=TODAY)
    assert result.added == 1
    (refused,) = result.refused
    assert refused.event == "Hospital stay" and "24 hours" in refused.reason
    assert [a.title for a in appointments(plan)] == ["Bloods"]


def test_a_file_that_is_too_big_is_refused_unread_and_changes_nothing(
    plan: Plan, tmp_path: Path
) -> None:
    path = tmp_path / "huge.ics"
    with path.open("wb") as file:
        file.truncate(6 * 1024 * 1024)
    with pytest.raises(CalendarFileError, match="MB"):
        calendar.import_calendar_file(plan, path, today=TODAY)
    assert appointments(plan) == []


def test_a_helpers_calendar_names_an_unknown_helper_clearly(plan: Plan) -> None:
    fill(plan)
    with pytest.raises(InvalidInput, match="Sam Keller"):
        calendar.export_calendar(plan, helper="Nobody", today=TODAY)
    data = calendar.export_calendar(plan, helper="sam keller", today=TODAY)
    summaries = [str(e["summary"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]
    assert sorted(summaries) == ["Bring soup", "Drive the patient to Day Unit"]


def test_export_to_a_folder_that_does_not_exist_says_so(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="could not be written"):
        calendar.export_calendar_file(plan, tmp_path / "no" / "such.ics", today=TODAY)


def test_a_backup_drivers_calendar_holds_the_rides_they_back_up_marked_as_backup(
    plan: Plan,
) -> None:
    ids = fill(plan)
    change_setting(plan, PATIENT_NAME, "Maria Keller")
    with plan.unit_of_work() as work:
        tom = work.store.add(
            Helper("Tom Becker", "+44 7700 900333", capabilities=frozenset({Capability.DRIVE}))
        )
        (leg,) = work.store.legs_for([ids["chemo"]])
        work.store.update_leg(dataclasses.replace(leg, backup_driver_id=tom))
        work.commit()

    toms = icalendar.Calendar.from_ical(calendar.export_calendar(plan, helper="Tom Becker"))
    sams = icalendar.Calendar.from_ical(calendar.export_calendar(plan, helper="Sam Keller"))

    (backed,) = toms.walk("VEVENT")
    assert str(backed["summary"]) == "Backup driver for: drive Maria Keller to Day Unit"
    assert str(backed["status"]) == "TENTATIVE"  # on standby, though Sam has confirmed
    description = str(backed["description"])
    assert description.startswith("You drive only if Sam Keller cannot.")
    assert "Pickup: 08:45 at Home" in description
    driven = next(e for e in sams.walk("VEVENT") if "Day Unit" in str(e["summary"]))
    assert str(driven["summary"]) == "Drive Maria Keller to Day Unit"
    assert str(driven["status"]) == "CONFIRMED"
    assert str(driven["uid"]) == str(backed["uid"])  # a swap updates the same event


def test_an_import_records_each_row_it_adds_and_its_rows_can_be_edited_as_usual(
    plan: Plan,
) -> None:
    from planner.domain.changes import Action, Kind
    from planner.services import appointments as appointment_service

    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    preview = calendar.preview_import(plan, (CORPUS / "outlook.ics").read_bytes(), today=TODAY)
    events = [
        dataclasses.replace(i.event, kind=AppointmentKind.CHEMOTHERAPY) for i in preview.items
    ]
    result, changes = calendar.accept_import(plan, events, today=TODAY)

    stored = appointments(plan)
    assert result.added == len(stored) == 2
    inserted = {(c.kind, c.row) for c in changes.records if c.action is Action.INSERT}
    assert {(Kind.APPOINTMENT, a.id) for a in stored} <= inserted
    assert sum(kind is Kind.CALENDAR_LINK for kind, _ in inserted) == 2
    (chemo_change,) = [
        c for c in changes.records if c.kind is Kind.APPOINTMENT and c.row == stored[0].id
    ]
    assert chemo_change.fields["title"] == (None, stored[0].title)
    assert chemo_change.new_version == stored[0].version == 1

    edited = dataclasses.replace(stored[0], notes="Bring the letter")
    (_, after), _ = appointment_service.update_appointment(
        plan, edited, expected_version=1, today=TODAY
    )
    assert after.version == 2 and after.notes == "Bring the letter"


def test_legs_added_to_many_new_appointments_are_those_add_legs_gives_one(
    plan: Plan, now: dt.datetime
) -> None:
    from planner.domain.changes import Kind
    from planner.services.legs import add_legs, add_legs_to_new

    visit = Appointment(
        AppointmentKind.CHEMOTHERAPY,
        "Chemotherapy",
        dt.datetime(2026, 3, 20, 9),
        dt.timedelta(hours=3),
        location="City Hospital",
        needs_ride=True,
    )
    with plan.unit_of_work() as work:
        store = work.store
        one, two = store.insert_many([visit, dataclasses.replace(visit, title="Second")])
        single = store.add(dataclasses.replace(visit, title="Alone"))
        assert add_legs_to_new(store, [store.appointment(one), store.appointment(two)], now) == 4
        expected = add_legs(store, store.appointment(single), now)
        many = store.legs_for([one, two])
        work.commit()
    assert len(many) == 4
    shape = sorted((leg.direction, leg.pickup_time, leg.pickup_place) for leg in expected)
    for key in (one, two):
        mine = [leg for leg in many if leg.appointment_id == key]
        assert sorted((leg.direction, leg.pickup_time, leg.pickup_place) for leg in mine) == shape
    assert work.changes.ids(Kind.RIDE_LEG) >= {leg.id for leg in many}
    assert len(work.changes.ids(Kind.LEG_STATUS)) == 6  # every new leg's first status
