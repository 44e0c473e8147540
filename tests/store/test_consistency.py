"""The plan's own rules, checked in every backup beside SQLite's checks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
from planner.services.backups import back_up, restore
from planner.services.plan import Plan
from planner.store.consistency import broken_rules


def without_a_cycle(db: sqlite3.Connection) -> None:
    db.execute(
        "UPDATE appointment SET cycle = NULL WHERE course_id IS NOT NULL AND id = "
        "(SELECT min(id) FROM appointment WHERE course_id IS NOT NULL)"
    )


def beyond_the_last_cycle(db: sqlite3.Connection) -> None:
    db.execute(
        "UPDATE appointment SET cycle = 99 WHERE id = "
        "(SELECT min(id) FROM appointment WHERE course_id IS NOT NULL)"
    )


def two_legs_home(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO ride_leg (appointment_id, direction, pickup_time, pickup_place, status, "
        "notes, travel_minutes, version) SELECT appointment_id, direction, pickup_time, "
        "pickup_place, 'needed', '', travel_minutes, 1 FROM ride_leg WHERE status = 'asked'"
    )


BREAKS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "a course's appointment without a cycle": without_a_cycle,
    "an appointment in a cycle beyond its course's last": beyond_the_last_cycle,
    "two live ride legs the same way for one appointment": two_legs_home,
}


def broken_copy(plan: Plan, folder: Path, rule: str) -> Path:
    copy = back_up(plan, folder / "copy.sqlite3")
    with contextlib.closing(sqlite3.connect(copy)) as db:
        BREAKS[rule](db)
        db.commit()
        assert [found.split(" (")[0] for found in broken_rules(db)] == [rule]
    return copy


def test_the_demo_keeps_every_rule(demo_plan: Plan, tmp_path: Path) -> None:
    copy = back_up(demo_plan, tmp_path / "copy.sqlite3")
    with contextlib.closing(sqlite3.connect(copy)) as db:
        assert broken_rules(db) == []


@pytest.mark.parametrize("rule", BREAKS)
def test_a_backup_that_breaks_a_rule_is_not_restored(
    demo_plan: Plan, tmp_path: Path, rule: str
) -> None:
    copy = broken_copy(demo_plan, tmp_path, rule)
    with pytest.raises(PlannerError, match="fails its checks"):
        restore(demo_plan, copy)
