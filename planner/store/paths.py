"""Where the plan lives on this computer, and keeping it private there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

APP_NAME = "care-planner"
DATABASE_NAME = "plan.sqlite3"

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def data_folder() -> Path:
    """The user's data folder for Care Planner (XDG on Linux)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_folder() / DATABASE_NAME


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def unused(path: Path) -> Path:
    """``path``, or the first of ``name-2.ext``, ``name-3.ext``, ... that does not exist yet:
    two backups made in one second (or under a pinned clock) never overwrite each other."""
    found, number = path, 1
    while found.exists():
        number += 1
        found = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return found


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by the owner only."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    for created in missing:
        created.chmod(PRIVATE_FOLDER)


def make_private_file(path: Path) -> None:
    """Create ``path`` empty with owner-only access, or tighten an existing one we own."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    path.chmod(PRIVATE_FILE)


def tighten(*paths: Path) -> None:
    """Set owner-only access on the files that exist among ``paths``."""
    for path in paths:
        if path.exists():
            path.chmod(PRIVATE_FILE)


def writable(database: Path) -> bool:
    """Whether this program may write the plan file ``database`` and create files beside it
    (SQLite's write-ahead log needs both). Tried, not guessed from the modes: an
    administrator may write a file whose modes say otherwise, but not an immutable one or
    one on a disk mounted read-only."""
    try:
        os.close(os.open(database, os.O_RDWR))
    except OSError:
        return False
    return _folder_writable(database.parent)


def read_only_uri(database: Path) -> str:
    """An SQLite URI that opens ``database`` for reading only, without writing anything
    beside it. In a folder that cannot be written, and without the shared-memory file a
    write-ahead log needs, the file is read as it stands (``immutable``)."""
    uri = f"{database.as_uri()}?mode=ro"
    shared_memory = database.with_name(database.name + "-shm")
    if not shared_memory.exists() and not _folder_writable(database.parent):
        uri += "&immutable=1"
    return uri


def _folder_writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False
