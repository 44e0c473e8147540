"""Opening a plan's database safely: checks first, then pragmas, backup and migrations.

A database that cannot be used (a bad URL, a file that is not a plan, a schema from a
newer Care Planner) raises :class:`DatabaseError` before anything is written to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError, why_not_read, why_not_written, why_sqlite_failed
from planner.domain.messages import Message, translate
from planner.store import cipher, migrate, paths
from planner.store.errors import DatabaseError as DatabaseError  # its home for callers
from planner.store.signals import ChangeSignal, PostgresSignal, SqliteSignal

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

    from planner.store.sqlite_reading import FileReads

# SQLAlchemy is imported when a plan is first written (or needs its engine for anything
# else): a plan file at this version's schema is opened and read by SQLite itself (see
# planner/store/sqlite_reading.py), so the window's first paint and `care-planner week`
# do without it.

SQLITE_HEADER = cipher.SQLITE_HEADER
BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT = 5
"""Seconds to wait for a shared plan's server to answer a new connection."""
SQLITE_BUSY = 5
"""SQLite's primary result code for "busy", shared by its extended codes (BUSY_SNAPSHOT)."""


class Database:
    """An open plan database: where it lives, its engine and a session factory (both made
    when first used), and its file's reads."""

    def __init__(
        self,
        address: str | None,
        *,
        path: Path | None,
        url: URL | None = None,
        read_only: bool = False,
        key: cipher.Key | None = None,
    ) -> None:
        self._address = address
        self.path = path
        """The SQLite file, or ``None`` for a server database."""
        if url is not None:  # already read
            self.url = url
        self.read_only = read_only
        """Opened for reading only (the file cannot be written): no save can succeed."""
        self.key = key
        """The key of an encrypted plan file (see :mod:`planner.store.cipher`)."""

    def __repr__(self) -> str:
        return f"Database({self.path or '<server>'}, read_only={self.read_only})"

    @cached_property
    def url(self) -> URL:
        """The database's address as SQLAlchemy reads it."""
        return parse_url(self._address)

    @cached_property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made on first use (a save, a backup, an upgrade)."""
        return make_engine(self.url, read_only=self.read_only, key=self.key)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The factory of the units of work's sessions, made on the first one: a plan only
        read (the window's first paint, ``care-planner week``) needs neither the ORM nor
        the records, which a session loads (see :mod:`planner.store.lazy`)."""
        from sqlalchemy.orm import sessionmaker

        from planner.store import change_log, team

        change_log.listen()  # every session records its flushes
        team.listen()
        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def file_reads(self) -> FileReads | None:
        """The reads of a plan file, run by SQLite itself (no SQLAlchemy: see
        :mod:`planner.store.sqlite_reading`); ``None`` for a server database."""
        if self.path is None:
            return None
        from planner.store.sqlite_reading import FileReads

        return FileReads(self.path, read_only=self.read_only, key=self.key)

    def change_signal(self) -> ChangeSignal:
        """A new listener for saves made elsewhere (close it when done)."""
        if self.path is not None:
            return SqliteSignal(self.path, self.key)
        return PostgresSignal(self.url)

    def close(self) -> None:
        reads = self.__dict__.get("file_reads")  # made only when a read asked for it
        if reads is not None:
            reads.close()
        engine = self.__dict__.get("engine")
        if engine is not None:
            engine.dispose()

    def reachable(self) -> bool:
        """Whether the database answers a trivial question now."""
        if self.file_reads is not None:
            try:
                with self.file_reads.reading() as read:
                    read.last_seq()
            except cipher.errors("Error"):
                return False
            return True
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except SQLAlchemyError:
            return False
        return True


