"""Targets a tired or shaky hand can hit: at 100% text, every button, field, drop-down list
and list row on every page (each tab of it) and in the main dialogs is at least 32 pixels
high."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.scaled_style import MIN_HEIGHT
from planner.ui.week.days import DayList
from tests.ui.conftest import MakeWindow
from tests.ui.test_accessible_names import built_by_qt, found_in_dialog, on_every_tab

CONTROLS = (QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox)


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The window's theme, as every start applies it: its style sheet keeps the controls
    32 pixels high at 100% text."""
    from planner.ui import theme

    theme.apply(qapp, theme.LIGHT)
    yield
    theme.reset(qapp)


ROWS_MEASURED = 30
"""Rows of a list measured (the first ones: rows of a list are alike)."""


def inside_a_field(widget: QWidget) -> bool:
    """A field's own little buttons (clear, show the password): Qt sizes them to the field,
    which is measured, and a key does what they do (Escape clears)."""
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit)


def row_heights(view: QAbstractItemView) -> list[int]:
    model = view.model()
    if model is None:
        return []
    rows = min(model.rowCount(view.rootIndex()), ROWS_MEASURED)
    if isinstance(view, QTableView):
        return [view.rowHeight(n) for n in range(rows) if not view.isRowHidden(n)]
    if isinstance(view, DayList):  # a day's card is in slices: its rows, inside its padding
        return [
            view.content_rect(view.rows()[n], view.visualRect(model.index(n, 0))).height()
            for n in range(rows)
        ]
    heights = [view.visualRect(model.index(n, 0, view.rootIndex())).height() for n in range(rows)]
    return [h for h in heights if h > 0]  # hidden rows (a filter) take no room


def too_small(root: QWidget) -> set[str]:
    """The visible controls and list rows under ``root`` lower than :data:`MIN_HEIGHT`."""
    found = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or built_by_qt(widget) or inside_a_field(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, CONTROLS) and widget.height() < MIN_HEIGHT:
            found.add(f"{name}: {widget.height()} px")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
            low = [h for h in row_heights(widget) if h < MIN_HEIGHT]
            if low:
                found.add(f"{name}: rows of {min(low)} px")
    return found


def small_on_every_tab(root: QWidget) -> set[str]:
    return on_every_tab(root, too_small)


def test_every_page_has_targets_32_pixels_high(window: MainWindow) -> None:
    window.resize(1280, 800)
    assert window.text_size.percent == 100
    found: dict[str, set[str]] = {}
    for area in Area:
        window.show_area(area)
        QApplication.processEvents()
        if trouble := small_on_every_tab(window):
            found[area.value] = trouble
    assert found == {}


MAIN_DIALOGS = [
    "appointment",
    "course",
    "driver",
    "freezer meal",
    "helper",
    "task",
    "support group",
    "journal entry",
    "preferences",
    "profile",
    "connect",
    "backups",
    "keyboard shortcuts",
    "conflict",
]


@pytest.mark.parametrize("name", MAIN_DIALOGS)
def test_the_main_dialogs_have_targets_32_pixels_high(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    window = make_window(demo_plan)
    assert found_in_dialog(window, demo_plan, tmp_path, qtbot, name, small_on_every_tab) == set()


def test_only_a_scaled_text_size_has_a_python_style(qapp: QApplication) -> None:
    """At 100% the application's style is the platform's own: a style written in Python
    makes each of Qt's thousands of questions before the first paint cost more, and the
    least heights come from the theme's sheet. At any other size a ScaledStyle scales the
    controls over the same platform style. A style replaced is deleted by the application:
    each is asked while it is the one in use."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    from planner.ui.scaled_style import ScaledStyle, scale_controls

    indicator = QStyle.PixelMetric.PM_IndicatorWidth
    # A theme's style sheet puts Qt's own style in front of the application's.
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")
    try:
        at_100 = scale_controls(100)
        assert not isinstance(at_100, QProxyStyle) and QApplication.style() is at_100
        platform = at_100.name()
        base = at_100.pixelMetric(indicator)
        at_200 = scale_controls(200)
        assert isinstance(at_200, ScaledStyle) and QApplication.style() is at_200
        assert at_200.pixelMetric(indicator) == 2 * base
        assert at_200.baseStyle().name() == platform
        assert scale_controls(150) is at_200 and at_200.pixelMetric(indicator) == round(1.5 * base)
        back = scale_controls(100)
        assert not isinstance(back, QProxyStyle) and QApplication.style() is back
        assert back.name() == platform and back.pixelMetric(indicator) == base
    finally:
        scale_controls(100)
        qapp.setStyleSheet(sheet)
