from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from planner.services.demo import fill_demo
from planner.services.plan import open_plan
from planner.store import migrate
from planner.store.database import DatabaseError, make_engine, open_database, parse_url
from tests.helpers.files import mode
from tests.helpers.migrations import EXTRA_REVISION, add_revision

TODAY = dt.date(2026, 3, 11)


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(query).fetchall()
    connection.close()
    return found


def revision_of(path: Path) -> str:
    return str(rows(path, "SELECT version_num FROM alembic_version")[0][0])


def demo_file(path: Path) -> Path:
    plan = open_plan(f"sqlite:///{path}")
    fill_demo(plan)
    plan.close()
    return path


def test_a_fresh_database_ends_at_head_and_a_second_upgrade_does_nothing(
    plan_path: Path,
) -> None:
    open_database(f"sqlite:///{plan_path}").close()
    engine = make_engine(parse_url(f"sqlite:///{plan_path}"))
    try:
        assert revision_of(plan_path) == migrate.head()
        assert migrate.upgrade(engine, backup_folder=plan_path.parent / "backups") is False
    finally:
        engine.dispose()
    assert not (plan_path.parent / "backups").exists()


def test_the_known_revisions_are_this_version_s_scripts_plus_any_added_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = {path.stem for path in (migrate.SCRIPTS / "versions").glob("0*.py")}
    assert migrate.head() in scripts
    assert migrate.known_revisions() == scripts

    add_revision(tmp_path, monkeypatch)

    assert migrate.known_revisions() == scripts | {EXTRA_REVISION}


def test_an_older_plan_is_backed_up_before_it_is_migrated(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file(plan_path)
    old = revision_of(plan_path)
    appointments = rows(plan_path, "SELECT id, title FROM appointment ORDER BY id")
    add_revision(tmp_path, monkeypatch)

    open_database(f"sqlite:///{plan_path}").close()

    assert revision_of(plan_path) == EXTRA_REVISION
    backups = list((plan_path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"before-upgrade-{old}-")
    assert mode(backups[0]) == 0o600
    assert mode(backups[0].parent) == 0o700
    assert revision_of(backups[0]) == old
    assert rows(backups[0], "SELECT id, title FROM appointment ORDER BY id") == appointments


def test_recreating_a_parent_table_keeps_its_children(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SQLite batch-migration trap of DESIGN.md: ON DELETE CASCADE on the old table."""
    demo_file(plan_path)
    legs = rows(plan_path, "SELECT * FROM ride_leg ORDER BY id")
    tasks = rows(plan_path, "SELECT id, appointment_id FROM help_task ORDER BY id")
    questions = rows(plan_path, "SELECT id, appointment_id FROM question ORDER BY id")
    assert len(legs) > 0 and any(q[1] is not None for q in questions)
    add_revision(tmp_path, monkeypatch)

    open_database(f"sqlite:///{plan_path}").close()

    columns = [row[1] for row in rows(plan_path, "PRAGMA table_info(appointment)")]
    assert "colour" in columns
    assert rows(plan_path, "SELECT * FROM ride_leg ORDER BY id") == legs
    assert rows(plan_path, "SELECT id, appointment_id FROM help_task ORDER BY id") == tasks
    assert rows(plan_path, "SELECT id, appointment_id FROM question ORDER BY id") == questions
    assert rows(plan_path, "PRAGMA foreign_key_check") == []
    assert rows(plan_path, "PRAGMA integrity_check") == [("ok",)]


def test_foreign_keys_are_back_on_after_a_migration(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file(plan_path)
    add_revision(tmp_path, monkeypatch)
    engine = make_engine(parse_url(f"sqlite:///{plan_path}"))
    try:
        assert migrate.upgrade(engine, backup_folder=None) is True
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_a_migration_that_breaks_links_changes_nothing(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file(plan_path)
    legs = rows(plan_path, "SELECT * FROM ride_leg ORDER BY id")
    old = revision_of(plan_path)
    add_revision(tmp_path, monkeypatch, 'op.execute("DELETE FROM appointment")')

    with pytest.raises(DatabaseError, match=r"would break \d+ links between records"):
        open_database(f"sqlite:///{plan_path}")

    assert revision_of(plan_path) == old
    assert rows(plan_path, "SELECT * FROM ride_leg ORDER BY id") == legs
    assert rows(plan_path, "SELECT count(*) FROM appointment") != [(0,)]


def test_a_failing_migration_is_a_database_error_and_changes_nothing(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file(plan_path)
    old = revision_of(plan_path)
    add_revision(
        tmp_path,
        monkeypatch,
        """
        op.add_column("helper", sa.Column("nickname", sa.String(40), nullable=True))
        op.execute("SELECT * FROM no_such_table")
    """,
    )

    with pytest.raises(
        DatabaseError, match=r"^Cannot open the plan at .*: the database refused it\.$"
    ):
        open_database(f"sqlite:///{plan_path}")

    assert revision_of(plan_path) == old
    columns = [row[1] for row in rows(plan_path, "PRAGMA table_info(helper)")]
    assert "nickname" not in columns


def test_the_change_log_migration_versions_journal_entries_and_settings(plan_path: Path) -> None:
    from alembic import command

    demo_file(plan_path)
    engine = make_engine(parse_url(f"sqlite:///{plan_path}"))
    with engine.begin() as connection:
        command.downgrade(migrate._config(connection), "0005_calendar")
    engine.dispose()
    assert "change" not in {r[0] for r in rows(plan_path, "SELECT name FROM sqlite_master")}
    entries = rows(plan_path, "SELECT id, kind, at, note FROM journal_entry ORDER BY id")
    settings = rows(plan_path, "SELECT key, value FROM setting ORDER BY key")
    assert entries and settings

    open_database(f"sqlite:///{plan_path}").close()

    assert revision_of(plan_path) == migrate.head()
    assert rows(plan_path, "SELECT id, kind, at, note FROM journal_entry ORDER BY id") == entries
    assert rows(plan_path, "SELECT key, value FROM setting ORDER BY key") == settings
    assert {r[0] for r in rows(plan_path, "SELECT version FROM journal_entry")} == {1}
    assert {r[0] for r in rows(plan_path, "SELECT version FROM setting")} == {1}
    assert rows(plan_path, "SELECT count(*) FROM change") == [(0,)]
