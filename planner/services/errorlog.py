"""What went wrong, for whoever helps: a small private log of unexpected errors.

Each entry is the moment, the kind of error and where in the program it happened (file,
line and function of each step); never the error's message or any value, which may hold a
patient's words or a phone number. The log lives in the data folder, readable by the user
alone, and is cut at :data:`LARGEST` bytes, the older part kept in up to :data:`KEPT` files.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from planner.domain.clock import BadPin, Clock
from planner.store import paths

LOG_NAME = "errors.log"
LARGEST = 256 * 1024
KEPT = 3


def log_path() -> Path:
    return paths.data_folder() / "logs" / LOG_NAME


def entry(error: BaseException, at: dt.datetime) -> str:
    """The lines written for ``error``: its kind and each step's place, no message."""
    steps = traceback.extract_tb(error.__traceback__)
    lines = [
        f"{at.isoformat(timespec='seconds')} {type(error).__module__}.{type(error).__qualname__}"
    ]
    lines += [f"  {Path(step.filename).name}:{step.lineno} in {step.name}" for step in steps]
    return "\n".join(lines) + "\n"


def record(
    error: BaseException, at: dt.datetime | None = None, path: Path | None = None
) -> Path | None:
    """Add ``error`` to the log (at ``at``, the computer's time by default); returns where,
    or ``None`` when it could not be written (an error report must never fail in turn)."""
    path = path or log_path()
    try:
        at = at or _now()
        paths.make_private_folder(path.parent)
        if path.exists() and path.stat().st_size > LARGEST:
            _rotate(path)
        paths.make_private_file(path)
        with path.open("a", encoding="utf-8") as log:
            log.write(entry(error, at))
    except OSError:
        return None
    return path


def _now() -> dt.datetime:
    """The time for a log entry: the program's one clock (pinned in tests), or the
    computer's own when the pin itself is what went wrong."""
    try:
        return Clock.from_environment().now()
    except BadPin:
        return Clock().now()


def _rotate(path: Path) -> None:
    for number in range(KEPT - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
