"""The care team in the database: migration 0007 both ways, and what the server itself
lets a helper login do (grants and row-level security), whatever program asks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from planner.domain.team import Role
from planner.services import rides
from planner.services.plan import open_plan
from planner.store import migrate, team
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan


def test_the_team_migration_goes_up_and_down(engine: Engine) -> None:
    def tables() -> set[str]:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())

    migrate.upgrade(engine, backup_folder=None)
    assert "team_member" in tables()
    if engine.dialect.name == "postgresql":
        with Session(engine) as session:  # policies that name the table
            team.secure(session)
            session.commit()
    for revision in ("0006_change_log", "0007_team"):
        with engine.begin() as connection:
            step = command.downgrade if revision == "0006_change_log" else command.upgrade
            step(migrate._config(connection), revision)
        assert ("team_member" in tables()) is (revision == "0007_team")


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


@pytest.fixture
def as_ann(shared: SharedPlan) -> Iterator[Engine]:
    """A connection to the plan as Ann (a helper), bypassing the program's own checks."""
    made = create_engine(shared.cluster.url_as(shared.add("Ann Lee", Role.HELPER), shared.url))
    yield made
    made.dispose()


def run(engine: Engine, statement: str) -> int:
    with engine.begin() as connection:
        return int(connection.execute(text(statement)).rowcount)


def test_the_server_keeps_a_helper_to_their_own_rows(shared: SharedPlan, as_ann: Engine) -> None:
    mine, theirs = shared.ann_leg, shared.open_leg
    rides.set_driver(shared.owner, theirs, shared.bea)

    assert run(as_ann, "SELECT * FROM appointment") == 1  # the whole plan is read
    assert run(as_ann, f"UPDATE ride_leg SET notes = 'ok' WHERE id = {mine}") == 1
    # Bea's leg is not Ann's to change: the row is out of reach, so nothing matches.
    assert run(as_ann, f"UPDATE ride_leg SET notes = 'no' WHERE id = {theirs}") == 0
    for refused in (
        f"UPDATE ride_leg SET driver_id = {shared.bea} WHERE id = {mine}",  # given away
        f"UPDATE ride_leg SET appointment_id = 0 WHERE id = {mine}",  # moved elsewhere
        "UPDATE appointment SET title = 'Moved'",
        "DELETE FROM ride_leg",
        "INSERT INTO setting (key, value, version) VALUES ('x', 'y', 1)",
        "UPDATE team_member SET role = 'organiser'",
    ):
        with pytest.raises(ProgrammingError) as error:
            run(as_ann, refused)
        assert team.refused(error.value), refused


def test_setting_the_team_up_again_changes_nothing(shared: SharedPlan) -> None:
    shared.add("Ann Lee", Role.HELPER)
    with shared.owner.unit_of_work() as work:
        first = team.secure(work.store.session)
        again = team.secure(work.store.session)
        work.commit()

    assert first == again == team.groups(shared.database)
    assert first[Role.HELPER] == f"care_{shared.database}_helper"


def test_a_team_s_login_connects_to_its_own_plan_only(shared: SharedPlan, cluster: Cluster) -> None:
    login = shared.add("Ann Lee", Role.HELPER)
    other = cluster.new_database()
    plan = open_plan(other)
    try:
        with plan.unit_of_work() as work:  # another plan on the server, with a team
            team.secure(work.store.session)
            work.commit()
    finally:
        plan.close()
    elsewhere = create_engine(cluster.url_as(login, other))
    try:
        with pytest.raises(OperationalError, match="permission denied"), elsewhere.connect():
            pass
    finally:
        elsewhere.dispose()


def test_only_the_owner_upgrades_a_shared_plan(shared: SharedPlan) -> None:
    login = shared.add("Ann Lee", Role.HELPER)
    with shared.owner.unit_of_work() as work:  # as an earlier Care Planner left it
        work.store.session.execute(
            text("UPDATE alembic_version SET version_num = '0006_change_log'")
        )
        work.commit()

    with pytest.raises(migrate.SchemaError, match="the login that created it must open it"):
        open_plan(shared.cluster.url_as(login, shared.url))


def test_long_database_names_still_make_one_group_each() -> None:
    long = "a" * 60
    names = team.groups(long)

    assert all(len(name) <= 63 for name in names.values())
    assert names != team.groups(long[:-1] + "b")
