"""An open plan and the unit of work every user action runs in."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from planner.domain.clock import Clock
from planner.domain.errors import READ_ONLY, PlannerError, ReadOnlyPlan, why_sqlite_failed
from planner.domain.messages import Message, translate
from planner.domain.sharing import TIME_ZONE
from planner.domain.team import Role, TeamMember, refusal
from planner.services.author import local_author, os_user
from planner.store import cipher, migrate
from planner.store.database import (
    Database,
    is_busy,
    is_connection_lost,
    open_database,
    sqlite_code,
)
from planner.store.reading import PlanReader
from planner.store.signals import ChangeSignal

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from planner.services.changes import Changes
    from planner.store.change_log import Recording
    from planner.store.plan_store import PlanStore

# The write path (the change log, the records' store, the team's rows) is imported by the
# first unit of work: reading the plan, as `care-planner week` and the window's start do,
# needs none of it (see "Reading without the records" in docs/ARCHITECTURE.md).

R = TypeVar("R")

ENVIRONMENT_URL = "CARE_PLANNER_DATABASE_URL"
CONFLICT = translate(
    "Errors", "Someone else changed this record just now; please look again and retry."
)


class ConflictError(PlannerError):
    """Someone else changed the same record first; nothing of this action was saved."""


class NotAllowed(PlannerError):  # noqa: N818 (reads as "that is not allowed")
    """The shared plan's server refused the change: this login's role may not make it.
    Nothing of the action was saved."""


class Busy(ConflictError):  # noqa: N818 (reads as "the plan is busy")
    """Someone else was saving at the same moment; nothing was saved, and the action can
    run again as it is (see :func:`retrying`)."""


class ServerGone(PlannerError):  # noqa: N818 (reads as "the server is gone")
    """The shared plan's server could not be reached (or the line broke) during the action.

    Nothing of it was saved, unless the line broke while the server was committing it: the
    change log then holds its records under the action's step (see :meth:`Plan.step` and
    :func:`saved_step`), which is how a retry knows not to save it twice.
    """


def why_not_read(error: BaseException) -> Message:
    """Why a read of the plan failed, in the program's words (as :func:`why_not_saved`)."""
    disk = _disk_trouble(error)
    if disk is not None:
        return translate(
            "Errors", "The plan could not be read: {why}. Nothing was changed."
        ).format(why=disk)
    return translate(
        "Errors", "The plan could not be read just now. Nothing was changed; please try again."
    )


def why_not_saved(error: BaseException) -> Message:
    """Why a unit of work could not be saved, in the program's words: the disk's trouble
    when the driver says so, never the driver's own text."""
    disk = _disk_trouble(error)
    if disk is not None:
        return translate(
            "Errors", "The plan could not be saved: {why}. Nothing of this action was saved."
        ).format(why=disk)
    return translate(
        "Errors",
        "The plan could not be saved (the database refused the change), so nothing of this "
        "action was saved.",
    )


def _disk_trouble(error: BaseException) -> Message | None:
    """The disk's trouble behind a failed read or save, when SQLite names one."""
    return why_sqlite_failed(sqlite_code(error))


SERVER_GONE = translate(
    "Errors",
    "The shared plan's server cannot be reached just now, so this was not saved yet. What "
    "you typed is kept; it is saved as soon as the server answers again.",
)

_STEP: ContextVar[str | None] = ContextVar("care_planner_step", default=None)

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
        from planner.services.changes import Changes

        return Changes(tuple(self._recording.written)) if self._committed else Changes()


