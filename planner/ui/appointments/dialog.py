"""The form for one appointment, new or edited; saved on OK."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.appointments import LONGEST, LONGEST_TEXT, MOST_RECOVERY_DAYS, SHORTEST
from planner.domain.enums import AppointmentKind
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS
from planner.domain.model import Appointment
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import date_time, time_of_day, translate, vocabulary
from planner.ui.widgets.dates import DateTimeField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save

MINUTE = dt.timedelta(minutes=1)


class AppointmentDialog(QDialog):
    """Asks for an appointment's details; OK hands them to ``save`` and closes only if saved.

    ``appointment`` is the one to edit, or the starting values of a new one (``id`` None).
    Recovery days follow the kind's default until the user changes them.
    A refused value keeps the dialog open with everything as typed. ``find_overlaps`` names
    the appointments the entered time overlaps; the form warns of them (saving still works:
    two appointments in one clinic on one morning happen).
    """

    def __init__(
        self,
        appointment: Appointment,
        save: Callable[[Appointment], bool],
        parent: QWidget | None = None,
        find_overlaps: Callable[[Appointment], list[Appointment]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = appointment
        self._save = save
        self._find_overlaps = find_overlaps
        new = appointment.id is None
        title = (
            translate("Appointments", "Add an appointment")
            if new
            else translate("Appointments", "Edit appointment")
        )
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def row(label: str, field: QWidget, name: str, accessible: str) -> None:
            form.addRow(caption_for(self, label, field, name, accessible), field)

        self.kind = QComboBox(self)
        for kind in AppointmentKind:
            self.kind.addItem(vocabulary(kind), kind)
        row(
            translate("Appointments", "&Kind:"),
            self.kind,
            "appointmentKind",
            translate("Appointments", "Kind"),
        )
        self.title = QLineEdit(self)
        self.title.setMaxLength(LONGEST_TEXT)
        row(
            translate("Appointments", "&Title:"),
            self.title,
            "appointmentTitle",
            translate("Appointments", "Title"),
        )
        self.start = DateTimeField(parent=self)
        row(
            translate("Appointments", "&Start:"),
            self.start,
            "appointmentStart",
            translate("Appointments", "Start"),
        )
        # Under the start: a date that does not exist, or another appointment at that time.
        self.overlap = FieldMessage(self.start, self, name="appointmentOverlap")
        form.addRow(self.overlap)
        self.duration = QSpinBox(self)
        self.duration.setRange(SHORTEST // MINUTE, LONGEST // MINUTE)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(translate("Appointments", " min"))
        row(
            translate("Appointments", "&Duration:"),
            self.duration,
            "appointmentDuration",
            translate("Appointments", "Duration in minutes"),
        )
        self.location = QLineEdit(self)
        self.location.setMaxLength(LONGEST_TEXT)
        row(
            translate("Appointments", "&Where:"),
            self.location,
            "appointmentLocation",
            translate("Appointments", "Where"),
        )
        self.clinician = QLineEdit(self)
        self.clinician.setMaxLength(LONGEST_TEXT)
        row(
            translate("Appointments", "C&linician:"),
            self.clinician,
            "appointmentClinician",
            translate("Appointments", "Clinician"),
        )
        self.recovery = QSpinBox(self)
        self.recovery.setRange(0, MOST_RECOVERY_DAYS)
        self.recovery.setSuffix(translate("Appointments", " days"))
        self.recovery.setToolTip(
            translate(
                "Appointments",
                "Hard days expected after the appointment; starts at the kind's usual number.",
            )
        )
        row(
            translate("Appointments", "&Recovery:"),
            self.recovery,
            "appointmentRecoveryDays",
            translate("Appointments", "Recovery days"),
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        row(
            translate("Appointments", "&Notes:"),
            self.notes,
            "appointmentNotes",
            translate("Appointments", "Notes"),
        )
        self.needs_ride = QCheckBox(
            translate("Appointments", "A ride is &needed there and back"), self
        )
        self.needs_ride.setObjectName("appointmentNeedsRide")
        self.needs_ride.setAccessibleName(translate("Appointments", "Ride needed"))
        form.addRow(self.needs_ride)
        self.companion = QCheckBox(translate("Appointments", "&Company wanted"), self)
        self.companion.setObjectName("appointmentCompanionWanted")
        self.companion.setAccessibleName(translate("Appointments", "Company wanted"))
        form.addRow(self.companion)

        # Room for a clinic's full address, in whatever text size the window uses.
        wide = self.fontMetrics().averageCharWidth() * 32
        for field in (self.title, self.location, self.clinician):
            field.setMinimumWidth(wide)
        self.buttons = save_buttons(
            self, "appointment", translate("Appointments", "Save the appointment")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._show(appointment)
        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.recovery.valueChanged.connect(self._recovery_edited)
        self.start.dateTimeChanged.connect(self._check_overlaps)
        self.duration.valueChanged.connect(self._check_overlaps)
        self._check_overlaps()
        self.title.setFocus()

    def _show(self, appointment: Appointment) -> None:
        self.kind.setCurrentIndex(self.kind.findData(appointment.kind))
        self.title.setText(appointment.title)
        start = appointment.start
        self.start.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self.duration.setValue(appointment.duration // MINUTE)
        self.location.setText(appointment.location)
        self.clinician.setText(appointment.clinician)
        self.notes.setPlainText(appointment.notes)
        self.needs_ride.setChecked(appointment.needs_ride)
        self.companion.setChecked(appointment.companion_wanted)
        # ``None`` means "the kind's default": the box follows the kind until edited.
        self._recovery_own = appointment.recovery_days is not None
        self.recovery.setValue(
            appointment.recovery_days
            if appointment.recovery_days is not None
            else self._default_recovery()
        )

    def reload(self, appointment: Appointment) -> None:
        """Show ``appointment`` as stored now (someone else changed it meanwhile)."""
        self._original = appointment
        self._show(appointment)

    def _default_recovery(self) -> int:
        return DEFAULT_RECOVERY_DAYS.get(self.selected_kind(), 0)

    def selected_kind(self) -> AppointmentKind:
        return AppointmentKind(self.kind.currentData())

    @Slot()
    def _follow_kind(self) -> None:
        if not self._recovery_own:
            self.recovery.blockSignals(True)
            self.recovery.setValue(self._default_recovery())
            self.recovery.blockSignals(False)

    @Slot()
    def _recovery_edited(self) -> None:
        self._recovery_own = True

    def appointment(self) -> Appointment:
        """The appointment as the form shows it (with the original's id and version)."""
        moment = self.start.dateTime()
        day, time = moment.date(), moment.time()
        return dataclasses.replace(
            self._original,
            kind=self.selected_kind(),
            title=self.title.text(),
            start=dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()),
            duration=self.duration.value() * MINUTE,
            location=self.location.text(),
            clinician=self.clinician.text(),
            notes=self.notes.toPlainText(),
            recovery_days=self.recovery.value() if self._recovery_own else None,
            needs_ride=self.needs_ride.isChecked(),
            companion_wanted=self.companion.isChecked(),
        )

    @Slot()
    def _check_overlaps(self) -> None:
        found = self._find_overlaps(self.appointment()) if self._find_overlaps else []
        if found:
            self._say_overlaps(found)
        else:
            self.overlap.clear()

    def _say_overlaps(self, found: Sequence[Appointment]) -> None:
        names = "; ".join(
            translate("Appointments", "{title} ({start} to {end})").format(
                title=other.title, start=date_time(other.start), end=time_of_day(other.end)
            )
            for other in found[:3]
        )
        # A warning, not a refusal: two appointments in one clinic on one morning happen.
        self.overlap.show_problem(
            translate(
                "Appointments", "At this time there is already: {names}. You can still save it."
            ).format(names=names),
            blocks=False,
        )

    def accept(self) -> None:
        if ready_to_save(self) and self._save(self.appointment()):
            super().accept()
