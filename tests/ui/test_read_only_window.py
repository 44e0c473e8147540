"""The window on a plan file that cannot be written: it shows, backs up and exports, and
every action that would change the plan is off, with a note saying why."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.domain.errors import READ_ONLY
from planner.domain.model import Helper
from planner.services import helpers
from planner.services.demo import fill_demo
from planner.services.plan import Plan, open_plan
from planner.ui import theme
from planner.ui.freezer.page import FreezerPage
from tests.helpers.disks import immutable
from tests.ui.conftest import MakeWindow


@pytest.fixture
def read_only_plan(tmp_path: Path) -> Plan:
    path = tmp_path / "plan.sqlite3"
    plan = open_plan(f"sqlite:///{path}")
    fill_demo(plan)
    plan.close()
    with immutable(path):
        opened = open_plan(f"sqlite:///{path}")
        yield opened  # type: ignore[misc]
        opened.close()


def action(window: object, name: str) -> QAction:
    found = cast(QAction, window.findChild(QAction, name))  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def test_the_window_says_it_is_read_only_and_keeps_edits_off(
    read_only_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(read_only_plan)
    bar = window.findChild(QLabel, "readOnlyBar")
    assert bar is not None and bar.isVisible()
    assert "cannot be written" in bar.text()
    where = window.findChild(QLabel, "planLocation")
    assert where is not None and where.text().endswith("(read-only)")

    window.show_area(Area.FREEZER)
    page = cast(FreezerPage, window.pages[Area.FREEZER])
    qtbot.wait_until(lambda: page.table.model().rowCount() > 0)
    page.table.selectRow(0)  # a chosen row turns Edit on, on a plan that can be written
    for name in ("actionAddMeal", "actionEditMeal", "actionDeleteMeal", "actionTakeOut"):
        assert not action(window, name).isEnabled(), name
    assert action(window, "actionExportStock").isEnabled()
    assert action(window, "actionPrintLabels").isEnabled()
    assert action(window, "actionBackUp").isEnabled()
    assert not action(window, "actionPlanCourseMenu").isEnabled()


def test_preferences_show_the_plans_settings_off_and_this_computers_on(
    read_only_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(read_only_plan)
    assert action(window, "actionPreferences").isEnabled()
    dialog = window.open_preferences()
    qtbot.wait_until(dialog.isVisible)
    gaps = dialog.findChild(QLineEdit, "preferenceGapHorizon")
    assert gaps is not None and not gaps.isEnabled() and "read-only" in gaps.toolTip()
    assert dialog.appearance.isEnabled() and dialog.appearance.theme.isEnabled()
    dialog.appearance.theme.setCurrentIndex(dialog.appearance.theme.findData("dark"))
    try:
        with qtbot.wait_signal(dialog.finished):
            dialog.accept()  # nothing of the plan's changed: nothing is written to it
        assert theme.saved_choice() is theme.Choice.DARK and theme.current().name == "dark"
    finally:
        theme.reset(QApplication.instance())  # type: ignore[arg-type]


def test_a_change_that_gets_through_is_refused_in_words(
    read_only_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(read_only_plan)
    with qtbot.wait_signal(window.operations.failed) as failed:
        window.operations.call(lambda: helpers.add_helper(read_only_plan, Helper("Zed", "0123")))
    assert failed.args == [READ_ONLY]


def test_a_plan_that_can_be_written_has_no_bar(window: object) -> None:
    assert window.findChild(QLabel, "readOnlyBar") is None  # type: ignore[attr-defined]