class Plan:
    """An open care plan."""

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._database = database
        self._clock = clock
        self._author: str | None = None
        self._signed_in: tuple[str, TeamMember | None] | None = None
        self._closed = False
        self._when_closed: list[Callable[[], object]] = []

    @property
    def clock(self) -> Clock:
        """Now and today for this plan, in its time zone (see :mod:`planner.domain.clock`).

        Made on first use from the plan's time-zone setting and ``CARE_PLANNER_NOW``.
        """
        if self._clock is None:
            with self.reading() as read:
                zone = TIME_ZONE.read(read.settings())
            self._clock = Clock.from_environment(zone)
        return self._clock

    @property
    def author(self) -> str:
        """Who the change log names for this window's changes: on a plan file, the name
        this computer's user set in Preferences (else the login); on a shared plan, the
        team member's name (``care-planner team add``), else the server login."""
        if self._author is None:
            if self.file is not None:
                self._author = local_author(self._database)
            else:
                # A shared plan: the team member's name, else the login (the plan's owner).
                login, member = self._login()
                self._author = member.name if member is not None else login
        return self._author

    def _login(self) -> tuple[str, TeamMember | None]:
        """The login this plan is open as on its server, and its team member; read once."""
        if self._signed_in is None:
            if self.file is not None:
                return os_user(), None
            from sqlalchemy.exc import SQLAlchemyError

            from planner.store import team as team_store

            try:
                with self._database.sessions() as session:
                    self._signed_in = team_store.signed_in(session)
            except SQLAlchemyError:
                # The server cannot answer now; the action itself will say so.
                return self._database.url.username or os_user(), None
        return self._signed_in

    @property
    def member(self) -> TeamMember | None:
        """The team member this plan is open as (a shared plan); ``None`` on a plan file,
        and for the login that owns the shared plan (it may change everything)."""
        if self.file is not None:
            return None  # asked by every unit of work: no login to look up
        return self._login()[1]

    def forget_author(self) -> None:
        """Read the author's name afresh for the next change (Preferences changed it)."""
        self._author = None

    @property
    def location(self) -> str:
        """Where the plan lives, as shown to the user."""
        path = self._database.path
        return str(path) if path else self._database.url.render_as_string(hide_password=True)

    @property
    def file(self) -> Path | None:
        return self._database.path

    @property
    def shared(self) -> bool:
        """A care team's plan on a server (PostgreSQL), not a plan file on this computer:
        every read may wait on the network."""
        return self.file is None

    @property
    def read_only(self) -> bool:
        """The plan was opened for reading only (its file cannot be written)."""
        return self._database.read_only

    @property
    def encrypted(self) -> bool:
        """The plan's file is encrypted (see :mod:`planner.services.encryption`)."""
        return self._database.key is not None

    @property
    def key(self) -> cipher.Key | None:
        """An encrypted plan file's key, for the copies made of it (backups); never shown."""
        return self._database.key

    def reopen(self, passphrase: str | None = None) -> None:
        """Open the plan's file afresh (it was replaced by an encrypted one), as the same
        plan: everything holding this plan goes on with it."""
        url = self._database.url.render_as_string(hide_password=False)
        self._database.close()
        self._database = open_database(url, create=False, passphrase=passphrase)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Run one user action; it rolls back unless ``commit()`` was called."""
        from sqlalchemy.exc import SQLAlchemyError

        from planner.store import team as team_store
        from planner.store.change_log import RECORDING, Recording
        from planner.store.plan_store import PlanStore, RecordMissing

        with self._database.sessions() as session:
            recording = Recording(self.author, lambda: self.clock.now(), step=_STEP.get())
            session.info[RECORDING] = recording
            role = self.member.role if self.member is not None else None
            if role is Role.HELPER:
                team_store.watch_rows(session)
            work = UnitOfWork(PlanStore(session), recording)
            try:
                yield work
            except RecordMissing as missing:
                session.rollback()
                raise PlannerError(
                    translate("Errors", "The {missing} is no longer in the plan.").format(
                        missing=missing
                    )
                ) from None
            except SQLAlchemyError as error:
                if _is_stale(error):  # a row changed by someone else meanwhile
                    session.rollback()
                    if role is Role.HELPER and _refused_rows(session):
                        raise NotAllowed(refusal(role)) from None
                    raise ConflictError(CONFLICT) from None
                if is_connection_lost(error):
                    _forget(session)
                    raise ServerGone(SERVER_GONE) from None
                session.rollback()
                if is_busy(error):
                    raise Busy(CONFLICT) from None
                if team_store.refused(error):
                    raise NotAllowed(refusal(role)) from None
                if self.read_only:
                    raise ReadOnlyPlan(READ_ONLY) from None
                raise PlannerError(why_not_saved(error)) from None
            finally:
                if not work._committed:
                    _forget(session)

    @contextmanager
    def reading(self) -> Iterator[PlanReader]:
        """Read the plan without changing it: plain rows on one connection, in one
        transaction (so they agree with each other), no unit of work and no records. The
        window's start and ``care-planner week`` read this way (see
        :mod:`planner.store.reading`), a plan file by SQLite itself, without SQLAlchemy
        (:mod:`planner.store.sqlite_reading`); a change made meanwhile elsewhere shows next
        time."""
        files = self._database.file_reads
        if files is not None:
            try:
                with files.reading() as read:
                    yield read
            except cipher.errors("Error") as error:
                if is_busy(error):
                    raise Busy(CONFLICT) from None
                raise PlannerError(why_not_read(error)) from None
            return
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self._database.engine.connect() as connection, connection.begin():
                yield PlanReader.on(connection)
        except SQLAlchemyError as error:
            if is_connection_lost(error):
                raise ServerGone(SERVER_GONE) from None
            if is_busy(error):
                raise Busy(CONFLICT) from None
            raise PlannerError(why_not_read(error)) from None

    @contextmanager
    def step(self, step: str) -> Iterator[None]:
        """Name the user action the units of work inside belong to: their change records
        carry ``step`` (see :func:`saved_step`)."""
        token = _STEP.set(step)
        try:
            yield
        finally:
            _STEP.reset(token)

    def reachable(self) -> bool:
        """Whether the plan's database answers now (a shared plan's server may be away)."""
        return self._database.reachable()

    def change_signal(self) -> ChangeSignal:
        """A listener for saves made by other windows and processes (see services.watch)."""
        return self._database.change_signal()

    def upgrade_schema(self) -> None:
        """Bring the plan's schema to this version's (after its file was replaced)."""
        migrate.upgrade(self._database.engine, backup_folder=None)

    def close(self) -> None:
        self._closed = True
        while self._when_closed:
            self._when_closed.pop()()
        self._database.close()

    def when_closed(self, action: Callable[[], object]) -> None:
        """Run ``action`` as the plan closes: what holds its file open for it (a second
        process reading ahead for the window) lets go, before the file is replaced (an
        encryption) or the window ends."""
        self._when_closed.append(action)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called: a window put away may still have a late timer
        asking something of it, which it then leaves alone (a new connection would stay
        open)."""
        return self._closed


