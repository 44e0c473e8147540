"""Taking portions out on a real SQLite file, from two sessions at once."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.changes import Change
from planner.domain.model import FreezerMeal
from planner.services.plan import Plan, open_plan
from planner.store import change_log, rows
from planner.store import records as r
from planner.store.change_log import RECORDING, Recording
from planner.store.database import Database, open_database
from planner.store.freezer import FreezerStore
from planner.store.plan_store import PlanStore, RecordMissing
from tests.conftest import TODAY

NOW = dt.datetime.combine(TODAY, dt.time(8))


def add_soup(database: Database, portions: int) -> int:
    with database.sessions() as session:
        meal_id = PlanStore(session).add(
            FreezerMeal("Soup", portions, TODAY, TODAY + dt.timedelta(days=90))
        )
        session.commit()
    return meal_id


def portions_left(database: Database, meal_id: int) -> int:
    with database.sessions() as session:
        return FreezerStore(session).meal(meal_id).portions_left


def test_two_sessions_cannot_both_take_the_last_portions(plan_path: Path) -> None:
    first = open_database(f"sqlite:///{plan_path}")
    second = open_database(f"sqlite:///{plan_path}")
    try:
        meal_id = add_soup(first, 3)
        with first.sessions() as one, second.sessions() as two:
            # Both windows saw 3 portions.
            assert FreezerStore(one).meal(meal_id).portions_left == 3
            assert FreezerStore(two).meal(meal_id).portions_left == 3
            one.rollback()
            two.rollback()
            taken = FreezerStore(one).take_out(meal_id, 2, TODAY, NOW)
            one.commit()
            refused = FreezerStore(two).take_out(meal_id, 2, TODAY, NOW)
            two.commit()
        assert taken is not None and taken.portions == 2
        assert refused is None
        assert portions_left(first, meal_id) == 1
        with first.sessions() as session:
            logged = session.scalars(select(r.PortionsTakenRecord.portions)).all()
        assert logged == [2]
    finally:
        first.close()
        second.close()


def test_many_threads_taking_one_portion_each_leave_exactly_zero(plan_path: Path) -> None:
    plans: list[Plan] = [open_plan(f"sqlite:///{plan_path}") for _ in range(2)]
    database = open_database(f"sqlite:///{plan_path}")
    meal_id = add_soup(database, 5)
    results: list[bool] = []
    start = threading.Barrier(8)

    def take(plan: Plan) -> None:
        start.wait()
        with plan.unit_of_work() as work:
            taken = FreezerStore(work.store.session).take_out(meal_id, 1, TODAY, NOW)
            work.commit()
        results.append(taken is not None)

    threads = [threading.Thread(target=take, args=(plans[n % 2],)) for n in range(8)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == [False] * 3 + [True] * 5
        assert portions_left(database, meal_id) == 0
    finally:
        for plan in plans:
            plan.close()
        database.close()


def recorded(session: Session) -> list[Change]:
    """Record what ``session`` writes from now on (as a unit of work does); the list fills
    as it flushes."""
    recording = Recording("test", lambda: NOW)
    session.info[RECORDING] = recording
    return recording.written


def logged(session: Session) -> list[tuple[int, int]]:
    query = select(r.PortionsTakenRecord.meal_id, r.PortionsTakenRecord.portions)
    return [(meal_id, portions) for meal_id, portions in session.execute(query)]


def test_a_take_out_put_back_returns_the_portions_once(database: Database) -> None:
    meal_id = add_soup(database, 3)
    with database.sessions() as session:
        written = recorded(session)
        freezer = FreezerStore(session)
        taken = freezer.take_out(meal_id, 2, TODAY, NOW)
        assert taken is not None
        assert freezer.meal(meal_id).portions_left == 1
        assert freezer.meal(meal_id).version == 2
        take = list(written)
        session.commit()
        change_log.put_back(session, take)
        assert (freezer.meal(meal_id).portions_left, logged(session)) == (3, [])
        session.commit()
        with pytest.raises(StaleDataError):
            change_log.put_back(session, take)
        session.rollback()
        assert (freezer.meal(meal_id).portions_left, logged(session)) == (3, [])


def test_a_take_out_is_not_put_back_over_another_sessions_take_out(database: Database) -> None:
    meal_id = add_soup(database, 3)
    with database.sessions() as session:
        written = recorded(session)
        FreezerStore(session).take_out(meal_id, 1, TODAY, NOW)
        take = list(written)
        session.commit()
    with database.sessions() as other:
        FreezerStore(other).take_out(meal_id, 1, TODAY, NOW)
        other.commit()
    with database.sessions() as session:
        with pytest.raises(StaleDataError):
            change_log.put_back(session, take)
        session.rollback()
        assert FreezerStore(session).meal(meal_id).portions_left == 1
        assert logged(session) == [(meal_id, 1), (meal_id, 1)]


def test_a_deleted_batch_comes_back_with_its_id_version_and_log(database: Database) -> None:
    meal_id = add_soup(database, 3)
    with database.sessions() as session:
        freezer = FreezerStore(session)
        freezer.take_out(meal_id, 1, TODAY, NOW)
        session.commit()
        written = recorded(session)
        removed = rows.remove(session, FreezerMeal, meal_id, version=2)
        session.commit()
        with pytest.raises(RecordMissing):
            freezer.meal(meal_id)
        assert logged(session) == []
        change_log.put_back(session, written)
        session.commit()
        assert freezer.meal(meal_id) == removed
        assert logged(session) == [(meal_id, 1)]


def test_taking_out_of_a_batch_that_is_gone_says_so(database: Database) -> None:
    with database.sessions() as session, pytest.raises(RecordMissing):
        FreezerStore(session).take_out(404, 1, TODAY, NOW)
