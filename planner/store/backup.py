"""Consistent copies of an SQLite plan (safe while the program has it open, WAL included)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from planner.store import paths


def _copy(source: sqlite3.Connection, target: Path) -> None:
    paths.make_private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    paths.make_private_file(partial)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
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


def backup_file(database: Path, target: Path) -> Path:
    """Copy the SQLite file ``database`` to ``target`` through SQLite's backup API."""
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as source:
        _copy(source, target)
    return target
