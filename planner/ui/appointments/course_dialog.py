"""Plan a course: a regimen becomes a series of appointments, previewed before it is saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointments import LONGEST, LONGEST_TEXT
from planner.domain.courses import CourseError, parse_treatment_days
from planner.domain.enums import AppointmentKind, CoursePattern
from planner.domain.messages import Message
from planner.domain.model import Appointment, Course
from planner.services.courses import preview
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import date_time, qdate, say, translate, vocabulary, weekday_short
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save

MINUTE = dt.timedelta(minutes=1)

# Presets: (label, kind, pattern, weekdays)
CYCLES, RADIATION, DIALYSIS = "cycles", "radiation", "dialysis"
PRESETS = {
    CYCLES: (AppointmentKind.CHEMOTHERAPY, CoursePattern.CYCLE, ()),
    RADIATION: (AppointmentKind.RADIATION, CoursePattern.WEEKLY, (0, 1, 2, 3, 4)),
    DIALYSIS: (AppointmentKind.DIALYSIS, CoursePattern.WEEKLY, (0, 2, 4)),
}
PREVIEW_ROWS = 8


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class CourseDialog(QDialog):
    """Asks for a regimen and shows the dates it makes; Save hands the course to ``save``.

    Every change of a field updates the preview at once; a regimen that cannot be planned
    shows its reason under the field concerned, and Save stays disabled until it can.
    ``save`` returns whether the course was stored (the dialog stays open otherwise).
    """

    def __init__(
        self,
        first_day: dt.date,
        save: Callable[[Course, Appointment], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._today = first_day
        self.setObjectName("courseDialog")
        self.setWindowTitle(translate("Appointments", "Plan a course"))
        self.setAccessibleName(translate("Appointments", "Plan a course"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form = form
        self.errors: dict[str, FieldMessage] = {}
        """The message under each field, by the name of the Course field it checks."""

        def row(label: str, field: QWidget, name: str, accessible: str, error: str = "") -> None:
            form.addRow(caption_for(self, label, field, name, accessible), field)
            if error:
                message = FieldMessage(field, self, name=f"{name}Error")
                form.addRow(message)
                self.errors[error] = message

        self.preset = QComboBox(self)
        self.preset.addItem(translate("Appointments", "Cycles of days (e.g. chemotherapy)"), CYCLES)
        self.preset.addItem(translate("Appointments", "Radiation series (weekdays)"), RADIATION)
        self.preset.addItem(translate("Appointments", "Dialysis (chosen weekdays)"), DIALYSIS)
        row(
            translate("Appointments", "&Regimen:"),
            self.preset,
            "coursePreset",
            translate("Appointments", "Regimen"),
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(LONGEST_TEXT - 20)  # room for ", cycle 12"
        self.name.setPlaceholderText(translate("Appointments", "e.g. FOLFOX"))
        row(
            translate("Appointments", "&Name:"),
            self.name,
            "courseName",
            translate("Appointments", "Course name"),
            "name",
        )
        self.kind = QComboBox(self)
        for kind in AppointmentKind:
            self.kind.addItem(vocabulary(kind), kind.value)
        row(
            translate("Appointments", "&Kind:"),
            self.kind,
            "courseKind",
            translate("Appointments", "Kind"),
        )
        self.location = QLineEdit(self)
        self.location.setMaxLength(LONGEST_TEXT)
        row(
            translate("Appointments", "&Where:"),
            self.location,
            "courseLocation",
            translate("Appointments", "Where"),
        )
        self.first_day = DateField(qdate(first_day), self)
        row(
            translate("Appointments", "&First day:"),
            self.first_day,
            "courseFirstDay",
            translate("Appointments", "First day"),
            "first_day",
        )
        self.time = QTimeEdit(QTime(9, 0), self)
        row(
            translate("Appointments", "&Time:"),
            self.time,
            "courseTime",
            translate("Appointments", "Time of day"),
        )
        self.duration = QSpinBox(self)
        self.duration.setRange(0, LONGEST // MINUTE)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(translate("Appointments", " min"))
        row(
            translate("Appointments", "&Duration:"),
            self.duration,
            "courseDuration",
            translate("Appointments", "Duration in minutes"),
            "duration",
        )

        self.cycle_length = QSpinBox(self)
        self.cycle_length.setRange(0, 999)
        self.cycle_length.setValue(21)
        self.cycle_length.setSuffix(translate("Appointments", " days"))
        row(
            translate("Appointments", "C&ycle length:"),
            self.cycle_length,
            "courseCycleLength",
            translate("Appointments", "Cycle length in days"),
            "cycle_length_days",
        )
        self.treatment_days = QLineEdit("1", self)
        self.treatment_days.setToolTip(
            translate("Appointments", "Days of each cycle with treatment, e.g. 1, 8")
        )
        row(
            translate("Appointments", "Treatment &days:"),
            self.treatment_days,
            "courseTreatmentDays",
            translate("Appointments", "Treatment days in the cycle"),
            "treatment_days",
        )
        self.cycles = QSpinBox(self)
        self.cycles.setRange(1, 999)
        self.cycles.setValue(4)
        row(
            translate("Appointments", "Number of c&ycles:"),
            self.cycles,
            "courseCycles",
            translate("Appointments", "Number of cycles"),
            "cycles",
        )

        self.weekday_row = QWidget(self)
        days = QHBoxLayout(self.weekday_row)
        days.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(weekday_short(weekday), self.weekday_row)
            box.setObjectName(f"courseWeekday{weekday}")
            box.setAccessibleName(QLocale().dayName(weekday + 1))
            days.addWidget(box)
            self.weekdays.append(box)
        days.addStretch(1)
        row(
            translate("Appointments", "Week&days:"),
            self.weekday_row,
            "courseWeekdays",
            translate("Appointments", "Weekdays"),
            "weekdays",
        )
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 999)
        self.weeks.setValue(6)
        self.weeks.setSuffix(translate("Appointments", " weeks"))
        row(
            translate("Appointments", "For &how long:"),
            self.weeks,
            "courseWeeks",
            translate("Appointments", "Number of weeks"),
            "weeks",
        )
        self.needs_ride = QCheckBox(
            translate("Appointments", "A ride is &needed there and back"), self
        )
        self.needs_ride.setObjectName("courseNeedsRide")
        self.needs_ride.setAccessibleName(translate("Appointments", "Ride needed"))
        form.addRow(self.needs_ride)

        self.summary = QLabel(self)
        self.summary.setObjectName("coursePreviewSummary")
        self.summary.setWordWrap(True)
        self.preview = QListWidget(self)
        self.preview.setObjectName("coursePreview")
        self.preview.setAccessibleName(translate("Appointments", "Dates the course makes"))
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * PREVIEW_ROWS)
        self.summary.setBuddy(self.preview)
        side = QVBoxLayout()
        caption = QLabel(translate("Appointments", "&Preview:"), self)
        caption.setObjectName("coursePreviewLabel")
        caption.setBuddy(self.preview)
        side.addWidget(caption)
        side.addWidget(self.preview, 1)
        side.addWidget(self.summary)

        wide = self.fontMetrics().averageCharWidth() * 28
        for field in (self.name, self.location):
            field.setMinimumWidth(wide)
        sample = translate("Appointments", "{when} (cycle {cycle})").format(
            when=date_time(dt.datetime(2026, 12, 30, 23, 59)), cycle=99
        )
        self.preview.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) * 11 // 10 + 24)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("courseButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("courseSave")
        self.save_button.setAccessibleName(translate("Appointments", "Save the course"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("courseCancel")
        cancel.setAccessibleName(translate("Appointments", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for signal in (
            self.name.textChanged,
            self.location.textChanged,
            self.treatment_days.textChanged,
        ):
            signal.connect(self._update)
        for spin in (self.duration, self.cycle_length, self.cycles, self.weeks):
            spin.valueChanged.connect(self._update)
        self.kind.currentIndexChanged.connect(self._update)
        self.first_day.dateChanged.connect(self._update)
        self.time.timeChanged.connect(self._update)
        self.needs_ride.toggled.connect(self._update)
        for box in self.weekdays:
            box.toggled.connect(self._update)
        self.preset.currentIndexChanged.connect(self._use_preset)
        self._use_preset()
        self.name.setFocus()

    # -- reading the form ----------------------------------------------------------------
    def pattern(self) -> CoursePattern:
        return PRESETS[self.preset.currentData()][1]

    def course(self) -> Course:
        """The course as the form shows it (raises CourseError for unreadable day numbers)."""
        time = self.time.time()
        cycle = self.pattern() is CoursePattern.CYCLE
        return Course(
            name=self.name.text(),
            kind=AppointmentKind(self.kind.currentData()),
            pattern=self.pattern(),
            first_day=_date(self.first_day.date()),
            start_time=dt.time(time.hour(), time.minute()),
            duration=self.duration.value() * MINUTE,
            cycle_length_days=self.cycle_length.value() if cycle else 7,
            treatment_days=parse_treatment_days(self.treatment_days.text()) if cycle else (1,),
            cycles=self.cycles.value() if cycle else 1,
            weekdays=tuple(n for n, box in enumerate(self.weekdays) if box.isChecked()),
            weeks=0 if cycle else self.weeks.value(),
            location=self.location.text(),
        )

    def template(self) -> Appointment:
        """What every appointment of the course has besides its date."""
        course = self.course()
        return Appointment(
            course.kind,
            course.name,
            dt.datetime.combine(course.first_day, course.start_time),
            needs_ride=self.needs_ride.isChecked(),
        )

    # -- keeping the preview up to date --------------------------------------------------
    @Slot()
    def _use_preset(self) -> None:
        kind, pattern, weekdays = PRESETS[self.preset.currentData()]
        cycle = pattern is CoursePattern.CYCLE
        rows: tuple[tuple[QWidget, bool], ...] = (
            (self.cycle_length, cycle),
            (self.treatment_days, cycle),
            (self.cycles, cycle),
            (self.weekday_row, not cycle),
            (self.weeks, not cycle),
        )
        for widget, shown in rows:
            self._form.setRowVisible(widget, shown)
            if (message := FieldMessage.of(widget)) is not None:
                self._form.setRowVisible(message, shown)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        for n, box in enumerate(self.weekdays):
            box.blockSignals(True)
            box.setChecked(n in weekdays)
            box.blockSignals(False)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.preview.clear()
        try:
            course = self.course()
            unnamed = not course.name.strip()
            if unnamed:  # the dates do not depend on the name: show them already
                course = dataclasses.replace(course, name=translate("Appointments", "Course"))
            made = preview(course, self.template(), self._today)
        except CourseError as error:
            self._refuse(error.message, error.field)
            return
        locale = QLocale()
        for appointment in made:
            self.preview.addItem(
                translate("Appointments", "{when} (cycle {cycle})").format(
                    when=date_time(appointment.start), cycle=appointment.cycle
                )
                if self.pattern() is CoursePattern.CYCLE
                else date_time(appointment.start)
            )
        self.summary.setText(
            translate(
                "Appointments", "Saving makes {count} appointments, from {first} to {last}."
            ).format(
                count=locale.toString(len(made)),
                first=date_time(made[0].start),
                last=date_time(made[-1].start),
            )
        )
        self.save_button.setEnabled(not unnamed)
        if unnamed:
            self.summary.setText(
                self.summary.text()
                + " "
                + translate("Appointments", "Give the course a name to save it.")
            )
            if self.name.isModified():  # cleared by the user: say so at the field
                self._refuse(
                    translate("Appointments", "Give the course a name."), "name", keep_summary=True
                )
                return
        self._say_at("", "")

    def _refuse(self, message: Message | str, field: str, *, keep_summary: bool = False) -> None:
        self.save_button.setEnabled(False)
        shown = self._say_at(say(message), field)
        if not keep_summary:
            # The message itself stands under its field, in full; this says why Save waits.
            self.summary.setText(
                translate("Appointments", "Nothing can be saved yet.") if shown else say(message)
            )

    def _say_at(self, message: str, field: str) -> bool:
        """Show ``message`` under ``field`` (if it has a message line on show) and clear
        the others; whether it was shown."""
        label = self.errors.get(field)
        shown = label is not None and label.field is not None and label.field.isVisibleTo(self)
        for name, other in self.errors.items():
            if name == field and shown:
                other.show_problem(message)
            else:
                other.clear()
        return shown

    def accept(self) -> None:
        if not ready_to_save(self) or not self.save_button.isEnabled():
            return
        if self._save(self.course(), self.template()):
            super().accept()
