"""A throwaway PostgreSQL server for the tests that need one (a shared care-team plan).

The server is started once per test run in a temporary folder, listens on a Unix socket
only, and is removed afterwards; each test gets a fresh, empty database. Without the server
binaries (Debian's postgresql-15) the tests that ask for it are skipped.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PORT = 54329
SERVER_USER = "postgres"


def server_binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    """A PostgreSQL server of our own, run as the postgres user when we are root."""

    def __init__(self, binaries: Path, folder: Path, as_user: str | None) -> None:
        self.binaries = binaries
        self.folder = folder
        self.data = folder / "data"
        self.socket = folder / "socket"
        self.as_user = as_user
        self._names = itertools.count(1)

    def run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self.socket.mkdir()
        if self.as_user:
            account = pwd.getpwnam(self.as_user)
            for path in (self.folder, self.socket):
                os.chown(path, account.pw_uid, account.pw_gid)
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SERVER_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = (
            f"-k {self.socket} -p {PORT} -c listen_addresses='' -c fsync=off "
            "-c full_page_writes=off"
        )
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@/{database}?host={self.socket}&port={PORT}"

    def new_database(self) -> str:
        """A fresh, empty database for one test; returns its URL."""
        name = f"plan_{next(self._names)}"
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return self.url(name)


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    as_user = None
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root.
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip("running as root, and there is no 'postgres' user to run the server")
        if shutil.which("runuser") is None:
            pytest.skip("running as root, and runuser is missing to start the server as postgres")
        as_user = SERVER_USER
    folder = Path(tempfile.mkdtemp(prefix="care-planner-pg-"))
    server = Cluster(binaries, folder, as_user)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(cluster: Cluster) -> str:
    return cluster.new_database()
