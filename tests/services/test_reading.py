"""Reading a plan without a unit of work (Plan.reading, planner/store/reading.py): what the
window's start and ``care-planner week`` read, with the same answers and clear errors."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest

from planner.domain.errors import PlannerError
from planner.services import getting_started, readings, watch, week
from planner.services.plan import Plan, open_plan
from planner.store.reading import PlanReader


def test_what_the_window_reads_at_start_needs_no_unit_of_work(
    demo_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As read through units of work before: the same week, steps and newest change.
    expected = (
        week.coming_days(demo_plan),
        getting_started.getting_started(demo_plan),
        watch.last_seq(demo_plan),
    )
    assert expected[0].gaps and expected[2] > 0  # the demo month has gaps and changes

    @contextlib.contextmanager
    def refused(self: Plan) -> Iterator[object]:
        raise AssertionError("a read opened a unit of work")
        yield  # pragma: no cover

    monkeypatch.setattr(Plan, "unit_of_work", refused)
    fresh = open_plan(f"sqlite:///{demo_plan.file}")  # its clock read afresh too
    try:
        read = (
            week.coming_days(fresh),
            getting_started.getting_started(fresh),
            watch.last_seq(fresh),
        )
        assert readings.call_now(fresh) is None  # no temperature noted in the demo
    finally:
        fresh.close()
    assert read == expected


def test_a_read_that_fails_says_so_in_plain_words_and_changes_nothing(
    demo_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    seq = watch.last_seq(demo_plan)

    def broken(self: PlanReader) -> dict[str, str]:
        raise sqlite3.OperationalError("disk I/O error")  # a plan file is read by SQLite itself

    monkeypatch.setattr(PlanReader, "settings", broken)
    with pytest.raises(PlannerError) as raised:
        week.coming_days(demo_plan)
    said = str(raised.value)
    assert "could not be read" in said and "Nothing was changed" in said
    assert "SELECT" not in said and "I/O" not in said
    monkeypatch.undo()
    assert watch.last_seq(demo_plan) == seq
