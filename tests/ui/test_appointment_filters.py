"""The Appointments page's filter bar, count line and recovery days column."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, AppointmentStatus, Area
from planner.domain.model import Appointment
from planner.services import lists
from planner.services.plan import Plan
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, TREATMENT

DAY = dt.timedelta(days=1)
ALT = Qt.KeyboardModifier.AltModifier


def page_of(window: MainWindow) -> AppointmentsPage:
    window.show_area(Area.APPOINTMENTS)
    return cast(AppointmentsPage, window.pages[Area.APPOINTMENTS])


def shown(page: AppointmentsPage) -> list[Appointment]:
    model = page.model
    return sorted((model.row_value(row) for row in range(model.rowCount())), key=lambda a: a.start)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def add(window: MainWindow, day: dt.date, title: str, **changes: object) -> Appointment:
    value = Appointment(
        AppointmentKind.SCAN,
        title,
        dt.datetime.combine(day, dt.time(10)),
        **changes,  # type: ignore[arg-type]
    )
    added = window.operations.add_appointment(value)
    assert added is not None
    return added


def test_the_kind_filter_shows_only_that_kind(window: MainWindow, demo_plan: Plan) -> None:
    page = page_of(window)
    # What the page shows at first: from a month ago to a year ahead.
    everything = lists.appointments(demo_plan, TODAY - 30 * DAY, TODAY + 365 * DAY)
    assert len(shown(page)) == len(everything)

    choose(page.filters.kind, AppointmentKind.RADIATION)

    radiation = [a for a in everything if a.kind is AppointmentKind.RADIATION]
    assert 0 < len(radiation) < len(everything)
    assert shown(page) == radiation
    assert page.count.text() == f"{len(radiation)} appointments"

    choose(page.filters.kind, "")  # All
    assert len(shown(page)) == len(everything)


def test_the_status_filter_shows_only_that_status(window: MainWindow, demo_plan: Plan) -> None:
    page = page_of(window)
    cancelled = add(window, TODAY + 2 * DAY, "Cancelled scan", status=AppointmentStatus.CANCELLED)

    choose(page.filters.status, AppointmentStatus.DONE)
    done = [a.title for a in shown(page)]
    assert done == [
        "Second-line chemotherapy, cycle 2",
        "Chemotherapy, cycle 1",
        "Blood count before chemotherapy",
    ]
    assert all(a.status is AppointmentStatus.DONE for a in shown(page))

    choose(page.filters.status, AppointmentStatus.CANCELLED)
    assert shown(page) == [cancelled]
    assert page.count.text() == "1 appointment"

    choose(page.filters.kind, AppointmentKind.CHEMOTHERAPY)  # both filters at once
    assert shown(page) == []
    assert page.count.text() == "0 appointments"


def test_the_date_range_is_inclusive_and_defaults_around_today(
    window: MainWindow, demo_plan: Plan
) -> None:
    page = page_of(window)
    filters = page.filters
    assert filters.first.date() == QDate(2026, 2, 9)  # 30 days before TODAY
    assert filters.last.date() == QDate(2027, 3, 11)  # a year after
    assert filters.first.calendarPopup() and filters.last.calendarPopup()
    far = add(window, TODAY + 400 * DAY, "Follow-up scan in a year")
    assert far not in shown(page)

    # From the blood count (today at 08:30) to the first radiation (at 15:00): both ends count.
    set_date(filters.first, TODAY)
    set_date(filters.last, TREATMENT + 7 * DAY)
    assert [(a.start.date(), a.title) for a in shown(page)] == [
        (TODAY, "Blood count before chemotherapy"),  # the clinic day before the chemotherapy
        (TREATMENT, "Chemotherapy, cycle 1"),
        (TREATMENT + 4 * DAY, "CT scan (chest and abdomen)"),  # TREATMENT + 3 is a Sunday
        (TREATMENT + 7 * DAY, "Radiation, week 1"),
    ]

    filters.all_dates.setChecked(True)
    assert not filters.first.isEnabled() and not filters.last.isEnabled()
    assert shown(page) == lists.appointments(demo_plan)
    assert far in shown(page)


def test_a_reversed_range_says_so_and_keeps_the_last_rows(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    filters = page.filters
    set_date(filters.last, TREATMENT + 7 * DAY)  # the first radiation's day
    before = shown(page)
    assert filters.message.isHidden()

    with qtbot.assertNotEmitted(page.model.modelReset):
        set_date(filters.first, TREATMENT + 8 * DAY)
        choose(filters.kind, AppointmentKind.RADIATION)

    assert filters.message.isVisible()
    assert "From date is after the To date" in filters.message.text()
    assert shown(page) == before
    assert page.count.text() == f"{len(before)} appointments"

    set_date(filters.first, TODAY)  # valid again: the kind chosen meanwhile applies too
    assert filters.message.isHidden()
    assert [a.title for a in shown(page)] == ["Radiation, week 1"]


def test_the_recovery_days_column_marks_the_kinds_default(
    window: MainWindow, demo_plan: Plan
) -> None:
    page = page_of(window)
    model = page.model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    column = headers.index("Recovery days")
    own = add(window, TODAY + 2 * DAY, "Biopsy", recovery_days=5)

    def recovery_of(title: str) -> str:
        for row in range(model.rowCount()):
            if model.row_value(row).title == title:
                return str(model.index(row, column).data())
        raise AssertionError(title)

    assert recovery_of("Review with the oncologist") == "0 (default)"
    assert recovery_of("Chemotherapy, cycle 2") == "3 (default)"
    assert recovery_of(own.title) == "5"


def test_the_model_passes_qts_model_tester_after_filtering(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    page = page_of(window)
    choose(page.filters.kind, AppointmentKind.CHEMOTHERAPY)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    set_date(page.filters.first, TODAY)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def tabbable(widget: QWidget) -> bool:
    """Reached by Tab on its own (a date box's inner line edit is part of the box)."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and not isinstance(widget.parent(), QAbstractSpinBox)
    )


