"""Schema migrations with Alembic, run at start after a backup of the existing file.

SQLite trap: a batch migration recreates a table, and with ``foreign_keys=ON`` dropping
the old parent table silently deletes its children through ON DELETE CASCADE. So on
SQLite the migrations run with foreign keys off (switched outside the transaction), and
``PRAGMA foreign_key_check`` must come back clean before they are committed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.clock import Clock
from planner.domain.messages import Message, translate
from planner.store import cipher, paths
from planner.store.errors import DatabaseError

VERSION_TABLE = "alembic_version"
SCRIPTS = Path(__file__).with_name("migrations")


class SchemaError(DatabaseError):
    """The database's schema is one this Care Planner cannot work with."""


if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# Alembic (and Mako under it) is imported only when a migration really runs: opening a
# plan that is already current reads the revision with one query and the scripts' own
# ``revision``/``down_revision`` lines, which keeps it out of start-up. So are the backup
# made before a migration and the search index repaired after it (the records' mapping).


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


# A top-level ``revision = "0012_x"`` (or ``down_revision: str | None = None``) line, and a
# value that is one quoted revision id; anything else (None, a tuple of a merge) follows none.
_ASSIGNED = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>[^\n#]*)", re.MULTILINE
)
_QUOTED = re.compile(r"""^(?:"([^"\\]*)"|'([^'\\]*)')\s*$""")


def _script_revisions() -> dict[str, str | None]:
    """Each migration script's revision with the revision it follows (``None`` for the
    first, or for a merge of several)."""
    scripts = tuple(sorted((SCRIPTS / "versions").glob("*.py")))
    return _revisions_of(scripts)


@cache
def _revisions_of(scripts: tuple[Path, ...]) -> dict[str, str | None]:
    """The revisions of the migration ``scripts``, read once per process (a script added
    or taken away is another set of scripts, read afresh).

    Read from the scripts' own top-level ``revision = "..."`` and ``down_revision = ...``
    lines as text: parsing the scripts (as Python) at every open cost a command 8 to 14 ms,
    and loading Alembic for it much more. A test holds this to Alembic's own reading."""
    found: dict[str, str | None] = {}
    for script in scripts:
        names: dict[str, str | None] = {}
        for line in _ASSIGNED.finditer(script.read_text(encoding="utf-8")):
            quoted = _QUOTED.match(line["value"].strip())
            names[line["name"]] = (quoted[1] or quoted[2]) if quoted else None
        revision = names.get("revision")
        if revision:
            found[revision] = names.get("down_revision")
    return found


def head() -> str:
    """The newest revision: the one no other script follows."""
    revisions = _script_revisions()
    (newest,) = set(revisions) - {down for down in revisions.values() if down}
    return newest


def known_revisions() -> set[str]:
    return set(_script_revisions())


def current(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def check_known(revision: str | None, where: str | Message) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaError(
            translate(
                "Errors",
                "{where} was saved by a newer Care Planner (schema {revision}); "
                "please update Care Planner to open it.",
            ).format(where=where, revision=revision)
        )


def upgrade(engine: Engine, *, backup_folder: Path | None, key: cipher.Key | None = None) -> bool:
    """Bring the schema to the newest revision; returns whether anything ran. The backup
    made first of an encrypted plan is encrypted with its ``key``."""
    with engine.connect() as connection:
        revision = current(connection)
    check_known(revision, translate("Errors", "This plan"))
    if revision == head():
        return False
    _check_may_upgrade(engine, revision)
    if revision is not None and backup_folder is not None:
        from planner.store import backup

        stamp = Clock.from_environment().now().strftime("%Y%m%d-%H%M%S")
        name = f"before-upgrade-{revision}-{stamp}.sqlite3"
        backup.backup_engine(engine, paths.unused(backup_folder / name), key=key)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Must happen outside any transaction, or SQLite ignores it.
            _sqlite_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                from alembic import command

                from planner.store import search

                command.upgrade(_config(connection), "head")
                # A migration that recreates a table drops its search triggers with it.
                search.repair(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(
                            translate(
                                "Errors",
                                "The upgrade would break {count} links between records; "
                                "nothing was changed.",
                            ).format(count=len(broken))
                        )
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, on=True)
    return True


def _check_may_upgrade(engine: Engine, revision: str | None) -> None:
    """A shared plan is upgraded by the login that owns it (and so every table); a team
    member's window says so, rather than trying and being refused."""
    if revision is None or engine.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    with engine.connect() as connection:
        owner = connection.execute(
            text(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                "WHERE schemaname = current_schema() AND tablename = :table"
            ),
            {"table": VERSION_TABLE},
        ).scalar()
    if not owner:
        raise SchemaError(
            translate(
                "Errors",
                "This shared plan was saved by an earlier Care Planner: the login that created "
                "it must open it once with this version before the team can.",
            )
        )


def _sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
