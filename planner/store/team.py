"""The care team of a shared plan on PostgreSQL: the logins, and what the server lets each
role change.

Each person signs in with a login of their own, a member of one of the plan's two group
roles (named after its database, since logins and roles belong to the whole server):
organisers, who may change everything, and helpers. A helper may read the whole plan and
change only these rows (row-level security; "mine" is the helper record their
``team_member`` row names):

- ``ride_leg`` and ``help_task``: a row given to them, or one nobody has yet (to claim it);
  afterwards it must be theirs, or nobody's and open again (given back);
- ``helper`` and ``helper_availability``: their own record and usual times;
- ``ride_leg_status``: the history notes of such a leg (added, or taken back by undo);
  ``change``: the change log (added to).

:func:`secure` sets all of it up and may run any number of times; everything here runs in
the caller's transaction, so a team change happens whole or not at all. Identifiers are
always quoted by the dialect, never pasted in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, String, Table, event, func, inspect, literal, select, text

from planner.domain.enums import LegStatus, TaskStatus
from planner.domain.team import Role, TeamMember

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, UOWTransaction

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)

TOUCHED = "care-planner.touched"
"""``session.info`` key: the rows (by table) a limited login's unit of work tried to change."""
INSUFFICIENT_PRIVILEGE = "42501"
"""PostgreSQL's SQLSTATE for a refused grant and for a row a policy does not allow."""
VERSION_TABLE = "alembic_version"


def _team() -> Table:
    return r.TEAM_MEMBER


_MINE = "(SELECT helper_id FROM team_member WHERE login = current_user)"
_CLAIMED = {
    "ride_leg": ("driver_id", LegStatus.NEEDED.value),
    "help_task": ("helper_id", TaskStatus.OPEN.value),
}
_HELPER_RIGHTS = {
    "ride_leg": "UPDATE",
    "help_task": "UPDATE",
    "helper": "UPDATE",
    "helper_availability": "INSERT, UPDATE, DELETE",
    "ride_leg_status": "INSERT, DELETE",
    "change": "INSERT",
}
_FIXED = {
    "ride_leg": ("id", "appointment_id", "direction"),
    "help_task": ("id", "appointment_id"),
    "helper": ("id",),
    "helper_availability": ("id", "helper_id"),
}
"""The columns a helper's UPDATE leaves alone: which appointment a ride or task serves, and
which row is which (the policies above look at the row, not at what moved)."""
_POLICED = ("ride_leg", "help_task", "helper", "helper_availability", "ride_leg_status")
"""The tables a helper may change some rows of: each has row-level security."""
_UPDATED = ("ride_leg", "help_task", "helper", "helper_availability")
"""The policed tables a helper may update or delete some rows of."""


def _helper_policies() -> dict[str, str]:
    """Each policed table's helper policy, as a ``CREATE POLICY`` tail (after ``ON t``)."""
    found = {
        table: f"FOR UPDATE TO {{helper}} USING ({column} IS NULL OR {column} = {_MINE}) "
        f"WITH CHECK ({column} = {_MINE} OR ({column} IS NULL AND status = '{open_status}'))"
        for table, (column, open_status) in _CLAIMED.items()
    }
    found["helper"] = f"FOR UPDATE TO {{helper}} USING (id = {_MINE}) WITH CHECK (id = {_MINE})"
    mine = f"helper_id = {_MINE}"
    found["helper_availability"] = f"FOR ALL TO {{helper}} USING ({mine}) WITH CHECK ({mine})"
    legs = f"leg_id IN (SELECT id FROM ride_leg WHERE driver_id IS NULL OR driver_id = {_MINE})"
    found["ride_leg_status"] = f"FOR ALL TO {{helper}} USING ({legs}) WITH CHECK ({legs})"
    return found


# ---------------------------------------------------------------- who is signed in
def signed_in(session: Session) -> tuple[str, TeamMember | None]:
    """The login of this session, and its team member (``None`` for the plan's owner or a
    login the team does not know)."""
    login = str(session.scalar(text("SELECT current_user")))
    return login, member(session, login)


def _member(row: Any) -> TeamMember:
    return TeamMember(row.login, row.name, Role(row.role), row.helper_id)


def members(session: Session) -> list[TeamMember]:
    rows = session.execute(select(_team()).order_by(_team().c.role.desc(), _team().c.name))
    return [_member(row) for row in rows]