def sqlite_path(url: URL) -> Path | None:
    """The SQLite file ``url`` names, or ``None`` for a server database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def parse_url(text: str | None) -> URL:
    """The URL the user asked for, or the local file in the user's data folder."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if not text:
        return URL.create("sqlite", database=str(paths.default_database_path()))
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseError(
            translate(
                "Errors", "'{text}' is not a database URL; use e.g. sqlite:///path/plan.sqlite3"
            ).format(text=text)
        ) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            translate(
                "Errors", "Care Planner keeps plans in SQLite or PostgreSQL, not '{kind}'."
            ).format(kind=url.get_backend_name())
        )
    if url.get_backend_name() == "sqlite" and sqlite_path(url) is None:
        raise DatabaseError(
            translate("Errors", "An SQLite plan needs a file: sqlite:///path/plan.sqlite3")
        )
    if url.drivername == "postgresql":
        # The driver Care Planner installs (the ``postgres`` extra), whatever the
        # SQLAlchemy version would pick by default.
        url = url.set(drivername="postgresql+psycopg")
    return url


def check_plan_file(path: Path, key: cipher.Key | None = None) -> str | None:
    """Refuse, without writing to it, a file that cannot hold a plan this program knows.

    Returns the file's schema revision, or ``None`` for a new (missing or empty) file.
    An encrypted plan file is read with ``key``; without one it is refused.
    """
    if path.is_dir():
        raise DatabaseError(
            translate("Errors", "{path} is a folder, not a plan file.").format(path=path)
        )
    if not path.exists():
        folder = path.parent
        if folder.exists() and not folder.is_dir():
            raise DatabaseError(
                translate("Errors", "{folder} is not a folder.").format(folder=folder)
            )
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            translate("Errors", "{path} cannot be read: {why}.").format(
                path=path, why=why_not_read(error)
            )
        ) from None
    if not header:
        return None  # an empty file: a new plan
    if header != SQLITE_HEADER and not cipher.looks_encrypted(path):
        raise DatabaseError(
            translate("Errors", "{path} is not a Care Planner database.").format(path=path)
        )
    if header != SQLITE_HEADER and key is None:
        raise cipher.locked(path)
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    existed = {p for p in side_files if p.exists()}
    try:
        with contextlib.closing(
            cipher.connect(key, paths.read_only_uri(path), uri=True)
        ) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if migrate.VERSION_TABLE in tables:
                row = connection.execute(
                    f"SELECT version_num FROM {migrate.VERSION_TABLE}"
                ).fetchone()
                revision = row[0] if row else None
    except cipher.errors("Error"):
        # SQLite's own words are not shown: the file is damaged, or not a plan at all.
        raise DatabaseError(
            translate("Errors", "{path} cannot be opened as a plan.").format(path=path)
        ) from None
    finally:
        for side in side_files:
            if side not in existed:
                _remove_if_empty(side)
    if tables and migrate.VERSION_TABLE not in tables:
        raise DatabaseError(
            translate(
                "Errors", "{path} is an SQLite file, but not a Care Planner database."
            ).format(path=path)
        )
    if revision is None and tables - {migrate.VERSION_TABLE}:
        # Records without the note of which layout they have: upgrading would guess.
        raise DatabaseError(
            translate(
                "Errors",
                "{path} holds a plan that does not say which version wrote it (it is damaged); "
                "it was left as it is. Restore a backup (care-planner restore FILE).",
            ).format(path=path)
        )
    migrate.check_known(revision, str(path))
    return revision


