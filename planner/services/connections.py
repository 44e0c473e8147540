"""A shared plan on a PostgreSQL server: where it is, trying the connection, opening it,
and keeping its password in the system's keyring (never in a file of ours).

A :class:`SharedPlan` and its URL never hold the password; only :func:`connect_url`, used
to open, puts it in. The ``keyring`` package is imported when a password is kept or looked
for, never when a local plan opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError
from planner.domain.messages import Message, translate
from planner.services.plan import Plan, open_plan
from planner.store import server
from planner.store.paths import default_database_path

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DEFAULT_PORT = 5432
CONNECT_TIMEOUT = 10
"""Seconds to wait for a server to answer before saying it does not."""
KEYRING_SERVICE = "Care Planner"
"""The service the passwords are kept under in the keyring (each under its plan's URL)."""


@dataclass(frozen=True)
class SharedPlan:
    """Where a shared plan is and who opens it; ``host`` is a server's name or address,
    or the folder of a server's Unix socket on this computer."""

    host: str
    database: str
    login: str
    port: int = DEFAULT_PORT

    @property
    def on_this_computer(self) -> bool:
        """Whether ``host`` is the folder of a server's Unix socket."""
        return self.host.startswith("/")

    @property
    def url(self) -> str:
        """The plan's URL, without a password: what is remembered and shown."""
        return server.server_url(self.host, self.port, self.database, self.login).render_as_string()

    @classmethod
    def from_url(cls, text: str) -> SharedPlan | None:
        """The shared plan a URL names (a password in it is left out); ``None`` for a URL
        that names no plan on a PostgreSQL server."""
        found = server.read_server_url(text)
        if found is None:
            return None
        host, port, database, login = found
        return cls(host, database, login, port)


@dataclass(frozen=True)
class SharedPlanLogin:
    """A shared plan with the password it opens with (kept out of ``repr``)."""

    shared: SharedPlan
    password: str = field(repr=False)


def connect_url(shared: SharedPlan, password: str) -> str:
    """The URL that opens ``shared``, password included: only for opening, never kept."""
    return _url(shared, password).render_as_string(hide_password=False)


def _url(shared: SharedPlan, password: str) -> URL:
    return server.server_url(
        shared.host,
        shared.port,
        shared.database,
        shared.login,
        password or None,
        timeout=CONNECT_TIMEOUT,
    )


def _sentence(refusal: server.Refusal, shared: SharedPlan) -> Message:
    host, port, database, login = shared.host, shared.port, shared.database, shared.login
    if refusal is server.Refusal.NO_DRIVER:
        return translate(
            "Errors",
            "This Care Planner was installed without the PostgreSQL driver (psycopg); "
            "install it (the postgres extra) to open a shared plan.",
        )
    if refusal is server.Refusal.NAME_UNKNOWN:
        return translate(
            "Errors",
            "No server named {host} was found: check the server's name, and that this "
            "computer is on the network.",
        ).format(host=host)
    if refusal is server.Refusal.UNREACHABLE:
        return translate(
            "Errors",
            "The server {host} does not answer on port {port}: check the server's name "
            "and port, and that this computer is on its network.",
        ).format(host=host, port=str(port))
    if refusal is server.Refusal.NEEDS_PASSWORD:
        return translate(
            "Errors", "The server asks a password for {login}; please type it."
        ).format(login=login)
    if refusal is server.Refusal.WRONG_PASSWORD:
        return translate(
            "Errors",
            "The server did not accept this password for {login}: check the login and "
            "the password.",
        ).format(login=login)
    if refusal is server.Refusal.LOGIN_REFUSED:
        return translate(
            "Errors",
            "The server does not let {login} in from this computer: check the login, or "
            "ask whoever looks after the server.",
        ).format(login=login)
    if refusal is server.Refusal.NO_SUCH_DATABASE:
        return translate(
            "Errors", "There is no database {database} on {host}: check the database's name."
        ).format(database=database, host=host)
    if refusal is server.Refusal.NO_ACCESS:
        return translate(
            "Errors",
            "{login} may not open the database {database}; ask whoever looks after the server.",
        ).format(login=login, database=database)
    if refusal is server.Refusal.CANNOT_READ:
        return translate(
            "Errors",
            "{login} may not read the plan in {database}; ask whoever looks after the server.",
        ).format(login=login, database=database)
    if refusal is server.Refusal.NO_PLAN_YET:
        return translate(
            "Errors",
            "The database {database} holds no Care Planner plan yet; whoever looks after "
            "the server sets it up first.",
        ).format(database=database)
    if refusal is server.Refusal.NOT_A_PLAN:
        return translate(
            "Errors", "The database {database} holds something other than a Care Planner plan."
        ).format(database=database)
    if refusal is server.Refusal.NEWER_PLAN:
        return translate(
            "Errors",
            "The plan in {database} was saved by a newer Care Planner; please update Care "
            "Planner to open it.",
        ).format(database=database)
    return translate(
        "Errors",
        "The server {host} did not open the plan {database}; whoever looks after the "
        "server can see why in its log.",
    ).format(host=host, database=database)


def connection_problem(shared: SharedPlan, password: str) -> Message | None:
    """Try the server: ``None`` when the plan opens with this login and password, else a
    plain sentence saying why not (never the driver's words), to render for the reader."""
    refusal = server.probe(_url(shared, password), CONNECT_TIMEOUT)
    return None if refusal is None else _sentence(refusal, shared)


def test_connection(shared: SharedPlan, password: str) -> str | None:
    """:func:`connection_problem` in English (``None`` when the plan opens)."""
    problem = connection_problem(shared, password)
    return None if problem is None else str(problem)


def open_shared(shared: SharedPlan, password: str) -> Plan:
    """Open the shared plan, or raise a :class:`PlannerError` saying plainly why not."""
    problem = connection_problem(shared, password)
    if problem is not None:
        raise PlannerError(problem)
    try:
        return open_plan(connect_url(shared, password))
    except PlannerError:
        raise PlannerError(_sentence(server.Refusal.REFUSED, shared)) from None


def shared_plan_of(plan: Plan) -> SharedPlan | None:
    """The shared plan ``plan`` is, or ``None`` for a plan file."""
    return None if plan.file is not None else SharedPlan.from_url(plan.location)


def local_plan_url() -> str:
    """The URL of the plan file in the user's data folder (whatever else was asked at start)."""
    return f"sqlite:///{default_database_path()}"


def is_local_plan(plan: Plan) -> bool:
    """Whether ``plan`` is the plan file in the user's data folder (the default one)."""
    return plan.file is not None and plan.file == default_database_path().resolve()


# -- the password, in the system's keyring ---------------------------------------------
def _keyring() -> Any | None:
    """The keyring module, if a keyring that keeps secrets safely is there; else ``None``
    (none at all, keyring's "null" one, or one that writes them in plain text)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as if there were none
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if "plaintext" in type(backend).__name__.lower():  # keyrings.alt's file in the clear
        return None
    return keyring


def keyring_available() -> bool:
    """Whether this computer has a keyring to keep a password in."""
    return _keyring() is not None


def remember_password(shared: SharedPlan, password: str) -> bool:
    """Keep the password in the keyring; False when it could not be kept."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, shared.url, password)
    except Exception:  # a locked or broken keyring fails in its own ways
        return False
    return True


def stored_password(shared: SharedPlan) -> str | None:
    """The password kept for ``shared``, or ``None`` (none kept, or no usable keyring)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, shared.url)
    except Exception:  # a locked or broken keyring: as if nothing were kept
        return None
    return found if isinstance(found, str) else None


def forget_password(shared: SharedPlan) -> None:
    """Remove a kept password (nothing happens when none is kept)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, shared.url)
    except Exception:  # none kept, or a locked keyring: nothing to remove now
        return
