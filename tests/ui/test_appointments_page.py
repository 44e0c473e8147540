"""The Appointments page: add, edit and delete through the form, and Edit > Undo / Redo."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFocusFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, Area
from planner.domain.model import Appointment
from planner.services import appointments, lists
from planner.services.plan import Plan
from planner.ui.appointments.dialog import AppointmentDialog
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.labels import short_date
from planner.ui.mainwindow import MainWindow
from planner.ui.week.model import RowKind
from tests.conftest import TODAY
from tests.helpers.conflicts import BACK_TO_EDITING, answer_conflict
from tests.helpers.waiting import wait_until

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
FRIDAY = TODAY + dt.timedelta(days=2)


def page_of(window: MainWindow) -> AppointmentsPage:
    window.show_area(Area.APPOINTMENTS)
    return cast(AppointmentsPage, window.pages[Area.APPOINTMENTS])


def shown_titles(page: AppointmentsPage) -> list[str]:
    model = page.model
    return [model.row_value(row).title for row in range(model.rowCount())]


def week_items(window: MainWindow) -> list[str]:
    window.show_area(Area.WEEK)
    return [r.text for r in window.week_page.day_list.rows() if r.kind is RowKind.ITEM]


def stored(plan: Plan, title: str) -> list[Appointment]:
    return [a for a in lists.appointments(plan) if a.title == title]


def open_dialog(window: MainWindow, qtbot: QtBot) -> AppointmentDialog:
    page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = shown_dialog(window)
    wait_until(dialog.title.hasFocus, "the form never took the focus")
    return dialog


def focus_table(page: AppointmentsPage) -> None:
    page.table.activateWindow()
    page.table.setFocus()
    wait_until(page.table.hasFocus, "the table never took the focus")


def shown_dialog(window: MainWindow) -> AppointmentDialog:
    """The one appointment form on screen (a closed one may linger until deleted)."""
    (dialog,) = [d for d in window.findChildren(AppointmentDialog) if d.isVisible()]
    return dialog


def fill(dialog: AppointmentDialog, qtbot: QtBot, title: str) -> None:
    """Type the form as a keyboard user would, field by field."""
    qtbot.keyClicks(dialog.title, title)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.SCAN))
    dialog.start.setDateTime(QDateTime(QDate(FRIDAY.year, FRIDAY.month, FRIDAY.day), QTime(14, 30)))
    dialog.duration.setValue(45)
    qtbot.keyClicks(dialog.location, "Imaging, level 2")


def warning_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    return box


def close_box(box: QMessageBox, qtbot: QtBot) -> None:
    with qtbot.waitSignal(box.finished):
        box.accept()


def test_add_edit_delete_undo_redo(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, "PET scan")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    (added,) = stored(demo_plan, "PET scan")
    assert (added.kind, added.start, added.duration, added.location) == (
        AppointmentKind.SCAN,
        dt.datetime.combine(FRIDAY, dt.time(14, 30)),
        dt.timedelta(minutes=45),
        "Imaging, level 2",
    )
    assert added.recovery_days is None  # the kind's default, never touched
    page = page_of(window)
    assert "PET scan" in shown_titles(page)
    assert page.table.selected_id() == added.id
    assert "14:30, Appointment: PET scan. Scan at Imaging, level 2" in week_items(window)
    assert window.action_undo.text() == "&Undo Add PET scan"

    # Edit: Enter on the selected row opens the form on it.
    page = page_of(window)
    focus_table(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = shown_dialog(window)
    assert dialog.title.text() == "PET scan"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "PET-CT scan")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert stored(demo_plan, "PET scan") == []
    (edited,) = stored(demo_plan, "PET-CT scan")
    assert (edited.id, edited.version) == (added.id, 2)
    assert "PET-CT scan" in shown_titles(page)

    # Delete, confirmed.
    focus_table(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = window.findChild(QMessageBox, "confirmDeleteBox")
    assert box is not None and box.isVisible()
    assert box.text() == f"Delete PET-CT scan on {short_date(FRIDAY)}?"
    assert "13 Mar 2026" in box.text()
    confirm = box.findChild(QPushButton, "confirmDeleteButton")
    assert confirm is not None
    with qtbot.waitSignal(box.finished):
        confirm.click()
    assert stored(demo_plan, "PET-CT scan") == []
    assert "PET-CT scan" not in shown_titles(page)
    assert not any("PET-CT scan" in text for text in week_items(window))

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert stored(demo_plan, "PET-CT scan") == [edited]
    assert any("PET-CT scan" in text for text in week_items(window))
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)  # redo it
    assert stored(demo_plan, "PET-CT scan") == []

    window.action_undo.trigger()  # the delete
    window.action_undo.trigger()  # the edit
    assert [a.title for a in lists.appointments(demo_plan) if a.id == added.id] == ["PET scan"]
    window.action_undo.trigger()  # the add
    assert stored(demo_plan, "PET scan") == []
    assert "PET scan" not in shown_titles(page_of(window))
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert [a.title for a in lists.appointments(demo_plan) if a.id == added.id] == ["PET-CT scan"]
    assert window.findChild(QMessageBox, "messageBox") is None  # no step failed


def test_cancelling_the_delete_keeps_the_appointment(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    before = lists.appointments(demo_plan)
    page.table.selectRow(0)
    box = page.delete()
    assert box is not None
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert lists.appointments(demo_plan) == before
    assert window.undo_stack.count() == 0


def test_a_refused_value_keeps_the_dialog_open_and_saves_nothing(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    before = lists.appointments(demo_plan)
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, "   ")
    dialog.recovery.setValue(5)
    dialog.accept()

    box = warning_box(window)
    assert "Give the appointment a title" in box.text()
    close_box(box, qtbot)
    assert dialog.isVisible()
    assert dialog.location.text() == "Imaging, level 2"  # what was typed is still there
    assert dialog.recovery.value() == 5
    assert lists.appointments(demo_plan) == before
    assert window.undo_stack.count() == 0

    dialog.title.setText("Bone scan")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (saved,) = stored(demo_plan, "Bone scan")
    assert saved.recovery_days == 5


def test_a_date_too_far_away_is_refused_with_the_services_message(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    before = lists.appointments(demo_plan)
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, "Far away")
    dialog.start.setDateTime(QDateTime(QDate(2090, 1, 1), QTime(9, 0)))
    dialog.accept()
    box = warning_box(window)
    assert "more than 10 years away" in box.text()
    close_box(box, qtbot)
    assert dialog.isVisible()
    assert lists.appointments(demo_plan) == before
    dialog.reject()


def test_recovery_days_follow_the_kind_until_edited(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    kinds = {
        AppointmentKind.SURGERY: 7,
        AppointmentKind.RADIATION: 0,
        AppointmentKind.CHEMOTHERAPY: 3,
    }
    for kind, days in kinds.items():
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.recovery.value() == days
    assert dialog.appointment().recovery_days is None
    dialog.recovery.setValue(4)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.SURGERY))
    assert dialog.recovery.value() == 4
    assert dialog.appointment().recovery_days == 4
    dialog.reject()


def test_an_edit_someone_else_overtook_asks_and_saves_nothing_unless_told(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.table.selectRow(0)
    seen = page.selected()
    assert seen is not None and seen.id is not None
    dialog = page.edit()
    assert dialog is not None
    # Another caregiver changes it while the form is open.
    appointments.update_appointment(
        demo_plan, Appointment(**{**vars(seen), "notes": "theirs"}), expected_version=seen.version
    )
    dialog.title.setText("Mine")
    shown: list[list[str]] = []
    answer_conflict(BACK_TO_EDITING, shown)
    dialog.accept()

    assert [row[0] for row in shown] == ["Notes"]  # what they changed
    assert dialog.isVisible()  # back to editing, as typed
    assert dialog.title.text() == "Mine"
    (now,) = [a for a in lists.appointments(demo_plan) if a.id == seen.id]
    assert (now.title, now.notes) == (seen.title, "theirs")
    assert window.undo_stack.count() == 0
    dialog.reject()


def test_edit_and_delete_need_a_selection(window: MainWindow) -> None:
    page = page_of(window)
    page.table.clearSelection()
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    assert page.add_action.isEnabled()
    page.table.selectRow(0)
    assert page.edit_action.isEnabled() and page.delete_action.isEnabled()


def test_the_form_is_named_and_labelled(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and not w.objectName().startswith("qt_")
        and w.parent() is not None
        and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    assert len(controls) >= 11
    unnamed = [type(w).__name__ for w in controls if not (w.objectName() and w.accessibleName())]
    assert not unnamed
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    fields = (
        dialog.kind,
        dialog.title,
        dialog.start,
        dialog.duration,
        dialog.location,
        dialog.clinician,
        dialog.recovery,
        dialog.notes,
    )
    for field in fields:
        assert field in buddies, field.objectName()
    assert dialog.start.calendarPopup()
    dialog.reject()


def test_the_table_model_passes_qts_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(page_of(window).model)


@pytest.mark.parametrize("percent", [100, 200])
def test_the_form_fits_its_text(window: MainWindow, qtbot: QtBot, percent: int) -> None:
    window.text_size.set_percent(percent)
    dialog = open_dialog(window, qtbot)
    parts = [
        w
        for w in dialog.findChildren(QWidget)
        if w.parent() is dialog and w.isVisible() and not isinstance(w, QFocusFrame)
    ]  # the focus ring is drawn over the field that has the keyboard, as it should be
    assert len(parts) >= 19  # 8 labels, 8 fields, 2 check boxes, the buttons
    for n, part in enumerate(parts):
        name = part.objectName()
        assert part.width() >= part.minimumSizeHint().width(), name
        assert part.height() >= part.minimumSizeHint().height(), name
        assert dialog.rect().contains(part.geometry()), name
        for other in parts[n + 1 :]:
            assert not part.geometry().intersects(other.geometry()), (name, other.objectName())
    dialog.reject()
    # Back to 100%: QSettings keeps a saved size for the next test's window otherwise.
    window.text_size.reset()


def test_undo_refuses_to_remove_what_someone_else_changed(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    added = window.operations.add_appointment(
        Appointment(AppointmentKind.SCAN, "MRI", dt.datetime.combine(FRIDAY, dt.time(10)))
    )
    assert added is not None
    # Another caregiver adds a note to it before this window's Undo.
    appointments.update_appointment(
        demo_plan, Appointment(**{**vars(added), "notes": "bring the scan letter"})
    )

    window.action_undo.trigger()

    box = warning_box(window)
    assert "Someone else changed" in box.text()
    close_box(box, qtbot)
    (kept,) = stored(demo_plan, "MRI")
    assert kept.notes == "bring the scan letter"
    assert window.undo_stack.count() == 0


def test_the_visit_packet_of_the_chosen_appointment_opens_in_the_journal(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.table.clearSelection()
    assert not page.packet_action.isEnabled()
    later = [a for a in page_rows(page) if a.start.date() > TODAY + dt.timedelta(days=7)]
    chosen = later[0]
    assert page.select_record(chosen.id)

    page.packet_action.trigger()

    assert window.current_area() is Area.JOURNAL
    dialog = window.findChild(QDialog, "packetDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.visit.currentData() == chosen.id  # type: ignore[attr-defined]
    dialog.reject()


def page_rows(page: AppointmentsPage) -> list[Appointment]:
    return [page.model.row_value(n) for n in range(page.model.rowCount())]
