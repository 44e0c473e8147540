"""Encrypted plans in tests: a passphrase, a note to look for, and reading every row."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from planner.domain.enums import JournalKind
from planner.domain.model import JournalEntry
from planner.services import journal
from planner.services.plan import Plan
from planner.store import cipher

PASSPHRASE = "correct horse battery"
SQLITE_HEADER = b"SQLite format 3\x00"


def add_note(plan: Plan, text: str) -> None:
    """Save a side-effect entry whose note is ``text``, through the services."""
    now = plan.clock.now()
    entry = JournalEntry(JournalKind.SIDE_EFFECT, now, symptom="nausea", severity=3, note=text)
    journal.add_entry(plan, entry, now)


def notes(plan: Plan) -> list[str]:
    return [entry.note for entry in journal.journal_view(plan, plan.clock.now()).entries]


def all_rows(path: Path, passphrase: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the plan file ``path``, in a stable order (opened with
    SQLCipher's own ``PRAGMA key`` when a passphrase is given)."""
    if passphrase is None:
        connection = sqlite3.connect(path)
    else:
        connection = cipher.driver().connect(str(path))
        connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    with contextlib.closing(connection):
        tables = [
            row[0]
            for row in connection.execute(
                # Virtual tables (the search index) hold no rows of their own to read.
                "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage != 0 "
                "ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def damage_a_page(path: Path, passphrase: str = PASSPHRASE, table: str = "journal_entry") -> None:
    """Flip a byte of the encrypted page that holds ``table``'s rows: its authentication
    fails when it is read (the schema's pages stay whole, so the plan still opens)."""
    connection = cipher.driver().connect(str(path))
    with contextlib.closing(connection):
        connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        (page_size,) = connection.execute("PRAGMA cipher_page_size").fetchone()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    data = bytearray(path.read_bytes())
    data[(int(root) - 1) * int(page_size) + 100] ^= 0xFF
    path.write_bytes(bytes(data))


def files_holding(folder: Path, text: bytes) -> list[Path]:
    """The files under ``folder`` whose bytes hold ``text``."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and text in p.read_bytes())


def is_plain_sqlite(path: Path) -> bool:
    return path.read_bytes()[: len(SQLITE_HEADER)] == SQLITE_HEADER
