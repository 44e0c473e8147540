"""The care team of a shared plan, through the services: a helper login claims and changes
what is given to them, the server refuses the rest and the services say so in plain words;
an organiser changes everything; each change names its author's display name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from planner.domain.changes import Kind
from planner.domain.enums import LegStatus, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.model import Availability, Helper, HelpTask
from planner.domain.team import HELPER_MAY, SHARED_ONLY, Permissions, Role, TeamMember
from planner.services import appointments, helpers, rides, tasks, team, undo
from planner.services.plan import ConflictError, NotAllowed, Plan
from planner.store import change_log
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


@pytest.fixture
def ann(shared: SharedPlan) -> Plan:
    """The plan as Ann, a helper, opens it."""
    return shared.open_as(shared.add("Ann Lee", Role.HELPER))


def leg(plan: Plan, leg_id: int) -> tuple[LegStatus, int | None, int | None]:
    with plan.unit_of_work() as work:
        found = work.store.leg(leg_id)
    return found.status, found.driver_id, found.version


def test_team_add_makes_a_login_that_opens_the_plan_with_its_role(shared: SharedPlan) -> None:
    login = shared.add("Ann Lee", Role.HELPER)

    plan = shared.open_as(login)

    assert plan.member == TeamMember(login, "Ann Lee", Role.HELPER, shared.ann)
    assert team.permissions(plan) == Permissions(Role.HELPER, shared.ann)
    assert team.permissions(shared.owner) == Permissions()  # the owner may do everything
    assert team.members(shared.owner) == [plan.member]
    assert team.address_for(shared.owner, login).startswith(f"postgresql://{login}@/")


def test_a_helper_claims_a_ride_that_needs_a_driver_and_changes_it(
    shared: SharedPlan, ann: Plan
) -> None:
    rides.set_driver(ann, shared.open_leg, shared.ann)
    rides.set_leg_status(ann, shared.open_leg, LegStatus.CONFIRMED)
    rides.set_leg_status(ann, shared.ann_leg, LegStatus.CONFIRMED)

    assert leg(shared.owner, shared.open_leg)[:2] == (LegStatus.CONFIRMED, shared.ann)
    assert leg(shared.owner, shared.ann_leg)[:2] == (LegStatus.CONFIRMED, shared.ann)

    # Given back, it needs a driver again.
    rides.set_driver(ann, shared.open_leg, None)
    assert leg(shared.owner, shared.open_leg)[:2] == (LegStatus.NEEDED, None)


def test_a_helper_signs_up_for_a_ride_in_one_step(shared: SharedPlan, ann: Plan) -> None:
    rides.claim_leg(ann, shared.open_leg, shared.ann)

    assert leg(shared.owner, shared.open_leg)[:2] == (LegStatus.CONFIRMED, shared.ann)
    with pytest.raises(InvalidInput, match="Someone else drives this ride"):
        rides.claim_leg(shared.owner, shared.open_leg, shared.bea)


def test_a_helper_takes_their_own_change_back(shared: SharedPlan, ann: Plan) -> None:
    _, changes = rides.claim_leg(ann, shared.open_leg, shared.ann)

    undo.put_back(ann, changes)

    assert leg(shared.owner, shared.open_leg)[:2] == (LegStatus.NEEDED, None)


def test_each_change_names_its_author_by_display_name(shared: SharedPlan, ann: Plan) -> None:
    _, changes = rides.set_driver(ann, shared.open_leg, shared.ann)

    assert {c.who for c in changes.records} == {"Ann Lee"}
    with shared.owner.unit_of_work() as work:
        (recorded,) = change_log.of_row(work.store.session, Kind.RIDE_LEG, shared.open_leg)[-1:]
    assert recorded.who == "Ann Lee"
    assert shared.owner.author == "postgres"  # the owner, on no team: the login


def test_a_helper_cannot_change_another_helper_s_ride(shared: SharedPlan) -> None:
    bea = shared.open_as(shared.add("Bea Diaz", Role.HELPER))
    before = leg(shared.owner, shared.ann_leg)

    for change in (
        lambda: rides.set_leg_status(bea, shared.ann_leg, LegStatus.CANCELLED),
        lambda: rides.set_driver(bea, shared.ann_leg, shared.bea),
        lambda: rides.set_driver(bea, shared.ann_leg, None),
    ):
        with pytest.raises(NotAllowed) as refused:
            change()
        assert str(refused.value) == str(HELPER_MAY)
    # Nor may a ride that needs a driver go to someone else.
    with pytest.raises(NotAllowed):
        rides.set_driver(bea, shared.open_leg, shared.ann)

    assert leg(shared.owner, shared.ann_leg) == before
    assert leg(shared.owner, shared.open_leg)[1] is None


def test_a_helper_cannot_change_any_appointment(shared: SharedPlan, ann: Plan) -> None:
    (stored,) = appointments.appointments_by_id(ann, [shared.appointment]).values()

    with pytest.raises(NotAllowed, match="only the rides and tasks given to you"):
        appointments.update_appointment(ann, dataclasses.replace(stored, title="Moved"))
    with pytest.raises(NotAllowed):
        appointments.delete_appointment(ann, shared.appointment)
    with pytest.raises(NotAllowed):
        appointments.add_appointment(ann, dataclasses.replace(stored, id=None, title="New"))

    (unchanged,) = appointments.appointments_by_id(shared.owner, [shared.appointment]).values()
    assert unchanged == stored


def test_a_helper_claims_an_open_task_and_changes_only_their_own(
    shared: SharedPlan, ann: Plan
) -> None:
    bea = shared.open_as(shared.add("Bea Diaz", Role.HELPER))
    open_task = helpers.read(bea, HelpTask, shared.open_task)

    (_, claimed), _ = tasks.update_task(
        bea, dataclasses.replace(open_task, helper_id=shared.bea, status=TaskStatus.CLAIMED)
    )
    with pytest.raises(NotAllowed):
        tasks.set_task_status(bea, helpers.read(bea, HelpTask, shared.ann_task), TaskStatus.DONE)
    tasks.set_task_status(ann, helpers.read(ann, HelpTask, shared.ann_task), TaskStatus.DONE)

    assert claimed.helper_id == shared.bea
    assert helpers.read(shared.owner, HelpTask, shared.ann_task).status is TaskStatus.DONE


def test_a_helper_takes_an_open_task_in_one_step(shared: SharedPlan, ann: Plan) -> None:
    (_, taken), changes = tasks.claim_task(ann, shared.open_task, shared.ann)

    assert (taken.helper_id, taken.status) == (shared.ann, TaskStatus.CLAIMED)
    with pytest.raises(InvalidInput, match="Someone else does this task"):
        tasks.claim_task(shared.owner, shared.open_task, shared.bea)
    undo.put_back(ann, changes)
    back = helpers.read(shared.owner, HelpTask, shared.open_task)
    assert (back.helper_id, back.status) == (None, TaskStatus.OPEN)


def test_a_helper_changes_their_own_usual_times_only(shared: SharedPlan, ann: Plan) -> None:
    evenings = (Availability(0, dt.time(17), dt.time(21)),)
    own = helpers.read(ann, Helper, shared.ann)
    other = helpers.read(ann, Helper, shared.bea)

    helpers.update_helper(ann, dataclasses.replace(own, availability=evenings))
    with pytest.raises(NotAllowed):
        helpers.update_helper(ann, dataclasses.replace(other, phone="+44 7700 900999"))

    assert helpers.read(shared.owner, Helper, shared.ann).availability == evenings
    assert helpers.read(shared.owner, Helper, shared.bea) == other


def test_someone_else_s_change_first_is_still_a_conflict_for_a_helper(
    shared: SharedPlan, ann: Plan
) -> None:
    version = leg(ann, shared.ann_leg)[2]
    rides.set_leg_status(shared.owner, shared.ann_leg, LegStatus.ASKED)

    with pytest.raises(ConflictError):
        rides.set_leg_status(ann, shared.ann_leg, LegStatus.CONFIRMED, expected_version=version)


def test_an_organiser_changes_everything(shared: SharedPlan) -> None:
    organiser = shared.open_as(shared.add("Cleo Park", Role.ORGANISER))
    (stored,) = appointments.appointments_by_id(organiser, [shared.appointment]).values()

    appointments.update_appointment(organiser, dataclasses.replace(stored, title="Moved"))
    rides.set_driver(organiser, shared.ann_leg, shared.bea)
    helpers.update_helper(
        organiser,
        dataclasses.replace(helpers.read(organiser, Helper, shared.ann), notes="Van"),
    )

    assert team.permissions(organiser) == Permissions(Role.ORGANISER)
    assert leg(shared.owner, shared.ann_leg)[1] == shared.bea
    assert organiser.author == "Cleo Park"
    # The team itself is the database owner's to change (it creates logins on the server).
    with pytest.raises(NotAllowed, match="Only the owner of the shared plan's database"):
        team.add_member(organiser, "Dan", Role.HELPER, login=shared.login("dan"))


def test_bad_team_changes_are_refused_and_change_nothing(shared: SharedPlan) -> None:
    login = shared.add("Ann Lee", Role.HELPER)

    with pytest.raises(InvalidInput, match="on the team already"):
        team.add_member(shared.owner, "ann lee", Role.HELPER, login=shared.login("other"))
    with pytest.raises(InvalidInput, match="not a role"):
        team.add_member(shared.owner, "Dan", "boss")
    with pytest.raises(InvalidInput, match="cannot be a login"):
        team.add_member(shared.owner, "Dan", Role.HELPER, login='dan"; DROP ROLE postgres; --')
    with pytest.raises(InvalidInput, match="no helper named Dan Oak yet"):
        team.add_member(shared.owner, "Dan Oak", Role.HELPER, login=shared.login("dan"))
    engine = create_engine(shared.cluster.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f"CREATE ROLE {shared.login('pat')}")  # someone else's
            with pytest.raises(InvalidInput, match="There is a login named 'pat_"):
                team.add_member(shared.owner, "Pat", Role.ORGANISER, login=shared.login("pat"))
            dan = connection.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname = :login"),
                {"login": shared.login("dan")},
            )
            assert dan.scalar() == 0
    finally:
        engine.dispose()
    assert [m.login for m in team.members(shared.owner)] == [login]


def test_a_new_helper_is_added_to_the_plan_with_their_login(shared: SharedPlan) -> None:
    added, changes = team.add_member(
        shared.owner, "Dan Oak", Role.HELPER, login=shared.login("dan"), email="dan@example.org"
    )

    assert added.helper_added and added.helper is not None
    assert added.member.helper_id == added.helper.id
    assert [c.kind for c in changes.records] == [Kind.HELPER]


def test_team_remove_drops_the_login_and_keeps_their_rides(shared: SharedPlan, ann: Plan) -> None:
    gone = team.remove_member(shared.owner, "ANN LEE")

    assert gone.name == "Ann Lee"
    assert team.members(shared.owner) == []
    assert leg(shared.owner, shared.ann_leg)[1] == shared.ann
    with pytest.raises(InvalidInput, match="Nobody called"):
        team.remove_member(shared.owner, "Ann Lee")


def test_the_team_needs_a_shared_plan(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        team.add_member(plan, "Ann", Role.HELPER)
    assert str(refused.value) == str(SHARED_ONLY)
    assert team.permissions(plan) == Permissions()
