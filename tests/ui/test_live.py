"""Two windows on one plan: each shows what the other saves, and neither overwrites the
other silently. (The PostgreSQL variant lives in tests/store/test_live_postgres.py.)"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, Area, JournalKind
from planner.domain.model import Appointment, JournalEntry
from planner.services import lists
from planner.services.journal import Noted
from planner.services.plan import Plan, open_plan
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.freezer.page import FreezerPage
from planner.ui.helpers import commands as people_commands
from planner.ui.helpers.page import HelpersPage
from planner.ui.journal.commands import JournalActions
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY
from tests.helpers.conflicts import BACK_TO_EDITING, answer_conflict
from tests.ui.conftest import MakeWindow

SHOWN_WITHIN_MS = 2000
"""The bar: a change saved in one window is painted in another within 2 s on SQLite."""


def day_texts(window: MainWindow) -> list[str]:
    return [row.text for row in window.week_page.day_list.rows()]


@pytest.fixture
def other_plan(plan_path: Path, demo_plan: Plan) -> Iterator[Plan]:
    """The same plan file, opened a second time (as a second window would)."""
    opened = open_plan(f"sqlite:///{plan_path}")
    yield opened
    opened.close()


@pytest.fixture
def two_windows(
    demo_plan: Plan, other_plan: Plan, make_window: MakeWindow
) -> tuple[MainWindow, MainWindow]:
    return make_window(demo_plan), make_window(other_plan)


SCAN = Appointment(
    AppointmentKind.SCAN, "PET scan", dt.datetime.combine(TODAY, dt.time(15)), location="Clinic"
)


def test_an_appointment_added_in_one_window_shows_in_the_other(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    assert not any("PET scan" in text for text in day_texts(second))

    assert first.operations.add_appointment(SCAN) is not None

    qtbot.wait_until(
        lambda: any("PET scan" in text for text in day_texts(second)), timeout=SHOWN_WITHIN_MS
    )
    assert second.statusBar().currentMessage().endswith("as it is now.")


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//clinic//EN
BEGIN:VEVENT
UID:scan-1@clinic
DTSTAMP:20260301T090000Z
DTSTART:20260311T160000
DTEND:20260311T170000
SUMMARY:MRI scan
END:VEVENT
END:VCALENDAR
"""


