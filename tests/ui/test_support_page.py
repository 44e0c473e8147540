"""The Support page: groups through the form with its repeat editor, undo, and the
nudge to ask the care team while no group is recorded."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, GroupKind
from planner.domain.model import SupportGroup
from planner.domain.support import Repeat, RepeatRule
from planner.services import lists
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.support.group_dialog import GroupDialog, RepeatEditor
from planner.ui.support.page import SupportPage
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def page_of(window: MainWindow) -> SupportPage:
    window.show_area(Area.SUPPORT)
    return cast(SupportPage, window.pages[Area.SUPPORT])


def test_a_group_meeting_on_first_thursdays_is_added_and_undone(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    page = page_of(window)
    assert page.none_yet.isVisible()  # ask the nurse or social worker
    assert "social worker" in page.none_yet.text()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    (dialog,) = [d for d in window.findChildren(GroupDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.name, "Carers' circle")
    dialog.kind.setCurrentIndex(dialog.kind.findData(GroupKind.ONLINE.value))
    dialog.repeat.how.setCurrentIndex(dialog.repeat.how.findData(Repeat.MONTHLY.value))
    dialog.repeat.weekday.setCurrentIndex(3)
    dialog.repeat.nth.setCurrentIndex(dialog.repeat.nth.findData(1))
    assert dialog.repeat.described.text() == "on the first Thursday of each month"
    qtbot.keyClicks(dialog.link, "https://example.org/circle")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (group,) = lists.groups(plan)
    assert group.recurrence == "FREQ=MONTHLY;BYDAY=1TH"
    assert not page.none_yet.isVisible()
    assert page.table.selected_id() == group.id
    window.action_undo.trigger()
    assert lists.groups(plan) == []
    assert page.none_yet.isVisible()


def test_a_link_that_is_not_one_is_refused_and_the_form_stays(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    page = page_of(window)
    dialog = page.add()
    qtbot.keyClicks(dialog.name, "Circle")
    qtbot.keyClicks(dialog.link, "our zoom room")
    dialog.accept()
    assert dialog.isVisible()
    assert lists.groups(plan) == []
    dialog.reject()


def test_a_rule_set_elsewhere_is_kept_as_it_is(qtbot: QtBot) -> None:
    editor = RepeatEditor("FREQ=DAILY;COUNT=5", 2)
    qtbot.addWidget(editor)
    assert editor.recurrence() == "FREQ=DAILY;COUNT=5"
    every_two = RepeatEditor(RepeatRule(Repeat.WEEKLY, 1, interval=2).rrule(), 0)
    qtbot.addWidget(every_two)
    assert every_two.rule() == RepeatRule(Repeat.WEEKLY, 1, interval=2)
    assert every_two.described.text() == "Every 2 weeks on Tuesday"


def test_editing_a_group_shows_its_next_meeting(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    from planner.services import support

    first = dt.datetime.combine(TODAY - dt.timedelta(days=14), dt.time(18))
    added, _ = support.add_group(
        plan,
        SupportGroup(
            "Circle",
            GroupKind.IN_PERSON,
            first,
            recurrence=RepeatRule(Repeat.WEEKLY, first.weekday()).rrule(),
        ),
    )
    window = make_window(plan)
    page = page_of(window)
    assert page.select_record(added.id)
    dialog = page.edit()
    assert dialog is not None
    dialog.place.setText("Library, room 2")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (stored,) = lists.groups(plan)
    assert stored.place == "Library, room 2"
    assert "Every Wednesday" in page.model.index(0, 3).data()
    window.action_undo.trigger()
    assert lists.groups(plan)[0].place == ""


def test_the_find_a_support_group_tip_opens_the_form_while_none_is_recorded(
    plan: Plan, make_window: MakeWindow
) -> None:
    from planner.ui.info.links import ACTIONS

    window = make_window(plan)
    window.perform(ACTIONS["find-support-group"], "")
    assert window.current_area() is Area.SUPPORT
    (dialog,) = [d for d in window.findChildren(GroupDialog) if d.isVisible()]
    dialog.reject()
