"""A small shared plan on the throwaway server, with a care team to sign in as.

The plan is made once per run and each test gets a copy of it (the server copies a database
much faster than the migrations and services make one). Logins belong to the whole server,
which every test of a run shares: each login here ends in the name of the test's own
database, so no two tests ever make the same one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, make_url

from planner.domain.enums import AppointmentKind, Capability, LegDirection, TaskCategory
from planner.domain.model import Appointment, Helper, HelpTask
from planner.domain.team import Role
from planner.services import appointments, helpers, rides, tasks, team
from planner.services.plan import Plan, open_plan
from tests.conftest import TODAY
from tests.helpers.postgres import Cluster

VISIT = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(9))


@dataclass
class Rows:
    """The ids of the shared plan's rows (the same in every copy)."""

    ann: int
    bea: int
    appointment: int
    ann_leg: int
    open_leg: int
    ann_task: int
    open_task: int


@dataclass
class SharedPlan(Rows):
    """A plan opened by its owner: one appointment needing a ride, whose leg there Ann
    drives and whose leg back still needs a driver; Ann's task, and an open one."""

    cluster: Cluster = field(kw_only=True)
    url: str = field(kw_only=True)
    owner: Plan = field(kw_only=True)
    opened: list[Plan] = field(default_factory=list, kw_only=True)

    @property
    def database(self) -> str:
        name = make_url(self.url).database
        assert name is not None
        return name

    def login(self, stem: str) -> str:
        """A login for this test only."""
        return f"{stem}_{self.database}"

    def add(self, name: str, role: Role, helper: str | None = None) -> str:
        """Put ``name`` on the team (as the owner does); returns their login."""
        login = self.login(name.split()[0].lower())
        team.add_member(self.owner, name, role, login=login, helper=helper)
        return login

    def open_as(self, login: str) -> Plan:
        """The plan as ``login`` opens it (closed after the test)."""
        plan = open_plan(self.cluster.url_as(login, self.url))
        self.opened.append(plan)
        return plan


_TEMPLATES: dict[Path, tuple[str, Rows]] = {}
"""The database each server's shared plans are copied from, made once, with its rows."""
_COPIES = itertools.count(1)


def shared_plan(cluster: Cluster) -> Iterator[SharedPlan]:
    """A fresh copy of the plan of :class:`SharedPlan` (made and migrated once per run,
    copied by the server in a moment); closed afterwards."""
    if cluster.folder not in _TEMPLATES:
        _TEMPLATES[cluster.folder] = _template(cluster)
    template, rows = _TEMPLATES[cluster.folder]
    name = f"team_{next(_COPIES)}"
    engine = create_engine(cluster.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        engine.dispose()
    url = cluster.url(name)
    shared = SharedPlan(**vars(rows), cluster=cluster, url=url, owner=open_plan(url))
    try:
        yield shared
    finally:
        for plan in (*shared.opened, shared.owner):
            plan.close()


def _driver(name: str, phone: str) -> Helper:
    return Helper(name, phone, capabilities=frozenset({Capability.DRIVE, Capability.COOK}))


def _template(cluster: Cluster) -> tuple[str, Rows]:
    url = cluster.new_database()
    owner = open_plan(url)
    try:
        rows = _filled(owner)
    finally:
        owner.close()
    name = make_url(url).database
    assert name is not None
    return name, rows


def _filled(owner: Plan) -> Rows:
    ann, _ = helpers.add_helper(owner, _driver("Ann Lee", "+44 7700 900111"))
    bea, _ = helpers.add_helper(owner, _driver("Bea Diaz", "+44 7700 900222"))
    assert ann.id is not None and bea.id is not None
    visit, _ = appointments.add_appointment(
        owner, Appointment(AppointmentKind.CHEMOTHERAPY, "Chemotherapy", VISIT, needs_ride=True)
    )
    assert visit.id is not None
    found, _, _ = rides.coming_legs(owner, TODAY, VISIT.date())
    legs = {leg.direction: leg for leg in found if leg.appointment_id == visit.id}
    there, back = legs[LegDirection.THERE], legs[LegDirection.BACK]
    assert there.id is not None and back.id is not None
    rides.set_driver(owner, there.id, ann.id)
    dinner = VISIT.replace(hour=18)
    hour = dt.timedelta(hours=1)
    ann_task, _ = tasks.add_task(
        owner, HelpTask(TaskCategory.MEALS, "Bring dinner", dinner, dinner + hour, ann.id)
    )
    open_task, _ = tasks.add_task(
        owner, HelpTask(TaskCategory.MEALS, "Soup", dinner, dinner + hour)
    )
    assert ann_task.id is not None and open_task.id is not None
    return Rows(ann.id, bea.id, visit.id, there.id, back.id, ann_task.id, open_task.id)
