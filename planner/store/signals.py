"""Hearing that another window or process saved something to the plan.

On SQLite a connection of our own asks ``PRAGMA data_version``, which moves whenever any
other connection commits; on PostgreSQL a connection listens for the notification that
every unit of work writing the change log sends (delivered when it commits). Either way the
signal only says "look again"; what changed is read from the change log.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from planner.store import cipher
from planner.store.paths import read_only_uri

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

CHANNEL = "care_planner_changes"
POLL_SECONDS = 0.25
"""How often SQLite's data version is asked while waiting (a read of one page counter)."""


class ChangeSignal(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; whether the plan may have changed meanwhile."""
        ...

    def close(self) -> None: ...


class SqliteSignal:
    """Polls the data version of an SQLite plan file on a connection of its own."""

    def __init__(self, path: Path, key: cipher.Key | None = None) -> None:
        self._connection = cipher.connect(
            key, read_only_uri(path), uri=True, check_same_thread=False, isolation_level=None
        )
        self._connection.execute("PRAGMA busy_timeout = 1000")
        self._version = self._read()

    def _read(self) -> int:
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except cipher.errors("Error"):
            return -1  # busy or gone for a moment: look again at the next poll

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version and version != -1:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(POLL_SECONDS, left))

    def close(self) -> None:
        self._connection.close()


class PostgresSignal:
    """Listens for the change log's notifications on a connection of its own."""

    def __init__(self, url: URL) -> None:
        import psycopg  # only a shared plan needs the driver

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection: Any = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        for _ in self._connection.notifies(timeout=timeout, stop_after=1):
            return True
        return False

    def close(self) -> None:
        self._connection.close()
