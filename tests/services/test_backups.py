from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain import model
from planner.domain.clock import Clock
from planner.domain.errors import PlannerError
from planner.services import lists
from planner.services.backups import (
    automatic_backup,
    back_up,
    backups,
    check_at_start,
    default_backup_path,
    restore,
)
from planner.services.demo import fill_demo
from planner.services.plan import Plan, open_plan
from planner.store import migrate, paths
from tests.helpers.files import damage_a_page, folder_state, mode
from tests.helpers.migrations import EXTRA_REVISION, add_revision


def names(plan: Plan) -> list[str]:
    return [h.name for h in lists.helpers(plan)]


def add_helper(plan: Plan, name: str) -> None:
    with plan.unit_of_work() as work:
        work.store.add(model.Helper(name))
        work.commit()


def test_a_backup_goes_to_the_backups_folder_by_default(demo_plan: Plan, plan_path: Path) -> None:
    target = back_up(demo_plan)

    assert target.parent == plan_path.parent / "backups"
    assert target.name.startswith("plan-") and target.suffix == ".sqlite3"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM helper").fetchone() == (5,)
    connection.close()


def test_the_default_name_carries_the_time(plan: Plan, plan_path: Path) -> None:
    when = dt.datetime(2026, 3, 11, 14, 5, 9)

    assert default_backup_path(plan, when) == (
        plan_path.resolve().parent / "backups" / "plan-20260311-140509.sqlite3"
    )


def test_two_backups_at_one_moment_keep_both(demo_plan: Plan, plan_path: Path) -> None:
    # The clock is pinned: both backups carry the same time in their names.
    first = back_up(demo_plan)
    add_helper(demo_plan, "Someone new")
    second = back_up(demo_plan)

    assert first != second and first.exists() and second.exists()
    assert second.name == first.name.replace(".sqlite3", "-2.sqlite3")
    assert first.name == f"plan-{demo_plan.clock.now():%Y%m%d-%H%M%S}.sqlite3"


def test_a_backup_to_a_chosen_file(demo_plan: Plan, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "care-plan.sqlite3"

    assert back_up(demo_plan, target) == target
    assert mode(target) == 0o600


def test_a_backup_refuses_the_plan_itself_and_a_folder(
    plan: Plan, plan_path: Path, tmp_path: Path
) -> None:
    add_helper(plan, "Ana")
    before = folder_state(tmp_path)

    with pytest.raises(PlannerError, match="cannot overwrite the plan itself"):
        back_up(plan, plan_path)
    with pytest.raises(PlannerError, match="is a folder; name a file"):
        back_up(plan, tmp_path)

    assert folder_state(tmp_path) == before
    assert names(plan) == ["Ana"]


def test_restore_brings_the_rows_back_after_a_safety_backup(plan: Plan, tmp_path: Path) -> None:
    add_helper(plan, "Ana")
    saved = back_up(plan, tmp_path / "saved.sqlite3")
    add_helper(plan, "Ben")

    safety = restore(plan, saved)

    assert names(plan) == ["Ana"]
    assert mode(safety) == 0o600
    assert safety.name.startswith("before-restore-")
    with sqlite3.connect(safety) as connection:
        rows = connection.execute("SELECT name FROM helper ORDER BY name").fetchall()
    connection.close()
    assert rows == [("Ana",), ("Ben",)]
    add_helper(plan, "Cleo")  # the plan works on after a restore
    assert names(plan) == ["Ana", "Cleo"]


def empty_file(folder: Path) -> Path:
    path = folder / "empty.sqlite3"
    path.touch()
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("not a plan\n")
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "photos.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY)")
    connection.close()
    return path


def newer_plan(folder: Path) -> Path:
    other = open_plan(f"sqlite:///{folder / 'newer' / 'plan.sqlite3'}")
    add_helper(other, "From the future")
    path = back_up(other, folder / "newer.sqlite3")
    other.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    shutil.rmtree(folder / "newer")
    return path