def member(session: Session, who: str) -> TeamMember | None:
    """The member with the login or (without regard to case) the name ``who``."""
    query = select(_team()).where(
        (_team().c.login == who) | (func.lower(_team().c.name) == who.strip().lower())
    )
    row = session.execute(query.limit(1)).first()
    return _member(row) if row is not None else None


def role_exists(session: Session, login: str) -> bool:
    query = text("SELECT 1 FROM pg_roles WHERE rolname = :login")
    return session.scalar(query, {"login": login}) is not None


def may_manage(session: Session) -> bool:
    """Whether this login may change the team: a superuser, or the owner of the plan's
    tables with the right to create logins."""
    query = text(
        "SELECT r.rolsuper OR (r.rolcreaterole AND t.tableowner = current_user) "
        "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
        "AND t.schemaname = current_schema() AND t.tablename = :table"
    )
    return bool(session.scalar(query, {"table": VERSION_TABLE}))


# ---------------------------------------------------------------- setting up the server
def groups(database: str) -> dict[Role, str]:
    """The plan's two group roles (kept within PostgreSQL's 63 bytes, still one per
    database)."""
    stem = database if len(database.encode()) <= 40 else _shortened(database)
    return {role: f"care_{stem}_{role.value}" for role in Role}


def _shortened(database: str) -> str:
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{database.encode()[:30].decode(errors='ignore')}_{digest}"


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(connection: Connection, value: str) -> str:
    compiled = literal(value, String()).compile(
        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def _rights(connection: Connection, table: str) -> str:
    """A helper's rights on ``table``, an UPDATE limited to the columns it may change."""
    rights = _HELPER_RIGHTS[table]
    if table not in _FIXED:
        return rights
    columns = [
        _quote(connection, c.name)
        for c in r.Base.metadata.tables[table].columns
        if c.name not in _FIXED[table]
    ]
    return rights.replace("UPDATE", f"UPDATE ({', '.join(columns)})")


def _run(connection: Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


def secure(session: Session) -> dict[Role, str]:
    """Create the plan's group roles if missing and (again) give them their grants and row
    policies; returns the groups by role."""
    connection = session.connection()
    database, schema, owner = connection.execute(
        text(
            "SELECT current_database(), current_schema(), (SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = :table)"
        ),
        {"table": VERSION_TABLE},
    ).one()
    names = groups(database)
    for group in names.values():
        if not role_exists(session, group):
            connection.exec_driver_sql(f"CREATE ROLE {_quote(connection, group)} NOLOGIN")
    q = {role: _quote(connection, name) for role, name in names.items()}
    both = f"{q[Role.ORGANISER]}, {q[Role.HELPER]}"
    plan_tables = [table.name for table in r.Base.metadata.sorted_tables]
    everything = ", ".join(_quote(connection, t) for t in [*plan_tables, VERSION_TABLE])
    edited = ", ".join(_quote(connection, t) for t in plan_tables if t != _team().name)
    db, sc = _quote(connection, database), _quote(connection, schema)
    _run(
        connection,
        [
            # The plan is the team's: other logins on the server do not even connect.
            f"REVOKE CONNECT ON DATABASE {db} FROM PUBLIC",
            f"GRANT CONNECT ON DATABASE {db} TO {both}",
            f"GRANT USAGE ON SCHEMA {sc} TO {both}",
            # From scratch, so that a right an earlier version gave and this one does not
            # is gone (column rights go with the table's).
            f"REVOKE ALL ON {everything} FROM {both}",
            f"GRANT SELECT ON {everything} TO {both}",
            f"GRANT INSERT, UPDATE, DELETE ON {edited} TO {q[Role.ORGANISER]}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sc} TO {both}",
            *(
                f"GRANT {_rights(connection, table)} ON {_quote(connection, table)} "
                f"TO {q[Role.HELPER]}"
                for table in _HELPER_RIGHTS
            ),
        ],
    )
    if owner is not None:
        # Tables a later version adds (made by the owner, who runs the upgrades): organisers
        # change them, helpers read them, until a team command gives helpers more.
        default = f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quote(connection, owner)} IN SCHEMA {sc}"
        _run(
            connection,
            [
                f"{default} GRANT SELECT ON TABLES TO {both}",
                f"{default} GRANT INSERT, UPDATE, DELETE ON TABLES TO {q[Role.ORGANISER]}",
                f"{default} GRANT USAGE, SELECT ON SEQUENCES TO {both}",
            ],
        )
    helper_policies = _helper_policies()
    for table in _POLICED:
        on = _quote(connection, table)
        policies = {
            "care_organisers": f"FOR ALL TO {q[Role.ORGANISER]} USING (true) WITH CHECK (true)",
            "care_helpers_read": f"FOR SELECT TO {q[Role.HELPER]} USING (true)",
            "care_helpers_change": helper_policies[table].format(helper=q[Role.HELPER]),
        }
        _run(connection, [f"ALTER TABLE {on} ENABLE ROW LEVEL SECURITY"])
        for name, tail in policies.items():
            _run(
                connection,
                [f"DROP POLICY IF EXISTS {name} ON {on}", f"CREATE POLICY {name} ON {on} {tail}"],
            )
    return names


def create_login(
    session: Session, member: TeamMember, group: str, password: str | None = None
) -> None:
    """Create ``member``'s login in ``group``, with ``password`` (sent to the server only
    as its SCRAM hash) or none (for a server that signs people in another way)."""
    connection = session.connection()
    statement = f"CREATE ROLE {_quote(connection, member.login)} LOGIN"
    if password:
        statement += f" PASSWORD {_literal(connection, _hashed(connection, member, password))}"
    statement += f" IN ROLE {_quote(connection, group)}"
    connection.exec_driver_sql(statement)


def _hashed(connection: Connection, member: TeamMember, password: str) -> str:
    """The password as the server keeps it (so the clear text never reaches its logs)."""
    driver = connection.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:
        return password
    hashed = pgconn.encrypt_password(password.encode(), member.login.encode(), b"scram-sha-256")
    return cast(bytes, hashed).decode("ascii")


def add(session: Session, member: TeamMember) -> None:
    session.execute(
        _team()
        .insert()
        .values(
            login=member.login, name=member.name, role=member.role.value, helper_id=member.helper_id
        )
    )


def remove(session: Session, member: TeamMember) -> None:
    """Take ``member`` off the team and drop their login."""
    connection = session.connection()
    session.execute(_team().delete().where(_team().c.login == member.login))
    # IF EXISTS: a plan restored on another server names logins that server never had.
    connection.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote(connection, member.login)}")