def _is_stale(error: SQLAlchemyError) -> bool:
    """Whether ``error`` is the ORM's word for a row someone changed meanwhile (a unit of
    work has loaded the ORM by the time it fails)."""
    from sqlalchemy.orm.exc import StaleDataError

    return isinstance(error, StaleDataError)


def _forget(session: Session) -> None:
    """Roll back what the session began; on a connection that broke there is nothing left to
    roll back, and the server has dropped the transaction already."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        session.rollback()
    except SQLAlchemyError:
        session.invalidate()


def saved_step(plan: Plan, step: str) -> Changes:
    """What the step ``step`` saved (nothing when it was never committed)."""
    from planner.services.changes import Changes
    from planner.store import change_log

    with plan.unit_of_work() as work:
        return Changes(tuple(change_log.of_step(work.store.session, step)))


def _refused_rows(session: Session) -> bool:
    """Whether a write that met fewer rows than expected was kept from them by the server
    (rather than beaten to them by someone else); see :func:`team_store.refused_rows`."""
    from sqlalchemy.exc import SQLAlchemyError

    from planner.store import team as team_store

    try:
        return team_store.refused_rows(session)
    except SQLAlchemyError:
        return False
    finally:
        session.rollback()


def database_url(explicit: str | None) -> str | None:
    """The URL from the command line, else from the environment, else the default file."""
    return explicit or os.environ.get(ENVIRONMENT_URL) or None


def open_plan(
    url: str | None = None,
    *,
    create: bool = True,
    clock: Clock | None = None,
    read_only: bool = False,
    passphrase: str | None = None,
) -> Plan:
    """Open the plan at ``url`` (the local file by default), migrating it if needed.

    With ``create`` false, a plan file that does not exist yet is an error rather than a
    new, empty plan. A plan file that cannot be written (or any, with ``read_only``) opens
    for reading only (:attr:`Plan.read_only`). An encrypted plan opens with its
    ``passphrase`` (a new plan given one is made encrypted). ``clock`` replaces the plan's
    own (tests, benchmarks).
    """
    database = open_database(
        database_url(url), create=create, read_only=read_only, passphrase=passphrase
    )
    return Plan(database, clock)
