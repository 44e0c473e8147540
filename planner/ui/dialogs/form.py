"""What the helper, contact, task and group forms share: labelled rows, OK/Cancel, a
message line under a field that says why its value was refused or how it will be saved,
and one under the form for the rest (the form stays open, as typed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.contacts import email_address, phone_number
from planner.domain.errors import InvalidInput
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import say, translate
from planner.ui.widgets.dates import DateTimeField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.rows_area import RowsArea

T = TypeVar("T")


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    day, time = moment.date(), moment.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def check_hint(field: QLineEdit, hint: QLabel, tidy: Callable[[str], str]) -> None:
    """Show under ``field`` how its text will be saved, or why it cannot be."""
    try:
        shown = tidy(field.text())
    except InvalidInput as error:
        problem, note = say(error.message), ""
    else:
        # Only worth a line when saving will write it differently from how it was typed.
        same = shown == field.text().strip()
        problem, note = (
            "",
            translate("Dialogs", "Saved as {text}").format(text=shown)
            if shown and not same
            else "",
        )
    if isinstance(hint, FieldMessage):
        # The plan checks again on saving (and says so): the form does not wait for it.
        if problem:
            hint.show_problem(problem, blocks=False)
        else:
            hint.show_note(note)
        return
    hint.setText(f"\N{WARNING SIGN} {problem}" if problem else note)
    hint.setAccessibleName(hint.text())
    hint.setVisible(bool(hint.text()))


class _Hint(QObject):
    """Keeps a field's hint line in step with what is typed."""

    def __init__(
        self, field: QLineEdit, hint: QLabel, tidy: Callable[[str], str], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._field, self._hint, self._tidy = field, hint, tidy
        field.textChanged.connect(self.update)
        self.update()

    @Slot()
    def update(self) -> None:
        check_hint(self._field, self._hint, self._tidy)


class FormDialog(QDialog, Generic[T]):
    """A form for one value; OK hands :meth:`value` to ``save``, and closes only if saved.

    ``save`` returns whether it saved; a refusal it reports itself (the window's warning).
    Subclasses build their rows with :meth:`row` (and :meth:`message_under` for a field
    that has something to say) and implement :meth:`value`.
    """

    def __init__(
        self, name: str, title: str, save: Callable[[T], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prefix = name
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.wide = self.fontMetrics().averageCharWidth() * 34
        self.buttons = save_buttons(self, name, translate("Dialogs", "Save"))
        # The rows scroll when the form is taller than the screen (large text, many rows).
        rows = self.rows = QWidget(self)
        rows.setObjectName(f"{name}Rows")
        rows.setLayout(self.form)
        self.rows_area = RowsArea(rows, self)
        self.rows_area.setObjectName(f"{name}Scroll")
        self.rows_area.setAccessibleName(title)
        self.message = FieldMessage(None, self, name=f"{name}Message")
        """What the form says about the value as a whole (a field's own is under it)."""
        self._watching = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.rows_area, 1)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def row(self, label: str, field: QWidget, name: str, accessible: str) -> QWidget:
        """Add a labelled row; ``name`` is the field's objectName after the form's prefix."""
        caption = caption_for(self, label, field, f"{self.prefix}{name}", accessible)
        if isinstance(field, QLineEdit | QPlainTextEdit | QDateTimeEdit):
            field.setMinimumWidth(self.wide)
        if isinstance(field, QPlainTextEdit):
            field.setTabChangesFocus(True)
            field.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.form.addRow(caption, field)
        return field

    def message_under(self, field: QWidget, name: str = "") -> FieldMessage:
        """A message line under the row just added for ``field`` (as wide as the form)."""
        message = FieldMessage(field, self, name=name)
        self.form.addRow(message)
        return message

    def line(self, label: str, name: str, accessible: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(200)
        self.row(label, edit, name, accessible)
        return edit

    def moment(self, label: str, name: str, accessible: str, value: dt.datetime) -> DateTimeField:
        """A date and time row, with the line that says why a typed one was refused."""
        edit = DateTimeField(to_qdatetime(value), self)
        self.row(label, edit, name, accessible)
        self.message_under(edit)
        return edit

    def reach(self, phone: str, email: str) -> tuple[QLineEdit, QLineEdit]:
        """Phone and email rows, each with a line saying how it will be saved (or why not)."""
        fields = []
        self._hints: list[_Hint] = []
        for label, name, accessible, text, tidy in (
            (
                translate("Dialogs", "&Phone:"),
                "Phone",
                translate("Dialogs", "Phone"),
                phone,
                phone_number,
            ),
            (
                translate("Dialogs", "E&mail:"),
                "Email",
                translate("Dialogs", "Email"),
                email,
                email_address,
            ),
        ):
            field = self.line(label, name, accessible, text)
            hint = self.message_under(field, name=f"{self.prefix}{name}Hint")
            self._hints.append(_Hint(field, hint, tidy, self))
            fields.append(field)
        return fields[0], fields[1]

    def value(self) -> T:
        """The value as the form shows it (with the original's id and version)."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        """Say under the form why its value cannot be saved (until a field is edited)."""
        if not self._watching:
            self._watching = True
            self.message.clear_when_changed([self.rows])
        self.message.show_problem(text, blocks=False)

    def accept(self) -> None:
        if not ready_to_save(self):
            return
        try:
            value = self.value()
        except InvalidInput as error:
            self.show_problem(say(error.message))
            return
        if self._save(value):
            super().accept()
