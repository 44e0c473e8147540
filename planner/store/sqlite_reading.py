"""Reading a plan file with SQLite itself, without SQLAlchemy.

The reads of :class:`planner.store.reading.PlanReader` are SQLAlchemy Core statements
(:mod:`planner.store.statements`). ``make tables`` compiles each for SQLite once, and
writes its SQL text, its parameters and the types of its columns into
:mod:`planner.store.sqlite_statements`. Here those run on the standard library's
:mod:`sqlite3`, with each value converted to and from its column's type as SQLAlchemy's
SQLite dialect stores it (a moment as ``2026-03-11 10:00:00.000000``, a day as
``2026-03-11``, a yes or no as 1 or 0). So a plan file is read, by the window's first
paint and by ``care-planner week``, without importing SQLAlchemy (about 120 ms and
25 MiB of a start); writes still go through SQLAlchemy's unit of work.
tests/store/test_sqlite_reading.py holds both ways of reading to the same answers.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner.store import cipher, paths
from planner.store.reading import PlanReader
from planner.store.sqlite_statements import STATEMENTS

BUSY_TIMEOUT_MS = 5000
NOTHING = "(SELECT 1 FROM (SELECT 1) WHERE 1!=1)"
"""What an empty list of values is compared with (no row is in it), as SQLAlchemy says it."""


def moment_text(value: dt.date) -> str:
    """A moment as a DATETIME column holds it (a day alone is its midnight)."""
    if isinstance(value, dt.datetime):
        return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 (years under 1000)
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
        )
    return "%04d-%02d-%02d 00:00:00.000000" % (value.year, value.month, value.day)  # noqa: UP031


def day_text(value: dt.date) -> str:
    """A day as a DATE column holds it."""
    return "%04d-%02d-%02d" % (value.year, value.month, value.day)  # noqa: UP031


def time_text(value: dt.time) -> str:
    """A time of day as a TIME column holds it."""
    return "%02d:%02d:%02d.%06d" % (  # noqa: UP031
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )


TO_COLUMN: dict[str, Callable[[Any], Any]] = {
    "datetime": moment_text,
    "date": day_text,
    "time": time_text,
    "bool": int,
}
"""A parameter's value as its column's type stores it, by the type's name."""

FROM_COLUMN: dict[str, Callable[[Any], Any]] = {
    "datetime": dt.datetime.fromisoformat,
    "date": dt.date.fromisoformat,
    "time": dt.time.fromisoformat,
    "bool": bool,
}
"""A column's stored value as its type reads it, by the type's name."""


class Compiled:
    """One read's SQL, ready to run: its parameters' conversions and its columns'."""

    def __init__(self, name: str) -> None:
        sql, asked, constants, expanding, columns = STATEMENTS[name]
        self.sql: str = sql
        self.asked = [(key, TO_COLUMN.get(kind)) for key, kind in asked]
        self.constants: dict[str, Any] = dict(constants)
        self.expanding: tuple[str, ...] = expanding
        self.columns = [(n, FROM_COLUMN[kind]) for n, kind in enumerate(columns) if kind]

    def parameters(self, given: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The SQL to run for the values ``given``, and its parameters by name."""
        values = dict(self.constants)
        for key, convert in self.asked:
            value = given[key]
            if value is not None and convert is not None:
                value = [convert(v) for v in value] if key in self.expanding else convert(value)
            values[key] = value
        sql = self.sql
        for key in self.expanding:
            items = values.pop(key)
            names = [f"{key}__{n}" for n in range(len(items))]  # no name SQLAlchemy gives
            values.update(zip(names, items, strict=True))
            listed = f"({', '.join(f':{n}' for n in names)})" if names else NOTHING
            sql = sql.replace(f"(__[POSTCOMPILE_{key}])", listed)
        return sql, values

    def rows(self, found: list[Any]) -> list[Any]:
        """The rows as SQLAlchemy's would hold them: each column of its type."""
        if not self.columns:
            return found
        converted = []
        for row in found:
            values = list(row)
            for n, convert in self.columns:
                if values[n] is not None:
                    values[n] = convert(values[n])
            converted.append(values)
        return converted


_COMPILED: dict[str, Compiled] = {}


def run(connection: Any, name: str, given: dict[str, Any]) -> Sequence[Sequence[Any]]:
    """The rows of the read ``name`` with the values ``given``, on an sqlite3 connection."""
    compiled = _COMPILED.get(name)
    if compiled is None:
        compiled = _COMPILED[name] = Compiled(name)
    sql, values = compiled.parameters(given)
    return compiled.rows(connection.execute(sql, values).fetchall())


class FileReads:
    """The reads of one plan file, each on a connection of its own kept for the next
    (opening one costs more than most reads)."""

    def __init__(self, path: Path, *, read_only: bool, key: cipher.Key | None) -> None:
        self._where = paths.read_only_uri(path) if read_only else str(path)
        self._key = key
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    def _connect(self) -> Any:
        connection = cipher.connect(
            self._key, self._where, uri=True, check_same_thread=False, isolation_level=None
        )
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return connection

    @contextmanager
    def reading(self) -> Iterator[PlanReader]:
        """A reader over one connection, in one transaction (so its reads agree); SQLite's
        own errors are raised as they are (see :meth:`planner.services.plan.Plan.reading`)."""
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = self._connect()
        broken = True
        try:
            connection.execute("BEGIN")
            try:
                yield PlanReader(lambda name, given: run(connection, name, given))
            finally:
                connection.execute("COMMIT")
                broken = False
        finally:
            if broken:  # SQLite failed: the connection is not kept, whatever its state
                connection.close()
            else:
                with self._lock:
                    self._idle.append(connection)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()
