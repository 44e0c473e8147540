"""A plan file read by SQLite itself (planner/store/sqlite_reading.py) gives the answers
SQLAlchemy gives for the same reads (planner/store/statements.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given
from sqlalchemy import Boolean, Date, DateTime, Time
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.type_api import TypeEngine

from planner.domain import model
from planner.domain.enums import AppointmentKind
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS, LONGEST_LEARNED
from planner.domain.readings import ReadingKind
from planner.services import appointments, freezer
from planner.services.plan import Plan, open_plan
from planner.store import sqlite_reading, sqlite_statements
from planner.store.partial import LONG_RECOVERY
from planner.store.reading import PlanReader
from planner.store.statements import statements
from tests.conftest import TODAY
from tests.helpers import tables as generator
from tests.helpers.cli import python_says

DIALECT = sqlite.dialect()


def test_the_sql_text_is_what_the_reads_compile_to() -> None:
    written: dict[str, Any] = {}
    exec(generator.statements_source(), written)  # our own generated source
    assert written["STATEMENTS"] == sqlite_statements.STATEMENTS, "run `make tables`"
    assert set(sqlite_statements.STATEMENTS) == set(statements())


def _bind(kind: TypeEngine[Any]) -> Callable[[Any], Any]:
    convert = kind.dialect_impl(DIALECT).bind_processor(DIALECT)
    assert convert is not None
    return convert


def _result(kind: TypeEngine[Any]) -> Callable[[Any], Any]:
    convert = kind.dialect_impl(DIALECT).result_processor(DIALECT, None)
    assert convert is not None
    return convert


@given(st.datetimes())
def test_a_moment_is_stored_and_read_as_sqlalchemy_stores_and_reads_it(moment: dt.datetime) -> None:
    stored = sqlite_reading.TO_COLUMN["datetime"](moment)
    assert stored == _bind(DateTime())(moment)
    assert sqlite_reading.FROM_COLUMN["datetime"](stored) == _result(DateTime())(stored) == moment
    day = moment.date()  # a day given for a moment is its midnight
    assert sqlite_reading.TO_COLUMN["datetime"](day) == _bind(DateTime())(day)


@given(st.dates(), st.times())
def test_a_day_and_a_time_of_day_are_stored_and_read_as_sqlalchemy_does(
    day: dt.date, time: dt.time
) -> None:
    stored_day, stored_time = (
        sqlite_reading.TO_COLUMN[k](v) for k, v in (("date", day), ("time", time))
    )
    assert stored_day == _bind(Date())(day)
    assert stored_time == _bind(Time())(time)
    assert sqlite_reading.FROM_COLUMN["date"](stored_day) == _result(Date())(stored_day) == day
    assert sqlite_reading.FROM_COLUMN["time"](stored_time) == _result(Time())(stored_time) == time


@pytest.mark.parametrize("value", [True, False])
def test_a_yes_or_no_is_stored_and_read_as_sqlalchemy_does(value: bool) -> None:
    stored = sqlite_reading.TO_COLUMN["bool"](value)
    assert stored == _bind(Boolean())(value) or stored == value
    assert sqlite_reading.FROM_COLUMN["bool"](stored) is _result(Boolean())(stored) is value


@contextmanager
def through_sqlalchemy(plan: Plan) -> Iterator[PlanReader]:
    engine = plan._database.engine
    with engine.connect() as connection, connection.begin():
        yield PlanReader.on(connection)


def everything_read(read: PlanReader, today: dt.date) -> list[Any]:
    """Every read, over spans that reach before, across and after the plan's days."""
    found: list[Any] = [read.settings(), read.first_steps(today), read.has_records()]
    found.append(read.last_seq())
    for first, days, whole in (
        (-40, 6, None),
        (-3, 6, None),
        (0, 6, 2),
        (0, 120, 13),
        (400, 6, None),
    ):
        start = today + dt.timedelta(days=first)
        last = start + dt.timedelta(days=days)
        until = None if whole is None else start + dt.timedelta(days=whole)
        found.append(read.window(start, last, today, whole_until=until))
        found.append(read.treatment_days(start, last))
    moments = (
        dt.datetime.combine(today, dt.time()) - dt.timedelta(days=30),
        dt.datetime.combine(today, dt.time(23)),
    )
    found.append(read.readings(*moments))
    found.extend(read.readings(*moments, kind) for kind in ReadingKind)
    return found


def test_a_plan_file_reads_as_sqlalchemy_reads_it(demo_plan: Plan) -> None:
    assert demo_plan._database.file_reads is not None  # read by SQLite itself
    with demo_plan.reading() as read:
        by_sqlite = everything_read(read, TODAY)
    with through_sqlalchemy(demo_plan) as read:
        by_sqlalchemy = everything_read(read, TODAY)
    assert by_sqlite == by_sqlalchemy
    windows = [w for w in by_sqlite if isinstance(w, model.PlanWindow)]
    assert any(w.appointments and w.legs and w.helpers and w.medicines for w in windows)
    assert by_sqlite[2] is True and by_sqlite[3] > 0  # records, and changes noted


def test_an_empty_plan_reads_as_sqlalchemy_reads_it(plan: Plan) -> None:
    with plan.reading() as read:
        by_sqlite = everything_read(read, TODAY)
    with through_sqlalchemy(plan) as read:
        by_sqlalchemy = everything_read(read, TODAY)
    assert by_sqlite == by_sqlalchemy
    assert by_sqlite[2] is False and by_sqlite[3] == 0


