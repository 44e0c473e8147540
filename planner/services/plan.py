"""An open plan and the unit of work every user action runs in."""

from __future__ import annotations

import getpass
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.clock import Clock
from planner.domain.errors import PlannerError
from planner.domain.sharing import TIME_ZONE
from planner.services.changes import Changes
from planner.store import migrate
from planner.store.change_log import RECORDING, Recording
from planner.store.database import Database, is_busy, open_database
from planner.store.plan_store import PlanStore, RecordMissing
from planner.store.signals import ChangeSignal

R = TypeVar("R")

ENVIRONMENT_URL = "CARE_PLANNER_DATABASE_URL"
CONFLICT = "Someone else changed this record just now; please look again and retry."


class ConflictError(PlannerError):
    """Someone else changed the same record first; nothing of this action was saved."""


class Busy(ConflictError):  # noqa: N818 (reads as "the plan is busy")
    """Someone else was saving at the same moment; nothing was saved, and the action can
    run again as it is (see :func:`retrying`)."""


RETRY_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8)
"""The pauses between tries of an action that met a busy plan (about 1.5 s in all)."""


def retrying(action: Callable[[], R]) -> R:
    """Run ``action`` (one or more whole units of work), again after a growing pause while
    the plan is busy with someone else's save; then the busy error (a ConflictError)."""
    for pause in RETRY_PAUSES:
        try:
            return action()
        except Busy:
            time.sleep(pause)
    return action()


class UnitOfWork:
    """One user action: everything in it is saved together by :meth:`commit`, or not at all.

    Every row it writes is recorded in the change log in the same transaction;
    :attr:`changes` is what was recorded, once committed.
    """

    def __init__(self, store: PlanStore, recording: Recording) -> None:
        self.store = store
        self._recording = recording
        self._committed = False

    def commit(self) -> Changes:
        self.store.session.commit()
        self._committed = True
        return self.changes

    @property
    def changes(self) -> Changes:
        """What this unit of work saved (nothing before it is committed)."""
        return Changes(tuple(self._recording.written)) if self._committed else Changes()


class Plan:
    """An open care plan."""

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._database = database
        self._clock = clock
        self._author: str | None = None

    @property
    def clock(self) -> Clock:
        """Now and today for this plan, in its time zone (see :mod:`planner.domain.clock`).

        Made on first use from the plan's time-zone setting and ``CARE_PLANNER_NOW``.
        """
        if self._clock is None:
            with self.unit_of_work() as work:
                zone = TIME_ZONE.read(work.store.settings())
            self._clock = Clock.from_environment(zone)
        return self._clock

    @property
    def author(self) -> str:
        """Who the change log names for this window's changes: the computer's user."""
        if self._author is None:
            try:
                self._author = getpass.getuser()
            except (KeyError, OSError):
                self._author = ""
        return self._author

    @property
    def location(self) -> str:
        """Where the plan lives, as shown to the user."""
        path = self._database.path
        return str(path) if path else self._database.url.render_as_string(hide_password=True)

    @property
    def file(self) -> Path | None:
        return self._database.path

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Run one user action; it rolls back unless ``commit()`` was called."""
        with self._database.sessions() as session:
            recording = Recording(self.author, lambda: self.clock.now())
            session.info[RECORDING] = recording
            work = UnitOfWork(PlanStore(session), recording)
            try:
                yield work
            except StaleDataError:
                session.rollback()
                raise ConflictError(CONFLICT) from None
            except RecordMissing as missing:
                session.rollback()
                raise PlannerError(f"The {missing} is no longer in the plan.") from None
            except SQLAlchemyError as error:
                session.rollback()
                if is_busy(error):
                    raise Busy(CONFLICT) from None
                reason = str(getattr(error, "orig", error)).splitlines()[0]
                raise PlannerError(f"The plan could not be saved: {reason}") from None
            finally:
                if not work._committed:
                    session.rollback()

    def change_signal(self) -> ChangeSignal:
        """A listener for saves made by other windows and processes (see services.watch)."""
        return self._database.change_signal()

    def upgrade_schema(self) -> None:
        """Bring the plan's schema to this version's (after its file was replaced)."""
        migrate.upgrade(self._database.engine, backup_folder=None)

    def close(self) -> None:
        self._database.close()


def database_url(explicit: str | None) -> str | None:
    """The URL from the command line, else from the environment, else the default file."""
    return explicit or os.environ.get(ENVIRONMENT_URL) or None


def open_plan(url: str | None = None, *, create: bool = True, clock: Clock | None = None) -> Plan:
    """Open the plan at ``url`` (the local file by default), migrating it if needed.

    With ``create`` false, a plan file that does not exist yet is an error rather than a
    new, empty plan. ``clock`` replaces the plan's own (tests, benchmarks).
    """
    return Plan(open_database(database_url(url), create=create), clock)
