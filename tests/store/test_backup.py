from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from planner.services.demo import fill_demo
from planner.services.plan import open_plan
from planner.store import backup
from planner.store.database import Database, check_plan_file, open_database
from tests.helpers.files import mode

TODAY = dt.date(2026, 3, 11)
TABLES = (
    "appointment",
    "ride_leg",
    "helper",
    "helper_availability",
    "freezer_meal",
    "portions_taken",
    "support_group",
    "contact",
    "help_task",
    "journal_entry",
    "question",
    "course",
    "alembic_version",
)


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        found = {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    return found


def demo_database(path: Path) -> Database:
    plan = open_plan(f"sqlite:///{path}")
    fill_demo(plan)
    plan.close()
    return open_database(f"sqlite:///{path}")


def test_backup_engine_copies_every_row_privately(plan_path: Path, tmp_path: Path) -> None:
    database = demo_database(plan_path)
    target = tmp_path / "copies" / "copy.sqlite3"
    try:
        assert backup.backup_engine(database.engine, target) == target
    finally:
        database.close()

    assert contents(target) == contents(plan_path)
    assert len(contents(target)["ride_leg"]) > 0
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert check_plan_file(target) is not None
    # A self-contained file: reading it leaves nothing beside it.
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_backup_sees_saves_still_in_the_wal(plan_path: Path, tmp_path: Path) -> None:
    database = demo_database(plan_path)
    holder = sqlite3.connect(plan_path)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE helper SET notes = 'only in the WAL' WHERE id = 1")
        holder.commit()
        assert Path(f"{plan_path}-wal").stat().st_size > 0
        reader = sqlite3.connect(plan_path)  # a reader pins the WAL: no checkpoint on close
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM helper").fetchone()

        by_engine = backup.backup_engine(database.engine, tmp_path / "engine.sqlite3")
        by_file = backup.backup_file(plan_path, tmp_path / "file.sqlite3")
        reader.close()
    finally:
        holder.close()
        database.close()

    for copy in (by_engine, by_file):
        assert contents(copy) == contents(plan_path)
        assert contents(copy)["helper"][0][-2] == "only in the WAL"
        assert mode(copy) == 0o600


def test_a_backup_replaces_an_older_one_and_leaves_no_partial_file(
    plan_path: Path, tmp_path: Path
) -> None:
    database = demo_database(plan_path)
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"an old copy")
    target.chmod(0o644)
    database.close()

    backup.backup_file(plan_path, target)

    assert contents(target) == contents(plan_path)
    assert mode(target) == 0o600
    assert not target.with_name("copy.sqlite3.partial").exists()


def test_copy_into_replaces_the_live_plan(plan_path: Path, tmp_path: Path) -> None:
    source = demo_database(tmp_path / "source" / "plan.sqlite3")
    source.close()
    live = open_database(f"sqlite:///{plan_path}")
    try:
        with live.engine.connect() as connection:  # the program holds its plan open
            connection.exec_driver_sql("SELECT count(*) FROM helper").fetchone()
            backup.copy_into(tmp_path / "source" / "plan.sqlite3", plan_path)
            # A reader in the middle of a transaction keeps seeing the plan it began with.
            assert connection.exec_driver_sql("SELECT count(*) FROM helper").scalar() == 0
        with live.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM helper").scalar() == 5
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        live.close()

    assert contents(plan_path) == contents(tmp_path / "source" / "plan.sqlite3")
    assert mode(plan_path) == 0o600
