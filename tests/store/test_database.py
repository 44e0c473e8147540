from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given
from sqlalchemy import text

from planner.domain.errors import PlannerError
from planner.store import migrate, paths
from planner.store.database import (
    DatabaseError,
    open_database,
    parse_url,
    plain_file,
    sqlite_path,
)
from tests.helpers.files import folder_state, mode, state


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_plan(path: Path) -> Path:
    open_database(url(path)).close()
    return path


def test_a_new_plan_and_its_folders_are_private(tmp_path: Path) -> None:
    path = tmp_path / "one" / "two" / "plan.sqlite3"

    database = open_database(url(path))
    try:
        with database.sessions() as session:
            session.execute(text("CREATE TEMP TABLE probe (x)"))  # keeps the WAL open
            session.execute(text("SELECT count(*) FROM appointment"))
            side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(p.exists() for p in side_files)
            assert [mode(p) for p in side_files] == [0o600, 0o600]
    finally:
        database.close()

    assert mode(path) == 0o600
    assert mode(tmp_path / "one") == 0o700
    assert mode(tmp_path / "one" / "two") == 0o700


def test_an_existing_folder_is_left_as_it_is(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)

    make_plan(tmp_path / "plan.sqlite3")

    assert mode(tmp_path) == 0o755


def test_the_default_plan_lives_in_the_private_data_folder(private_home: Path) -> None:
    database = open_database(None)
    database.close()

    assert database.path == paths.default_database_path()
    assert database.path.is_relative_to(private_home)
    assert mode(database.path) == 0o600
    assert mode(database.path.parent) == 0o700


def test_a_loosened_data_folder_is_made_private_again(private_home: Path) -> None:
    open_database(None).close()
    folder = paths.data_folder()
    folder.chmod(0o755)  # a backup tool or a hand set it readable by others

    open_database(None).close()

    assert mode(folder) == 0o700


def test_pragmas_hold_on_every_session_connection(plan_path: Path) -> None:
    database = open_database(url(plan_path))
    try:
        for _ in range(2):
            with database.sessions() as session:
                values = {
                    name: session.execute(text(f"PRAGMA {name}")).scalar()
                    for name in (
                        "journal_mode",
                        "synchronous",
                        "foreign_keys",
                        "busy_timeout",
                        "secure_delete",
                    )
                }
                assert values["journal_mode"] == "wal"
                assert values["synchronous"] == 1  # NORMAL
                assert values["foreign_keys"] == 1
                assert values["busy_timeout"] > 0
                assert values["secure_delete"] == 1  # deleted text is overwritten
    finally:
        database.close()


