"""A throwaway PostgreSQL server for the tests that need one (a shared care-team plan).

The server is started once per test run in a temporary folder, listens on a Unix socket
only, and is removed afterwards; each test gets a fresh, empty database. Every login is
trusted but one, :data:`PASSWORD_LOGIN`, which must give its password (for the tests of
connecting to a shared plan). Without the server binaries (Debian's postgresql-15) the tests
that ask for it are skipped.
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
from sqlalchemy import create_engine, make_url, text

PORT = 54329
SERVER_USER = "postgres"
PASSWORD_LOGIN = "care_ana"
"""The one login the server asks a password of (scram-sha-256)."""


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
        # The first line that fits a connection decides: this login, and only it, needs
        # its password; the lines initdb wrote trust everyone else.
        rules = self.data / "pg_hba.conf"
        rules.write_text(
            f"local all {PASSWORD_LOGIN} scram-sha-256\n" + rules.read_text(), encoding="utf-8"
        )
        self.start_server()

    def start_server(self) -> None:
        """Start the server on the cluster made by :meth:`start` (again, after
        :meth:`stop`: a server that went away and came back)."""
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
        """Stop the server at once, as a crash or a pulled cable would (connections break)."""
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str) -> str:
        return self.url_as(SERVER_USER, database)

    def url_as(self, login: str, database: str) -> str:
        """``database`` (a name, or the URL :func:`pg_url` gave) as ``login`` signs in to it
        (the server trusts every login on its socket: no password)."""
        name = make_url(database).database if "://" in database else database
        return f"postgresql+psycopg://{login}@/{name}?host={self.socket}&port={PORT}"

    def new_database(self, owner: str = SERVER_USER, template: str = "template1") -> str:
        """A fresh database for one test, owned by ``owner``: empty, or a copy of the
        database ``template``; returns its URL."""
        name = f"plan_{next(self._names)}"
        self._run_sql(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE "{template}"')
        return self.url(name)

    def set_password(self, password: str) -> str:
        """Give :data:`PASSWORD_LOGIN` (made on first use) ``password``; returns the login."""
        self._run_sql(
            f"DO $$ BEGIN CREATE ROLE {PASSWORD_LOGIN} LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        quoted = password.replace("'", "''")
        self._run_sql(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD '{quoted}'")
        return PASSWORD_LOGIN

    def _run_sql(self, statement: str) -> None:
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()


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
