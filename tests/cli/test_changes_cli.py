"""``care-planner changes``: the change log on the command line, and ``--follow`` in a
process of its own while another process changes the plan."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from planner.domain.activity import KEEP_DAYS, author_setting
from planner.domain.clock import PIN_VARIABLE
from planner.domain.enums import LegDirection, LegStatus
from planner.domain.helpers import MOST_IN_SEVEN_DAYS
from planner.main import main
from planner.services import activity, freezer, lists, rides, settings
from planner.services.plan import Plan, open_plan
from planner.services.watch import last_seq
from tests.conftest import TODAY, TREATMENT

FIELDS = {"seq", "at", "who", "kind", "id", "action", "summary"}
SHOWN_WITHIN = 2.0
"""Seconds a follower may take to print a change saved elsewhere (DESIGN.md: within 2 s)."""
STARTING = 60.0
"""Seconds a new process may take to start and print its first line (a busy machine)."""


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database-url", url(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def newest(path: Path) -> int:
    plan = open_plan(url(path))
    try:
        return last_seq(plan)
    finally:
        plan.close()


def told(line: dict[str, Any]) -> list[int]:
    return [line["seq"], *line["folded"]]


# ---------------------------------------------------------------------------- printing the log
def test_the_demo_plans_last_changes_in_words(
    demo_file: Path, capsys: pytest.CaptureFixture[str], now: dt.datetime
) -> None:
    status, out, err = run(capsys, "changes", "--database-url", url(demo_file))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert 1 < len(lines) <= activity.RECENT
    stamp = f"{activity.moment_text(now, now.year)}  "
    plan = open_plan(url(demo_file))
    who = plan.author
    plan.close()
    assert all(line.startswith(f"{stamp}{who} ") for line in lines), lines[:3]
    assert any(re.search(r" added a journal entry of \w{3} \d+ \w{3}", line) for line in lines)


def test_json_lines_carry_the_fields(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--database-url", url(demo_file), "changes", "--json")
    assert status == 0
    lines = json_lines(out)
    for line in lines:
        assert line.keys() >= FIELDS
        assert line["action"] in {"insert", "update", "delete"}
        assert dt.datetime.fromisoformat(line["at"])
        assert line["summary"].startswith(line["who"])
    seqs = [seq for line in lines for seq in told(line)]
    last = newest(demo_file)
    assert sorted(seqs) == list(range(last - activity.RECENT + 1, last + 1))


def test_since_a_change_number(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    last = newest(demo_file)
    _, out, _ = run(capsys, "changes", "--json", "--since", "0", "--database-url", url(demo_file))
    everything = json_lines(out)
    assert sorted(seq for line in everything for seq in told(line)) == list(range(1, last + 1))

    since = last - 7
    _, out, _ = run(
        capsys, "changes", "--json", "--since", str(since), "--database-url", url(demo_file)
    )
    after = json_lines(out)
    assert sorted(seq for line in after for seq in told(line)) == list(range(since + 1, last + 1))

    status, out, _ = run(capsys, "changes", "--since", str(last), "--database-url", url(demo_file))
    assert status == 0 and out == f"No changes after change {last}.\n"


@pytest.mark.dated
def test_since_a_day(
    demo_file: Path, capsys: pytest.CaptureFixture[str], today: dt.date, now: dt.datetime
) -> None:
    later = dt.datetime.combine(today + dt.timedelta(days=2), dt.time(8, 30))
    plan = open_plan(url(demo_file))
    try:
        plan.clock.move_to(later)
        settings.change_setting(plan, MOST_IN_SEVEN_DAYS, 5)
    finally:
        plan.close()

    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    status, out, _ = run(capsys, "changes", "--since", tomorrow, "--database-url", url(demo_file))
    assert status == 0
    (line,) = out.splitlines()
    assert line.startswith(activity.moment_text(later, now.year) + "  ")
    assert line.endswith("set the setting helpers most in seven days to “5”")

    _, out, _ = run(
        capsys, "changes", "--json", "--since", today.isoformat(), "--database-url", url(demo_file)
    )
    assert sorted(s for line in json_lines(out) for s in told(line)) == list(
        range(1, newest(demo_file) + 1)
    )

    week_later = (today + dt.timedelta(days=7)).isoformat()
    _, out, _ = run(capsys, "changes", "--since", week_later, "--database-url", url(demo_file))
    assert out.startswith("No changes since ")


@pytest.mark.parametrize("value", ["yesterday", "2026-02-30", "-3", "12a", "2026-3-1", ""])
def test_a_bad_since_is_one_line_and_exit_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    status, out, err = run(capsys, "changes", "--since", value, "--database-url", url(demo_file))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("care-planner: error: --since ")
    assert "Traceback" not in err


def test_an_empty_plan_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.sqlite3"
    open_plan(url(path)).close()
    assert run(capsys, "changes", "--database-url", url(path)) == (
        0,
        "No changes recorded yet.\n",
        "",
    )
    assert run(capsys, "changes", "--json", "--database-url", url(path)) == (0, "", "")


def test_a_named_plan_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    status, out, err = run(capsys, "changes", "--database-url", url(missing))
    assert status == 2 and out == "" and "There is no plan at" in err
    assert not missing.exists()


def test_help_says_what_is_shown_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["changes", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert f"the last {activity.RECENT} changes" in out
    assert "--follow" in out and "--database-url" in out


# ---------------------------------------------------------------------------- narrowing, pruning
def test_the_log_narrows_to_an_author_and_an_area(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = open_plan(url(demo_file))
    me = plan.author
    plan.close()
    with monkeypatch.context() as as_tom:  # another computer user, who set their name
        as_tom.setenv("LOGNAME", "tom")
        tom = open_plan(url(demo_file))
        settings.change_setting(tom, author_setting("tom"), "Tom Becker")
        soup = next(m for m in lists.meals(tom) if m.name == "Chicken and rice soup")
        assert soup.id is not None
        freezer.take_out(tom, soup.id, 1, TREATMENT)
        tom.close()

    _, out, _ = run(capsys, "changes", "--author", "Tom Becker", "--database-url", url(demo_file))
    treatment = activity.day_text(TREATMENT, TODAY.year)
    assert [line.split("  ", 1)[1] for line in out.splitlines()] == [
        "Tom Becker took 1 portion of Chicken and rice soup for " + treatment
    ]

    _, out, _ = run(
        capsys, "changes", "--json", "--area", "freezer", "--database-url", url(demo_file)
    )
    lines = json_lines(out)
    assert lines[-1]["who"] == "Tom Becker" and {line["who"] for line in lines} == {
        me,
        "Tom Becker",
    }
    assert {line["kind"] for line in lines} <= {"freezer_meal", "portions_taken"}

    status, out, _ = run(
        capsys,
        *("changes", "--author", me, "--area", "support", "--since", "0"),
        *("--database-url", url(demo_file)),
    )
    assert status == 0 and out and all(f"  {me} " in line for line in out.splitlines())
    _, out, _ = run(capsys, "changes", "--author", "Nobody", "--database-url", url(demo_file))
    assert out == "No changes match.\n"


def test_prune_removes_what_the_plan_no_longer_keeps(
    demo_file: Path,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = open_plan(url(demo_file))
    try:
        settings.change_setting(plan, KEEP_DAYS, 30)
    finally:
        plan.close()
    status, out, _ = run(capsys, "changes", "--prune", "--database-url", url(demo_file))
    assert (status, out) == (0, f"Removed 0 changes made before {days_from(today, -30)}.\n")

    later = dt.datetime.combine(today + dt.timedelta(days=31), dt.time(9))
    monkeypatch.setenv(PIN_VARIABLE, later.isoformat())
    status, out, _ = run(capsys, "changes", "--prune", "--database-url", url(demo_file))

    assert status == 0 and re.fullmatch(r"Removed \d+ changes made before .+\.\n", out)
    status, out, _ = run(
        capsys, "changes", "--json", "--since", "0", "--database-url", url(demo_file)
    )
    assert [told(line) for line in json_lines(out)] == [[newest(demo_file)]]


def days_from(today: dt.date, days: int) -> str:
    return activity.day_text(today + dt.timedelta(days=days), today.year)


# ---------------------------------------------------------------------------- following
class Follower:
    """``care-planner changes --follow --json`` in a process of its own; its lines are read
    by a thread into a queue (no sleeps: each wait has a time limit)."""

    def __init__(self, database: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "planner", "changes", "--follow", "--json", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "CARE_PLANNER_DATABASE_URL": database},
            # Ctrl+C must reach it as it does in a terminal, even when these tests run
            # with SIGINT ignored (started in the background).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        assert self.process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,))
        self._reader.daemon = True
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def next_line(self, timeout: float) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no line within {timeout} s") from None
        assert line is not None, f"the follower ended: {self.stop(signal.SIGKILL)}"
        found: dict[str, Any] = json.loads(line)
        return found

    def nothing_more(self) -> None:
        assert self.lines.empty()

    def stop(self, sent: int = signal.SIGTERM) -> tuple[int, str]:
        if self.process.poll() is None:
            self.process.send_signal(sent)
        status = self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stderr is not None
        err = self.process.stderr.read()
        self.process.stderr.close()
        assert self.process.stdout is not None
        self.process.stdout.close()
        return status, err


@pytest.fixture
def follower_for() -> Iterator[list[Follower]]:
    started: list[Follower] = []
    yield started
    for follower in started:
        if follower.process.poll() is None:
            follower.process.kill()
            follower.process.wait(timeout=30)


def follow(started: list[Follower], database: str, since: int) -> Follower:
    follower = Follower(database, "--since", str(since))
    started.append(follower)
    return follower


def treatment_leg(plan: Plan, direction: LegDirection) -> int:
    legs, appointments, _ = lists.legs(plan, TODAY)
    (leg,) = [
        leg.id
        for leg in legs
        if leg.direction is direction and appointments[leg.appointment_id].start.date() == TREATMENT
    ]
    assert leg is not None
    return leg


def changes_seen_as_they_are_saved(database: str, started: list[Follower], sent: int) -> None:
    plan = open_plan(database)
    try:
        last = last_seq(plan)
        follower = follow(started, database, last - 1)
        # Its first line is the newest change already saved: it has read the log.
        assert follower.next_line(STARTING)["seq"] == last

        home = treatment_leg(plan, LegDirection.BACK)
        rides.set_leg_status(plan, home, LegStatus.CONFIRMED)
        line = follower.next_line(SHOWN_WITHIN)
        assert (line["kind"], line["id"], line["action"]) == ("ride_leg", home, "update")
        assert line["who"] == plan.author
        treatment = activity.day_text(TREATMENT, TODAY.year)
        assert line["summary"] == f"{plan.author} confirmed the ride home on {treatment}"

        settings.change_setting(plan, MOST_IN_SEVEN_DAYS, 5)
        line = follower.next_line(SHOWN_WITHIN)
        assert line["kind"] == "setting" and line["seq"] == last_seq(plan)
        follower.nothing_more()
    finally:
        plan.close()
    status, err = follower.stop(sent)
    assert (status, err) == (0, "")


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_follow_prints_what_another_process_saves(
    demo_file: Path, follower_for: list[Follower], sent: int
) -> None:
    changes_seen_as_they_are_saved(url(demo_file), follower_for, sent)


def test_follow_on_a_shared_postgresql_plan(
    pg_url: str, follower_for: list[Follower], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--database-url", pg_url]) == 0
    capsys.readouterr()
    changes_seen_as_they_are_saved(pg_url, follower_for, signal.SIGTERM)
