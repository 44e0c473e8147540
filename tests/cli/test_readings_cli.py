"""Weights and blood counts on the command line, end to end: `log weight` and `log count`
save the reading (exit 0); an impossible one is one line on stderr, exit 2, nothing saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.readings import ReadingKind
from planner.main import main
from planner.services import readings
from planner.services.plan import open_plan
from tests.conftest import NOW
from tests.helpers.files import state

Run = tuple[int, str, str]


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite3"
    open_plan(f"sqlite:///{path}").close()
    return path


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> Run:
    status = main([*argv, "--database-url", f"sqlite:///{path}"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def stored(path: Path) -> list[tuple[ReadingKind, dt.datetime, Decimal, str]]:
    plan = open_plan(f"sqlite:///{path}")
    try:
        found = readings.readings(plan, NOW - dt.timedelta(days=7), NOW)
    finally:
        plan.close()
    return [(m.kind, m.at, m.value, m.unit) for m in found]


def test_log_weight_saves_it_in_kg_by_default_or_in_lb(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, plan_file, "log", "weight", "72,5") == (
        0,
        "Noted a weight of 72.5 kg at 10:00.\n",
        "",
    )
    status, out, _ = run(capsys, plan_file, "log", "weight", "160", "--unit", "LB", "--at", "08:15")

    assert (status, out) == (0, "Noted a weight of 160 lb at 08:15.\n")
    assert stored(plan_file) == [
        (ReadingKind.WEIGHT, NOW.replace(hour=8, minute=15), Decimal(160), "lb"),
        (ReadingKind.WEIGHT, NOW, Decimal("72.5"), "kg"),
    ]


def test_log_count_saves_each_count_in_its_unit(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, plan_file, "log", "count", "neutrophils", "0.8", "--at", "2026-03-10T09:30"
    )
    assert (status, err) == (0, "")
    assert out == "Noted neutrophils 0.8 ×10⁹/L on Tue 10 Mar at 09:30.\n"  # noqa: RUF001 (the sign as printed)
    assert run(capsys, plan_file, "log", "count", "Haemoglobin", "112")[0] == 0
    assert run(capsys, plan_file, "log", "count", "platelets", "95")[0] == 0

    assert stored(plan_file) == [
        (ReadingKind.NEUTROPHILS, dt.datetime(2026, 3, 10, 9, 30), Decimal("0.8"), "10^9/L"),
        (ReadingKind.HAEMOGLOBIN, NOW, Decimal(112), "g/L"),
        (ReadingKind.PLATELETS, NOW, Decimal(95), "10^9/L"),
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("weight", "720"), "A weight lies between 2 and 400 kg, not 720"),
        (("weight", "1"), "A weight lies between 2 and 400 kg, not 1"),
        (("weight", "heavy"), "Write the weight as a number"),
        (("weight", "70", "--unit", "stone"), "--unit: give a weight in kg or lb"),
        (("weight", "70", "--at", "23:00"), "not ahead of time"),
        (("count", "haemoglobin", "12.1"), "A haemoglobin count lies between 20 and 250 g/L"),
        (("count", "neutrophils", "-1"), "A neutrophils count lies between 0 and 100"),
        (("count", "platelets", "2500"), "A platelets count lies between 0 and 2000"),
        (("count", "white", "4"), "'white' is not a blood count"),
        (("count", "platelets"), "log count takes the count and its value"),
        (("count", "neutrophils", "1.2", "--unit", "g/L"), "noted in 10^9/L only"),
    ],
)
def test_an_impossible_reading_is_one_line_exit_2_and_nothing_saved(
    plan_file: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    before = state(plan_file)

    status, out, err = run(capsys, plan_file, "log", *argv)

    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert state(plan_file) == before
