from __future__ import annotations

import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.domain import model
from planner.domain.enums import LegDirection, LegStatus
from planner.domain.errors import PlannerError
from planner.services.plan import (
    ENVIRONMENT_URL,
    ConflictError,
    Plan,
    database_url,
    open_plan,
)
from planner.store import records as r
from tests.helpers.builders import MONDAY, appointment


def helper_names(plan: Plan) -> list[str]:
    with plan.unit_of_work() as work:
        return [h.name for h in work.store.helpers()]


def test_a_unit_of_work_saves_what_it_commits(plan: Plan) -> None:
    with plan.unit_of_work() as work:
        work.store.add(model.Helper("Ana"))
        work.commit()

    assert helper_names(plan) == ["Ana"]


def test_a_unit_of_work_rolls_back_without_commit(plan: Plan) -> None:
    with plan.unit_of_work() as work:
        work.store.add(model.Helper("Ana"))

    assert helper_names(plan) == []


def test_a_unit_of_work_rolls_back_on_error(plan: Plan) -> None:
    with pytest.raises(RuntimeError), plan.unit_of_work() as work:
        work.store.add(model.Helper("Ana"))
        raise RuntimeError("the action failed half-way")

    assert helper_names(plan) == []


def test_a_missing_record_is_a_planner_error(plan: Plan) -> None:
    with (
        pytest.raises(PlannerError, match=r"^The ride leg 42 is no longer in the plan\.$"),
        plan.unit_of_work() as work,
    ):
        work.store.leg(42)


def test_a_refused_save_is_one_line_and_saves_nothing(plan: Plan) -> None:
    with pytest.raises(PlannerError) as raised, plan.unit_of_work() as work:
        work.store.add(model.Helper("Ana"))
        work.store.add(model.FreezerMeal("Soup", -1, MONDAY, MONDAY))  # portions_not_negative
        work.commit()

    message = str(raised.value)
    assert message.startswith("The plan could not be saved")
    assert "CHECK" not in message and "constraint" not in message  # the driver's words
    assert "\n" not in message
    assert helper_names(plan) == []


def leg_id_of(plan: Plan) -> int:
    with plan.unit_of_work() as work:
        visit = appointment(MONDAY, id=None)
        visit_id = work.store.add(visit)
        leg_id = work.store.add(model.RideLeg(visit_id, LegDirection.THERE, visit.start))
        work.commit()
    return leg_id


def test_two_overlapping_edits_of_one_leg_the_second_is_a_conflict(plan: Plan) -> None:
    leg_id = leg_id_of(plan)

    with pytest.raises(ConflictError), plan.unit_of_work() as slow:
        slow.store.leg(leg_id)  # reads, then the other action saves first
        with plan.unit_of_work() as quick:
            quick.store.set_leg(leg_id, status=LegStatus.ASKED)
            quick.commit()
        slow.store.set_leg(leg_id, status=LegStatus.CANCELLED)
        slow.commit()

    with plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.ASKED


def test_an_edit_of_a_row_someone_saved_since_is_a_conflict(plan: Plan) -> None:
    """The version counter itself, as a shared PostgreSQL plan meets it."""
    leg_id = leg_id_of(plan)

    with pytest.raises(ConflictError, match="Someone else changed"), plan.unit_of_work() as slow:
        record = slow.store.session.get(r.RideLegRecord, leg_id)
        assert record is not None
        slow.store.session.commit()  # ends the read; the record keeps version 1
        with plan.unit_of_work() as quick:
            quick.store.set_leg(leg_id, status=LegStatus.ASKED)
            quick.commit()
        record.status = LegStatus.CANCELLED.value
        slow.commit()

    with plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.ASKED


def test_location_and_file_of_a_local_plan(plan: Plan, plan_path: Path) -> None:
    assert plan.file == plan_path.resolve()
    assert plan.location == str(plan_path.resolve())


def test_the_database_url_comes_from_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert database_url(None) is None
    monkeypatch.setenv(ENVIRONMENT_URL, "sqlite:///from-env.sqlite3")
    assert database_url(None) == "sqlite:///from-env.sqlite3"
    assert database_url("sqlite:///given.sqlite3") == "sqlite:///given.sqlite3"


# ---------------------------------------------------------------- durability
SAVER = textwrap.dedent("""
    import sys
    from planner.domain import model
    from planner.services.plan import open_plan

    plan = open_plan(sys.argv[1])
    n = 0
    while True:
        n += 1
        with plan.unit_of_work() as work:
            helper_id = work.store.add(model.Helper(f"Helper {n}", notes="x" * 500))
            work.commit()
        print(helper_id, flush=True)
""")


def read_lines(process: subprocess.Popen[bytes], count: int, timeout: float) -> list[int]:
    """Up to ``count`` lines the process printed, waiting at most ``timeout`` seconds."""
    assert process.stdout is not None
    found: list[int] = []
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while len(found) < count:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                break
            line = process.stdout.readline()
            if not line:
                break
            found.append(int(line))
    return found


KILL_ROUNDS = [3 + (n * 37) % 120 for n in range(50)]
"""Fifty rounds, each killing the saver after a different number of acknowledged saves."""


@pytest.mark.parametrize("kill_after", KILL_ROUNDS)
def test_a_process_killed_while_saving_keeps_every_acknowledged_save(
    plan_path: Path, kill_after: int
) -> None:
    url = f"sqlite:///{plan_path}"
    open_plan(url).close()  # created and migrated before the saver starts
    process = subprocess.Popen(
        [sys.executable, "-c", SAVER, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    try:
        acknowledged = read_lines(process, kill_after, timeout=30)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        acknowledged += read_lines(process, 10_000, timeout=5)  # printed before the kill
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()

    assert len(acknowledged) >= kill_after, errors
    assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(plan_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        saved = {row[0] for row in connection.execute("SELECT id FROM helper")}
        # The change log is written in the same transaction: one record per saved helper.
        logged = {
            int(row[0])
            for row in connection.execute(
                "SELECT row FROM change WHERE kind = 'helper' AND action = 'insert'"
            )
        }
    connection.close()
    assert set(acknowledged) <= saved
    assert logged == saved
    reopened = open_plan(url)
    try:
        assert len(helper_names(reopened)) == len(saved)
    finally:
        reopened.close()
