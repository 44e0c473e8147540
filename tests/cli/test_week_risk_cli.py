"""`care-planner week --json` says per day whether it is an infection-risk day, with the
note in words, beside the keys it always had."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from planner.domain.red_flags import RISK_NOTE as RISK
from planner.main import main
from tests.conftest import TODAY, TREATMENT

RISK_NOTE = str(RISK)

DAY = dt.timedelta(days=1)


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database-url", url(path)]) == 0
    capsys.readouterr()
    return path


def week_json(demo_file: Path, capsys: pytest.CaptureFixture[str], *more: str) -> dict[str, Any]:
    assert main(["week", "--json", "--database-url", url(demo_file), *more]) == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def test_week_json_marks_the_infection_risk_days(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    days = week_json(demo_file, capsys)["days"]
    risky = [dt.date.fromisoformat(d["date"]) for d in days if d["infection_risk"]]
    # Days 7 to 14 after the cycle's first day, a week before the next treatment.
    assert risky == [TREATMENT + n * DAY for n in range(6)]
    assert TODAY not in risky
    for day in days:
        assert day["notes"] == ([RISK_NOTE] if day["infection_risk"] else [])
        # The keys the command always wrote are there as before.
        assert {"date", "hard_day", "hard_because", "items"} <= day.keys()


def test_week_json_for_a_later_week_marks_the_next_cycle_s_days(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = TREATMENT + 7 * DAY  # days 7 to 14 after the treatment day are days 0 to 7 here
    days = week_json(demo_file, capsys, "--date", first.isoformat())["days"]
    assert all(day["infection_risk"] for day in days)
    assert days[0]["notes"] == [RISK_NOTE]
