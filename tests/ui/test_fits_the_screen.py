"""Readable at 200% on a small screen: every page in a 1280x800 window, at 100%, 150% and
200% text, shows every control within its width and no label cut short."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QScrollArea,
    QStyle,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from tests.helpers.fitting import SIZES, cut_widgets
from tests.ui.conftest import MakeWindow


def problems(holder: QScrollArea) -> list[str]:
    """What a person could not read or reach without scrolling sideways."""
    page = holder.widget()
    found = []
    if holder.horizontalScrollBar().maximum() > 0:
        found.append(
            f"{page.objectName()} is {page.width()} px wide in {holder.viewport().width()} px"
        )
    return found + cut_widgets(page, holder.viewport())


@pytest.mark.parametrize("percent", SIZES)
def test_every_page_fits_a_1280_by_800_window(
    demo_plan: Plan, make_window: MakeWindow, percent: int
) -> None:
    window = make_window(demo_plan)
    window.resize(1280, 800)
    window.text_size.set_percent(percent)
    found = {}
    for area in Area:
        window.show_area(area)
        QApplication.processEvents()
        holder = window.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        if trouble := problems(holder):
            found[area.value] = trouble
    window.text_size.reset()
    assert found == {}


@pytest.mark.parametrize("themed", [False, True])
def test_an_empty_plan_fits_at_200_percent(
    plan: Plan, make_window: MakeWindow, qapp: QApplication, themed: bool
) -> None:
    """Also with the theme's style sheet, as every start applies it: the gaps' share of the
    page's height once lost a pixel to the splitter's handle, cutting "nothing missing"."""
    from planner.ui import theme

    if themed:
        theme.apply(qapp, theme.LIGHT)
    try:
        check_the_empty_plan(plan, make_window)
    finally:
        theme.reset(qapp)


def check_the_empty_plan(plan: Plan, make_window: MakeWindow) -> None:
    window = make_window(plan)
    window.resize(1280, 800)
    window.text_size.set_percent(200)
    window.show_area(Area.WEEK)
    QApplication.processEvents()
    holder = window.stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    assert problems(holder) == []
    window.text_size.reset()


def test_check_boxes_and_icons_grow_with_the_text(window: MainWindow) -> None:
    box = QCheckBox("Show all dates", window)
    style = QApplication.style()
    small = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    window.text_size.set_percent(200)
    assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) == (
        2 * small
    )
    assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) == 2 * icon
    window.text_size.reset()
    assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == small


def test_the_window_never_opens_larger_than_the_screen(window: MainWindow) -> None:
    window.resize(1920, 1200)  # a size saved on a larger screen
    window.fit_screen()
    free = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= free.width()
    assert window.frameGeometry().height() <= free.height()


def test_column_widths_follow_the_text_size_back_down(window: MainWindow, qtbot: QtBot) -> None:
    window.show_area(Area.APPOINTMENTS)
    page = window.pages[Area.APPOINTMENTS]
    table = page.table  # type: ignore[attr-defined]

    def widths() -> list[int]:
        return [table.columnWidth(c) for c in range(table.model().columnCount() - 1)]

    at_100 = widths()
    window.text_size.set_percent(200)
    qtbot.wait_until(lambda: all(w > w0 for w, w0 in zip(widths(), at_100, strict=True)))
    window.text_size.reset()
    qtbot.wait_until(lambda: widths() == at_100)
