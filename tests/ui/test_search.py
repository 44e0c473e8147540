"""Search in the window: the toolbar field (Ctrl+F from anywhere) shows what it finds as the
user types, grouped by kind; the arrow keys move, Enter opens the record in its area with it
selected, Escape closes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListView
from pytestqt.qtbot import QtBot

from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, Area
from planner.domain.model import Appointment, Helper
from planner.domain.search import SEARCHED, Found, Results
from planner.services import helpers
from planner.services.appointments import add_appointment
from planner.services.plan import Plan
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.helpers.page import HelpersPage
from planner.ui.mainwindow import MainWindow
from planner.ui.search.bar import SearchBar
from planner.ui.search.model import HIT_ROLE, MORE_ROLE, heading
from tests.ui.conftest import MakeWindow

SHOWN_WITHIN_MS = 5000


def typed(bar: SearchBar, qtbot: QtBot, text: str) -> Results:
    """Type ``text`` into the field (after what is there) and wait for its results."""
    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS) as shown:
        qtbot.keyClicks(bar.field, text)
    results = shown.args[0] if shown.args else None
    assert isinstance(results, Results)
    return results


def rows(bar: SearchBar) -> list[str]:
    model = bar.popup.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_field_is_in_a_toolbar_and_named(window: MainWindow) -> None:
    field = window.findChild(QLineEdit, "searchField")
    assert field is window.search_bar.field
    assert field.accessibleName() == "Search the plan"
    assert window.search_bar.objectName() == "searchToolBar"
    # The results list is made when first needed, not before the window's first paint.
    assert window.findChild(QListView, "searchResults") is None
    assert not window.search_bar.popup.isVisible()
    assert window.findChild(QListView, "searchResults").accessibleName() == "Search results"


def test_typing_shows_the_hits_grouped_under_a_heading_per_kind(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    results = typed(bar, qtbot, "city")
    assert bar.popup.isVisible()
    assert [group.kind for group in results.groups][:2] == [Kind.APPOINTMENT, Kind.RIDE_LEG]
    shown = rows(bar)
    assert shown[0].startswith("Appointments (8 of ")
    assert "Rides (7)" in shown
    model = bar.popup.model
    heading = model.index(0, 0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert heading.data(Qt.ItemDataRole.FontRole).bold()
    first = model.index(1, 0).data(HIT_ROLE)
    assert isinstance(first, Found) and first.kind is Kind.APPOINTMENT
    assert bar.popup.view.currentIndex().row() == 1  # the first hit, ready for Enter
    assert bar.field.hasFocus()  # typing goes on


def test_enter_opens_the_record_in_its_area_with_it_selected(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    results = typed(bar, qtbot, "tom beck")
    (hit,) = results.hits()
    assert hit.kind is Kind.HELPER

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)

    assert not bar.popup.isVisible()
    assert window.current_area() is Area.HELPERS
    page = window.pages[Area.HELPERS]
    assert isinstance(page, HelpersPage)
    assert page.tabs.currentWidget() is page.helpers_tab
    qtbot.wait_until(lambda: page.helpers_tab.table.selected_id() == hit.id)


def test_the_arrow_keys_move_through_the_hits_and_enter_opens_the_one_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    results = typed(bar, qtbot, "home")
    assert [group.kind for group in results.groups] == [Kind.RIDE_LEG, Kind.HELPER]
    rides, (helper,) = results.groups[0].hits, results.groups[1].hits
    view = bar.popup.view
    qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    assert view.hasFocus()
    assert view.currentIndex().data(HIT_ROLE) == rides[0]
    for _ in rides:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    chosen = view.currentIndex().data(HIT_ROLE)
    assert chosen == helper  # the heading between the kinds is skipped

    with qtbot.wait_signal(bar.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [chosen.kind, chosen.id]
    assert not bar.popup.isVisible()


def test_ctrl_f_from_another_area_puts_the_keyboard_in_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_area(Area.JOURNAL)
    page = window.pages[Area.JOURNAL]
    page.setFocus()
    bar = window.search_bar
    bar.field.setText("nausea")
    bar.popup.hide()
    focused = QApplication.focusWidget() or window

    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS):
        qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert bar.field.hasFocus()
    assert bar.field.selectedText() == "nausea"  # typing replaces it
    assert bar.popup.isVisible()
    assert window.current_area() is Area.JOURNAL


def test_escape_closes_the_results_from_the_field_and_from_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    typed(bar, qtbot, "city")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible()
    assert bar.field.text() == "city"

    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS):
        qtbot.keyClick(bar.field, Qt.Key.Key_Y)  # "cityy": a new search
    assert bar.popup.isVisible()
    assert bar.popup.nothing.isVisible()
    assert bar.popup.nothing.text() == "Nothing found for “cityy”."
    qtbot.keyClick(bar.field, Qt.Key.Key_Backspace)
    qtbot.wait_until(lambda: bar.popup.view.isVisible())
    qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    assert bar.popup.view.hasFocus()
    qtbot.keyClick(bar.popup.view, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible()
    assert bar.field.hasFocus()


def test_typing_in_the_list_goes_on_in_the_field(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    typed(bar, qtbot, "cit")
    qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS):
        qtbot.keyClick(bar.popup.view, Qt.Key.Key_Y)
    assert bar.field.text() == "city"
    assert bar.field.hasFocus()


def test_only_the_newest_text_s_results_are_shown(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search_bar
    shown: list[str] = []
    bar.results_shown.connect(lambda results: shown.append(results.term))
    # Both before the first search ends: the first one's results are out of date.
    bar.field.setText("zzz")
    bar.field.setText("lymphoma")
    qtbot.wait_until(lambda: shown == ["lymphoma"], timeout=SHOWN_WITHIN_MS)
    assert [hit.kind for hit in bar.popup.results.hits()] == [Kind.GROUP]
    bar.field.clear()  # no word: no search, no results
    assert not bar.popup.isVisible()


def test_more_of_one_kind_on_request(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    results = typed(bar, qtbot, "c")
    appointments = results.groups[0]
    assert appointments.more > 0
    model = bar.popup.model
    more = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(MORE_ROLE) == appointments
    )
    assert str(more.data()).startswith("Show more appointments (")
    bar.popup.view.setCurrentIndex(more)
    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS) as shown:
        qtbot.keyClick(bar.popup.view, Qt.Key.Key_Return)
    wider = shown.args[0]
    assert len(wider.groups[0].hits) == appointments.total


def test_results_on_show_follow_a_change_to_the_plan(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search_bar
    bar.field.setFocus()
    typed(bar, qtbot, "priya")
    assert "Priya Shah" not in [hit.title for hit in bar.popup.results.hits()]
    added = window.operations.call(
        lambda: helpers.add_helper(window.plan, Helper("Priya Shah", phone="0170 1234"))
    )
    assert added is not None
    with qtbot.wait_signal(bar.results_shown, timeout=SHOWN_WITHIN_MS) as shown:
        pass
    assert "Priya Shah" in [hit.title for hit in shown.args[0].hits()]
    assert bar.popup.isVisible()


def test_every_searched_kind_has_a_heading() -> None:
    assert all(heading(kind) for kind in SEARCHED)


def test_the_field_grows_with_the_text_so_its_hint_is_never_cut(
    window: MainWindow, qtbot: QtBot
) -> None:
    field = window.search_bar.field
    for percent in (100, 200):
        window.text_size.set_percent(percent)
        qtbot.wait_until(
            lambda: field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())
        )


def test_an_appointment_the_filters_leave_out_is_shown_when_opened(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    long_ago = dt.datetime(2019, 5, 6, 9, 0)
    old, _ = add_appointment(
        demo_plan, Appointment(AppointmentKind.SCAN, "Staging scan at Saint Elmo", long_ago)
    )
    window = make_window(demo_plan)
    bar = window.search_bar
    bar.field.setFocus()
    (hit,) = typed(bar, qtbot, "saint elmo").hits()
    assert hit.id == old.id

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)

    assert window.current_area() is Area.APPOINTMENTS
    page = window.pages[Area.APPOINTMENTS]
    assert isinstance(page, AppointmentsPage)
    qtbot.wait_until(lambda: page.table.selected_id() == old.id)
    assert page.filters.all_dates.isChecked()  # the list now shows every date
