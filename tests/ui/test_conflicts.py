"""A save refused because someone else changed the record first: the person sees what they
changed, field by field, and each choice does what it says."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment, Helper
from planner.services import lists
from planner.services.plan import Plan, open_plan
from planner.ui.helpers import commands as people_commands
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY
from tests.helpers.conflicts import BACK_TO_EDITING, PUT_MINE_ON_TOP, USE_THEIRS, answer_conflict
from tests.ui.conftest import MakeWindow

SCAN = Appointment(
    AppointmentKind.SCAN,
    "PET scan",
    dt.datetime.combine(TODAY, dt.time(15)),
    location="Clinic",
    notes="Fasting from 9",
)


@pytest.fixture
def two_windows(
    plan: Plan, plan_path: Path, make_window: MakeWindow
) -> Iterator[tuple[MainWindow, MainWindow]]:
    other = open_plan(f"sqlite:///{plan_path}")
    yield make_window(plan), make_window(other)
    other.close()


def edited_elsewhere(first: MainWindow, second: MainWindow) -> tuple[Appointment, Appointment]:
    """The scan as the first window read it, and as the second window then saved it."""
    mine = first.operations.add_appointment(SCAN)
    assert mine is not None
    theirs = second.operations.update_appointment(
        dataclasses.replace(mine, start=mine.start + dt.timedelta(hours=1))
    )
    assert theirs is not None
    return mine, theirs


def test_the_conflict_shows_their_change_and_use_theirs_keeps_it(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    mine, theirs = edited_elsewhere(first, second)
    seen: list[list[str]] = []

    answer_conflict(USE_THEIRS, seen)
    kept = first.operations.update_appointment(dataclasses.replace(mine, notes="No fasting"))

    assert kept == theirs  # the dialog closes on their values
    ((field, before, their_value, yours),) = seen
    assert field == "Start"
    assert "15:00" in before and "16:00" in their_value and "root" in their_value
    assert "15:00" in yours  # the start as this person left it
    (stored,) = lists.appointments(first.plan)
    assert (stored.start, stored.notes) == (theirs.start, "Fasting from 9")


def test_put_mine_on_top_saves_mine_over_theirs(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    mine, theirs = edited_elsewhere(first, second)

    answer_conflict(PUT_MINE_ON_TOP)
    saved = first.operations.update_appointment(dataclasses.replace(mine, notes="No fasting"))

    assert saved is not None and saved.notes == "No fasting"
    (stored,) = lists.appointments(first.plan)
    assert stored.notes == "No fasting" and stored.start == mine.start  # all of mine
    assert theirs.version is not None and stored.version == theirs.version + 1
    first.undo_stack.undo()  # and it is one step, undone like any other
    (stored,) = lists.appointments(first.plan)
    assert (stored.start, stored.notes) == (theirs.start, theirs.notes)


def test_back_to_editing_saves_nothing_and_says_nothing(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    mine, theirs = edited_elsewhere(first, second)
    warnings: list[str] = []
    first.operations.failed.connect(warnings.append)

    answer_conflict(BACK_TO_EDITING)
    saved = first.operations.update_appointment(dataclasses.replace(mine, notes="No fasting"))

    assert saved is None and warnings == []  # the form stays open as filled in
    (stored,) = lists.appointments(first.plan)
    assert stored == theirs


def test_a_helper_edited_elsewhere_asks_too_and_mine_on_top_keeps_mine(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    ann = people_commands.save(first.operations, Helper("Ann Lee", phone="+44 7700 900001"))
    assert ann is not None
    theirs = people_commands.save(second.operations, dataclasses.replace(ann, notes="Evenings"))
    assert theirs is not None
    seen: list[list[str]] = []

    answer_conflict(PUT_MINE_ON_TOP, seen)
    mine = people_commands.save(first.operations, dataclasses.replace(ann, phone="+44 7700 900002"))

    assert [row[0] for row in seen] == ["Notes"]
    assert mine is not None and mine.phone == "+44 7700 900002"
    assert mine.version is not None and theirs.version is not None
    assert mine.version == theirs.version + 1
