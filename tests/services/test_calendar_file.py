"""The command line's import of a calendar file: read, matched and saved in one go. What it
does without the preview's separate lookup must be what the preview and accept steps do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.domain.changes import Action, Kind
from planner.interop import ics_import
from planner.services import calendar
from planner.services.plan import Plan
from planner.services.settings import change_setting
from planner.services.watch import changes_since, last_seq
from tests.conftest import TODAY
from tests.interop.test_ics_import import calendar as ics
from tests.interop.test_ics_import import event


def a_file(tmp_path: Path, *events: str) -> Path:
    path = tmp_path / "clinic.ics"
    path.write_bytes(ics(*events))
    return path


PLAIN_AND_WEEKLY = (
    event("bloods", "DTSTART:20260312T090000", summary="Blood test"),
    event("radio", "DTSTART:20260316T091500", "RRULE:FREQ=WEEKLY;COUNT=3", summary="Radiotherapy"),
    event("scan", "DTSTART:20260313T100000", "DURATION:PT45M", summary="CT scan"),
)


def stored(plan: Plan) -> dict[tuple[str, dt.datetime], int]:
    with plan.unit_of_work() as work:
        return {(a.title, a.start): a.id or 0 for a in work.store.appointments()}


def test_importing_a_file_again_updates_each_appointment_the_first_import_added(
    plan: Plan, tmp_path: Path
) -> None:
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    path = a_file(tmp_path, *PLAIN_AND_WEEKLY)
    result, preview = calendar.import_calendar_file(plan, path, today=TODAY)
    assert (result.added, result.updated, result.refused) == (5, 0, ())
    assert [item.existing_id for item in preview.items] == [None] * 5
    first = stored(plan)
    assert sorted(first) == [
        ("Blood test", dt.datetime(2026, 3, 12, 9)),
        ("CT scan", dt.datetime(2026, 3, 13, 10)),
        ("Radiotherapy", dt.datetime(2026, 3, 16, 9, 15)),
        ("Radiotherapy", dt.datetime(2026, 3, 23, 9, 15)),
        ("Radiotherapy", dt.datetime(2026, 3, 30, 9, 15)),
    ]

    seq = last_seq(plan)
    result, preview = calendar.import_calendar_file(plan, path, today=TODAY)
    assert (result.added, result.updated) == (0, 5)
    assert stored(plan) == first  # no second copy: each event found its appointment
    assert [item.existing_id for item in preview.items] == [
        first[(item.event.title, item.event.start)] for item in preview.items
    ]
    again = changes_since(plan, seq)
    assert {c.action for c in again.records if c.kind is Kind.APPOINTMENT} <= {Action.UPDATE}
    assert not [c for c in again.records if c.action is Action.INSERT]


def test_what_the_file_import_saves_is_what_preview_and_accept_save(
    plan: Plan, tmp_path: Path
) -> None:
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    path = a_file(tmp_path, *PLAIN_AND_WEEKLY)
    seq = last_seq(plan)
    _, from_file = calendar.import_calendar_file(plan, path, today=TODAY)
    in_one_go = changes_since(plan, seq)
    in_one_go_kinds = sorted((c.kind.value, c.action.value) for c in in_one_go.records)

    other = tmp_path / "other.sqlite3"
    from planner.services.plan import open_plan

    second = open_plan(f"sqlite:///{other}")
    try:
        change_setting(second, calendar.TIME_ZONE, "Europe/London")
        seq = last_seq(second)
        preview = calendar.preview_import(second, path.read_bytes(), today=TODAY)
        calendar.accept_import(second, [item.event for item in preview.items], today=TODAY)
        in_two_steps = changes_since(second, seq)
        assert preview.items == from_file.items
        assert preview.unreadable == from_file.unreadable
        assert preview.outside == from_file.outside
        assert stored(second).keys() == stored(plan).keys()
    finally:
        second.close()
    assert sorted((c.kind.value, c.action.value) for c in in_two_steps.records) == in_one_go_kinds


def test_events_over_the_limit_are_each_reported_and_the_others_saved(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ics_import, "MOST_EVENTS", 2)
    change_setting(plan, calendar.TIME_ZONE, "Europe/London")
    path = a_file(
        tmp_path,
        *(event(f"e{n}", f"DTSTART:2026031{n}T090000", summary=f"Visit {n}") for n in range(2, 6)),
    )
    result, preview = calendar.import_calendar_file(plan, path, today=TODAY)
    assert result.added == 2
    assert sorted(title for title, _ in stored(plan)) == ["Visit 2", "Visit 3"]
    assert [(u.event, u.reason) for u in preview.unreadable] == [
        ("Visit 4", "A file can bring at most 2 appointments."),
        ("Visit 5", "A file can bring at most 2 appointments."),
    ]
