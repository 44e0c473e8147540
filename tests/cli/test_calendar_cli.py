"""care-planner export ics / import FILE.ics, run in-process through planner.main.main."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from planner.interop.ics_export import read_uid
from planner.main import main
from planner.services.plan import open_plan


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database-url", url(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_ics_writes_the_plan_and_a_second_export_keeps_the_uids(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    status, out, err = run(
        capsys, "export", "ics", "-o", str(first), "--database-url", url(demo_file)
    )
    assert (status, err) == (0, "")
    written = events(first)
    assert out.startswith(f"Wrote {len(written)} events to ")
    assert {str(e["uid"]).split("-")[0] for e in written} >= {"appointment", "ride", "help"}
    run(capsys, "export", "ics", "-o", str(second), "--database-url", url(demo_file))
    assert sorted(str(e["uid"]) for e in written) == sorted(str(e["uid"]) for e in events(second))


def test_export_ics_for_one_helper_holds_only_their_part(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sam.ics"
    status, _, err = run(
        capsys,
        "export",
        "ics",
        "-o",
        str(path),
        "--helper",
        "Sam Keller",
        "--database-url",
        url(demo_file),
    )
    assert (status, err) == (0, "")
    kinds = {read_uid(str(e["uid"])) for e in events(path)}
    found = {kind[0] for kind in kinds if kind}
    assert "ride-leg" in found and found <= {"ride-leg", "help-task"}
    text = path.read_text().replace("\r\n ", "")
    assert "Ana Ruiz" not in text and "Tom Becker" not in text


def test_export_ics_for_an_unknown_helper_or_a_week_fails_clearly(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.ics"
    status, _, err = run(
        capsys,
        "export",
        "ics",
        "-o",
        str(path),
        "--helper",
        "Nobody",
        "--database-url",
        url(demo_file),
    )
    assert status == 2 and "No helper is called 'Nobody'" in err and "Traceback" not in err
    status, _, err = run(
        capsys,
        "export",
        "ics",
        "-o",
        str(path),
        "--week",
        "2026-03-09",
        "--database-url",
        url(demo_file),
    )
    assert status == 2 and "--week" in err
    assert not path.exists()


def calendar_file(path: Path, start: dt.datetime) -> Path:
    stamp = start.strftime("%Y%m%dT%H%M%S")
    path.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Portal//EN\r\n"
            f"BEGIN:VEVENT\r\nUID:portal-1\r\nSUMMARY:MRI scan\r\nDTSTART:{stamp}\r\n"
            "DURATION:PT45M\r\nLOCATION:Imaging\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:portal-2\r\nSUMMARY:Broken one\r\nDTSTART:20260230T090000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    return path


def test_import_ics_reports_each_bad_event_and_updates_on_a_second_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "plan.sqlite3"
    open_plan(url(plan_file)).close()
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(10))
    path = calendar_file(tmp_path / "portal.ics", start)
    status, out, err = run(capsys, "import", str(path), "--database-url", url(plan_file))
    assert status == 1
    assert out.strip() == "Added 1 appointment and updated 0 from portal.ics."
    (line,) = err.splitlines()
    assert line.startswith("care-planner: portal.ics: Broken one: ") and "DTSTART" in line
    calendar_file(path, start + dt.timedelta(hours=2))
    status, out, _ = run(capsys, "import", str(path), "--database-url", url(plan_file))
    assert out.strip() == "Added 0 appointments and updated 1 from portal.ics."
    plan = open_plan(url(plan_file))
    try:
        with plan.unit_of_work() as work:
            (scan,) = work.store.appointments()
    finally:
        plan.close()
    assert scan.start == start + dt.timedelta(hours=2)
    assert scan.kind.value == "scan"


def test_import_of_a_file_that_is_no_calendar_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "plan.sqlite3"
    open_plan(url(plan_file)).close()
    path = tmp_path / "notes.ics"
    path.write_bytes(b"\xff\xfe\x00garbage\x00\x81")
    status, out, err = run(capsys, "import", str(path), "--database-url", url(plan_file))
    assert status == 2 and out == ""
    assert err.startswith("care-planner: error: ") and "Nothing was imported" in err
