"""A shared plan on the throwaway PostgreSQL server, opened with a password."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from planner.services.connections import SharedPlan, connect_url
from planner.services.plan import open_plan
from tests.helpers.postgres import PASSWORD_LOGIN, PORT, Cluster

PASSWORD = "Wintergreen-Tea-42"
"""The password of the server's one password login (tests.helpers.postgres)."""


def new_shared_plan(cluster: Cluster, template: str = "template1") -> SharedPlan:
    """A database of its own on the server, owned by the password login: empty, or a
    copy of the database ``template`` (which nothing may be connected to)."""
    database = make_url(cluster.new_database(owner=PASSWORD_LOGIN, template=template)).database
    assert database is not None
    return SharedPlan(str(cluster.socket), database, PASSWORD_LOGIN, PORT)


@pytest.fixture(scope="session")
def shared_plan(cluster: Cluster) -> SharedPlan:
    """A plan on the server, made once by the password login (as a care team's organiser
    would), for tests that only open it; :func:`new_shared_plan` makes one to change."""
    cluster.set_password(PASSWORD)
    shared = new_shared_plan(cluster)
    open_plan(connect_url(shared, PASSWORD)).close()
    return shared
