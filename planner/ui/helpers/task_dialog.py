"""The form for one help task: what, when (a time window or whole days), who, and whether
it repeats."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from planner.domain.availability import available
from planner.domain.enums import TaskCategory, TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.model import Appointment, Helper, HelpTask
from planner.domain.tasks import CAPABILITY_FOR, is_whole_day
from planner.ui.dialogs.form import FormDialog, from_qdatetime
from planner.ui.labels import date_time, say, translate, vocabulary
from planner.ui.support.group_dialog import RepeatEditor
from planner.ui.widgets.field_message import FieldMessage

DAY = dt.timedelta(days=1)


class TaskDialog(FormDialog[HelpTask]):
    """Asks for a task; the helper list marks who is not usually free at the chosen time,
    and who does not usually do this kind of task."""

    def __init__(
        self,
        task: HelpTask,
        helpers: Sequence[Helper],
        appointments: Sequence[Appointment],
        save: Callable[[HelpTask], bool],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("Helpers", "Add a help task")
            if task.id is None
            else translate("Helpers", "Edit help task")
        )
        super().__init__("task", title, save, parent)
        self._original = task
        self._helpers = list(helpers)
        self.category = QComboBox(self)
        for category in TaskCategory:
            self.category.addItem(vocabulary(category), category.value)
        self.category.setCurrentIndex(self.category.findData(task.category.value))
        self.row(
            translate("Helpers", "&Kind of help:"),
            self.category,
            "Category",
            translate("Helpers", "Kind of help"),
        )
        self.title = self.line(
            translate("Helpers", "&Title:"), "Title", translate("Helpers", "Title"), task.title
        )
        self.all_day = QCheckBox(
            translate("Helpers", "Some time during the &day (no set time)"), self
        )
        self.all_day.setObjectName("taskAllDay")
        self.all_day.setAccessibleName(translate("Helpers", "Some time during the day"))
        self.form.addRow(self.all_day)
        whole = is_whole_day(task)
        end = task.end - DAY if whole else task.end
        self.start = self.moment(
            translate("Helpers", "&From:"), "Start", translate("Helpers", "From"), task.start
        )
        self.end = self.moment(
            translate("Helpers", "&Until:"), "End", translate("Helpers", "Until"), end
        )
        end_message = FieldMessage.of(self.end)
        assert end_message is not None
        self.end_message = end_message
        """Says under Until when the task would end before it starts."""
        self.all_day.setChecked(whole)
        self.helper = QComboBox(self)
        self.row(
            translate("Helpers", "&Helper:"), self.helper, "Helper", translate("Helpers", "Helper")
        )
        self.status = QComboBox(self)
        for status in TaskStatus:
            self.status.addItem(vocabulary(status), status.value)
        self.status.setCurrentIndex(self.status.findData(task.status.value))
        self.row(
            translate("Helpers", "&Status:"), self.status, "Status", translate("Helpers", "Status")
        )
        self.appointment = QComboBox(self)
        self.appointment.addItem(translate("Helpers", "None"), None)
        for appointment in appointments:
            self.appointment.addItem(
                translate("Helpers", "{title}, {when}").format(
                    title=appointment.title, when=date_time(appointment.start)
                ),
                appointment.id,
            )
        found = self.appointment.findData(task.appointment_id)
        self.appointment.setCurrentIndex(max(found, 0))
        self.row(
            translate("Helpers", "For &appointment:"),
            self.appointment,
            "Appointment",
            translate("Helpers", "For appointment"),
        )
        self.repeat = RepeatEditor(task.recurrence, task.start.weekday(), self)
        self.row(
            translate("Helpers", "&Repeats:"),
            self.repeat,
            "Repeat",
            translate("Helpers", "Repeats"),
        )
        self.notes = QPlainTextEdit(task.notes, self)
        self.row(
            translate("Helpers", "N&otes:"), self.notes, "Notes", translate("Helpers", "Notes")
        )
        self._fill_helpers(task.helper_id)
        self._follow_all_day()
        self.all_day.toggled.connect(self._follow_all_day)
        for signal in (
            self.start.dateTimeChanged,
            self.end.dateTimeChanged,
            self.category.currentIndexChanged,
            self.all_day.toggled,
        ):
            signal.connect(self._mark_helpers)
            signal.connect(self._check_times)
        self._check_times()
        self.title.setFocus()

    def _fill_helpers(self, chosen: int | None) -> None:
        self.helper.addItem(translate("Helpers", "Nobody yet"), None)
        for helper in self._helpers:
            self.helper.addItem(helper.name, helper.id)
        self.helper.setCurrentIndex(max(self.helper.findData(chosen), 0))
        self._mark_helpers()

    @Slot()
    def _mark_helpers(self) -> None:
        """Each helper's name, with a note when they are not usually free or do not do this."""
        span: tuple[dt.datetime, dt.datetime] | None
        try:
            span = self._times()
        except InvalidInput:
            span = None
        need = CAPABILITY_FOR[TaskCategory(self.category.currentData())]
        for n, helper in enumerate(self._helpers, start=1):
            notes = []
            if span is not None and not self.all_day.isChecked() and not available(helper, *span):
                notes.append(translate("Helpers", "not usually free then"))
            if need is not None and helper.capabilities and need not in helper.capabilities:
                notes.append(translate("Helpers", "does not usually do this"))
            text = helper.name if not notes else f"{helper.name} ({'; '.join(notes)})"
            self.helper.setItemText(n, text)

    @Slot()
    def _check_times(self) -> None:
        try:
            self._times()
        except InvalidInput as error:
            self.end_message.show_problem(say(error.message))
        else:
            self.end_message.clear()

    @Slot()
    def _follow_all_day(self) -> None:
        for field in (self.start, self.end):
            field.show_time(not self.all_day.isChecked())

    def _times(self) -> tuple[dt.datetime, dt.datetime]:
        start = from_qdatetime(self.start.dateTime())
        end = from_qdatetime(self.end.dateTime())
        if self.all_day.isChecked():
            start = dt.datetime.combine(start.date(), dt.time.min)
            end = dt.datetime.combine(end.date(), dt.time.min) + DAY
        if end <= start:
            raise InvalidInput(
                translate("Helpers", "The task ends before it starts; please check the times.")
            )
        return start, end

    def value(self) -> HelpTask:
        start, end = self._times()
        return dataclasses.replace(
            self._original,
            category=TaskCategory(self.category.currentData()),
            title=self.title.text(),
            start=start,
            end=end,
            helper_id=self.helper.currentData(),
            appointment_id=self.appointment.currentData(),
            status=TaskStatus(self.status.currentData()),
            recurrence=self.repeat.recurrence(),
            notes=self.notes.toPlainText(),
        )
