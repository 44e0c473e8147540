"""Whose name a change made on this computer carries, on a plan file (SQLite).

Each computer user sets the name once in Preferences ("Your name in the activity list"); it
is kept in the plan under a setting keyed by the user's login, so the window and the command
line sign changes alike. Until then, the login itself is used.
"""

from __future__ import annotations

import getpass

from sqlalchemy.exc import SQLAlchemyError

from planner.domain.activity import author_setting
from planner.domain.settings import Setting
from planner.store.database import Database
from planner.store.plan_store import PlanStore


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
    """The name this computer's user set for ``database`` (a plan file), else the login."""
    setting = my_name_setting()
    try:
        with database.sessions() as session:
            return setting.read(PlanStore(session).settings())
    except SQLAlchemyError:
        return setting.default  # a plan that cannot be read now: the change names the login
