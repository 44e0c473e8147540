"""The end-to-end slice: a gap, its fix button, the ride confirmed, undo and redo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, LegStatus
from planner.domain.errors import PlannerError
from planner.domain.gaps import RIDE_NOT_CONFIRMED, Gap
from planner.services import lists, rides, undo
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def gaps_of(window: MainWindow) -> list[Gap]:
    model = window.week_page.gaps.model
    return [model.gap(row) for row in range(model.rowCount())]


def ride_home_gap(window: MainWindow) -> tuple[int, Gap]:
    return next(
        (row, gap) for row, gap in enumerate(gaps_of(window)) if gap.kind == RIDE_NOT_CONFIRMED
    )


def leg_status(plan: Plan, leg_id: int) -> LegStatus:
    legs, _, _ = lists.legs(plan, since=TODAY)
    return next(leg.status for leg in legs if leg.id == leg_id)


def test_fix_confirm_undo_redo(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    row, gap = ride_home_gap(window)
    button = window.week_page.gaps.fix_button(row)
    assert button.text() == "Confirm the driver"
    assert gap.fix.record_id is not None

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_area() is Area.RIDES
    page = window.rides_page
    assert page.table.selected_id() == gap.fix.record_id
    assert page.table.hasFocus()
    assert page.mark_confirmed.isEnabled()
    assert not page.mark_asked.isEnabled()  # it was asked already

    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert leg_status(demo_plan, gap.fix.record_id) is LegStatus.CONFIRMED
    assert page.table.selected_id() == gap.fix.record_id  # still selected after the refresh
    assert not page.mark_confirmed.isEnabled()
    assert window.action_undo.text() == "&Undo Mark ride confirmed"
    window.show_area(Area.WEEK)
    assert gap not in gaps_of(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert leg_status(demo_plan, gap.fix.record_id) is LegStatus.ASKED
    assert gap in gaps_of(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert leg_status(demo_plan, gap.fix.record_id) is LegStatus.CONFIRMED
    assert gap not in gaps_of(window)

    window.show_area(Area.WEEK)
    assert not gaps_of(window)
    assert window.week_page.gaps.all_clear.isVisibleTo(window)


def test_enter_on_a_gap_row_fixes_it_too(window: MainWindow, qtbot: QtBot) -> None:
    row, gap = ride_home_gap(window)
    view = window.week_page.gaps.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_area() is Area.RIDES
    assert window.rides_page.table.selected_id() == gap.fix.record_id


def test_only_the_concerned_pages_are_refreshed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, gap = ride_home_gap(window)
    window.fix_gap(gap)
    refreshed: list[Area] = []
    for area, page in window.pages.items():
        real = page.refresh

        def spy(area: Area = area, real: Callable[[], None] = real) -> None:
            refreshed.append(area)
            real()

        monkeypatch.setattr(page, "refresh", spy)
    window.rides_page.mark_confirmed.trigger()
    assert refreshed == [Area.RIDES]  # the page in view; This week waits until shown
    window.show_area(Area.WEEK)
    window.show_area(Area.RIDES)
    window.show_area(Area.WEEK)
    assert refreshed == [Area.RIDES, Area.WEEK]


def test_pages_load_when_first_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    refreshed: list[Area] = []
    for area, page in window.pages.items():
        monkeypatch.setattr(page, "refresh", lambda area=area: refreshed.append(area))
    window.show_area(Area.FREEZER)
    window.show_area(Area.WEEK)
    window.show_area(Area.FREEZER)
    assert refreshed == [Area.FREEZER]


def test_mark_asked_needs_a_driver(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    legs, _, helpers = lists.legs(demo_plan, since=TODAY)
    leg = next(leg for leg in legs if leg.status is LegStatus.NEEDED and leg.id is not None)
    assert leg.id is not None
    window.show_area(Area.RIDES)
    page = window.rides_page
    page.select_record(leg.id)
    assert not page.mark_asked.isEnabled()
    assert "no driver" in page.hint.text()

    rides.set_driver(demo_plan, leg.id, next(iter(helpers)))
    page.refresh()
    assert page.table.selected_id() == leg.id
    assert page.mark_asked.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    assert leg_status(demo_plan, leg.id) is LegStatus.ASKED
    assert window.undo_stack.count() == 1


def test_a_refused_change_shows_a_warning_and_changes_nothing(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **keywords: object) -> None:
        raise PlannerError("The ride leg is no longer in the plan.")

    _, gap = ride_home_gap(window)
    window.fix_gap(gap)
    monkeypatch.setattr(rides, "set_leg_status", refuse)
    window.rides_page.mark_confirmed.trigger()

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert box.text() == "The ride leg is no longer in the plan."
    assert box.icon() is QMessageBox.Icon.Warning
    with qtbot.waitSignal(box.finished):
        box.accept()
    assert window.undo_stack.count() == 0
    assert gap in gaps_of(window)
    assert gap.fix.record_id is not None
    assert leg_status(demo_plan, gap.fix.record_id) is LegStatus.ASKED


def test_an_undo_that_fails_is_dropped_with_a_warning(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, gap = ride_home_gap(window)
    window.fix_gap(gap)
    window.rides_page.mark_confirmed.trigger()
    assert window.undo_stack.count() == 1

    def refuse(*args: object, **keywords: object) -> None:
        raise PlannerError("Someone else changed this record just now.")

    monkeypatch.setattr(undo, "put_back", refuse)  # what undo calls
    window.action_undo.trigger()
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.text() == "Someone else changed this record just now."
    with qtbot.waitSignal(box.finished):
        box.accept()
    assert window.undo_stack.count() == 0


def test_a_leg_someone_else_changed_meanwhile_is_not_saved_over(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    """Another caregiver takes the ride home off Ana while this window still shows it."""
    _, gap = ride_home_gap(window)
    window.fix_gap(gap)
    assert gap.fix.record_id is not None
    rides.set_driver(demo_plan, gap.fix.record_id, None)  # the other window's change

    window.rides_page.mark_confirmed.trigger()

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert "Someone else changed" in box.text()
    with qtbot.waitSignal(box.finished):
        box.accept()
    legs, _, _ = lists.legs(demo_plan, since=TODAY)
    leg = next(leg for leg in legs if leg.id == gap.fix.record_id)
    assert (leg.status, leg.driver_id) == (LegStatus.NEEDED, None)
    assert window.undo_stack.count() == 0
