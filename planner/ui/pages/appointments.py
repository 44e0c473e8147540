"""Appointments: every treatment, test and visit of the plan; add, edit and delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QMessageBox, QToolButton, QWidget

from planner.domain.enums import AppointmentKind, Area
from planner.domain.model import Appointment
from planner.services import lists
from planner.ui import messages
from planner.ui.dialogs.appointment import AppointmentDialog
from planner.ui.labels import date_time, short_date, time_of_day, tr, vocabulary, yes_no
from planner.ui.models.rows import ROW_ROLE, Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage

NEW_START = dt.time(9)
"""A new appointment starts the next day at this time, until the user says otherwise."""


class AppointmentsPage(TablePage[Appointment]):
    area = Area.APPOINTMENTS
    table_name = "appointmentTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr("Treatments, tests and visits, with where they are and whether a ride is needed."),
            tr("Appointments"),
            parent=parent,
        )
        self.add_action = self._action(
            "actionAddAppointment", tr("&Add…"), self.add, QKeySequence("Ctrl+N")
        )
        self.edit_action = self._action(
            "actionEditAppointment", tr("&Edit…"), self.edit, QKeySequence("Ctrl+E")
        )
        self.delete_action = self._action(
            "actionDeleteAppointment",
            tr("&Delete…"),
            self.delete,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        # Delete acts on the table (or a button beside it), never on text being typed.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("action", "button"))
            button.setAccessibleName(action.iconText())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.insertLayout(2, buttons)
        self.table.activated.connect(self._activated)  # Enter, or a double click
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def _action(
        self, name: str, text: str, slot: Callable[[], object], shortcut: QKeySequence
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{action.iconText()} ({keys})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # its shortcut works while this page is shown
        return action

    def columns(self) -> Sequence[Column[Appointment]]:
        return (
            Column(tr("When"), lambda a: date_time(a.start), key=lambda a: a.start),
            Column(tr("Until"), lambda a: time_of_day(a.end), key=lambda a: a.end),
            Column(tr("Appointment"), lambda a: a.title),
            Column(tr("Kind"), lambda a: vocabulary(a.kind)),
            Column(tr("Status"), lambda a: vocabulary(a.status)),
            Column(tr("Ride needed"), lambda a: yes_no(a.needs_ride)),
            Column(tr("Company wanted"), lambda a: yes_no(a.companion_wanted)),
            Column(tr("Where"), lambda a: a.location),
            Column(tr("Clinician"), lambda a: a.clinician),
        )

    def load(self) -> Sequence[Appointment]:
        return lists.appointments(self.context.plan)

    def selected(self) -> Appointment | None:
        if self.table.selected_id() is None:
            return None
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, Appointment) else None

    # -- the actions ---------------------------------------------------------------------
    @Slot()
    def add(self) -> AppointmentDialog:
        """Open the form for a new appointment (tomorrow morning to start with)."""
        tomorrow = self.context.today() + dt.timedelta(days=1)
        blank = Appointment(
            AppointmentKind.CHEMOTHERAPY, "", dt.datetime.combine(tomorrow, NEW_START)
        )
        return self._open(blank)

    @Slot()
    def edit(self) -> AppointmentDialog | None:
        """Open the form on the selected appointment."""
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    @Slot()
    def delete(self) -> QMessageBox | None:
        """Ask whether to delete the selected appointment; the answer comes in later."""
        chosen = self.selected()
        if chosen is None:
            return None
        box = messages.message_box(
            self,
            QMessageBox.Icon.Question,
            tr("Delete appointment"),
            tr("Delete {title} on {date}?").format(
                title=chosen.title, date=short_date(chosen.start.date())
            ),
        )
        box.setObjectName("confirmDeleteBox")
        box.setInformativeText(tr("Its ride legs go with it. Edit > Undo brings it back."))
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        confirm = box.addButton(tr("&Delete"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is confirm:
                self.context.operations.delete_appointment(chosen)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _open(self, appointment: Appointment) -> AppointmentDialog:
        dialog = AppointmentDialog(appointment, self._save, self)
        dialog.open()
        return dialog

    def _save(self, appointment: Appointment) -> bool:
        operations = self.context.operations
        if appointment.id is None:
            saved = operations.add_appointment(appointment)
        else:
            saved = operations.update_appointment(appointment)
        if saved is not None:
            self.select_record(saved.id)
        return saved is not None

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit()

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
