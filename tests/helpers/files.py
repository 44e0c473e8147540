"""Checking that a refused action left files exactly as they were."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileState:
    content: bytes
    mtime_ns: int
    mode: int


def state(path: Path) -> FileState:
    """The file as it is: its bytes (a plan file's with those of its write-ahead log, where
    a save lands first while the plan is open), mtime and mode."""
    info = path.stat()
    log = path.with_name(path.name + "-wal")
    content = path.read_bytes() + (log.read_bytes() if log.exists() else b"")
    return FileState(content, info.st_mtime_ns, stat.S_IMODE(info.st_mode))


def folder_state(folder: Path) -> dict[str, FileState]:
    """Every file below ``folder`` with its content, mtime and mode."""
    return {str(p.relative_to(folder)): state(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def damage_a_page(path: Path, table: str = "journal_entry") -> None:
    """Scribble over the page that holds ``table``'s rows (a disk or copy gone wrong), as
    SQLite's integrity check notices and a plain read may not."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        # Everything into the file itself, so that the scribble lands on the rows (the plan
        # may be open meanwhile: its idle connections keep the write-ahead log).
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)  # past the page's header: its cell pointers
        handle.write(b"\xff\xfe" * 16)