def test_the_filters_are_named_labelled_and_keyboard_reachable(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    filters = page.filters
    controls = [filters.kind, filters.status, filters.first, filters.last, filters.all_dates]
    for control in controls:
        assert control.objectName() and control.accessibleName(), control
    buddies = {label.buddy() for label in filters.findChildren(QLabel) if label.buddy()}
    assert buddies == {filters.kind, filters.status, filters.first, filters.last}
    assert isinstance(filters.all_dates, QAbstractButton) and "&" in filters.all_dates.text()

    # Tab walks the filters in order and then into the table.
    chain: list[QWidget] = []
    widget: QWidget = filters.kind
    for _ in range(len(controls) + 1):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not tabbable(widget):
            widget = widget.nextInFocusChain()
    assert chain == [*controls, page.table]

    # The Kind label's mnemonic reaches the box; arrow keys choose a kind.
    qtbot.keyClick(window, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(filters.kind.hasFocus)
    qtbot.keyClick(filters.kind, Qt.Key.Key_Down)
    assert filters.kind.currentText() == "Chemotherapy"
    assert {a.kind for a in shown(page)} == {AppointmentKind.CHEMOTHERAPY}


def test_the_date_filters_take_dates_as_the_forms_do(window: MainWindow, qtbot: QtBot) -> None:
    page = page_of(window)
    first = page.filters.first
    assert "yyyy" in first.displayFormat()
    before = first.date()
    first.setFocus()
    first.lineEdit().selectAll()
    # The C locale of the tests writes day, month and year: 30 02 2026 does not exist.
    qtbot.keyClicks(first, "30022026")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert first.date() == before  # refused, never shifted to 2 March
    assert shown(page)  # the list keeps the range it had
