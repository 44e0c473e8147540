"""What the helper, contact, task and group forms share: labelled rows, OK/Cancel, and a
message line that says why a value was refused (the form stays open, as typed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.contacts import email_address, phone_number
from planner.domain.errors import InvalidInput
from planner.ui.dialogs.appointment import date_time_format
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import tr

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
        hint.setText(f"\N{WARNING SIGN} {error}")
    else:
        # Only worth a line when saving will write it differently from how it was typed.
        same = shown == field.text().strip()
        hint.setText(tr("Saved as {text}").format(text=shown) if shown and not same else "")
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
    Subclasses build their rows with :meth:`row` and implement :meth:`value`.
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
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.buttons = save_buttons(self, name, tr("Save"))
        # The rows scroll when the form is taller than the screen (large text, many rows).
        rows = self.rows = QWidget(self)
        rows.setObjectName(f"{name}Rows")
        rows.setLayout(self.form)
        self.rows_area = QScrollArea(self)
        self.rows_area.setObjectName(f"{name}Scroll")
        self.rows_area.setAccessibleName(title)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(rows)
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

    def line(self, label: str, name: str, accessible: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(200)
        self.row(label, edit, name, accessible)
        return edit

    def moment(self, label: str, name: str, accessible: str, value: dt.datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_time_format())
        self.row(label, edit, name, accessible)
        return edit

    def reach(self, phone: str, email: str) -> tuple[QLineEdit, QLineEdit]:
        """Phone and email rows, each with a line saying how it will be saved (or why not)."""
        fields = []
        self._hints: list[_Hint] = []
        for label, name, accessible, text, tidy in (
            (tr("&Phone:"), "Phone", tr("Phone"), phone, phone_number),
            (tr("E&mail:"), "Email", tr("Email"), email, email_address),
        ):
            field = self.line(label, name, accessible, text)
            hint = QLabel(self)
            hint.setObjectName(f"{self.prefix}{name}Hint")
            hint.setWordWrap(True)
            hint.setMinimumWidth(self.wide)
            hint.hide()
            self.form.addRow("", hint)
            self._hints.append(_Hint(field, hint, tidy, self))
            fields.append(field)
        return fields[0], fields[1]

    def showEvent(self, event: QShowEvent) -> None:
        """Open as large as the rows want, within the screen; beyond that they scroll."""
        rows = self.rows.sizeHint()
        bar = self.rows_area.verticalScrollBar().sizeHint().width()
        self.rows_area.setMinimumWidth(rows.width() + bar)
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        spare = screen - self.buttons.sizeHint().height() - 120
        self.rows_area.setMinimumHeight(max(min(rows.height(), spare), 100))
        super().showEvent(event)

    def value(self) -> T:
        """The value as the form shows it (with the original's id and version)."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.message.setText(f"\N{WARNING SIGN} {text}")
        self.message.setAccessibleName(text)
        self.message.show()

    def accept(self) -> None:
        try:
            value = self.value()
        except InvalidInput as error:
            self.show_problem(str(error))
            return
        if self._save(value):
            super().accept()