def missing_file(folder: Path) -> Path:
    return folder / "missing.sqlite3"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (empty_file, "is empty; it holds no plan to restore"),
        (text_file, "is not a Care Planner database"),
        (foreign_sqlite, "is an SQLite file, but not a Care Planner database"),
        (newer_plan, "was saved by a newer Care Planner"),
        (missing_file, "is not a file"),
    ],
    ids=["empty", "text", "foreign-sqlite", "newer-schema", "missing"],
)
def test_restore_refuses_a_file_that_is_no_usable_plan(
    plan: Plan, plan_path: Path, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    add_helper(plan, "Ana")
    source = make(tmp_path)
    before = folder_state(tmp_path)

    with pytest.raises(PlannerError, match=message):
        restore(plan, source)

    assert folder_state(tmp_path) == before
    assert not (plan_path.parent / "backups").exists()
    assert names(plan) == ["Ana"]


def test_restore_refuses_the_plan_itself(plan: Plan, plan_path: Path) -> None:
    add_helper(plan, "Ana")

    with pytest.raises(PlannerError, match="That file is the plan itself"):
        restore(plan, plan_path)

    assert not (plan_path.parent / "backups").exists()
    assert names(plan) == ["Ana"]


def test_restoring_a_backup_from_an_older_version_brings_its_schema_up(
    plan: Plan, plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_helper(plan, "Ana")
    old = back_up(plan, tmp_path / "old.sqlite3")
    plan.close()
    add_revision(tmp_path, monkeypatch)
    upgraded = open_plan(f"sqlite:///{plan_path}")
    try:
        add_helper(upgraded, "Ben")

        restore(upgraded, old)

        with sqlite3.connect(plan_path) as connection:
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            columns = [row[1] for row in connection.execute("PRAGMA table_info(appointment)")]
        connection.close()
        assert revision == EXTRA_REVISION == migrate.head()
        assert "colour" in columns
        assert names(upgraded) == ["Ana"]
    finally:
        upgraded.close()


def test_a_damaged_backup_is_refused_and_the_plan_stays(
    demo_plan: Plan, plan_path: Path, tmp_path: Path
) -> None:
    copy = back_up(demo_plan, tmp_path / "copy.sqlite3")
    damage_a_page(copy)
    before = names(demo_plan)
    backups_before = folder_state(plan_path.parent)

    with pytest.raises(
        PlannerError,
        match=r"copy\.sqlite3 fails its checks \(it is damaged, .*\); it was not used",
    ):
        restore(demo_plan, copy)

    assert names(demo_plan) == before
    assert folder_state(plan_path.parent) == backups_before  # not even a safety backup


def test_a_backup_of_a_damaged_plan_fails_and_leaves_no_file(
    demo_plan: Plan, plan_path: Path, tmp_path: Path
) -> None:
    demo_plan.close()
    damage_a_page(plan_path)
    plan = open_plan(f"sqlite:///{plan_path}")
    target = tmp_path / "copy.sqlite3"
    try:
        with pytest.raises(
            PlannerError, match=r"fails its checks \(.*\), so no backup was written"
        ):
            back_up(plan, target)
    finally:
        plan.close()
    assert not target.exists() and not target.with_name("copy.sqlite3.partial").exists()


def test_a_sound_backup_passes_its_check_and_restores(demo_plan: Plan, tmp_path: Path) -> None:
    copy = back_up(demo_plan, tmp_path / "copy.sqlite3")
    before = names(demo_plan)
    add_helper(demo_plan, "Someone new")
    restore(demo_plan, copy)
    assert names(demo_plan) == before


def test_automatic_backups_are_kept_in_rotation_and_listed(plan_path: Path) -> None:
    clock = Clock(pinned=dt.datetime(2026, 1, 1, 9))
    plan = open_plan(f"sqlite:///{plan_path}", clock=clock)
    try:
        fill_demo(plan)
        by_hand = back_up(plan)
        written = []
        for half_hour in range(48 * 20):  # every half hour for twenty days
            clock.move_to(dt.datetime(2026, 1, 1, 9) + dt.timedelta(minutes=30 * half_hour))
            made = automatic_backup(plan)
            assert made is not None
            written.append(made)

        listed = backups(plan)
        automatic = [b for b in listed if b.kind == "automatic"]
        assert written[-1] == automatic[0].path  # newest first
        assert len(automatic) < 40  # of 960 written
        assert {b.path for b in listed} == set(paths.backup_folder(plan_path).glob("*.sqlite3"))
        assert [b.kind for b in listed if b.path == by_hand] == ["by hand"]
        assert all(mode(b.path) == 0o600 for b in automatic)
        days = {b.made.date() for b in automatic}
        assert len(days) >= 14  # one a day for the last two weeks at least
    finally:
        plan.close()


def test_a_new_plan_lists_no_backups_until_the_first_automatic_one(plan: Plan) -> None:
    assert backups(plan) == []
    assert automatic_backup(plan) is not None
    assert [b.kind for b in backups(plan)] == ["automatic"]


def test_a_damaged_plan_can_be_replaced_by_a_good_backup_and_is_kept_as_it_was(
    demo_plan: Plan, plan_path: Path
) -> None:
    good = back_up(demo_plan)
    damage_a_page(plan_path)
    found = check_at_start(demo_plan)
    assert found is not None and found.problems and found.newest_good is not None
    assert found.newest_good.path == good

    safety = restore(demo_plan, good)

    assert check_at_start(demo_plan) is None
    assert safety.exists() and mode(safety) == 0o600  # the damaged plan, kept as it was
    assert [b.kind for b in backups(demo_plan) if b.path == safety] == ["before a restore"]
