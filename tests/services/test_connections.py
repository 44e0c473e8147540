"""Connecting to a shared plan on the throwaway PostgreSQL server: what a try of the server
says in plain words, and the password kept in a keyring (a test one), never elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.errors import KeyringError
from sqlalchemy import create_engine, text

from planner.domain.errors import PlannerError
from planner.services import connections
from planner.services.connections import KEYRING_SERVICE, SharedPlan, connect_url
from planner.store.migrate import VERSION_TABLE
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.postgres import PORT, Cluster
from tests.helpers.shared_plans import PASSWORD, new_shared_plan

DRIVER_WORDS = ("FATAL", "psycopg", "connection failed", "authentication", "is the server running")
"""Words of the driver's own messages, which a sentence for the user never repeats."""


def said_plainly(sentence: str | None) -> str:
    assert sentence is not None
    assert not any(word.lower() in sentence.lower() for word in DRIVER_WORDS), sentence
    return sentence


def run_sql(cluster: Cluster, database: str, *statements: str) -> None:
    engine = create_engine(cluster.url(database), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_the_right_password_opens_the_plan(shared_plan: SharedPlan) -> None:
    assert connections.test_connection(shared_plan, PASSWORD) is None

    plan = connections.open_shared(shared_plan, PASSWORD)
    try:
        assert connections.shared_plan_of(plan) == shared_plan
        assert PASSWORD not in plan.location
        assert not connections.is_local_plan(plan)
    finally:
        plan.close()


def test_a_wrong_or_missing_password_is_said(shared_plan: SharedPlan) -> None:
    wrong = said_plainly(connections.test_connection(shared_plan, "Peppermint-Tea-41"))
    assert wrong.startswith(f"The server did not accept this password for {shared_plan.login}")
    missing = said_plainly(connections.test_connection(shared_plan, ""))
    assert missing == f"The server asks a password for {shared_plan.login}; please type it."
    with pytest.raises(PlannerError) as refused:
        connections.open_shared(shared_plan, "Peppermint-Tea-41")
    assert str(refused.value) == wrong


def test_a_server_that_does_not_answer_is_said(shared_plan: SharedPlan, tmp_path: Path) -> None:
    no_server_here = SharedPlan(str(tmp_path), shared_plan.database, shared_plan.login, PORT)
    nothing_listens = SharedPlan("127.0.0.1", shared_plan.database, shared_plan.login, 1)

    for shared in (no_server_here, nothing_listens):
        assert said_plainly(connections.test_connection(shared, PASSWORD)).startswith(
            f"The server {shared.host} does not answer on port {shared.port}:"
        )


def test_a_missing_database_an_unknown_login_and_no_right_to_connect_are_said(
    shared_plan: SharedPlan, cluster: Cluster
) -> None:
    shared_plan = new_shared_plan(cluster, shared_plan.database)  # a copy to lock away
    host, login = shared_plan.host, shared_plan.login
    missing = SharedPlan(host, "no_such_plan", login, PORT)
    assert said_plainly(connections.test_connection(missing, PASSWORD)) == (
        f"There is no database no_such_plan on {host}: check the database's name."
    )
    stranger = SharedPlan(host, shared_plan.database, "nobody_we_know", PORT)
    assert said_plainly(connections.test_connection(stranger, "")).startswith(
        "The server does not let nobody_we_know in from this computer"
    )
    # A login the server knows (and trusts), kept out of this database.
    run_sql(
        cluster,
        "postgres",
        "DO $$ BEGIN CREATE ROLE care_ben LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f'REVOKE CONNECT ON DATABASE "{shared_plan.database}" FROM PUBLIC',
    )
    kept_out = SharedPlan(host, shared_plan.database, "care_ben", PORT)
    assert said_plainly(connections.test_connection(kept_out, "")) == (
        f"care_ben may not open the database {shared_plan.database}; ask whoever looks "
        "after the server."
    )


def test_a_database_without_a_plan_or_with_a_newer_one_is_said(
    cluster: Cluster, shared_plan: SharedPlan
) -> None:
    empty = new_shared_plan(cluster)
    assert said_plainly(connections.test_connection(empty, PASSWORD)).startswith(
        f"The database {empty.database} holds no Care Planner plan yet"
    )
    with pytest.raises(PlannerError, match="no Care Planner plan yet"):
        connections.open_shared(empty, PASSWORD)  # nothing is made in it by a typo

    run_sql(cluster, empty.database, "CREATE TABLE shopping (item text)")
    assert said_plainly(connections.test_connection(empty, PASSWORD)) == (
        f"The database {empty.database} holds something other than a Care Planner plan."
    )

    newer = new_shared_plan(cluster, shared_plan.database)
    run_sql(cluster, newer.database, f"UPDATE {VERSION_TABLE} SET version_num = 'f00dfeed'")
    assert said_plainly(connections.test_connection(newer, PASSWORD)).startswith(
        f"The plan in {newer.database} was saved by a newer Care Planner"
    )


def test_the_url_never_holds_the_password() -> None:
    shared = SharedPlan("server.local", "care", "ana")

    assert shared.url == "postgresql+psycopg://ana@server.local:5432/care"
    assert SharedPlan.from_url(shared.url) == shared
    with_password = connect_url(shared, "p@ss/w:rd")
    assert "p%40ss%2Fw%3Ard" in with_password
    assert SharedPlan.from_url(with_password) == shared
    socket_folder = SharedPlan("/run/postgresql", "care", "ana", 5433)
    assert SharedPlan.from_url(socket_folder.url) == socket_folder
    assert SharedPlan.from_url("sqlite:///plan.sqlite3") is None
    assert SharedPlan.from_url("not a url") is None
    assert "p@ss" not in repr(connections.SharedPlanLogin(shared, "p@ss"))


def test_the_password_is_kept_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    shared = SharedPlan("server.local", "care", "ana")

    assert connections.keyring_available()
    assert connections.stored_password(shared) is None
    assert connections.remember_password(shared, PASSWORD)
    assert memory_keyring.passwords == {(KEYRING_SERVICE, shared.url): PASSWORD}
    assert connections.stored_password(shared) == PASSWORD
    connections.forget_password(shared)
    connections.forget_password(shared)  # none kept: nothing happens
    assert memory_keyring.passwords == {}


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_nothing_is_kept() -> None:
    shared = SharedPlan("server.local", "care", "ana")

    assert not connections.keyring_available()
    assert not connections.remember_password(shared, PASSWORD)
    assert connections.stored_password(shared) is None
    connections.forget_password(shared)


def test_a_keyring_that_fails_keeps_nothing(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_: object) -> None:
        raise KeyringError("the collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    monkeypatch.setattr(memory_keyring, "get_password", locked)
    shared = SharedPlan("server.local", "care", "ana")

    assert not connections.remember_password(shared, PASSWORD)
    assert connections.stored_password(shared) is None
