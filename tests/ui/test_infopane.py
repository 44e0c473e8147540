"""The information pane: topics that follow the area, links, search, and the tips' actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtWidgets import QMessageBox, QTabBar
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, LegStatus
from planner.services.plan import Plan
from planner.ui.info import topics
from planner.ui.info.links import ACTIONS
from planner.ui.journal.question_dialog import QuestionDialog
from planner.ui.mainwindow import MainWindow
from planner.ui.rides.driver_dialog import DriverDialog

ACTION_LINK = re.compile(r"\]\((action:[^)\s]+)\)")


def action_links() -> list[str]:
    links = {
        match for name in topics.names() for match in ACTION_LINK.findall(topics.load(name).text)
    }
    return sorted(links)


def shown_title(window: MainWindow) -> str:
    return window.info_pane.browser.toPlainText().splitlines()[0]


def saved_questions(plan: Plan) -> list[str]:
    with plan.unit_of_work() as work:
        return [q.text for q in work.store.questions()]


def open_dialog(window: MainWindow) -> QuestionDialog | None:
    return window.findChild(QuestionDialog, "questionDialog")


def test_every_area_has_a_readable_topic() -> None:
    for area in Area:
        topic = topics.load(area.value)
        assert topic.readable, area
        assert "not medical advice" in topic.text


def test_links_between_topics_with_back_and_forward(window: MainWindow) -> None:
    pane = window.info_pane
    window.show_area(Area.RIDES)
    assert shown_title(window) == topics.load("rides").title
    assert not pane.forward_button.isEnabled()

    pane.browser.anchorClicked.emit(QUrl("topic:coping"))
    assert shown_title(window) == topics.load("coping").title
    assert pane.chooser.currentData() == "coping"

    pane.back_button.click()
    assert shown_title(window) == topics.load("rides").title
    assert pane.forward_button.isEnabled()
    pane.forward_button.click()
    assert shown_title(window) == topics.load("coping").title

    window.show_area(Area.FREEZER)  # moving on follows the area again
    assert shown_title(window) == topics.load("freezer").title


def test_a_link_to_a_missing_topic_says_so(window: MainWindow) -> None:
    window.info_pane.browser.anchorClicked.emit(QUrl("topic:no-such-topic"))
    text = window.info_pane.browser.toPlainText()
    assert "There is no topic called “no-such-topic”" in text
    window.show_area(Area.JOURNAL)  # and the rest keeps working
    assert shown_title(window) == topics.load("journal").title


def test_a_broken_topic_file_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "week.md").write_bytes(b"# Week\n\n\xff\xfe broken")
    monkeypatch.setattr(topics, "folder", lambda: tmp_path)
    window.show_area(Area.RIDES)
    window.show_area(Area.WEEK)
    assert "could not be read" in window.info_pane.browser.toPlainText()
    window.show_area(Area.JOURNAL)
    assert "There is no topic called “journal”" in window.info_pane.browser.toPlainText()


def test_the_topic_chooser_and_search_find_every_topic(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.info_pane
    listed = [pane.chooser.itemData(n) for n in range(pane.chooser.count())]
    # The treatment topics in reading order, a separator, then the planner's areas in order.
    assert [name for name in listed if name] == topics.names()
    assert len(topics.names()) >= 15
    assert listed[0] == "salvage-therapy"
    break_at = listed.index(None)
    assert listed[break_at + 1 :] == [area.value for area in Area]

    qtbot.keyClicks(pane.search, "dialysis")
    assert pane.results.isVisibleTo(window)
    found = [pane.results.item(n).text() for n in range(pane.results.count())]
    assert topics.load("conditions").title in found
    pane.search.clear()
    qtbot.keyClicks(pane.search, "kidney dialysis")
    qtbot.keyClick(pane.search, "\r")
    assert pane.topic is not None and "dialysis" in pane.topic.text.casefold()

    pane.search.clear()
    qtbot.keyClicks(pane.search, "zzzz nothing")
    assert pane.results.item(0).text() == "No topic mentions that."


@pytest.mark.parametrize(
    ("word", "topic"),
    [
        ("fever", "fever-and-infection"),
        ("infection", "fever-and-infection"),
        ("temperature", "fever-and-infection"),
        ("nausea", "anti-nausea-medicines"),
        ("missed dose", "taking-medicines-on-time"),
        ("emergency department", "emergency-visit"),
    ],
)
def test_search_finds_the_topics_on_medicines_and_red_flags(
    window: MainWindow, qtbot: QtBot, word: str, topic: str
) -> None:
    pane = window.info_pane
    qtbot.keyClicks(pane.search, word)
    found = [pane.results.item(n).text() for n in range(pane.results.count())]
    assert topics.load(topic).title in found, found
    assert topics.is_background(topic)  # read with the treatment topics, before coping
    order = topics.names()
    assert order.index("side-effects") < order.index(topic) < order.index("coping")


def questions_shown(window: MainWindow) -> list[str]:
    model = window.pages[Area.JOURNAL].question_model  # type: ignore[attr-defined]
    return [model.row_value(n).text for n in range(model.rowCount())]


@pytest.mark.parametrize(
    "link", [link for link in action_links() if link != "action:print-emergency-sheet"]
)
def test_every_tip_opens_its_action(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, link: str
) -> None:
    url = QUrl(link)
    action = ACTIONS[url.path()]
    window.show_area(Area.WEEK if action.area is not Area.WEEK else Area.RIDES)
    before = saved_questions(demo_plan)

    window.info_pane.browser.anchorClicked.emit(url)

    assert window.current_area() is action.area
    offered = QUrlQuery(url).queryItemValue("text", QUrl.ComponentFormattingOption.FullyDecoded)
    offered = offered or str(action.question or "")
    dialog = open_dialog(window)
    if offered:
        # One click notes the offered question; Edit > Undo takes it back.
        assert dialog is None
        assert offered.endswith("?")
        assert saved_questions(demo_plan) == [*before, offered]
        assert offered in questions_shown(window)
        assert "Question saved" in window.statusBar().currentMessage()
        window.action_undo.trigger()
        assert saved_questions(demo_plan) == before
        assert offered not in questions_shown(window)
        window.action_redo.trigger()
        assert saved_questions(demo_plan) == [*before, offered]
    elif action.name == "add-question":
        assert dialog is not None and dialog.question() == ""
        dialog.text.setPlainText("Can I exercise during treatment?")
        with qtbot.waitSignal(dialog.finished):
            dialog.accept()
        assert saved_questions(demo_plan) == [*before, "Can I exercise during treatment?"]
    else:
        assert dialog is None
        assert saved_questions(demo_plan) == before


def test_an_empty_question_keeps_the_dialog_open(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    window.info_pane.browser.anchorClicked.emit(QUrl("action:add-question"))
    dialog = open_dialog(window)
    assert dialog is not None and dialog.isVisible()
    before = saved_questions(demo_plan)

    dialog.accept()

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and "empty question" in box.text()
    with qtbot.waitSignal(box.finished):
        box.accept()
    assert dialog.isVisible()
    assert saved_questions(demo_plan) == before
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_an_unknown_action_changes_nothing(window: MainWindow) -> None:
    window.show_area(Area.FREEZER)
    window.info_pane.browser.anchorClicked.emit(QUrl("action:launch-rocket"))
    assert window.current_area() is Area.FREEZER
    assert "cannot do yet" in window.statusBar().currentMessage()


def test_the_information_pane_comes_back_after_who_to_call(window: MainWindow) -> None:
    window.show_who_to_call()
    tabs = [bar for bar in window.findChildren(QTabBar) if bar.count() == 2]
    assert tabs and tabs[0].tabText(tabs[0].currentIndex()) == window.who_to_call.windowTitle()
    window.show_area(Area.FREEZER)
    assert window.info_pane.topic is not None and window.info_pane.topic.name == "freezer"
    assert tabs[0].tabText(tabs[0].currentIndex()) == window.info_pane.windowTitle()


def test_plan_a_ride_opens_the_first_ride_waiting_for_its_driver(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.perform(ACTIONS["plan-ride"], "")
    dialog = window.findChild(DriverDialog)
    assert dialog is not None and dialog.isVisible()
    chosen = window.rides_page.selected_row()
    assert chosen is not None and chosen.leg.status is LegStatus.ASKED
    assert chosen.appointment is not None and chosen.appointment.title == "Chemotherapy, cycle 1"
    with qtbot.wait_signal(dialog.finished):
        dialog.reject()


def test_the_emergency_visit_topic_opens_the_emergency_sheet(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window.info_pane.browser.anchorClicked.emit(QUrl("action:print-emergency-sheet"))

    preview = window.findChild(QPrintPreviewDialog, "printPreview")
    assert preview is not None and preview.isVisible()
    assert "mergency" in preview.windowTitle()
    preview.reject()
    preview.deleteLater()
