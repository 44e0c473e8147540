"""Consistent copies of an SQLite plan (safe while the program has it open, WAL included).

The copies of an encrypted plan are encrypted with the plan's own key (``key``), and read
with it when they are checked or restored.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, cast

from planner.domain.errors import why_sqlite_failed
from planner.domain.messages import translate
from planner.store import cipher, paths
from planner.store.consistency import broken_rules
from planner.store.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine


class DamagedFileError(DatabaseError):
    """A plan file (or a backup of one) fails SQLite's own checks."""


class DiskError(DatabaseError):
    """A copy could not be written (a full disk, a folder that cannot be written); the
    plan and what was there before are as they were."""


def problems(connection: sqlite3.Connection) -> list[str]:
    """What SQLite's integrity and foreign-key checks, and the plan's own rules, find
    wrong (empty when sound)."""
    altered = altered_pages(connection)
    if altered:
        return altered
    found = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    found = [] if found == ["ok"] else found
    found += [
        f"{row[0]} row {row[1]} points at a missing {row[2]}"
        for row in connection.execute("PRAGMA foreign_key_check")
    ]
    return found + broken_rules(connection)


def altered_pages(connection: sqlite3.Connection) -> list[str]:
    """The pages of an encrypted plan whose authentication fails (changed on the disk),
    found before SQL reads them (SQLCipher's check; nothing for a plain plan, where the
    pragma is unknown and does nothing)."""
    return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")][:20]


def quick_problems(path: Path, key: cipher.Key | None = None) -> list[str]:
    """SQLite's quick check, the links and the plan's rules, for a plan in use (a quicker
    integrity check: it skips matching indexes against their tables)."""
    try:
        with contextlib.closing(
            cipher.connect(key, paths.read_only_uri(path), uri=True, timeout=5)
        ) as db:
            altered = altered_pages(db)
            if altered:
                return altered
            found = [row[0] for row in db.execute("PRAGMA quick_check(20)")]
            found = [] if found == ["ok"] else found
            found += [
                f"{row[0]} row {row[1]} points at a missing {row[2]}"
                for row in db.execute("PRAGMA foreign_key_check")
            ]
            return found + broken_rules(db)
    except cipher.errors():
        return ["it cannot be read as a database"]


def check_file(path: Path, key: cipher.Key | None = None) -> None:
    """Refuse a plan file that SQLite finds damaged; :class:`DamagedFileError` says so."""
    try:
        with contextlib.closing(cipher.connect(key, paths.read_only_uri(path), uri=True)) as db:
            found = problems(db)
    except cipher.errors():
        found = ["it cannot be read as a database"]
    if found:
        raise DamagedFileError(
            translate(
                "Errors",
                "{path} fails its checks (it is damaged, or its records do not fit together); "
                "it was not used. Choose another backup.",
            ).format(path=path)
        )


def _copy(
    source: sqlite3.Connection,
    target: Path,
    *,
    keep_damaged: bool = False,
    key: cipher.Key | None = None,
) -> None:
    """Copy ``source`` to ``target`` and check the copy; a copy that fails its checks is
    refused, unless ``keep_damaged`` (the plan as it was, kept before a restore replaces
    it: the only copy of what it still holds). An encrypted plan's copy has its ``key``."""
    paths.make_private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    paths.make_private_file(partial)
    unreadable = False
    try:
        try:
            with contextlib.closing(cipher.connect(key, partial)) as copy:
                source.backup(copy)
                # One self-contained file: reading a copy later leaves no -wal/-shm beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
                # A backup counts only once it is checked: a damaged plan gives a damaged copy.
                found = problems(copy)
        except cipher.errors() as error:
            disk = why_sqlite_failed(getattr(error, "sqlite_errorcode", None))
            if disk is not None:  # the copy could not be written: the disk, not the plan
                raise DiskError(
                    translate(
                        "Errors",
                        "The backup could not be written to {target}: {disk}; the plan and "
                        "earlier backups are as they were.",
                    ).format(target=target, disk=disk)
                ) from None
            found = ["the plan cannot be read whole"]  # SQLite stopped at a damaged page
            unreadable = True
        if found and keep_damaged:
            database = _file_of(source)
            if unreadable and database is not None:
                shutil.copyfile(database, partial)  # not readable whole: its bytes, as they are
            found = []
        if found:
            raise DamagedFileError(
                translate(
                    "Errors",
                    "The plan fails its checks (it is damaged, or its records do not fit "
                    "together), so no backup was written; keep the plan file as it is and ask "
                    "for help before changing it.",
                )
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    target.chmod(paths.PRIVATE_FILE)


def backup_engine(engine: Engine, target: Path, *, key: cipher.Key | None = None) -> Path:
    """Write a copy of the engine's SQLite database to ``target`` (mode 0600)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # sqlite3's connection, or SQLCipher's (the same interface)
        _copy(cast(sqlite3.Connection, driver), target, key=key)
    finally:
        raw.close()
    return target


def backup_file(
    database: Path, target: Path, *, keep_damaged: bool = False, key: cipher.Key | None = None
) -> Path:
    """Copy the SQLite file ``database`` to ``target`` through SQLite's backup API."""
    with contextlib.closing(cipher.connect(key, paths.read_only_uri(database), uri=True)) as source:
        _copy(source, target, keep_damaged=keep_damaged, key=key)
    return target


def _file_of(connection: sqlite3.Connection) -> Path | None:
    for _, name, file in connection.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def copy_into(source: Path, database: Path, *, key: cipher.Key | None = None) -> None:
    """Overwrite the live SQLite file ``database`` with the contents of ``source``.

    SQLite's backup API writes through the database's own locking and WAL, so other
    connections see either the old plan or the new one, never a half-copied file. For an
    encrypted plan, ``source`` must be encrypted with the same ``key``.
    """
    with (
        contextlib.closing(cipher.connect(key, paths.read_only_uri(source), uri=True)) as src,
        contextlib.closing(cipher.connect(key, database)) as target,
    ):
        src.backup(target)
    database.chmod(paths.PRIVATE_FILE)
