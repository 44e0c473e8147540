"""The shared care-team database: the same schema, migrations and conflicts on PostgreSQL
(on the throwaway server of tests/helpers/postgres.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.domain.enums import LegDirection, LegStatus
from planner.domain.errors import PlannerError
from planner.domain.gaps import RIDE_NOT_CONFIRMED
from planner.services import lists
from planner.services.backups import back_up
from planner.services.demo import fill_demo
from planner.services.plan import ConflictError, Plan, open_plan
from planner.services.week import check, week
from planner.store import migrate
from planner.store.database import DatabaseError, make_engine, open_database, parse_url
from tests.conftest import TODAY, TREATMENT
from tests.helpers.postgres import Cluster


@pytest.fixture
def pg_plan(pg_url: str) -> Iterator[Plan]:
    opened = open_plan(pg_url)
    yield opened
    opened.close()


def test_a_new_database_is_migrated_to_head(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        with database.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
            tables = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
        assert {"appointment", "ride_leg", "helper", "alembic_version"} <= tables
        assert database.path is None
    finally:
        database.close()
    engine = make_engine(parse_url(pg_url))
    try:
        assert migrate.upgrade(engine, backup_folder=None) is False
    finally:
        engine.dispose()


def test_the_demo_week_and_check_match_the_local_plan(pg_plan: Plan, demo_plan: Plan) -> None:
    fill_demo(pg_plan)

    # The week of the demo's next chemotherapy, with its one gap: the ride home, only asked.
    shared = week(pg_plan, TREATMENT, today=TODAY)
    local = week(demo_plan, TREATMENT, today=TODAY)

    assert [(g.kind, g.date) for g in shared.gaps] == [(RIDE_NOT_CONFIRMED, TREATMENT)]
    assert shared == local
    assert check(pg_plan, weeks=4, today=TODAY) == check(demo_plan, weeks=4, today=TODAY)
    assert lists.helpers(pg_plan) == lists.helpers(demo_plan)


def leg_id_of(plan: Plan) -> int:
    """The demo's ride home from its next chemotherapy (on TREATMENT)."""
    legs, _, _ = lists.legs(plan, TODAY)
    (found,) = [
        leg.id
        for leg in legs
        if leg.pickup_time.date() == TREATMENT and leg.direction is LegDirection.BACK
    ]
    assert found is not None
    return found


def test_two_caregivers_editing_one_leg_the_second_gets_a_conflict(pg_plan: Plan) -> None:
    fill_demo(pg_plan)
    leg_id = leg_id_of(pg_plan)

    with pytest.raises(ConflictError), pg_plan.unit_of_work() as slow:
        slow.store.leg(leg_id)
        with pg_plan.unit_of_work() as quick:
            quick.store.set_leg(leg_id, status=LegStatus.CONFIRMED)
            quick.commit()
        slow.store.set_leg(leg_id, status=LegStatus.CANCELLED)
        slow.commit()

    with pg_plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.CONFIRMED


def test_a_refused_save_is_a_planner_error(pg_plan: Plan) -> None:
    fill_demo(pg_plan)
    leg_id = leg_id_of(pg_plan)

    with pytest.raises(PlannerError, match="could not be saved"), pg_plan.unit_of_work() as work:
        work.store.set_leg(leg_id, driver_id=9999)
        work.commit()


def test_backups_of_a_shared_plan_point_to_the_server_tools(pg_plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="pg_dump"):
        back_up(pg_plan, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert "secret" not in pg_plan.location


def test_a_missing_database_is_a_database_error(cluster: Cluster) -> None:
    with pytest.raises(
        DatabaseError, match="refused the login, its password or the database's"
    ) as raised:
        open_database(cluster.url("no_such_plan"))

    assert "does not exist" not in str(raised.value)  # the server's words are not shown


def test_a_plain_postgresql_url_works(pg_url: str) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")

    database = open_database(plain)
    database.close()

    assert database.url.drivername == "postgresql+psycopg"
