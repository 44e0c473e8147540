"""The window's own preferences (geometry, layout, text size), kept with QSettings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Care Planner"
APPLICATION = "Care Planner"

GEOMETRY = "window/geometry"
STATE = "window/state"
TEXT_SIZE = "view/textSize"
SHARED_PLAN = "plan/shared"
"""The shared plan the window opens at start: its URL, never a password (none: the local plan)."""
LAST_SHARED_PLAN = "plan/lastShared"
"""The shared plan File > Connect offers first, kept after going back to the local plan."""
ACTIVITY_SEEN = "activitySeen"
"""The group holding, per plan, the newest change the user saw in the Activity panel."""
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def settings() -> QSettings:
    """The user's settings store, in QSettings' default format.

    Tests point the default format at a temporary folder with ``QSettings.setPath``. (The
    organisation-and-application constructor alone would always take the native format,
    and so the real user folder, whatever the default format says.)
    """
    store = QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
    _keep_private(Path(store.fileName()))
    return store


def plan_key(group: str, location: str) -> str:
    """A key of ``group`` for one plan: by a one-way name of its location (a path or an
    address does not fit a key, and the settings file need not name it)."""
    import hashlib  # not at start: OpenSSL loads with it

    return f"{group}/{hashlib.sha256(location.encode()).hexdigest()[:24]}"


def _keep_private(path: Path) -> None:
    """The settings file says which reminders were shown and when the program last looked:
    the user's alone (0600). Qt writes it anew under a temporary name and keeps the mode of
    the file it replaces, so the file is made (empty) with that mode before Qt first writes.
    Where the settings are no file (the Windows registry), there is nothing to do."""
    if sys.platform == "win32" or not path.is_absolute():
        return
    try:
        path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
        if path.stat().st_mode & 0o777 != PRIVATE_FILE:
            path.chmod(PRIVATE_FILE)
    except OSError:
        pass  # a read-only home: Qt then keeps the settings in memory, and so do we
