"""Every action without a mouse: Help > Keyboard shortcuts, and the coming days by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.domain.week import ItemType
from planner.ui.areas import AREAS, area_title
from planner.ui.dialogs.shortcuts import ShortcutsDialog, plain
from planner.ui.mainwindow import MainWindow
from planner.ui.week.days import DayList
from planner.ui.week.model import RowKind

NATIVE = QKeySequence.SequenceFormat.NativeText


def open_shortcuts(window: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    window.action_shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.wait_until(dialog.isVisible)
    return dialog


def test_the_help_menu_opens_the_shortcuts_with_a_free_key(window: MainWindow) -> None:
    action = window.action_shortcuts
    help_menu = window.findChild(QMenu, "menuHelp")
    assert help_menu is not None
    assert action in help_menu.actions()
    keys = action.shortcut()
    assert keys == QKeySequence("Ctrl+/")
    # No other action of the window (or of any page) answers the same key.
    for area in Area:
        window.show_area(area)
    others = [
        a.objectName()
        for a in window.findChildren(QAction)
        if a is not action and keys in a.shortcuts()
    ]
    assert others == []


def test_the_shortcuts_list_every_menu_and_area_key_in_native_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_shortcuts(window, qtbot)
    rows = dialog.shown_shortcuts()
    groups = [group for group, _, _ in rows]
    # By menu, then by area, read from the actions when it opened.
    assert {"File", "Edit", "View", "Help"} <= set(groups)
    assert "Coming days" in groups and "Appointments" in groups and "Journal" in groups
    expected = {
        (plain(window.action_preferences.text()), window.action_preferences.shortcut()),
        (plain(window.action_larger.text()), window.action_larger.shortcut()),
        (plain(window.action_shortcuts.text()), window.action_shortcuts.shortcut()),
    }
    listed = {(what, keys) for _, what, keys in rows}
    for what, sequence in expected:
        assert any(w == what and sequence.toString(NATIVE) in k for w, k in listed), what
    for entry in AREAS:  # each area's own key, under the View menu
        assert ("View", entry.title(), QKeySequence(entry.shortcut).toString(NATIVE)) in rows
    # A page's own keys are under its area, the list's own keys too.
    assert ("Coming days", "Next day", "Ctrl+Down or PgDown") in rows
    appointments = [what for group, what, _ in rows if group == "Appointments"]
    assert "Add" in appointments
    with qtbot.wait_signal(dialog.finished):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)


def test_typing_searches_the_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_shortcuts(window, qtbot)
    qtbot.wait_until(dialog.search.hasFocus)
    everything = dialog.shown_shortcuts()
    qtbot.keyClicks(dialog.search, "text size")
    found = dialog.shown_shortcuts()
    assert found and len(found) < len(everything)
    assert {what for _, what, _ in found} == {"Normal text size"}
    dialog.search.clear()
    # Letters typed in the list go to the search field.
    tree = dialog.findChild(QTableWidget, "shortcutsList")
    assert tree is not None
    tree.setFocus()
    qtbot.keyClicks(tree, "quit")
    assert dialog.search.text() == "quit"
    assert [what for _, what, _ in dialog.shown_shortcuts()] == ["Quit"]
    qtbot.keyClicks(dialog.search, "xyz")
    assert dialog.shown_shortcuts() == []
    assert dialog.nothing.isVisibleTo(dialog)
    with qtbot.wait_signal(dialog.finished):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)


def focus_days(window: MainWindow, qtbot: QtBot) -> DayList:
    days = window.week_page.day_list
    days.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(days.hasFocus)
    days.setCurrentIndex(days.model().index(0, 0))
    return days


def test_the_coming_days_move_day_by_day(window: MainWindow, qtbot: QtBot) -> None:
    days = focus_days(window, qtbot)
    headings = [n for n, row in enumerate(days.rows()) if row.kind is RowKind.HEADING]
    assert len(headings) == 7
    for key, modifier in ((Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier),) * 3 + (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    ) * 3:
        before = days.currentIndex().row()
        qtbot.keyClick(days, key, modifier)
        after = days.currentIndex().row()
        assert after == min(h for h in headings if h > before)
        assert days.selectionModel().isSelected(days.currentIndex())
    assert days.currentIndex().row() == headings[-1]
    qtbot.keyClick(days, Qt.Key.Key_PageDown)  # the last day: it stays
    assert days.currentIndex().row() == headings[-1]
    qtbot.keyClick(days, Qt.Key.Key_Down)  # into the last day's items, row by row
    assert days.currentIndex().row() == headings[-1] + 1
    qtbot.keyClick(days, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert days.currentIndex().row() == headings[-1]  # from an item: its own day's heading
    qtbot.keyClick(days, Qt.Key.Key_PageUp)
    assert days.currentIndex().row() == headings[-2]


def test_each_item_is_reached_marked_and_described(window: MainWindow, qtbot: QtBot) -> None:
    days = focus_days(window, qtbot)
    rows = days.rows()
    for n in range(1, len(rows)):
        qtbot.keyClick(days, Qt.Key.Key_Down)
        current = days.currentIndex()
        assert current.row() == n
        assert days.selectionModel().selectedIndexes() == [current]  # drawn as chosen
        assert current.data(Qt.ItemDataRole.AccessibleTextRole) == rows[n].text
        # What a screen reader is told of the list's focused row.
        focused = QAccessible.queryAccessibleInterface(days).focusChild()
        assert focused is not None
        assert focused.text(QAccessible.Text.Name) == rows[n].text
        item = rows[n].item
        if item is not None:
            area = area_title(item.type.area)
            said = focused.text(QAccessible.Text.Description)
            assert said == f"Enter opens it in {area}."


def test_enter_opens_an_item_in_its_area(window: MainWindow, qtbot: QtBot) -> None:
    days = focus_days(window, qtbot)
    rows = days.rows()
    ride = next(n for n, row in enumerate(rows) if row.item and row.item.type is ItemType.RIDE)
    days.setCurrentIndex(days.model().index(ride, 0))
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert window.current_area() is Area.RIDES
    rides = window.pages[Area.RIDES]
    leg = rows[ride].item
    assert leg is not None
    assert rides.table.selected_id() == leg.id  # type: ignore[attr-defined]
    # A heading opens nothing.
    window.show_area(Area.WEEK)
    days = focus_days(window, qtbot)
    qtbot.keyClick(days, Qt.Key.Key_Enter)
    assert window.current_area() is Area.WEEK


def test_a_double_click_opens_an_item_like_enter(window: MainWindow, qtbot: QtBot) -> None:
    days = window.week_page.day_list
    rows = days.rows()
    appointment = next(
        n for n, row in enumerate(rows) if row.item and row.item.type is ItemType.APPOINTMENT
    )
    index = days.model().index(appointment, 0)
    days.scrollTo(index)
    QApplication.processEvents()
    centre = days.visualRect(index).center()
    # QTest's double click is one event: the press before it comes first, as from a mouse.
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_area() is Area.WEEK  # one click only chooses
    qtbot.mouseDClick(days.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_area() is Area.APPOINTMENTS
    item = rows[appointment].item
    assert item is not None
    page = window.pages[Area.APPOINTMENTS]
    assert page.table.selected_id() == item.id  # type: ignore[attr-defined]


def table_of(window: MainWindow, area: Area, where: str) -> Any:
    """Show ``area`` and the list named by ``where`` (an attribute path on its page),
    with its tab in front."""
    window.show_area(area)
    found: Any = window.pages[area]
    for part in where.split("."):
        found = getattr(found, part)
    tabs = getattr(window.pages[area], "tabs", None)
    if tabs is not None:
        holder = found
        while holder is not None and tabs.indexOf(holder) < 0:
            holder = holder.parentWidget()
        if holder is not None:
            tabs.setCurrentWidget(holder)
    return found


LISTS = {
    "appointments": (Area.APPOINTMENTS, "table"),
    "rides": (Area.RIDES, "table"),
    "freezer meals": (Area.FREEZER, "table"),
    "helpers": (Area.HELPERS, "helpers_tab.table"),
    "help tasks": (Area.HELPERS, "tasks_tab.table"),
    "contacts": (Area.HELPERS, "contacts_tab.table"),
    "support groups": (Area.SUPPORT, "table"),
    "journal entries": (Area.JOURNAL, "table"),
    "questions": (Area.JOURNAL, "questions"),
    "medicines": (Area.MEDICINES, "table"),
}


@pytest.mark.parametrize("name", LISTS)
def test_enter_opens_the_chosen_row_of_every_list(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    area, where = LISTS[name]
    table = table_of(window, area, where)
    assert table.model().rowCount() > 0, f"the demo plan has no {name}"
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(table.hasFocus)
    table.selectRow(0)
    if table.selected_id() is None:  # a day's heading (rides): the first record's row
        table.selectRow(1)
    before = set(window.findChildren(QDialog))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1, f"Enter on {name} opened {opened}"
    with qtbot.wait_signal(opened[0].finished):
        opened[0].reject()


def test_delete_removes_a_row_of_the_list_with_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    """On the Journal's Questions tab, Delete deletes the chosen question, not the entry
    chosen on the Entries tab."""
    journal = window.pages[Area.JOURNAL]
    entries = table_of(window, Area.JOURNAL, "table")
    entries.selectRow(0)
    entry_count = journal.model.rowCount()  # type: ignore[attr-defined]
    questions = table_of(window, Area.JOURNAL, "questions")
    count = questions.model().rowCount()
    assert count > 0
    questions.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(questions.hasFocus)
    questions.selectRow(0)
    qtbot.keyClick(questions, Qt.Key.Key_Delete)
    qtbot.wait_until(lambda: questions.model().rowCount() == count - 1)
    assert journal.model.rowCount() == entry_count  # type: ignore[attr-defined]
    # And Delete in the entries' list deletes an entry.
    entries = table_of(window, Area.JOURNAL, "table")
    entries.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(entries.hasFocus)
    entries.selectRow(0)
    qtbot.keyClick(entries, Qt.Key.Key_Delete)
    qtbot.wait_until(lambda: journal.model.rowCount() == entry_count - 1)  # type: ignore[attr-defined]
    assert questions.model().rowCount() == count - 1


@pytest.mark.parametrize(
    ("area", "other"), [(Area.MEDICINES, "dose_table"), (Area.FREEZER, "coverage.table")]
)
def test_delete_on_another_tab_deletes_nothing_of_the_first(
    window: MainWindow, qtbot: QtBot, area: Area, other: str
) -> None:
    """A medicine (a meal) chosen on its tab is not what Delete deletes from a dose (the
    hard days' coverage) on another: Delete acts in the list that has the keyboard."""
    records = table_of(window, area, "table")
    records.selectRow(0)
    assert window.pages[area].delete_action.isEnabled()  # type: ignore[attr-defined]
    elsewhere = table_of(window, area, other)
    assert elsewhere.model().rowCount() > 0
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(elsewhere.hasFocus)
    elsewhere.setCurrentIndex(elsewhere.model().index(0, 0))
    qtbot.keyClick(elsewhere, Qt.Key.Key_Delete)
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    # In its own list, Delete asks to delete the chosen record.
    records = table_of(window, area, "table")
    records.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(records.hasFocus)
    records.selectRow(0)
    qtbot.keyClick(records, Qt.Key.Key_Delete)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text().startswith("Delete ")
    with qtbot.wait_signal(boxes[0].finished):
        boxes[0].reject()


def test_enter_opens_every_kind_of_item_in_its_own_area(window: MainWindow, qtbot: QtBot) -> None:
    page = window.week_page
    opened: dict[ItemType, Area] = {}
    for _ in range(3):  # this week and the next two: every kind of item the demo has
        for n, row in enumerate(page.day_list.rows()):
            if row.item is None or row.item.type in opened:
                continue
            window.show_area(Area.WEEK)
            days = page.day_list
            days.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.wait_until(days.hasFocus)
            days.setCurrentIndex(days.model().index(n, 0))
            qtbot.keyClick(days, Qt.Key.Key_Return)
            opened[row.item.type] = window.current_area()
        window.show_area(Area.WEEK)
        page.next_week()
    assert opened == {kind: kind.area for kind in opened}
    assert len(opened) >= 5, opened
