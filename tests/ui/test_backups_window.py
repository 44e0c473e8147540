"""Backups from the window: one when it closes after a change, the list in File > Backups…,
and restoring one (the window then shows the restored plan)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.services import backups, lists
from planner.services.plan import Plan
from planner.ui.mainwindow import BACKUP_EVERY_MS, MainWindow
from tests.conftest import TODAY
from tests.helpers.jobs import ended_job
from tests.ui.conftest import MakeWindow

SCAN = Appointment(AppointmentKind.SCAN, "PET scan", dt.datetime.combine(TODAY, dt.time(15)))


def day_texts(window: MainWindow) -> list[str]:
    return [row.text for row in window.week_page.day_list.rows()]


def test_a_change_is_backed_up_on_close_and_restored_from_the_list(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(demo_plan)
    assert window.backup_timer.isActive() and window.backup_timer.interval() == BACKUP_EVERY_MS
    assert window.automatic_backup() is None  # nothing changed yet: nothing written
    assert window.operations.add_appointment(SCAN) is not None
    window.close()
    (first,) = backups.backups(demo_plan)
    assert first.kind == "automatic"

    window = make_window(demo_plan)
    added = [a for a in lists.appointments(demo_plan) if a.title == "PET scan"]
    assert window.operations.update_appointment(dataclasses.replace(added[0], title="MRI"))
    assert any("MRI" in text for text in day_texts(window))

    dialog = window.open_backups()
    assert dialog.table.rowCount() == 1 and dialog.chosen() == first
    dialog.ask_restore()
    confirm = dialog.confirm_box.findChild(QPushButton, "confirmRestoreButton")
    assert confirm is not None
    confirm.click()

    assert any("PET scan" in text for text in day_texts(window))  # the restored plan
    assert not any("MRI" in text for text in day_texts(window))
    assert window.undo_stack.count() == 0  # steps about the plan before are gone
    kinds = sorted(b.kind for b in backups.backups(demo_plan))
    assert kinds == ["automatic", "before a restore"]
    assert "restored" in window.statusBar().currentMessage()


def break_a_rule(plan_path: Path) -> None:
    """A second live ride there for one appointment (as a bad copy or a bug could leave)."""
    with contextlib.closing(sqlite3.connect(plan_path)) as db:
        db.execute(
            "INSERT INTO ride_leg (appointment_id, direction, pickup_time, pickup_place, status,"
            " notes, travel_minutes, version) SELECT appointment_id, direction, pickup_time,"
            " pickup_place, status, notes, travel_minutes, 1 FROM ride_leg"
            " WHERE status NOT IN ('done', 'cancelled') LIMIT 1"
        )
        db.commit()


def test_a_plan_that_fails_its_checks_at_start_is_offered_its_newest_good_backup(
    demo_plan: Plan,
    plan_path: Path,
    make_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = backups.back_up(demo_plan)
    break_a_rule(plan_path)
    window = make_window(demo_plan)

    ended_job(qtbot, monkeypatch, window.check_plan_file)

    box = window.start_restore_box
    assert good.name in str(backups.check_at_start(demo_plan))  # the one offered
    assert "fails its checks" in box.text()
    confirm = box.findChild(QPushButton, "confirmStartRestoreButton")
    assert confirm is not None
    confirm.click()
    assert backups.check_at_start(demo_plan) is None  # sound again
    assert "restored" in window.statusBar().currentMessage()


def test_a_sound_plan_says_nothing_at_start(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_plan)
    assert ended_job(qtbot, monkeypatch, window.check_plan_file).found == [None]
    assert not hasattr(window, "start_restore_box")