def _prepare_sqlite_file(path: Path) -> None:
    """Create a new plan file (and its folder) with owner-only access."""
    try:
        paths.make_private_folder(path.parent)
        if path.parent == paths.data_folder():
            # Care Planner's own folder is private even if something loosened it; a folder
            # the user chose for a plan is theirs to set.
            path.parent.chmod(paths.PRIVATE_FOLDER)
        if not path.exists():
            paths.make_private_file(path)
    except OSError as error:
        raise DatabaseError(
            translate("Errors", "Cannot create {path}: {why}.").format(
                path=path, why=why_not_written(error)
            )
        ) from None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Our own transaction control (see _begin) so that DDL in migrations is transactional
    # too; pysqlite would otherwise commit silently before each schema change.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted text (a journal note, a phone number) is overwritten, not left in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: URL, *, read_only: bool = False, key: cipher.Key | None = None) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError
    from sqlalchemy.pool import NullPool

    try:
        if url.get_backend_name() == "sqlite":
            if key is not None:
                engine = _encrypted_engine(url, key, read_only=read_only)
            elif read_only:
                path = sqlite_path(url)
                assert path is not None
                uri = paths.read_only_uri(path)
                engine = create_engine(
                    "sqlite://",
                    creator=lambda: sqlite3.connect(uri, uri=True),
                    poolclass=NullPool,
                )
                event.listen(engine, "connect", _sqlite_read_only_pragmas)
            else:
                # Connections are kept open between units of work (SQLAlchemy's pool):
                # opening one and closing it (a checkpoint of the log) cost a save 2 ms.
                engine = create_engine(url)
                event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _begin)
        else:
            # A server that does not answer is said within seconds, not minutes.
            engine = create_engine(
                url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT}
            )
    except (ArgumentError, NoSuchModuleError, ImportError):
        raise DatabaseError(
            translate(
                "Errors",
                "Cannot use {url}: Care Planner has no way to reach that database here "
                "(its driver is not installed, or the address is wrong).",
            ).format(url=_shown(url))
        ) from None
    return engine


