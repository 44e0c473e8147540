"""A journal entry noted in the plan shows in `week --json` as a "journal" item."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.domain.enums import JournalKind
from planner.domain.model import JournalEntry
from planner.main import main
from planner.services import journal
from planner.services.plan import open_plan


def test_a_new_entry_is_listed_in_the_week_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    today = dt.date.today()
    plan = open_plan(url)
    try:
        noted, _ = journal.add_entry(
            plan,
            JournalEntry(
                JournalKind.SIDE_EFFECT, dt.datetime.combine(today, dt.time(0, 5)), "Pain", 4
            ),
            dt.datetime.combine(today, dt.time(23, 59)),
        )
    finally:
        plan.close()

    assert main(["week", "--json", "--date", today.isoformat(), "--database-url", url]) == 0
    week = json.loads(capsys.readouterr().out)
    items = [item for day in week["days"] for item in day["items"] if item["type"] == "journal"]
    assert [(i["id"], i["title"]) for i in items] == [(noted.entry.id, "Pain 4/10")]
    assert items[0]["start"].startswith(today.isoformat())
