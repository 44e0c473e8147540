"""The week page on its own terms: locales, empty weeks, and the fix signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.week import ItemType
from planner.services.plan import Plan
from planner.ui.labels import first_weekday, long_date
from planner.ui.mainwindow import MainWindow
from planner.ui.week.model import RowKind
from tests.conftest import TODAY, TREATMENT
from tests.ui.conftest import MakeWindow


@pytest.fixture
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("us_locale")
def test_the_coming_days_start_today_whatever_the_locales_week(
    demo_plan: Plan, make_window: MakeWindow
) -> None:
    assert first_weekday() == 6  # a calendar week would start on Sunday 8 March
    window = make_window(demo_plan)
    week = window.week_page.week
    assert week is not None
    assert week.days[0].date == TODAY
    assert window.week_page.range_label.text().startswith("Wednesday, March 11, 2026 to ")


def test_a_week_without_anything_says_so(window: MainWindow) -> None:
    window.week_page.show_week(TODAY - dt.timedelta(days=7 * 10))  # before the demo month
    page = window.week_page
    assert page.week is not None and not page.week.gaps
    rows = page.day_list.rows()
    assert [row.kind for row in rows] == [RowKind.HEADING, RowKind.NOTHING] * 7
    assert {row.text for row in rows if row.kind is RowKind.NOTHING} == {"Nothing planned."}
    assert page.gaps.all_clear.isVisibleTo(window)
    assert page.today_button.isEnabled()


def test_the_fix_button_announces_its_gap(window: MainWindow, qtbot: QtBot) -> None:
    page = window.week_page
    gap = page.gaps.model.gap(0)
    with qtbot.waitSignal(page.fix_requested) as blocker:
        page.gaps.fix_button(0).click()
    assert blocker.args == [gap]


def test_each_day_speaks_its_items(window: MainWindow) -> None:
    model = window.week_page.day_list.model()
    rows = window.week_page.day_list.rows()

    def heading_of(day: dt.date) -> QModelIndex:
        return next(
            model.index(n, 0)
            for n, row in enumerate(rows)
            if row.kind is RowKind.HEADING and row.day.date == day
        )

    today = heading_of(TODAY).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert today.startswith("Today, ")
    assert "Appointment: Blood count before chemotherapy" in today  # the day before the chemo
    assert "Chemotherapy, cycle 1" not in today  # each day speaks only its own items

    heading = heading_of(TREATMENT)
    description = heading.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith(f"{long_date(TREATMENT)}. ")  # not today: no "Today, "
    assert "Ride: Ride home from Chemotherapy, cycle 1" in description
    assert "Appointment: Chemotherapy, cycle 1" in description
    first_ride = next(
        n
        for n, row in enumerate(rows)
        if row.day.date == TREATMENT and row.item and row.item.type is ItemType.RIDE
    )
    item = model.index(first_ride, 0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith("08:15, Ride: ")


@pytest.mark.parametrize("percent", [100, 200])
def test_the_week_buttons_sit_under_the_dates_when_beside_them_the_dates_would_crowd(
    window: MainWindow, percent: int, qtbot: QtBot
) -> None:
    window.resize(1280, 800)
    window.text_size.set_percent(percent)
    try:
        page = window.week_page
        qtbot.wait_until(lambda: page.range_line.height() > 0)
        QApplication.processEvents()
        dates, buttons = page.range_line.geometry(), page.previous_button.geometry()
        label = page.range_label
        lines = label.heightForWidth(page.range_line.width()) // label.fontMetrics().lineSpacing()
        if percent == 100:  # room beside them: on the same line
            assert buttons.left() > dates.right() and buttons.top() < dates.bottom()
            assert lines == 1
        else:  # at 200% the dates take four lines beside them; under them, one
            assert buttons.top() > dates.bottom() and buttons.left() == dates.left()
            assert lines == 1
        assert page.next_button.geometry().right() <= page.width()
    finally:
        window.text_size.reset()  # as found: the size is saved, and later windows start at it
