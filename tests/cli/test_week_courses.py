"""`care-planner week --json` shows a course's appointments, and where a delay moved them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.domain.enums import AppointmentKind, CoursePattern
from planner.domain.model import Appointment, Course
from planner.main import main
from planner.services import courses, lists
from planner.services.plan import open_plan

MONDAY = dt.date(2026, 3, 16)


def week_items(
    path: Path, day: dt.date, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, str]]:
    status = main(
        ["week", "--json", "--date", day.isoformat(), "--database-url", f"sqlite:///{path}"]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    week = json.loads(captured.out)
    return [item for d in week["days"] for item in d["items"] if item["type"] == "appointment"]


def test_week_json_shows_course_appointments_and_their_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.sqlite3"
    plan = open_plan(f"sqlite:///{path}")
    try:
        course = Course(
            "FOLFOX",
            AppointmentKind.CHEMOTHERAPY,
            CoursePattern.CYCLE,
            MONDAY,
            dt.time(9),
            dt.timedelta(hours=3),
            cycle_length_days=14,
            treatment_days=(1, 3),
            cycles=2,
        )
        template = Appointment(AppointmentKind.CHEMOTHERAPY, "", dt.datetime(2026, 1, 1))
        courses.plan_course(plan, course, template, today=MONDAY)
        before = week_items(path, MONDAY + dt.timedelta(days=14), capsys)
        assert [(i["title"], i["start"][:10]) for i in before] == [
            ("FOLFOX, cycle 2", "2026-03-30"),
            ("FOLFOX, cycle 2", "2026-04-01"),
        ]

        cycle_two = next(a for a in lists.appointments(plan) if a.cycle == 2)
        courses.delay_cycle(plan, cycle_two, 7)
    finally:
        plan.close()

    assert week_items(path, MONDAY + dt.timedelta(days=14), capsys) == []
    moved = week_items(path, MONDAY + dt.timedelta(days=21), capsys)
    assert [(i["title"], i["start"][:16]) for i in moved] == [
        ("FOLFOX, cycle 2", "2026-04-06T09:00"),
        ("FOLFOX, cycle 2", "2026-04-08T09:00"),
    ]
    first = week_items(path, MONDAY, capsys)
    assert [i["start"][:10] for i in first] == ["2026-03-16", "2026-03-18"]  # cycle 1 stays
