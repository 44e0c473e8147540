"""The areas' registry: every area declared once, and the window built from it."""

from __future__ import annotations

import importlib

from PySide6.QtGui import QAction

from planner.domain import areas as area_rules
from planner.domain.enums import Area
from planner.ui.areas import AREAS, area_title
from planner.ui.info import topics
from planner.ui.mainwindow import MainWindow


def test_every_area_is_declared_once_with_its_own_shortcut() -> None:
    assert sorted(entry.area for entry in AREAS) == sorted(Area)
    assert len({entry.shortcut for entry in AREAS}) == len(AREAS)
    assert all(area_title(entry.area) for entry in AREAS)


def test_each_page_is_the_page_of_its_area_and_each_topic_exists() -> None:
    known = set(topics.names())
    for entry in AREAS:
        module, name = entry.page
        page_class = getattr(importlib.import_module(module), name)
        assert page_class.area is entry.area
        assert entry.topic in known, entry.topic


def test_the_rules_are_declared_for_areas_the_window_shows() -> None:
    shown = {entry.area for entry in AREAS}
    assert {rules.area for rules in area_rules.AREAS} <= shown


def test_the_area_list_and_the_view_menu_follow_the_registry(window: MainWindow) -> None:
    listed = [window.area_list.item(row).text() for row in range(window.area_list.count())]
    assert listed == [entry.title() for entry in AREAS]
    for entry in AREAS:
        action = window.area_actions[entry.area]
        assert isinstance(action, QAction)
        assert action.shortcut().toString() == entry.shortcut
