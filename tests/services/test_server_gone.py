"""A shared plan's server going away: nothing half-saved, a step found by its name, and
the change watcher listening again once the server is back (a real server, stopped and
started again)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from planner.domain.changes import Action, Kind
from planner.domain.model import Helper
from planner.services import helpers
from planner.services.plan import SERVER_GONE, Plan, ServerGone, open_plan, saved_step
from planner.services.watch import PlanWatcher
from tests.helpers.postgres import Cluster


@pytest.fixture
def shared(pg_url: str) -> Iterator[Plan]:
    plan = open_plan(pg_url)
    yield plan
    plan.close()


@pytest.fixture
def server(cluster: Cluster) -> Iterator[Cluster]:
    """The server, started again after the test whatever happened in it."""
    yield cluster
    if not (cluster.data / "postmaster.pid").exists():
        cluster.start_server()


def names(plan: Plan) -> list[str]:
    with plan.unit_of_work() as work:
        return sorted(h.name for h in work.store.helpers())


def ana(name: str = "Ana") -> Helper:
    return Helper(name, phone="0123 456789")


def test_a_server_that_went_away_saves_nothing_and_says_so(shared: Plan, server: Cluster) -> None:
    helpers.add_helper(shared, ana())
    server.stop()
    with pytest.raises(ServerGone) as gone:
        helpers.add_helper(shared, ana("Tom"))
    assert str(gone.value) == str(SERVER_GONE)
    assert not shared.reachable()
    server.start_server()
    assert shared.reachable()
    assert names(shared) == ["Ana"]  # nothing of Tom half-saved
    helpers.add_helper(shared, ana("Tom"))
    assert names(shared) == ["Ana", "Tom"]


def test_a_step_is_found_by_its_name_once_committed(shared: Plan) -> None:
    with shared.step("step-1"):
        helpers.add_helper(shared, ana())
    found = saved_step(shared, "step-1")
    assert [(c.kind, c.action) for c in found.records] == [(Kind.HELPER, Action.INSERT)]
    assert not saved_step(shared, "step-2")
    helpers.add_helper(shared, ana("Tom"))  # outside a step: no name
    assert len(saved_step(shared, "step-1").records) == 1


def test_the_watcher_listens_again_after_the_server_came_back(
    shared: Plan, server: Cluster, pg_url: str
) -> None:
    watcher = PlanWatcher(shared)
    try:
        server.stop()
        with pytest.raises(psycopg.OperationalError):  # the listening connection broke
            watcher.wait(0.5)
        server.start_server()
        assert watcher.wait(0.5)  # listening again: look at what was saved meanwhile
        other = open_plan(pg_url)
        try:
            helpers.add_helper(other, ana("Tom"))
        finally:
            other.close()
        assert watcher.wait(5)
        assert [c.kind for c in watcher.changes().records] == [Kind.HELPER]
    finally:
        watcher.close()
