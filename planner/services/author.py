"""Whose name a change made on this computer carries, on a plan file (SQLite).

Each computer user sets the name once in Preferences ("Your name in the activity list"); it
is kept in the plan under a setting keyed by the user's login, so the window and the command
line sign changes alike. Until then, the login itself is used.
"""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from planner.domain.activity import author_setting
from planner.domain.settings import Setting
from planner.store.database import Database
from planner.store.tables import setting as SETTINGS  # noqa: N812 (a table, as before)


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

    Read as one row of the settings table with a plain query: every unit of work asks (the
    first one of each command too), and an ORM query would first ready the mapping of
    every record, about 10 ms, which a command reading through plain queries never needs."""
    setting = my_name_setting()
    query = select(SETTINGS.c.value).where(SETTINGS.c.key == setting.key)
    try:
        with database.engine.connect() as connection:
            stored = connection.execute(query).scalar()
    except SQLAlchemyError:
        return setting.default  # a plan that cannot be read now: the change names the login
    return setting.read({} if stored is None else {setting.key: stored})
