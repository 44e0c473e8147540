"""The change log keeps a year of changes by default (a plan setting, 30 to 3650 days);
older records are removed, and undo does not miss them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.domain.activity import KEEP_DAYS
from planner.domain.clock import Clock
from planner.domain.errors import InvalidInput
from planner.domain.model import Helper
from planner.services import lists, retention, settings, undo
from planner.services.changes import Changes
from planner.services.helpers import add_helper
from planner.services.plan import Plan, open_plan
from planner.services.watch import changes_since, last_seq

OpenAt = Callable[[dt.datetime], Plan]


@pytest.fixture
def open_at(plan_path: Path) -> Iterator[OpenAt]:
    """The plan file opened with its clock at another moment (one plan per moment)."""
    opened: list[Plan] = []

    def at(moment: dt.datetime) -> Plan:
        plan = open_plan(f"sqlite:///{plan_path}", clock=Clock("", moment))
        opened.append(plan)
        return plan

    yield at
    for plan in opened:
        plan.close()


def helper_added(plan: Plan, name: str) -> Changes:
    return add_helper(plan, Helper(name, phone="0123 456"))[1]


def kept(plan: Plan) -> list[dt.datetime]:
    return [change.at for change in changes_since(plan, 0).records]


def test_changes_older_than_a_year_are_removed(open_at: OpenAt, now: dt.datetime) -> None:
    helper_added(open_at(now - dt.timedelta(days=400)), "Sam")
    helper_added(open_at(now - dt.timedelta(days=364)), "Lena")
    plan = open_at(now)
    helper_added(plan, "Priya")
    before = len(kept(plan))

    removed = retention.prune(plan)

    assert removed > 0 and len(kept(plan)) == before - removed
    assert min(kept(plan)) == now - dt.timedelta(days=364)
    assert retention.prune(plan) == 0  # nothing more to do
    assert {h.name for h in lists.helpers(plan)} == {"Sam", "Lena", "Priya"}  # the plan stays


def test_the_plan_says_how_many_days_it_keeps(open_at: OpenAt, now: dt.datetime) -> None:
    helper_added(open_at(now - dt.timedelta(days=45)), "Sam")
    plan = open_at(now)
    helper_added(plan, "Lena")
    assert retention.prune(plan) == 0  # a year by default

    settings.change_setting(plan, KEEP_DAYS, 30)

    assert retention.cutoff(plan) == now - dt.timedelta(days=30)
    assert retention.prune(plan) > 0
    assert min(kept(plan)) >= now - dt.timedelta(days=30)
    with pytest.raises(InvalidInput, match="30 to 3650"):
        settings.change_setting(plan, KEEP_DAYS, 7)


def test_the_newest_change_stays_so_numbers_go_on(open_at: OpenAt, now: dt.datetime) -> None:
    old = open_at(now - dt.timedelta(days=800))
    helper_added(old, "Sam")
    newest = last_seq(old)
    plan = open_at(now)

    retention.prune(plan)

    assert [change.seq for change in changes_since(plan, 0).records] == [newest]
    assert min(change.seq for change in helper_added(plan, "Lena").records) > newest


def test_many_old_changes_go_in_batches(
    open_at: OpenAt, now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = open_at(now - dt.timedelta(days=400))
    for name in ("Sam", "Lena", "Priya", "Tom"):
        helper_added(old, name)
    plan = open_at(now)
    helper_added(plan, "Ana")
    monkeypatch.setattr(retention, "BATCH", 2)

    removed = retention.prune(plan)

    assert removed >= 4 and min(kept(plan)) == now


def test_undo_puts_back_a_step_whose_records_were_removed(
    open_at: OpenAt, now: dt.datetime
) -> None:
    old = open_at(now - dt.timedelta(days=400))
    added = helper_added(old, "Sam")
    plan = open_at(now)
    helper_added(plan, "Lena")
    assert retention.prune(plan) > 0

    undo.put_back(plan, added)  # the step kept its records in memory

    assert {h.name for h in lists.helpers(plan)} == {"Lena"}
