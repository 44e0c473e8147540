"""The command-line contract, run in-process through planner.main.main."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.enums import LegStatus
from planner.domain.helpers import MOST_IN_SEVEN_DAYS
from planner.main import main
from planner.services import lists, medicines, rides, settings
from planner.services.plan import ENVIRONMENT_URL, open_plan
from tests.helpers.files import damage_a_page


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database-url", url(path)]) == 0
    assert "demo month" in capsys.readouterr().out
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.dated
def test_week_json_holds_the_coming_days_demo_items_and_a_gap(
    demo_file: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    status, out, _ = run(capsys, "week", "--json", "--database-url", url(demo_file))
    assert status == 0
    week = json.loads(out)
    assert week["week_start"] == today.isoformat()
    dates = [dt.date.fromisoformat(day["date"]) for day in week["days"]]
    assert dates == [today + dt.timedelta(days=n) for n in range(7)]
    items = [item for day in week["days"] for item in day["items"]]
    assert {"appointment", "ride", "meal", "task"} <= {i["type"] for i in items}
    for item in items:
        assert {"type", "title", "start", "id"} <= item.keys()
    treatments = [
        dt.datetime.fromisoformat(i["start"])
        for i in items
        if i["type"] == "appointment" and i["title"].startswith("Chemotherapy")
    ]
    assert treatments, "the coming days hold the next chemotherapy day"
    assert all(t.weekday() < 5 and 8 <= t.hour < 17 for t in treatments)
    assert any(g["kind"] == "ride_not_confirmed" for g in week["gaps"])
    assert {"kind", "date", "message"} <= week["gaps"][0].keys()


@pytest.mark.dated
def test_week_text_names_the_days_and_the_gap(
    demo_file: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    status, out, _ = run(capsys, "--database-url", url(demo_file), "week")
    assert status == 0
    assert out.startswith(f"{today:%A} {today.day} {today:%B} to ")
    assert f"{today:%A} {today.day} {today:%B}  (today" in out
    assert "hard day, after Chemotherapy" in out
    assert "Gaps (1):" in out
    assert "Confirm the driver" in out


@pytest.mark.dated
def test_week_of_another_date_starts_on_that_date(
    demo_file: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    day = today + dt.timedelta(days=14)
    status, out, _ = run(
        capsys, "week", "--date", day.isoformat(), "--json", "--database-url", url(demo_file)
    )
    assert status == 0
    assert json.loads(out)["week_start"] == day.isoformat()


@pytest.mark.dated
def test_check_exits_1_while_gaps_remain_and_0_when_none(
    demo_file: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    status, out, _ = run(capsys, "check", "--json", "--database-url", url(demo_file))
    assert status == 1
    gaps = json.loads(out)["gaps"]
    assert gaps and all({"kind", "date", "message"} <= gap.keys() for gap in gaps)

    plan = open_plan(url(demo_file))
    found, _, helpers = lists.legs(plan, today)
    driver = next(iter(helpers))
    for leg in found:
        assert leg.id is not None
        rides.set_driver(plan, leg.id, driver)
        rides.set_leg_status(plan, leg.id, LegStatus.CONFIRMED)
    # One driver for every ride is more than the plan's usual fair share; allow it here.
    settings.change_setting(plan, MOST_IN_SEVEN_DAYS, 50)
    # And the antiviral running low is refilled.
    (low,) = [m for m in medicines.medicines(plan) if m.name == "Aciclovir"]
    medicines.update_medicine(plan, dataclasses.replace(low, stock=200))
    plan.close()

    status, out, _ = run(capsys, "check", "--weeks", "8", "--database-url", url(demo_file))
    assert status == 0
    assert "No gaps in the next 8 weeks." in out


def test_database_url_from_the_environment(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_URL, url(demo_file))
    status, out, _ = run(capsys, "check")
    assert status == 1
    assert "Ride home from Chemotherapy" in out


def test_the_default_plan_lives_in_the_private_data_folder(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "check")
    assert status == 0
    assert "No gaps" in out
    plan_file = private_home / "data" / "care-planner" / "plan.sqlite3"
    assert plan_file.is_file()
    assert plan_file.stat().st_mode & 0o777 == 0o600
    assert plan_file.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["week", "--date", "2026-02-30"], "is not a date"),
        (["week", "--date", "next tuesday"], "is not a date"),
        (["check", "--weeks", "0"], "between 1 and 52"),
        (["check", "--weeks", "many"], "not a whole number"),
        (["explode"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def other_sqlite_file(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()


def text_file(path: Path) -> None:
    path.write_text("just some notes\n")


@pytest.mark.parametrize("make", [text_file, other_sqlite_file])
def test_bad_database_exits_2_and_leaves_the_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], None]
) -> None:
    target = tmp_path / "notes.db"
    make(target)
    before, content = target.stat(), target.read_bytes()
    status, out, err = run(capsys, "week", "--database-url", url(target))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("care-planner: error:")
    assert "not a Care Planner database" in err
    assert target.read_bytes() == content
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_bad_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", "--database-url", "oracle://nowhere/plan")
    assert status == 2
    assert "SQLite or PostgreSQL" in err


def test_demo_refuses_a_plan_with_data(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_file.read_bytes()
    status, _, err = run(capsys, "demo", "--database-url", url(demo_file))
    assert status == 2
    assert "already has data" in err
    assert demo_file.read_bytes() == before


def test_backup_and_restore_round_trip(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite3"
    status, out, _ = run(capsys, "backup", "-o", str(copy), "--database-url", url(demo_file))
    assert status == 0 and str(copy) in out
    assert copy.stat().st_mode & 0o777 == 0o600

    with sqlite3.connect(demo_file) as connection:
        connection.execute("DELETE FROM helper_availability")
        connection.execute("DELETE FROM ride_leg")
    connection.close()

    status, out, _ = run(capsys, "restore", str(copy), "--database-url", url(demo_file))
    assert status == 0 and "as it was is kept in" in out
    with sqlite3.connect(demo_file) as connection:
        assert connection.execute("SELECT count(*) FROM ride_leg").fetchone()[0] > 0
    connection.close()


def test_restore_refuses_a_file_that_is_not_a_plan(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a plan")
    before = demo_file.read_bytes()
    status, _, err = run(capsys, "restore", str(junk), "--database-url", url(demo_file))
    assert status == 2
    assert "not a Care Planner database" in err
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize("command", ["week", "check", "backup"])
def test_a_named_plan_that_does_not_exist_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "typo" / "plan.sqlite3"
    status, out, err = run(capsys, command, "--database-url", url(missing))
    assert status == 2
    assert out == ""
    assert f"There is no plan at {missing}" in err
    assert not missing.parent.exists()


def test_a_damaged_backup_is_not_restored(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", "-o", str(copy), "--database-url", url(demo_file))[0] == 0
    damage_a_page(copy)
    before = demo_file.read_bytes()

    status, out, err = run(capsys, "restore", str(copy), "--database-url", url(demo_file))

    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "fails its checks" in err and "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_a_damaged_plan_is_not_backed_up(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_a_page(demo_file)
    copy = tmp_path / "copy.sqlite3"
    status, _, err = run(capsys, "backup", "-o", str(copy), "--database-url", url(demo_file))
    assert status == 1
    assert err.count("\n") == 1 and "no backup was written" in err
    assert not copy.exists()


@pytest.mark.parametrize("kind", ["csv", "vcf", "ics"])
def test_exports_are_readable_by_the_user_alone(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = tmp_path / f"export.{kind}"
    target.write_text("last week's export")
    target.chmod(0o644)
    status, _, err = run(
        capsys, "export", kind, "-o", str(target), "--database-url", url(demo_file)
    )
    assert status == 0, err
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text(encoding="utf-8-sig") != "last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["demo.sqlite3", target.name])
