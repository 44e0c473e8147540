"""Who to call: one shortcut from any page, emergencies first, up to date after a change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, ContactRole
from planner.domain.model import Contact
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from tests.ui.conftest import MakeWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_panel_opens_by_shortcut_from_any_page(window: MainWindow, qtbot: QtBot) -> None:
    window.show_area(Area.FREEZER)
    window.who_to_call.hide()
    assert not window.who_to_call.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    assert window.who_to_call.isVisible()
    text = window.who_to_call.text.toPlainText()
    assert text.index("In an emergency") < text.index("Oncology 24-hour line")
    assert text.index("Oncology 24-hour line") < text.index("Care team")
    assert "Family and friends" in text
    button = window.findChild(object, "whoToCallButton")
    assert button is not None and button.isVisible()


def test_the_panel_follows_a_new_contact_and_says_when_none_is_there(
    plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    window.show_who_to_call()
    assert "No emergency contact yet" in window.who_to_call.text.toPlainText()
    from planner.ui.helpers import commands as people

    people.save(window.operations, Contact("Out of hours", ContactRole.EMERGENCY, phone="111"))
    text = window.who_to_call.text.toPlainText()
    assert "Out of hours" in text and "No emergency contact yet" not in text
    window.action_undo.trigger()
    assert "No emergency contact yet" in window.who_to_call.text.toPlainText()


def test_the_who_to_call_tip_shows_the_care_team(window: MainWindow) -> None:
    from planner.ui.info.links import ACTIONS

    window.perform(ACTIONS["who-to-call"], "")
    assert window.current_area() is Area.HELPERS
    page = window.pages[Area.HELPERS]
    assert page.tabs.currentWidget() is page.contacts_tab  # type: ignore[attr-defined]
    assert window.who_to_call.isVisible()
