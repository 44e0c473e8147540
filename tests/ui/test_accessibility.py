"""Every action, page and control is named: for tests (objectName) and screen readers."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QDockWidget,
    QHeaderView,
    QTableView,
    QWidget,
)

from planner.domain.enums import Area
from planner.ui.mainwindow import MainWindow
from planner.ui.pages.base import AreaPage

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QDockWidget, AreaPage)


def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets, which it presents to screen readers itself."""
    own_header = isinstance(widget, QHeaderView) and isinstance(widget.parent(), QTableView)
    return own_header or widget.objectName().startswith("qt_")


def test_every_action_is_named(window: MainWindow) -> None:
    make_every_page(window)
    unnamed = [a for a in window.findChildren(QAction) if a.text() and not a.objectName()]
    assert not unnamed, [a.text() for a in unnamed]
    # QAction has no accessible name of its own: screen readers read its text.
    nameless = [
        a.objectName()
        for a in window.findChildren(QAction)
        if a.objectName() and not a.text().replace("&", "").strip()
    ]
    assert not nameless


def make_every_page(window: MainWindow) -> None:
    """Pages are made when first shown; these tests look at all of them."""
    for area in Area:
        window.show_area(area)


def test_every_page_is_named(window: MainWindow) -> None:
    make_every_page(window)
    pages = window.findChildren(AreaPage)
    assert {page.area for page in pages} == set(Area)
    for page in pages:
        assert page.objectName() == f"{page.area.value}Page"
        assert page.accessibleName()


def test_every_control_is_named(window: MainWindow) -> None:
    make_every_page(window)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and not is_qt_internal(w)
        and not (w.objectName() and w.accessibleName())
    ]
    assert not unnamed, unnamed