def test_a_list_of_values_is_read_whatever_its_length(demo_plan: Plan) -> None:
    with through_sqlalchemy(demo_plan) as read:
        ids = [row[13] for row in read._rows("appointments_by_id", ids=list(range(1, 500)))]
    assert len(ids) > 3
    for some in ([], ids[:1], ids[:3], ids, [*ids, 10**9]):
        with demo_plan.reading() as read:
            by_sqlite = read._rows("appointments_by_id", ids=some)
        with through_sqlalchemy(demo_plan) as read:
            by_sqlalchemy = read._rows("appointments_by_id", ids=some)
        assert [list(row) for row in by_sqlite] == [list(row) for row in by_sqlalchemy]
        assert len(by_sqlite) == len(set(some) & set(ids))


def test_a_connection_is_kept_for_the_next_read_and_closed_with_the_plan(plan_path: Any) -> None:
    plan = open_plan(f"sqlite:///{plan_path}")
    files = plan._database.file_reads
    assert files is not None
    with plan.reading() as read:
        read.settings()
    with plan.reading() as read:
        read.settings()
    assert len(files._idle) == 1
    kept = files._idle[0]
    plan.close()
    assert files._idle == []
    with pytest.raises(Exception, match="closed"):
        kept.execute("SELECT 1")


def test_reading_a_plan_file_needs_no_sqlalchemy(demo_plan: Plan) -> None:
    probe = (
        "import sys, datetime as dt\n"
        "from planner.services.plan import open_plan\n"
        "from planner.services import week\n"
        f"plan = open_plan({f'sqlite:///{demo_plan.file}'!r}, create=False)\n"
        f"shown = week.coming_days(plan, dt.date({TODAY.year}, {TODAY.month}, {TODAY.day}))\n"
        "print(len(shown.days), sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    assert python_says(probe) == ["7 []"]


@pytest.mark.parametrize(
    ("read", "index"),
    [
        ("tasks_repeating", "ix_help_task_repeating"),
        ("meals_in_stock", "ix_freezer_meal_in_stock"),
        ("any_meal", "ix_freezer_meal_in_stock"),
        ("appointments_long_recovery", "ix_appointment_long_recovery"),
    ],
)
def test_the_reads_of_few_rows_among_many_use_their_partial_index(
    plan_path: Any, read: str, index: str
) -> None:
    open_plan(f"sqlite:///{plan_path}").close()
    moment = dt.datetime.combine(TODAY, dt.time())
    asked = {key: moment for key, _ in sqlite_reading.Compiled(read).asked}
    sql, values = sqlite_reading.Compiled(read).parameters(asked)
    connection = sqlite3.connect(plan_path)
    try:
        steps = [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", values)]
    finally:
        connection.close()
    assert any(f"USING INDEX {index}" in step for step in steps), steps


def test_a_window_has_the_batches_in_stock_and_the_emptied_ones_its_portions_name(
    plan: Plan,
) -> None:
    day = dt.timedelta(days=1)

    def batch(name: str, portions: int, use_by: int) -> int:
        meal = model.FreezerMeal(name, portions, TODAY - day, TODAY + use_by * day)
        added, _ = freezer.add_meal(plan, meal)
        assert added.id is not None
        return added.id

    emptied = batch("Lentil soup", 1, 30)
    stocked = batch("Fish pie", 2, 40)
    batch("Old stew", 0, 10)  # emptied long ago: no part of the coming days
    sooner = batch("Rice pudding", 3, 5)
    freezer.take_out(plan, emptied, 1, TODAY + day)
    for read_with in (plan.reading, partial(through_sqlalchemy, plan)):
        with read_with() as read:
            window = read.window(TODAY, TODAY + 6 * day, TODAY)
        assert [meal.id for meal in window.meals] == [sooner, emptied, stocked]


def test_the_long_recovery_index_holds_what_reaches_past_a_week() -> None:
    assert f"recovery_days > {LONGEST_LEARNED}" == LONG_RECOVERY
    assert max(DEFAULT_RECOVERY_DAYS.values()) <= LONGEST_LEARNED


def test_a_window_has_the_appointments_long_before_it_whose_hard_days_reach_into_it(
    plan: Plan,
) -> None:
    def visit(days_before: int, recovery: int | None) -> int:
        start = dt.datetime.combine(TODAY - dt.timedelta(days=days_before), dt.time(9))
        value = model.Appointment(
            AppointmentKind.SURGERY, f"Surgery {days_before}", start, recovery_days=recovery
        )
        added, _ = appointments.add_appointment(plan, value)
        assert added.id is not None
        return added.id

    reaching = visit(40, 45)  # its hard days run into the week
    visit(30, None)  # a surgery's 7 days are over long before
    visit(50, 8)  # long ago, and over too
    recent = visit(3, None)  # its hard days are the week's first days
    for read_with in (plan.reading, partial(through_sqlalchemy, plan)):
        with read_with() as read:
            window = read.window(TODAY, TODAY + dt.timedelta(days=6), TODAY)
        found = [a.id for a in window.appointments]
        assert reaching in found and recent in found
        assert found.index(reaching) < found.index(recent)  # earliest first
