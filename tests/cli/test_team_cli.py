"""``care-planner team add|list|remove`` through the real entry point (in-process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from planner.domain.team import SHARED_ONLY, Role, TeamMember
from planner.main import main
from planner.services import team
from planner.services.plan import ENVIRONMENT_URL
from planner.store.paths import default_database_path
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_team_add_creates_a_login_that_connects_with_its_role(
    shared: SharedPlan, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CARE_PLANNER_NEW_PASSWORD", "a long secret")
    login = shared.login("ann")
    argv = ("team", "add", "Ann Lee", "--role", "helper", "--login", login)

    status, out, err = run(capsys, *argv, "--database-url", shared.url)

    assert (status, err) == (0, "")
    assert f"Added Ann Lee to the team as a helper, signing in as {login}" in out
    assert f"care-planner --database-url 'postgresql://{login}@/{shared.database}?" in out
    assert "a long secret" not in out
    engine = create_engine(shared.cluster.url("postgres"))
    try:
        with engine.connect() as connection:
            kept = connection.execute(
                text("SELECT rolpassword FROM pg_authid WHERE rolname = :login"), {"login": login}
            ).scalar_one()
    finally:
        engine.dispose()
    assert kept.startswith("SCRAM-SHA-256$")  # sent as its hash, never as the clear text
    plan = shared.open_as(login)
    assert plan.member == TeamMember(login, "Ann Lee", Role.HELPER, shared.ann)

    status, out, _ = run(capsys, "team", "list", "--database-url", shared.url)
    assert (status, out.split()) == (0, [login, "helper", "Ann", "Lee"])


def test_team_remove_takes_the_login_away(
    shared: SharedPlan, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    login = shared.add("Cleo Park", Role.ORGANISER)
    monkeypatch.setenv(ENVIRONMENT_URL, shared.url)

    status, out, _ = run(capsys, "team", "remove", "Cleo Park")

    assert status == 0
    assert f"Took Cleo Park off the team; the login {login} is gone." in out
    assert team.members(shared.owner) == []


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("Ann Lee", "--role", "boss"), "'boss' is not a role"),
        (("Ann Lee", "--role", "helper", "--login", "Robert'); DROP"), "cannot be a login"),
        (("Ann Lee", "--role", "helper", "--login", "pg_ann"), "cannot be a login"),
        (("Dan Oak", "--role", "helper", "--login", "dan_oak_x"), "no helper named Dan Oak"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    shared: SharedPlan, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    status, out, err = run(capsys, "team", "add", *argv, "--database-url", shared.url)

    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and said in err
    assert team.members(shared.owner) == []


def test_a_duplicate_is_refused(shared: SharedPlan, capsys: pytest.CaptureFixture[str]) -> None:
    login = shared.add("Ann Lee", Role.HELPER)

    status, _, err = run(
        capsys, "team", "add", "Ann Lee", "--role", "organiser", "--database-url", shared.url
    )

    assert status == 2 and "'Ann Lee' is on the team already; nothing was changed." in err
    assert [m.login for m in team.members(shared.owner)] == [login]


def test_team_on_a_plan_file_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.sqlite3"

    status, out, err = run(
        capsys, "team", "add", "Ann", "--role", "helper", "--database-url", f"sqlite:///{path}"
    )

    assert (status, out, err) == (2, "", f"care-planner: error: {SHARED_ONLY}\n")
    assert not path.exists()
    assert run(capsys, "team", "list")[0] == 2
    assert not default_database_path().exists()  # the default plan file is not made either
