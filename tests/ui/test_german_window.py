"""The window in German: menus, pages, messages from below the window and dates."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDateEdit

from planner.domain.enums import Area
from planner.interop.catalogue import lookup_in
from planner.services.plan import Plan
from planner.ui import translations
from planner.ui.labels import say
from tests.ui.conftest import MakeWindow


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "de") == "de"
    yield
    translations.uninstall(qapp)


def german_of(context: str, text: str) -> str:
    found = lookup_in("de", context, text, -1)
    assert found != text, f"{text!r} has no German yet"
    return found


def test_the_menus_and_areas_speak_german(
    german: None, plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    titles = [action.text() for action in window.menuBar().actions()]
    assert german_of("MainWindow", "&File") in titles
    assert german_of("MainWindow", "&Help") in titles
    shown = [window.area_list.item(row).text() for row in range(window.area_list.count())]
    for english in ("Coming days", "Rides", "Freezer", "Helpers", "Journal"):
        assert any(german_of("Area", english) in name for name in shown), english


def test_a_gap_from_below_the_window_is_said_in_german(
    german: None, demo_plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(demo_plan)
    panel = window.week_page.gaps
    assert panel.model.rowCount() > 0
    gap = panel.model.gap(0)
    shown = panel.model.index(0, 0).data()
    assert shown == say(gap.message) and shown != str(gap.message)


def test_date_fields_and_dates_follow_the_german_locale(
    german: None, plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    window.show_area(Area.APPOINTMENTS)
    fields = window.findChildren(QDateEdit)
    assert fields and all(field.displayFormat().startswith("dd.MM.yyyy") for field in fields)
    assert QLocale().name() == "de_DE"


def test_the_chosen_language_is_read_from_the_settings() -> None:
    settings = QSettings()
    settings.setValue(translations.LANGUAGE_KEY, "de")
    assert translations.chosen_language(settings) == "de"
    settings.setValue(translations.LANGUAGE_KEY, "xx")  # not one Care Planner speaks
    assert translations.chosen_language(settings) == ""


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    try:
        assert translations.install(qapp, "en") == "en"
        assert translations._installed == []
    finally:
        translations.uninstall(qapp)
    assert QLocale().name() == QLocale.system().name()
