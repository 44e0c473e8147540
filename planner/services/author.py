"""Whose name a change made on this computer carries, on a plan file (SQLite).

Each computer user sets the name once in Preferences ("Your name in the activity list"); it
is kept in the plan under a setting keyed by the user's login, so the window and the command
line sign changes alike. Until then, the login itself is used.
"""

from __future__ import annotations

import getpass

from planner.domain.activity import author_setting
from planner.domain.settings import Setting
from planner.store import cipher
from planner.store.database import Database


def os_user() -> str:
    """This computer's user (the login name); empty when the system cannot say."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def my_name_setting() -> Setting[str]:
    """The setting holding the name of this computer's user."""
    return author_setting(os_user())


def local_author(database: Database) -> str:
    """The name this computer's user set for ``database`` (a plan file), else the login.

    Read with the plan's settings by SQLite itself: every unit of work asks (the first one
    of each command too), and an ORM query would first ready the mapping of every record,
    about 10 ms, which a command reading through plain queries never needs."""
    setting = my_name_setting()
    reads = database.file_reads
    assert reads is not None, "a plan file's author"
    try:
        with reads.reading() as read:
            stored = read.settings()
    except cipher.errors("Error"):
        return setting.default  # a plan that cannot be read now: the change names the login
    return setting.read(stored)