def test_a_change_from_the_command_line_shows_in_the_window(
    demo_plan: Plan, plan_path: Path, tmp_path: Path, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(demo_plan)
    calendar = tmp_path / "clinic.ics"
    calendar.write_text(CALENDAR)

    done = subprocess.run(
        [sys.executable, "-m", "planner", "import", str(calendar)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "CARE_PLANNER_DATABASE_URL": f"sqlite:///{plan_path}"},
    )
    assert done.returncode == 0, done.stderr

    qtbot.wait_until(
        lambda: any("MRI scan" in text for text in day_texts(window)), timeout=SHOWN_WITHIN_MS
    )
    assert window.statusBar().currentMessage().endswith("as it is now.")


def note(window: MainWindow) -> JournalEntry:
    at = dt.datetime.combine(TODAY, dt.time(8))
    noted = JournalActions(window.operations, window.now).note(
        JournalEntry(JournalKind.SIDE_EFFECT, at, "Nausea", 4)
    )
    assert isinstance(noted, Noted)
    return noted.entry


def test_a_journal_edit_from_an_older_copy_is_not_saved_over_theirs(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    entry = note(first)
    mine = JournalActions(first.operations, first.now)
    theirs = JournalActions(second.operations, second.now)

    saved = mine.edit_entry(dataclasses.replace(entry, note="Better after lunch"))
    assert isinstance(saved, JournalEntry)
    seen: list[list[str]] = []
    answer_conflict(BACK_TO_EDITING, seen)
    refused = theirs.edit_entry(dataclasses.replace(entry, severity=7))  # from the old copy

    assert refused == ""  # the form stays open as typed, nothing saved
    assert [row[0] for row in seen] == ["Note"]  # what the other person changed
    (stored,) = [e for e in lists.journal(first.plan) if e.id == entry.id]
    assert (stored.note, stored.severity) == ("Better after lunch", 4)  # nothing lost


def test_undo_over_someone_elses_change_is_refused_and_the_step_dropped(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    added = first.operations.add_appointment(SCAN)
    assert added is not None
    qtbot.wait_until(
        lambda: any("PET scan" in text for text in day_texts(second)), timeout=SHOWN_WITHIN_MS
    )
    assert second.operations.update_appointment(dataclasses.replace(added, title="PET-CT scan"))
    assert first.undo_stack.canUndo()

    with qtbot.waitSignal(first.operations.failed) as refusal:
        first.undo_stack.undo()  # would delete the scan someone else has just renamed

    assert "Someone else changed" in refusal.args[0]
    assert [a.title for a in lists.appointments(first.plan) if a.id == added.id] == ["PET-CT scan"]
    assert first.undo_stack.undoText() != "Add PET scan"  # the step is gone, not half-done
    assert first.undo_stack.redoText() != "Add PET scan"


def test_an_open_form_says_when_its_record_changed_and_reloads_their_values(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    added = first.operations.add_appointment(SCAN)
    assert added is not None and added.id is not None
    first.show_area(Area.APPOINTMENTS)
    page = cast(AppointmentsPage, first.pages[Area.APPOINTMENTS])
    assert page.select_record(added.id)
    dialog = page.edit()
    assert dialog is not None
    bar = dialog.findChild(QFrame, "changedMeanwhileBar")
    assert bar is not None and not bar.isVisibleTo(dialog)

    assert second.operations.update_appointment(dataclasses.replace(added, title="PET-CT scan"))

    qtbot.wait_until(lambda: bar.isVisibleTo(dialog), timeout=SHOWN_WITHIN_MS)
    text = bar.findChild(QLabel, "changedMeanwhileText")
    assert text is not None and "changed this appointment meanwhile" in text.text()
    reload = bar.findChild(QPushButton, "reloadButton")
    assert reload is not None
    reload.click()
    assert dialog.title.text() == "PET-CT scan" and not bar.isVisibleTo(dialog)
    dialog.notes.setPlainText("Bring the letter")
    dialog.accept()  # from their version now: saved without a conflict

    (stored,) = [a for a in lists.appointments(first.plan) if a.id == added.id]
    assert (stored.title, stored.notes) == ("PET-CT scan", "Bring the letter")


def test_two_windows_on_a_shared_plan_see_each_others_changes(
    pg_url: str, make_window: MakeWindow, qtbot: QtBot
) -> None:
    plans = [open_plan(pg_url), open_plan(pg_url)]
    try:
        first, second = (make_window(p) for p in plans)
        assert first.operations.add_appointment(SCAN) is not None

        qtbot.wait_until(
            lambda: any("PET scan" in text for text in day_texts(second)),
            timeout=SHOWN_WITHIN_MS,
        )
        first.close()
        second.close()
    finally:
        QThreadPool.globalInstance().waitForDone(20_000)  # the windows' reads end first
        for plan in plans:
            plan.close()


def test_the_people_and_freezer_forms_say_when_their_record_changed(
    two_windows: tuple[MainWindow, MainWindow], qtbot: QtBot
) -> None:
    first, second = two_windows
    first.show_area(Area.HELPERS)
    page = cast(HelpersPage, first.pages[Area.HELPERS])
    (helper, *_) = lists.helpers(first.plan)
    dialog = page._open_helper(helper)
    bar = dialog.findChild(QFrame, "changedMeanwhileBar")
    assert bar is not None and not bar.isVisibleTo(dialog)
    reload = bar.findChild(QPushButton, "reloadButton")
    assert reload is not None and not reload.isVisibleTo(dialog)  # saving asks instead

    changed = people_commands.save(second.operations, dataclasses.replace(helper, notes="Away"))
    assert changed is not None

    qtbot.wait_until(lambda: bar.isVisibleTo(dialog), timeout=SHOWN_WITHIN_MS)
    text = bar.findChild(QLabel, "changedMeanwhileText")
    assert text is not None and "changed this helper meanwhile" in text.text()
    dialog.reject()

    first.show_area(Area.FREEZER)
    freezer_page = cast(FreezerPage, first.pages[Area.FREEZER])
    (meal, *_) = lists.meals(first.plan)
    meal_dialog = freezer_page._open(meal)
    assert meal_dialog.findChild(QFrame, "changedMeanwhileBar") is not None
    meal_dialog.reject()
