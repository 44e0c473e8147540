"""Reaching the PostgreSQL server of a shared plan, and why it could not be reached.

The driver says why a connection failed only in the server's words (in the server's
language), never with a code: the SQLSTATE of a refused login stays inside libpq. So the
reason is found by kind instead, one question at a time: does anything answer at that
address, did the server ask for the password, does the same login get into the server's
own database, and what does the server say about the database asked for.
"""

from __future__ import annotations

import importlib.util
import socket
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from planner.store import migrate

DRIVER = "postgresql+psycopg"
MAINTENANCE_DATABASE = "postgres"
"""The database every PostgreSQL server has: where a login's own access is tried."""


class Refusal(Enum):
    """Why a shared plan cannot be opened, by kind."""

    NO_DRIVER = "no-driver"
    NAME_UNKNOWN = "name-unknown"
    UNREACHABLE = "unreachable"
    NEEDS_PASSWORD = "needs-password"
    WRONG_PASSWORD = "wrong-password"
    LOGIN_REFUSED = "login-refused"
    NO_SUCH_DATABASE = "no-such-database"
    NO_ACCESS = "no-access"
    CANNOT_READ = "cannot-read"
    NO_PLAN_YET = "no-plan-yet"
    NOT_A_PLAN = "not-a-plan"
    NEWER_PLAN = "newer-plan"
    REFUSED = "refused"


# What the server's SQLSTATE means, where the driver passes one on.
SQLSTATES = {
    "28P01": Refusal.WRONG_PASSWORD,
    "28000": Refusal.LOGIN_REFUSED,
    "3D000": Refusal.NO_SUCH_DATABASE,
    "42501": Refusal.NO_ACCESS,
}


def server_url(
    host: str,
    port: int,
    database: str,
    login: str,
    password: str | None = None,
    *,
    timeout: int | None = None,
) -> URL:
    """The URL of a plan on a PostgreSQL server; ``host`` may be the folder of the
    server's Unix socket. ``timeout``: seconds to wait for the server to answer."""
    query = {"connect_timeout": str(timeout)} if timeout else {}
    if host.startswith("/"):
        query |= {"host": host, "port": str(port)}
        return URL.create(DRIVER, username=login, password=password, database=database, query=query)
    return URL.create(
        DRIVER,
        username=login,
        password=password,
        host=host,
        port=port,
        database=database,
        query=query,
    )


def server_of(url: URL) -> tuple[str, int, str, str] | None:
    """The host, port, database and login of a PostgreSQL URL (``None`` for another)."""
    if url.get_backend_name() != "postgresql":
        return None
    host = url.host or _one(url.query.get("host"))
    port_text = url.port or _one(url.query.get("port")) or 5432
    try:
        port = int(port_text)
    except ValueError:
        return None
    if not (host and url.database and url.username):
        return None
    return host, port, url.database, url.username


def read_server_url(text: str) -> tuple[str, int, str, str] | None:
    """:func:`server_of` for a URL as text (``None`` for text that is no URL)."""
    try:
        return server_of(make_url(text))
    except (ArgumentError, ValueError):
        return None


def _one(value: str | tuple[str, ...] | None) -> str:
    if isinstance(value, tuple):
        return value[0] if value else ""
    return value or ""


def probe(url: URL, timeout: float) -> Refusal | None:
    """Why the plan at ``url`` (with its password) cannot be opened, or ``None`` when it
    can: the server lets the login in, and the database holds a plan this version knows
    (perhaps an older one, which opening upgrades)."""
    if importlib.util.find_spec("psycopg") is None:
        return Refusal.NO_DRIVER
    found = server_of(url)
    if found is None:
        return Refusal.REFUSED
    host, port, _, _ = found
    unreachable = _reach(host, port, timeout)
    if unreachable is not None:
        return unreachable
    try:
        with _connect(url) as connection:
            return _plan_in(connection)
    except DBAPIError as error:
        return _why_refused(url, error)
    except SQLAlchemyError:
        return Refusal.REFUSED


def _reach(host: str, port: int, timeout: float) -> Refusal | None:
    """Whether anything answers at the server's address (before any login is tried)."""
    try:
        if host.startswith("/"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
                unix.settimeout(timeout)
                unix.connect(str(Path(host) / f".s.PGSQL.{port}"))
            return None
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return Refusal.NAME_UNKNOWN
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError:
        return Refusal.UNREACHABLE
    return None


def _connect(url: URL) -> Connection:
    engine = create_engine(url, poolclass=NullPool)
    try:
        return engine.connect()
    finally:
        engine.dispose()  # NullPool: the connection closes when it is given back


def _plan_in(connection: Connection) -> Refusal | None:
    """What the database holds: a plan this version opens, or why not."""
    try:
        revision = migrate.current(connection)
        if revision is None:
            tables = inspect(connection).get_table_names()
            return Refusal.NOT_A_PLAN if tables else Refusal.NO_PLAN_YET
    except DBAPIError as error:
        refusal = SQLSTATES.get(_sqlstate(error) or "")
        return Refusal.CANNOT_READ if refusal is Refusal.NO_ACCESS else Refusal.REFUSED
    return None if revision in migrate.known_revisions() else Refusal.NEWER_PLAN


def _why_refused(url: URL, error: DBAPIError) -> Refusal:
    """Why a server that answers did not let the login into the database."""
    known = SQLSTATES.get(_sqlstate(error) or "")
    if known is not None:
        return known
    attempt: Any = getattr(error.orig, "pgconn", None)
    if attempt is not None and attempt.needs_password:
        return Refusal.NEEDS_PASSWORD
    used_password = attempt is not None and bool(attempt.used_password)
    if url.database == MAINTENANCE_DATABASE:
        return Refusal.WRONG_PASSWORD if used_password else Refusal.LOGIN_REFUSED
    # The same login, into the database every server has: if it gets in, the login is
    # fine and the server can say what is wrong with the database asked for.
    try:
        with _connect(url.set(database=MAINTENANCE_DATABASE)) as connection:
            row = connection.execute(
                text(
                    "SELECT has_database_privilege(oid, 'CONNECT') FROM pg_database "
                    "WHERE datname = :name"
                ),
                {"name": url.database},
            ).first()
    except SQLAlchemyError:
        return Refusal.WRONG_PASSWORD if used_password else Refusal.LOGIN_REFUSED
    if row is None:
        return Refusal.NO_SUCH_DATABASE
    return Refusal.REFUSED if row[0] else Refusal.NO_ACCESS


def _sqlstate(error: DBAPIError) -> str | None:
    code = getattr(error.orig, "sqlstate", None)
    return code if isinstance(code, str) else None
