"""The window's first week worked out by a copy of its process (planner/services/early_week.py).

A copy is made only in a process without Qt or a second thread, as the window's process is
when it starts, so each test runs in a fresh Python process of its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from planner.services.plan import Plan
from tests.helpers.cli import python_says

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="a copy is made only on Linux with a second core",
)

NO_COPY_LEFT = """
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    print('no copy left')
"""
"""Says so when this process has no child left, not even one ended and not yet reaped."""


def run(code: str, plan_file: Path) -> list[str]:
    prelude = (
        "import os, sys\n"
        "from planner.services import early_week\n"
        "from planner.services.plan import open_plan\n"
        f"url = {f'sqlite:///{plan_file}'!r}\n"
    )
    return python_says(prelude + code)


def closed(plan: Plan) -> Path:
    assert plan.file is not None
    plan.close()
    return plan.file


def test_the_copy_works_out_the_week_the_window_would_read_and_hands_it_over_once(
    demo_plan: Plan,
) -> None:
    said = run(
        "print(early_week.start(url))\n"
        "plan = open_plan(url)\n"
        "day = plan.clock.today()\n"
        "early = early_week.take(plan, day)\n"
        # The window's own read, as planner/ui/week/page.py reads it without a copy
        "print(early is not None and early == early_week.read(plan, day, day, steps=True))\n"
        "print(len(early[1].gaps) > 0, len(early[0]) > 0)\n"
        "print(early_week.take(plan, day))\n" + NO_COPY_LEFT,
        closed(demo_plan),
    )
    assert said == ["True", "True", "True True", "None", "no copy left"]


def test_a_change_saved_after_the_copy_read_the_plan_sends_the_window_to_read_it_itself(
    demo_plan: Plan,
) -> None:
    said = run(
        "print(early_week.start(url))\n"
        "os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)  # the copy has read and handed over\n"
        "plan = open_plan(url)\n"
        "from planner.services import journal\n"
        "journal.change_symptoms(plan, ('tired',))\n"
        "print(early_week.take(plan, plan.clock.today()))\n",
        closed(demo_plan),
    )
    assert said == ["True", "None"]


def test_another_day_or_another_plan_file_is_read_by_the_window_itself(
    demo_plan: Plan, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    said = run(
        "import datetime as dt\n"
        "print(early_week.start(url))\n"
        "plan = open_plan(url)\n"
        "print(early_week.take(plan, plan.clock.today() + dt.timedelta(days=7)))\n"
        "print(early_week.start(url))\n"
        f"print(early_week.take(open_plan({f'sqlite:///{other}'!r}), plan.clock.today()))\n",
        closed(demo_plan),
    )
    assert said == ["True", "None", "True", "None"]


def test_a_file_the_copy_cannot_read_as_a_plan_hands_back_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a header, then nonsense
    said = run(
        "print(early_week.start(url))\n"
        f"plan = open_plan({f'sqlite:///{tmp_path}/new.sqlite3'!r})\n"
        "print(early_week.take(plan, plan.clock.today()))\n" + NO_COPY_LEFT,
        broken,
    )
    assert said == ["True", "None", "no copy left"]


def test_a_copy_nobody_takes_is_stopped(demo_plan: Plan) -> None:
    said = run(
        "print(early_week.start(url))\n"
        "early_week.discard()\n" + NO_COPY_LEFT + "print(early_week.take(open_plan(url), None))\n",
        closed(demo_plan),
    )
    assert said == ["True", "no copy left", "None"]


def test_no_copy_is_made_once_qt_or_a_thread_runs_nor_of_a_missing_file(
    demo_plan: Plan, tmp_path: Path
) -> None:
    """A copy of a process inherits none of its other threads, but every lock they held."""
    missing = f"sqlite:///{tmp_path / 'missing.sqlite3'}"
    said = run(
        f"print(early_week.start({missing!r}))\n"
        "import threading\n"
        "stop = threading.Event()\n"
        "thread = threading.Thread(target=stop.wait)\n"
        "thread.start()\n"
        "print(early_week.start(url))\n"
        "stop.set(); thread.join()\n"
        "import PySide6.QtCore\n"
        "print(early_week.start(url))\n",
        closed(demo_plan),
    )
    assert said == ["False", "False", "False"]


def test_a_copy_that_never_hands_over_is_given_up_on_and_stopped(demo_plan: Plan) -> None:
    said = run(
        "import threading\n"
        "early_week.WAIT_SECONDS = 0.2\n"
        "early_week.week_service.coming_days = lambda *a, **k: threading.Event().wait()\n"
        "print(early_week.start(url))\n"
        "plan = open_plan(url)\n"
        "print(early_week.take(plan, plan.clock.today()))\n" + NO_COPY_LEFT,
        closed(demo_plan),
    )
    assert said == ["True", "None", "no copy left"]
