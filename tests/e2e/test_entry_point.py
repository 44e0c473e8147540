"""End to end through the installed ``care-planner`` entry point, as a user runs it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ENTRY = shutil.which("care-planner", path=str(Path(sys.executable).parent)) or shutil.which(
    "care-planner"
)


def care_planner(
    *argv: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    assert ENTRY, "the care-planner console script is not installed"
    return subprocess.run(
        [ENTRY, *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


@pytest.mark.dated
def test_demo_then_week_json_and_check(tmp_path: Path, today: dt.date) -> None:
    # The clock is pinned for the processes too: CARE_PLANNER_NOW is in their environment.
    database = f"sqlite:///{tmp_path / 'plan' / 'demo.sqlite3'}"
    filled = care_planner("demo", "--database-url", database)
    assert filled.returncode == 0, filled.stderr

    week = care_planner("week", "--json", "--database-url", database)
    assert week.returncode == 0, week.stderr
    document = json.loads(week.stdout)
    assert document["week_start"] == today.isoformat()
    assert any(
        item["type"] == "appointment" and item["title"].startswith("Chemotherapy")
        for day in document["days"]
        for item in day["items"]
    )
    assert [gap["kind"] for gap in document["gaps"]] == ["ride_not_confirmed"]

    checked = care_planner("--database-url", database, "check")
    assert checked.returncode == 1
    assert "Ride home from Chemotherapy" in checked.stdout


def test_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "folder"
    assert (
        care_planner("demo", "--database-url", f"sqlite:///{folder / 'p.sqlite3'}").returncode == 0
    )
    for made in (folder, folder.parent):
        assert made.stat().st_mode & 0o777 == 0o700
    files = sorted(folder.iterdir())
    assert files, "the plan file exists"
    for file in files:
        assert file.stat().st_mode & 0o777 == 0o600, file


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    result = care_planner("week", "--database-url", f"sqlite:///{notes}")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr
    assert notes.read_text() == "shopping list\n"


def test_python_dash_m_runs_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("care-planner ")


def test_the_window_comes_up_and_closes_cleanly(tmp_path: Path) -> None:
    result = care_planner(
        "--database-url",
        f"sqlite:///{tmp_path / 'plan.sqlite3'}",
        env={"CARE_PLANNER_QUIT_AFTER_SHOW": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "window shown: mainWindow" in result.stdout


def test_the_demo_window_leaves_no_trace_in_the_users_plan(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = care_planner(
        "--demo",
        env={
            "CARE_PLANNER_QUIT_AFTER_SHOW": "1",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert not (home / "data" / "care-planner" / "plan.sqlite3").exists()


def test_the_pinned_clock_moves_the_whole_program(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    saturday = {"CARE_PLANNER_NOW": "2026-12-05T21:30"}
    assert care_planner("demo", "--database-url", database, env=saturday).returncode == 0

    week = json.loads(
        care_planner("week", "--json", "--database-url", database, env=saturday).stdout
    )
    assert week["week_start"] == "2026-12-05"
    monday = next(day for day in week["days"] if day["date"] == "2026-12-07")
    assert "Chemotherapy, cycle 1" in [item["title"] for item in monday["items"]]

    later = care_planner(
        "week", "--json", "--database-url", database, env={"CARE_PLANNER_NOW": "2026-12-08T09:00"}
    )
    assert json.loads(later.stdout)["week_start"] == "2026-12-08"


def test_a_mistyped_pin_is_one_line_and_exit_2(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    result = care_planner("demo", "--database-url", database, env={"CARE_PLANNER_NOW": "soon"})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "care-planner: error: CARE_PLANNER_NOW='soon' is not a date and time; "
        "write it as 2026-12-05T21:30."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_ride_from_week_json_prints_as_a_ride_card(tmp_path: Path) -> None:
    from pypdf import PdfReader

    database = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert care_planner("demo", "--database-url", database).returncode == 0
    week = json.loads(care_planner("week", "--json", "--database-url", database).stdout)
    ride = next(item for day in week["days"] for item in day["items"] if item["type"] == "ride")
    card = tmp_path / "card.pdf"

    written = care_planner(
        "export", "pdf", "-o", str(card), "--ride", str(ride["id"]), "--database-url", database
    )

    assert written.returncode == 0, written.stderr
    text = " ".join(PdfReader(card).pages[0].extract_text().split())
    assert "Ride card" in text and "Maria Keller" in text
    assert ride["start"][11:16] in text  # the pickup time the week shows
    unknown = care_planner(
        "export",
        "pdf",
        "-o",
        str(tmp_path / "x.pdf"),
        "--ride",
        "99999",
        "--database-url",
        database,
    )
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines() == [
        "care-planner: error: The plan has no ride leg 99999 (it may have been removed)."
    ]
    assert not (tmp_path / "x.pdf").exists()