def _encrypted_engine(url: URL, key: cipher.Key, *, read_only: bool) -> Engine:
    """An engine over an encrypted plan file: each connection is keyed first, then gets
    the same pragmas as a plain plan's."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    path = sqlite_path(url)
    assert path is not None
    where = paths.read_only_uri(path) if read_only else str(path)
    engine = create_engine(
        "sqlite://",
        module=cipher.driver(),  # SQLCipher's errors are the ones SQLAlchemy wraps
        creator=lambda: cipher.connect(key, where, uri=True, check_same_thread=False),
        poolclass=NullPool,
    )
    event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
    return engine


def open_database(
    text: str | None,
    *,
    migrate_schema: bool = True,
    create: bool = True,
    read_only: bool = False,
    passphrase: str | None = None,
) -> Database:
    """Open and migrate the plan database named by ``text``.

    A missing SQLite file is created as a new plan, unless ``create`` is false. A plan file
    this program may not write (or any, with ``read_only``) is opened for reading only.
    An encrypted plan file opens with its ``passphrase``; a new file given one becomes an
    encrypted plan (a plain plan does not need it).
    """
    path = plain_file(text)
    url = None
    if path is None:
        url = parse_url(text)
        path = sqlite_path(url)
    key = None
    if path is not None:
        if (not create or read_only) and not path.exists():
            raise DatabaseError(
                translate("Errors", "There is no plan at {path}.").format(path=path)
            )
        key = cipher.unlock(path, passphrase)
        revision = check_plan_file(path, key)
        read_only = read_only or (path.exists() and not paths.writable(path))
        if read_only:
            return _open_read_only(text, path, revision, key)
        _prepare_sqlite_file(path)
        if revision == migrate.head() or not migrate_schema:
            # Nothing to upgrade: the engine waits for the first write.
            paths.tighten(path, Path(f"{path}-wal"), Path(f"{path}-shm"))
            return Database(text, path=path, key=key)
    elif read_only:
        raise DatabaseError(
            translate("Errors", "Only a plan file on this computer can be opened read-only.")
        )
    from sqlalchemy.exc import SQLAlchemyError

    database = Database(text, path=path, url=url, key=key)
    engine = database.engine
    failures: tuple[type[Exception], ...] = (SQLAlchemyError, *cipher.errors("Error"))
    try:
        if migrate_schema:
            migrate.upgrade(
                engine, backup_folder=paths.backup_folder(path) if path else None, key=key
            )
    except PlannerError:
        engine.dispose()
        raise
    except failures as error:
        engine.dispose()
        raise DatabaseError(
            translate("Errors", "Cannot open the plan at {url}: {why}.").format(
                url=_shown(database.url), why=_why_not_opened(error)
            )
        ) from None
    if path is not None:
        paths.tighten(path, Path(f"{path}-wal"), Path(f"{path}-shm"))
    return database


def _remove_if_empty(side: Path) -> None:
    """Remove ``side``, a side file of the plan file the check made, if it holds nothing.
    Another process opening the plan at the same moment (the window's copy working out its
    first week, see planner/services/early_week.py) may have removed it first."""
    with contextlib.suppress(FileNotFoundError):
        if side.stat().st_size == 0:
            side.unlink(missing_ok=True)


def plain_file(text: str | None) -> Path | None:
    """The plan file of the default address (``None``) or of a plain ``sqlite:///`` one,
    found without SQLAlchemy (as :func:`parse_url` and :func:`sqlite_path` find it); ``None``
    for anything else, which :func:`parse_url` reads."""
    if not text:
        return paths.default_database_path().expanduser().resolve()
    prefix = "sqlite:///"
    database = text[len(prefix) :]
    if not text.startswith(prefix) or not database or database == ":memory:":
        return None
    if any(sign in database for sign in "?#%@"):
        return None  # a query, or quoting: SQLAlchemy's to read
    return Path(database).expanduser().resolve()


def _open_read_only(
    address: str | None, path: Path, revision: str | None, key: cipher.Key | None = None
) -> Database:
    """The plan file at ``path``, for reading only: it must already be at this version's
    schema (an upgrade would have to write it)."""
    if revision is None:
        raise DatabaseError(
            translate("Errors", "{path} cannot be written, and it holds no plan yet.").format(
                path=path
            )
        )
    if revision != migrate.head():
        raise DatabaseError(
            translate(
                "Errors",
                "{path} cannot be written, and it was saved by an earlier Care Planner: it must "
                "be upgraded before it can be opened, which writes to it. Copy it to a folder "
                "of yours and open the copy.",
            ).format(path=path)
        )
    return Database(address, path=path, read_only=True, key=key)


def is_connection_lost(error: BaseException) -> bool:
    """Whether ``error`` means the shared plan's server could not be reached, or the line to
    it broke (rather than the server refusing what was asked)."""
    if getattr(error, "connection_invalidated", False):  # SQLAlchemy's DBAPIError
        return True
    orig = getattr(error, "orig", None)
    if orig is None or not type(orig).__module__.startswith("psycopg"):
        return False
    state = getattr(orig, "sqlstate", None)
    if state is None:  # the driver's own: no server answered at all
        return type(orig).__name__ == "OperationalError"
    # connection exceptions; the server shutting down or starting up
    return state.startswith("08") or state in ("57P01", "57P02", "57P03")


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` means another action was saving to the plan at the same moment.

    On SQLite (WAL) a write whose snapshot is out of date fails at once with
    SQLITE_BUSY_SNAPSHOT, before the version counter could be compared, and a write that
    waited out the busy timeout fails with SQLITE_BUSY ("database is locked"). Either way
    nothing was written, and the action can simply run again.
    """
    code = sqlite_code(error)
    return code is not None and code & 0xFF == SQLITE_BUSY


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's result code behind ``error`` (SQLite's own error, or SQLAlchemy's around
    one), or ``None``."""
    return getattr(getattr(error, "orig", error), "sqlite_errorcode", None)


def _why_not_opened(error: BaseException) -> Message:
    """Why a plan could not be opened or upgraded, in the program's words (never the
    driver's): the disk's trouble, a server out of reach, or the database's refusal."""
    orig = getattr(error, "orig", error)
    disk = why_sqlite_failed(sqlite_code(error))
    if disk is not None:
        return disk
    if type(orig).__module__.startswith("psycopg"):  # the server's own words are not shown
        return translate(
            "Errors",
            "the server could not be reached, or it refused the login, its password or the "
            "database's name",
        )
    return translate("Errors", "the database refused it")


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)
