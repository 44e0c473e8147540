"""Messages under fields, in every form dialog: shown in full at 100% and 200% text, gone
once the field is put right, and never moving a field the user is about to click.

Each case opens a dialog on the window (so the window's text size and style apply), makes
a long message appear under one field the way a user would, and puts the field right."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import (
    AppointmentKind,
    ContactRole,
    GroupKind,
    JournalKind,
    TaskCategory,
)
from planner.domain.model import (
    Appointment,
    Contact,
    FreezerMeal,
    Helper,
    HelpTask,
    JournalEntry,
    Question,
    SupportGroup,
)
from planner.services import lists, rides
from planner.services.plan import Plan
from planner.ui.appointments.course_dialog import CourseDialog
from planner.ui.appointments.delay_dialog import DelayDialog
from planner.ui.appointments.dialog import AppointmentDialog
from planner.ui.dialogs.preferences import PreferencesDialog
from planner.ui.freezer.meal_dialog import FreezerMealDialog
from planner.ui.freezer.take_out_dialog import TakeOutDialog
from planner.ui.helpers.contact_dialog import ContactDialog
from planner.ui.helpers.helper_dialog import HelperDialog
from planner.ui.helpers.task_dialog import TaskDialog
from planner.ui.journal.entry_dialog import JournalEntryDialog
from planner.ui.journal.question_dialog import AnswerDialog
from planner.ui.mainwindow import MainWindow
from planner.ui.rides.driver_dialog import DriverDialog
from planner.ui.support.group_dialog import GroupDialog
from planner.ui.widgets.dates import DateTimeField
from planner.ui.widgets.field_message import FieldMessage
from tests.conftest import TODAY

SIZES = (100, 200)
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QAbstractButton, QListWidget)
NINE = dt.datetime.combine(TODAY, dt.time(9))
LONG_TITLE = "Follow-up with the oncology team about the second-line regimen " * 2


def yes(*_: object) -> bool:
    return True


def accepted(*_: object) -> None:
    return None


# -- what the cases do ---------------------------------------------------------------------
def type_date(field: QWidget, qtbot: QtBot, text: str) -> None:
    """Type into a date field as a person would: focus it, then the keys."""
    field.setFocus()
    qtbot.keyClicks(field, text)


def no_such_day(name: str) -> Callable[[QDialog, QtBot], FieldMessage]:
    """30 February typed into the date field ``name``: refused under it."""

    def spoil(dialog: QDialog, qtbot: QtBot) -> FieldMessage:
        field = getattr(dialog, name)
        type_date(field, qtbot, "30/02/2026")
        if isinstance(field, DateTimeField):
            qtbot.keyClick(field, Qt.Key.Key_Return)  # the time stays as it is
        message = FieldMessage.of(field)
        assert message is not None
        assert "There is no day 30 in February 2026" in message.text()
        return message

    return spoil


def real_day(name: str) -> Callable[[QDialog, QtBot], None]:
    def fix(dialog: QDialog, qtbot: QtBot) -> None:
        field = getattr(dialog, name)
        full = isinstance(field, DateTimeField)
        type_date(field, qtbot, "28/02/2026 09:00" if full else "28/02/2026")

    return fix


def named(dialog: QDialog, name: str) -> FieldMessage:
    found = dialog.findChild(FieldMessage, name)
    assert found is not None, name
    return found


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[MainWindow, Plan], QDialog]
    spoil: Callable[[QDialog, QtBot], FieldMessage]
    fix: Callable[[QDialog, QtBot], None]


def course_spoil(dialog: QDialog, qtbot: QtBot) -> FieldMessage:
    assert isinstance(dialog, CourseDialog)
    qtbot.keyClicks(dialog.name, "FOLFOX")
    dialog.treatment_days.selectAll()
    qtbot.keyClicks(dialog.treatment_days, "1, one")
    return dialog.errors["treatment_days"]


def course_fix(dialog: QDialog, qtbot: QtBot) -> None:
    assert isinstance(dialog, CourseDialog)
    dialog.treatment_days.selectAll()
    qtbot.keyClicks(dialog.treatment_days, "1, 8")


def margin_spoil(dialog: QDialog, qtbot: QtBot) -> FieldMessage:
    field = dialog.findChild(QLineEdit, "preferenceRideMargin")
    assert field is not None
    field.selectAll()
    qtbot.keyClicks(field, "5" * 40)
    return named(dialog, "preferenceRideMarginError")


def margin_fix(dialog: QDialog, qtbot: QtBot) -> None:
    field = dialog.findChild(QLineEdit, "preferenceRideMargin")
    assert field is not None
    field.selectAll()
    qtbot.keyClicks(field, "20")


def email_spoil(prefix: str) -> Callable[[QDialog, QtBot], FieldMessage]:
    def spoil(dialog: QDialog, qtbot: QtBot) -> FieldMessage:
        qtbot.keyClicks(dialog.email, "not an address, " * 4)
        message = named(dialog, f"{prefix}EmailHint")
        assert "is not an email address" in message.text()
        return message

    return spoil


def email_fix(dialog: QDialog, qtbot: QtBot) -> None:
    field = dialog.email
    field.selectAll()
    qtbot.keyClicks(field, "ann@example.org")


def overlapping(entered: Appointment) -> list[Appointment]:
    """Three long-named appointments at nine (a busy clinic morning), none otherwise."""
    if entered.start != NINE:
        return []
    return [dataclasses.replace(entered, title=f"{LONG_TITLE} {n}") for n in range(3)]


def overlap_spoil(dialog: QDialog, qtbot: QtBot) -> FieldMessage:
    assert isinstance(dialog, AppointmentDialog)
    dialog.start.setTime(QTime(9, 0))
    assert "You can still save it" in dialog.overlap.text()
    return dialog.overlap


def overlap_fix(dialog: QDialog, qtbot: QtBot) -> None:
    assert isinstance(dialog, AppointmentDialog)
    dialog.start.setTime(QTime(11, 0))


def meal() -> FreezerMeal:
    return FreezerMeal("Lentil soup", 4, TODAY, TODAY + dt.timedelta(days=90))


def open_driver(window: MainWindow, plan: Plan) -> QDialog:
    leg = lists.legs(plan, TODAY)[0][0]
    assert leg.id is not None
    return DriverDialog(rides.leg_details(plan, leg.id), yes, window)


CASES = (
    Case("course", lambda w, p: CourseDialog(TODAY, yes, w), course_spoil, course_fix),
    Case("preferences", lambda w, p: PreferencesDialog({}, yes, w), margin_spoil, margin_fix),
    Case("helper", lambda w, p: HelperDialog(Helper(""), yes, w), email_spoil("helper"), email_fix),
    Case(
        "contact",
        lambda w, p: ContactDialog(Contact("", ContactRole.NURSE_NAVIGATOR), yes, w),
        email_spoil("contact"),
        email_fix,
    ),
    Case(
        "task",
        lambda w, p: TaskDialog(
            HelpTask(TaskCategory.MEALS, "Soup", NINE, NINE + dt.timedelta(hours=1)), [], [], yes, w
        ),
        no_such_day("start"),
        real_day("start"),
    ),
    Case(
        "group",
        lambda w, p: GroupDialog(SupportGroup("Circle", GroupKind.IN_PERSON, NINE), yes, w),
        no_such_day("first"),
        real_day("first"),
    ),
    Case(
        "appointment",
        lambda w, p: AppointmentDialog(
            Appointment(AppointmentKind.SCAN, "Scan", NINE + dt.timedelta(hours=2)),
            yes,
            w,
            overlapping,
        ),
        overlap_spoil,
        overlap_fix,
    ),
    Case(
        "appointment-date",
        lambda w, p: AppointmentDialog(Appointment(AppointmentKind.SCAN, "Scan", NINE), yes, w),
        no_such_day("start"),
        real_day("start"),
    ),
    Case(
        "freezer-meal",
        lambda w, p: FreezerMealDialog(meal(), ["soft"], {}, yes, w),
        no_such_day("frozen_on"),
        real_day("frozen_on"),
    ),
    Case(
        "take-out",
        lambda w, p: TakeOutDialog(meal(), TODAY, 2, yes, parent=w),
        no_such_day("for_day"),
        real_day("for_day"),
    ),
    Case("driver", open_driver, no_such_day("pickup"), real_day("pickup")),
    Case(
        "journal-entry",
        lambda w, p: JournalEntryDialog(
            JournalEntry(JournalKind.SIDE_EFFECT, NINE, "Nausea", 3), ["Nausea"], accepted, w
        ),
        lambda d, q: no_such_day("when")(d.fields, q),
        lambda d, q: real_day("when")(d.fields, q),
    ),
    Case(
        "answer",
        lambda w, p: AnswerDialog(Question("When are scans?", TODAY), TODAY, accepted, w),
        no_such_day("day"),
        real_day("day"),
    ),
)


# -- what is checked -----------------------------------------------------------------------
def inputs(dialog: QDialog) -> dict[QWidget, QPoint]:
    """Where each control the user may click sits in the dialog."""
    found = {}
    for widget in dialog.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        if isinstance(widget, INPUTS) and not inner and widget.isVisibleTo(dialog):
            found[widget] = widget.mapTo(dialog, QPoint(0, 0))
    return found


def assert_in_full(message: FieldMessage, dialog: QDialog) -> None:
    """Every line of ``message`` shows: it has the height its text needs at its width, and
    lies inside the dialog (and inside what its scroll area shows)."""
    assert message.isVisible()
    assert message.height() >= message.heightForWidth(message.width()), message.text()
    at = QRect(message.mapTo(dialog, QPoint(0, 0)), message.size())
    assert dialog.rect().contains(at), (at, dialog.rect())
    parent = message.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            seen = QRect(message.mapTo(parent.viewport(), QPoint(0, 0)), message.size())
            assert parent.viewport().rect().contains(seen), (seen, parent.viewport().rect())
        parent = parent.parentWidget()


@pytest.mark.parametrize("percent", SIZES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_long_message_shows_in_full_moves_nothing_above_and_goes_when_put_right(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, case: Case, percent: int
) -> None:
    window.text_size.set_percent(percent)
    dialog = case.open(window, demo_plan)
    dialog.show()
    qtbot.waitExposed(dialog)
    size, before = dialog.size(), inputs(dialog)

    message = case.spoil(dialog, qtbot)

    assert message.message() and message.text().startswith("⚠")  # not by colour alone
    assert message.message() in message.accessibleName()
    if percent == 200:
        assert message.heightForWidth(message.width()) > message.one_line()  # it does wrap
    assert_in_full(message, dialog)
    # The field and everything above it stay where they were: a click lands where aimed.
    field = message.field
    assert field is not None
    top = field.mapTo(dialog, QPoint(0, 0)).y()
    after = inputs(dialog)
    moved = [w.objectName() for w, at in before.items() if at.y() <= top and after[w] != at]
    assert moved == []
    assert field.accessibleDescription() == message.message()  # read with the field

    case.fix(dialog, qtbot)

    assert message.message() == "" and message.text() == ""
    assert dialog.size() == size  # the room the message took is given back
    assert inputs(dialog) == before
    dialog.reject()
    window.text_size.reset()


@pytest.mark.parametrize("percent", SIZES)
def test_a_one_line_message_moves_no_field_at_all(
    window: MainWindow, qtbot: QtBot, percent: int
) -> None:
    window.text_size.set_percent(percent)
    dialog = CourseDialog(TODAY, yes, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "X")
    size, before = dialog.size(), inputs(dialog)

    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)

    message = dialog.errors["name"]
    assert message.message() == "Give the course a name."
    assert message.height() == message.one_line()  # the room it always had
    assert inputs(dialog) == before and dialog.size() == size
    assert_in_full(message, dialog)
    dialog.reject()
    window.text_size.reset()


def test_save_does_not_point_elsewhere_the_message_stands_at_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = CourseDialog(TODAY, yes, window)
    dialog.show()
    course_spoil(dialog, qtbot)
    assert "see the message" not in dialog.summary.text()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # Enter: the dialog stays, the focus goes to the field to put right
    assert dialog.isVisible() and dialog.focusWidget() is dialog.treatment_days
    dialog.reject()


@pytest.mark.parametrize("percent", SIZES)
def test_the_delay_outcome_wraps_in_full_and_follows_the_days(
    window: MainWindow, qtbot: QtBot, percent: int
) -> None:
    window.text_size.set_percent(percent)
    chemo = Appointment(AppointmentKind.CHEMOTHERAPY, LONG_TITLE, NINE, cycle=2)
    dialog = DelayDialog(chemo, yes, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_in_full(dialog.outcome, dialog)
    assert dialog.outcome.text().endswith("18 March 2026.")
    dialog.days.setValue(14)
    assert dialog.outcome.text().endswith("25 March 2026.")
    assert_in_full(dialog.outcome, dialog)
    dialog.reject()
    window.text_size.reset()


def test_a_refused_save_is_said_under_the_fields_until_one_is_edited(
    window: MainWindow, qtbot: QtBot
) -> None:
    refusals = ["Write the answer first; an empty answer was not saved."]
    dialog = AnswerDialog(
        Question("When are scans?", TODAY), TODAY, lambda *_: refusals.pop(), window
    )
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "⚠ Not saved: Write the answer first; an empty answer was not saved."
    )
    qtbot.keyClicks(dialog.answer, "In June")
    assert dialog.message.text() == ""
    dialog.reject()


def test_a_refused_date_keeps_the_form_from_saving_until_put_right(
    window: MainWindow, qtbot: QtBot
) -> None:
    saved: list[Appointment] = []
    dialog = AppointmentDialog(
        Appointment(AppointmentKind.SCAN, "Scan", NINE), lambda a: saved.append(a) or True, window
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "30/02/2026")

    dialog.accept()  # Save clicked while the day is still typed in: it is read first

    assert saved == [] and dialog.isVisible() and dialog.focusWidget() is dialog.start
    assert "There is no day 30 in February 2026" in dialog.overlap.text()
    assert dialog.start.date() == QDate(2026, 3, 11)  # never another day
    qtbot.keyClicks(dialog.start, "28/02/2026 09:30")
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert [a.start for a in saved] == [dt.datetime(2026, 2, 28, 9, 30)]


def test_a_message_given_before_the_dialog_opens_shows_in_full(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.text_size.set_percent(200)
    dialog = AppointmentDialog(Appointment(AppointmentKind.SCAN, "Scan", NINE), yes, window)
    dialog.overlap.show_problem(LONG_TITLE * 2, blocks=False)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_in_full(dialog.overlap, dialog)
    dialog.reject()
    window.text_size.reset()


def test_a_date_and_time_field_is_read_when_saving(window: MainWindow, qtbot: QtBot) -> None:
    """The whole moment typed (no Enter, no Tab) is what Save takes."""
    saved: list[Appointment] = []
    dialog = AppointmentDialog(
        Appointment(AppointmentKind.SCAN, "Scan", NINE), lambda a: saved.append(a) or True, window
    )
    dialog.show()
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "2/4/2026 14")  # the minutes are left as they were
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert [a.start for a in saved] == [dt.datetime(2026, 4, 2, 14, 0)]


def test_a_task_ending_before_it_starts_is_said_under_until_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    task = HelpTask(TaskCategory.MEALS, "Soup", NINE, NINE + dt.timedelta(hours=1))
    dialog = TaskDialog(task, [], [], yes, window)
    dialog.show()
    assert dialog.end_message.text() == ""
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    assert "ends before it starts" in dialog.end_message.text()
    dialog.all_day.setChecked(True)  # whole days: the same day is a day long
    assert dialog.end_message.text() == ""
    dialog.reject()