def test_a_new_plan_has_the_newest_schema(plan_path: Path) -> None:
    make_plan(plan_path)

    with sqlite3.connect(plan_path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == migrate.head()


def test_an_empty_file_becomes_a_new_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    path.touch()

    make_plan(path)

    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM ride_leg").fetchone() == (0,)


# ---------------------------------------------------------------- refusals
def text_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("Shopping: ginger tea, rice, bananas\n" * 20)
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos (name) VALUES ('beach')")
    connection.close()
    return path


def newer_plan(folder: Path) -> Path:
    path = make_plan(folder / "original" / "plan.sqlite3")
    copy = folder / "newer.sqlite3"
    shutil.copy(path, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    return copy


def corrupt_plan(folder: Path) -> Path:
    path = make_plan(folder / "original" / "plan.sqlite3")
    damaged = folder / "damaged.sqlite3"
    content = bytearray(path.read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # page 1 after the header: the schema
    damaged.write_bytes(bytes(content))
    return damaged


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (text_file, "is not a Care Planner database."),
        (foreign_sqlite, "is an SQLite file, but not a Care Planner database."),
        (newer_plan, "was saved by a newer Care Planner (schema ffff_future)"),
        (corrupt_plan, "cannot be opened as a plan"),
    ],
    ids=["text", "foreign-sqlite", "newer-schema", "corrupt"],
)
def test_a_file_that_is_not_a_usable_plan_is_refused_untouched(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    before = state(path)

    with pytest.raises(DatabaseError) as raised:
        open_database(url(path))

    assert message in str(raised.value)
    assert str(path) in str(raised.value)
    assert "\n" not in str(raised.value)
    assert state(path) == before
    assert not (path.parent / "backups").exists()


def test_a_foreign_sqlite_file_gains_no_side_files(tmp_path: Path) -> None:
    path = foreign_sqlite(tmp_path)
    before = folder_state(tmp_path)

    with pytest.raises(DatabaseError):
        open_database(url(path))

    assert folder_state(tmp_path) == before


def test_a_side_file_another_process_removed_first_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes opening a plan at once (the window and the copy of it working out its
    first week) each remove the empty side files their check made: the second finds one
    gone."""
    path = tmp_path / "plan.sqlite3"
    open_database(url(path)).close()
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    unlink = Path.unlink

    def removed_meanwhile(self: Path, missing_ok: bool = False) -> None:
        unlink(self, missing_ok=True)  # by the other process, just before
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", removed_meanwhile)
    opened = open_database(url(path))
    monkeypatch.undo()
    assert opened.path == path.resolve()
    opened.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder, not a plan file"):
        open_database(url(tmp_path))

    assert list(tmp_path.iterdir()) == []


def test_a_path_below_a_file_is_refused(tmp_path: Path) -> None:
    blocker = text_file(tmp_path)
    before = state(blocker)

    with pytest.raises(DatabaseError, match="is not a folder"):
        open_database(url(blocker / "plan.sqlite3"))

    assert state(blocker) == before


def unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        return locked
    # Root may write anywhere permissions apply; sysfs refuses new files even to root.
    if not Path("/sys/kernel").is_dir():
        pytest.skip("needs a non-root user or /sys to find a folder nobody can write to")
    return Path("/sys/kernel")


def test_an_unwritable_location_is_refused(tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    path = folder / "care-planner-test" / "plan.sqlite3"

    with pytest.raises(DatabaseError, match=r"^Cannot create .*plan\.sqlite3: "):
        open_database(url(path))

    assert not path.exists()
    assert not path.parent.exists()


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("nonsense", "'nonsense' is not a database URL"),
        ("mysql://care@db.example.org/plan", "SQLite or PostgreSQL, not 'mysql'"),
        ("sqlite://", "An SQLite plan needs a file"),
        ("sqlite:///:memory:", "An SQLite plan needs a file"),
        ("postgresql+nodriver://care@/plan", "Cannot use postgresql+nodriver://care@/plan"),
    ],
)
def test_a_bad_url_is_refused_in_one_line(given: str, message: str) -> None:
    with pytest.raises(DatabaseError) as raised:
        open_database(given)

    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, PlannerError)


def test_a_postgresql_url_uses_the_installed_driver() -> None:
    assert parse_url("postgresql://care@db.example.org/plan").drivername == "postgresql+psycopg"
    assert parse_url("postgresql+psycopg://care@/plan").drivername == "postgresql+psycopg"


def test_an_unreachable_server_is_a_database_error_without_the_password() -> None:
    with pytest.raises(DatabaseError) as raised:
        open_database("postgresql://care:secret@/plan?host=/nonexistent-socket-folder")

    assert "secret" not in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_plan_whose_version_note_is_gone_is_refused_and_left_alone(plan_path: Path) -> None:
    open_database(f"sqlite:///{plan_path}").close()
    with contextlib.closing(sqlite3.connect(plan_path)) as db:
        db.execute("DELETE FROM alembic_version")
        db.commit()
    before = plan_path.read_bytes()

    with pytest.raises(DatabaseError, match="does not say which version wrote it"):
        open_database(f"sqlite:///{plan_path}")

    assert plan_path.read_bytes() == before


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=0,
        max_size=40,
    )
)
def test_a_plain_file_address_names_the_file_sqlalchemy_would(name: str) -> None:
    """A plan file's address is read without SQLAlchemy when it is plainly ``sqlite:///…``
    (planner/store/database.plain_file), to the same file as SQLAlchemy reads it."""

    def outcome(find: Callable[[], Path | None]) -> object:
        try:
            return find()
        except RuntimeError:  # "~nobody/plan": a home that is not there
            return RuntimeError

    for address in (f"sqlite:///{name}", f"sqlite:////tmp/{name}", name):
        found = outcome(lambda: plain_file(address))  # noqa: B023 (called at once)
        if found is not None:
            assert found == outcome(lambda: sqlite_path(parse_url(address)))  # noqa: B023


def test_the_default_and_common_addresses_are_read_without_sqlalchemy(tmp_path: Path) -> None:
    assert plain_file(None) == sqlite_path(parse_url(None))
    assert plain_file(f"sqlite:///{tmp_path}/plan.sqlite3") == tmp_path / "plan.sqlite3"
    assert plain_file("sqlite:///~/plan.sqlite3") == Path.home() / "plan.sqlite3"
    for other in ("postgresql://care@db/plan", "sqlite://", "sqlite:///", "sqlite:///a?mode=ro"):
        assert plain_file(other) is None
