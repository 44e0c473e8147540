"""The main window on the demo plan: the week, areas, the information pane, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.services.plan import Plan
from planner.services.questions import add_question
from planner.ui import settings
from planner.ui.info import topics
from planner.ui.mainwindow import MainWindow
from planner.ui.pages.base import AreaPage
from planner.ui.week.model import RowKind, WeekRow
from tests.conftest import TODAY, TREATMENT
from tests.ui.conftest import MakeWindow


def day_rows(window: MainWindow, day: dt.date, kind: RowKind | None = None) -> list[WeekRow]:
    """The rows the week shows for ``day`` (of one kind, if given)."""
    rows = window.week_page.day_list.rows()
    return [r for r in rows if r.day.date == day and kind in (None, r.kind)]


def texts(rows: list[WeekRow]) -> list[str]:
    return [row.text for row in rows]


def test_opens_on_the_week_of_today_with_the_demo_items(
    window: MainWindow, demo_plan: Plan
) -> None:
    assert window.current_area() is Area.WEEK
    week = window.week_page.week
    assert week is not None
    assert TODAY in [day.date for day in week.days]
    today = day_rows(window, TODAY)
    assert today[0].kind is RowKind.HEADING and today[0].text.startswith("Today, ")
    # The demo's next chemotherapy falls in this week (the Thursday after TODAY).
    assert TREATMENT in [day.date for day in week.days]
    items = texts(day_rows(window, TREATMENT, RowKind.ITEM))
    assert any("Chemotherapy, cycle 1" in text for text in items)
    assert any("Ride home from Chemotherapy, cycle 1" in text for text in items)
    # The day after chemotherapy is a hard day, said in words.
    after = TREATMENT + dt.timedelta(days=1)
    assert texts(day_rows(window, after, RowKind.HARD_DAY)) == [
        "Hard day (after Chemotherapy, cycle 1)"
    ]
    assert not day_rows(window, TREATMENT, RowKind.HARD_DAY)
    assert not day_rows(window, TODAY, RowKind.HARD_DAY)
    assert window.week_page.day_list.isVisibleTo(window)
    assert window.week_page.gaps.model.rowCount() >= 1
    assert not window.week_page.gaps.all_clear.isVisibleTo(window)
    assert not window.week_page.getting_started.isVisibleTo(window)
    location = window.findChild(QLabel, "planLocation")
    assert location is not None and demo_plan.location in location.text()


def test_the_home_page_shows_today_and_the_six_days_after_it(window: MainWindow) -> None:
    week = window.week_page.week
    assert week is not None
    assert [d.date for d in week.days] == [TODAY + dt.timedelta(days=n) for n in range(7)]


def test_previous_next_and_today(window: MainWindow, qtbot: QtBot) -> None:
    page = window.week_page
    start = page.week.days[0].date if page.week else None
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.week is not None and page.week.days[0].date == start + dt.timedelta(days=7)
    assert page.today_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.week.days[0].date == start - dt.timedelta(days=7)
    window.show_area(Area.JOURNAL)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() is Area.WEEK
    assert page.week.days[0].date == start
    assert not page.today_button.isEnabled()


@pytest.mark.parametrize(("number", "area"), list(enumerate(Area, start=1)))
def test_ctrl_number_switches_area_and_the_information_follows(
    window: MainWindow, qtbot: QtBot, number: int, area: Area
) -> None:
    start = Area.JOURNAL if area is Area.WEEK else Area.WEEK
    window.show_area(start)
    qtbot.keyClicks(window, str(number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() is area
    assert window.current_area() is area and window.pages[area].isVisible()
    assert window.area_list.current_area() is area
    assert window.area_actions[area].isChecked()
    heading = topics.load(area.value).title
    text = window.info_pane.browser.toPlainText()
    assert text.startswith(heading)
    assert "not medical advice" in text


def test_choosing_an_area_in_the_list_switches_page(window: MainWindow) -> None:
    window.area_list.setCurrentRow(list(Area).index(Area.FREEZER))
    assert window.current_area() is Area.FREEZER
    assert window.info_pane.area is Area.FREEZER


def test_f1_toggles_the_information_pane(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.findChild(QDockWidget, "infoPane")
    assert pane is not None and pane.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert not pane.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert pane.isVisible()


def test_text_size_changes_the_font_and_is_remembered(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    base = QApplication.font().pointSizeF()
    window = make_window(demo_plan)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    # Widgets under the window's style sheet follow the application font too.
    assert window.week_page.range_label.font().pointSizeF() == pytest.approx(base * 1.25)
    for _ in range(6):
        window.action_larger.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    assert not window.action_larger.isEnabled()
    assert settings.settings().value(settings.TEXT_SIZE) in (200, "200")
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.75)
    window.close()

    QApplication.setFont(window.text_size._base)  # as a fresh start would find it
    again = make_window(demo_plan)
    assert again.text_size.percent == 175
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.75)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert not again.action_smaller.isEnabled()


def test_window_geometry_and_layout_are_remembered(
    demo_plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(demo_plan)
    window.resize(700, 500)
    window.info_pane.hide()
    window.close()
    assert settings.settings().value(settings.STATE) is not None

    again = make_window(demo_plan)
    assert not again.info_pane.isVisible()
    assert again.size().width() == 700
    assert again.size().height() == 500


def test_an_empty_plan_gets_a_getting_started_checklist(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    page = window.week_page
    checklist = page.getting_started
    assert checklist.isVisibleTo(window)
    questions = checklist.buttons["questions"]
    assert questions.label_text() == "☐ Note questions for the doctor"
    assert questions.accessibleName() == "Note questions for the doctor: to do"

    qtbot.mouseClick(checklist.buttons["freezer"], Qt.MouseButton.LeftButton)
    assert window.current_area() is Area.FREEZER

    add_question(plan, "How long does recovery take?")
    window.show_area(Area.WEEK)
    page.refresh()
    assert questions.label_text() == "☑ Note questions for the doctor (done)"
    assert checklist.isVisibleTo(window)  # four steps are still to do
    assert page.gaps.all_clear.isVisibleTo(window)
    assert not page.gaps.view.isVisibleTo(window)


def test_pages_are_made_when_first_shown(window: MainWindow) -> None:
    made = {page.area for page in window.findChildren(AreaPage)}
    assert made == {Area.WEEK}
    window.show_area(Area.FREEZER)
    assert {page.area for page in window.findChildren(AreaPage)} == {Area.WEEK, Area.FREEZER}
    assert window.current_area() is Area.FREEZER
    assert Area.JOURNAL in window.pages and len(window.pages) == len(Area)
    assert set(window.pages.made()) == {Area.WEEK, Area.FREEZER}
    assert window.rides_page is window.pages[Area.RIDES]  # made on first use


def test_at_the_largest_text_every_page_fits_a_small_screen(window: MainWindow) -> None:
    window.text_size.set_percent(200)
    for area in Area:
        window.show_area(area)
        # A page wider than the window scrolls inside it rather than widening it.
        assert window.minimumSizeHint().width() <= 1024, area
        assert window.pages[area].isVisible()


def test_a_status_note_goes_when_another_area_is_shown(window: MainWindow) -> None:
    window.statusBar().showMessage("Wrote the fridge sheet to fridge.pdf")
    window.show_area(Area.WEEK)  # the same area: the note stays
    assert window.statusBar().currentMessage().startswith("Wrote the fridge sheet")
    window.show_area(Area.RIDES)
    assert window.statusBar().currentMessage() == ""
