"""Care Planner: a private desktop planner for people in hard medical treatment."""

import os
import sys
from functools import cache
from pathlib import Path

__version__ = "0.1.0"

APPLICATION_ID = "org.careplanner.CarePlanner"
"""The reverse-DNS name of the desktop entry, its icon and its AppStream description."""


@cache
def resource_folder() -> Path:
    """``resources/`` beside the package (a clone or an editable install), else where a
    packager put it (found once: the window's start asks about 50 times)."""
    candidates = (
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "care-planner" / "resources",
    )
    return next((folder for folder in candidates if folder.is_dir()), candidates[0])


def user_cache_folder() -> Path:
    """The user's cache folder: ``$XDG_CACHE_HOME``, else ``~/.cache``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
