"""Consistent copies of an SQLite plan (safe while the program has it open, WAL included)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from planner.store import paths
from planner.store.consistency import broken_rules
from planner.store.errors import DatabaseError


class DamagedFileError(DatabaseError):
    """A plan file (or a backup of one) fails SQLite's own checks."""


def problems(connection: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity and foreign-key checks, and the plan's own rules, find
    wrong (empty when sound)."""
    found = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    found = [] if found == ["ok"] else found
    found += [
        f"{row[0]} row {row[1]} points at a missing {row[2]}"
        for row in connection.execute("PRAGMA foreign_key_check")
    ]
    return found + broken_rules(connection)


def quick_problems(path: Path) -> list[str]:
    """SQLite's quick check, the links and the plan's rules, for a plan in use (a quicker
    integrity check: it skips matching indexes against their tables)."""
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=5)) as db:
            found = [row[0] for row in db.execute("PRAGMA quick_check(20)")]
            found = [] if found == ["ok"] else found
            found += [
                f"{row[0]} row {row[1]} points at a missing {row[2]}"
                for row in db.execute("PRAGMA foreign_key_check")
            ]
            return found + broken_rules(db)
    except sqlite3.DatabaseError:
        return ["it cannot be read as a database"]


def check_file(path: Path) -> None:
    """Refuse a plan file that SQLite finds damaged; :class:`DamagedFileError` says so."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            found = problems(db)
    except sqlite3.DatabaseError:
        found = ["it cannot be read as a database"]
    if found:
        raise DamagedFileError(
            f"{path} fails its checks (it is damaged, or its records do not fit together); "
            "it was not used. Choose another backup."
        )


def _copy(source: sqlite3.Connection, target: Path, *, keep_damaged: bool = False) -> None:
    """Copy ``source`` to ``target`` and check the copy; a copy that fails its checks is
    refused, unless ``keep_damaged`` (the plan as it was, kept before a restore replaces
    it: the only copy of what it still holds)."""
    paths.make_private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    paths.make_private_file(partial)
    unreadable = False
    try:
        try:
            with contextlib.closing(sqlite3.connect(partial)) as copy:
                source.backup(copy)
                # One self-contained file: reading a copy later leaves no -wal/-shm beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
                # A backup counts only once it is checked: a damaged plan gives a damaged copy.
                found = problems(copy)
        except sqlite3.DatabaseError:
            found = ["the plan cannot be read whole"]  # SQLite stopped at a damaged page
            unreadable = True
        if found and keep_damaged:
            database = _file_of(source)
            if unreadable and database is not None:
                shutil.copyfile(database, partial)  # not readable whole: its bytes, as they are
            found = []
        if found:
            raise DamagedFileError(
                "The plan fails its checks (it is damaged, or its records do not fit "
                "together), so no backup was written; keep the plan file as it is and ask "
                "for help before changing it."
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    target.chmod(paths.PRIVATE_FILE)


def backup_engine(engine: Engine, target: Path) -> Path:
    """Write a copy of the engine's SQLite database to ``target`` (mode 0600)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        _copy(driver, target)
    finally:
        raw.close()
    return target


def backup_file(database: Path, target: Path, *, keep_damaged: bool = False) -> Path:
    """Copy the SQLite file ``database`` to ``target`` through SQLite's backup API."""
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as source:
        _copy(source, target, keep_damaged=keep_damaged)
    return target


def _file_of(connection: sqlite3.Connection) -> Path | None:
    for _, name, file in connection.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def copy_into(source: Path, database: Path) -> None:
    """Overwrite the live SQLite file ``database`` with the contents of ``source``.

    SQLite's backup API writes through the database's own locking and WAL, so other
    connections see either the old plan or the new one, never a half-copied file.
    """
    with (
        contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(database)) as target,
    ):
        src.backup(target)
    database.chmod(paths.PRIVATE_FILE)