# ---------------------------------------------------------------- refusals
def refused(error: BaseException) -> bool:
    """Whether the server refused a statement for lack of rights (a grant or a policy)."""
    orig = getattr(error, "orig", error)
    return getattr(orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def watch_rows(session: Session) -> None:
    """Note the rows each flush of ``session`` changes or removes (see :func:`refused_rows`)."""
    session.info[TOUCHED] = {}


def _note_touched(session: Session, _context: UOWTransaction, _instances: object) -> None:
    touched: dict[str, set[Any]] | None = session.info.get(TOUCHED)
    if touched is None:
        return
    for record in (*session.dirty, *session.deleted):
        identity = inspect(record).identity
        table = getattr(type(record), "__table__", None)
        if identity and isinstance(table, Table):
            touched.setdefault(table.name, set()).add(identity[0])


def listen() -> None:
    """Have every session note the rows it touches for :func:`refused_rows`: called once,
    as the first session is made (:meth:`planner.store.database.Database.sessions`)."""
    from sqlalchemy.orm import Session

    if not event.contains(Session, "before_flush", _note_touched):
        event.listen(Session, "before_flush", _note_touched)


def refused_rows(session: Session) -> bool:
    """After a write of ``session`` met fewer rows than it expected (and was rolled back):
    whether the server kept the login from some of the rows it changed, rather than someone
    else changing them first.

    Row-level security hides the rows an UPDATE or DELETE may not touch, so the statement
    matches none and nothing says why. ``SELECT ... FOR UPDATE`` obeys the same policies:
    a row that is there but cannot be locked is one this login may not change.
    """
    touched: dict[str, set[Any]] = session.info.get(TOUCHED) or {}
    for name, keys in touched.items():
        if name not in _UPDATED:
            return True  # a table a helper changes no row of
        table = r.Base.metadata.tables[name]
        (key,) = table.primary_key.columns
        wanted = select(key).where(key.in_(keys))
        there = set(session.scalars(wanted))
        if there - set(session.scalars(wanted.with_for_update())):
            return True
    return False
