"""``care-planner red-flags``: the rules the plan follows, in words, in its scale."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.red_flags import (
    TEMPERATURE_UNIT,
    RedFlagTable,
    Rule,
    SeverityRule,
    Temperature,
    TemperatureUnit,
)
from planner.main import main
from planner.services import red_flag_settings
from planner.services.plan import open_plan
from planner.services.settings import change_setting


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--database-url", f"sqlite:///{path}"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite3"
    open_plan(f"sqlite:///{path}").close()
    return path


def test_a_new_plan_lists_published_guidance_and_the_severity_rule(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, plan_file, "red-flags")

    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Red-flag rules (defaults from published guidance; the care team's own numbers come "
        "first):",
        "- One reading of 38.3 °C (100.9 °F) or more within 24 hours: call now.",
        "- Two readings of 38.0 °C (100.4 °F) or more, at least 1 hour apart, within 24 hours: "
        "call now.",
        "- A side effect noted at severity 7 of 10 or more (a fever at any severity): show whom "
        "to call now.",
    ]


def test_the_care_team_s_own_rules_are_listed_in_the_plan_s_scale(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = open_plan(f"sqlite:///{plan_file}")
    try:
        own = Rule(Temperature(Decimal("38.0"), TemperatureUnit.CELSIUS), 2, dt.timedelta(hours=2))
        red_flag_settings.save_rules(plan, RedFlagTable((own,), SeverityRule(8)))
        change_setting(plan, TEMPERATURE_UNIT, TemperatureUnit.FAHRENHEIT)
    finally:
        plan.close()

    status, out, _ = run(capsys, plan_file, "red-flags")
    assert status == 0
    assert "the care team's own numbers;" in out.splitlines()[0]
    assert "- Two readings of 100.4 °F (38.0 °C) or more, at least 2 hours apart" in out
    assert "severity 8 of 10" in out and "38.3" not in out

    status, out, _ = run(capsys, plan_file, "red-flags", "--json")
    shown = json.loads(out)
    assert status == 0 and shown["unit"] == "F" and not shown["follows_guidance"]
    assert [row["kind"] for row in shown["rules"]] == ["temperature", "severity"]
    assert shown["rules"][0]["at_least"] == "38.0" and shown["rules"][0]["apart_minutes"] == 120
    assert shown["rules"][1]["at_least"] == 8


def test_a_plan_that_is_not_there_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, tmp_path / "missing.sqlite3", "red-flags")

    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
