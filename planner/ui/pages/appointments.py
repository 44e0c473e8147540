"""Appointments: every treatment, test and visit of the plan; add, edit and delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AppointmentKind, AppointmentStatus, Area
from planner.domain.hard_days import recovery_days
from planner.domain.model import Appointment
from planner.services import lists
from planner.ui import messages
from planner.ui.dialogs.appointment import AppointmentDialog
from planner.ui.labels import (
    date_time,
    qdate,
    short_date,
    time_of_day,
    tr,
    vocabulary,
    yes_no,
)
from planner.ui.models.rows import ROW_ROLE, Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage

NEW_START = dt.time(9)
"""A new appointment starts the next day at this time, until the user says otherwise."""
DAYS_BEFORE = 30
DAYS_AFTER = 365
"""The date range shown at first: from a month ago to a year ahead of today."""


@dataclass(frozen=True)
class AppointmentFilter:
    """Which appointments the list shows; ``None`` means any."""

    first: dt.date | None = None
    last: dt.date | None = None
    kind: AppointmentKind | None = None
    status: AppointmentStatus | None = None


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Kind, status and date range of the appointment list.

    Signals:
        filter_changed: the user chose a valid filter; read it with :meth:`current`.
    """

    filter_changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentFilters")
        self.setAccessibleName(tr("Filter appointments"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)

        def add(label: str, field: QWidget, name: str, accessible: str) -> None:
            field.setObjectName(name)
            field.setAccessibleName(accessible)
            if isinstance(field, QComboBox):  # its drop-down list is a control of its own
                field.view().setObjectName(f"{name}List")
                field.view().setAccessibleName(accessible)
            caption = QLabel(label, self)
            caption.setObjectName(f"{name}Label")
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field)

        self.kind = QComboBox(self)
        self.kind.addItem(tr("All"), "")
        for kind in AppointmentKind:
            self.kind.addItem(vocabulary(kind), kind.value)
        add(tr("&Kind:"), self.kind, "filterKind", tr("Kind"))
        self.status = QComboBox(self)
        self.status.addItem(tr("All"), "")
        for status in AppointmentStatus:
            self.status.addItem(vocabulary(status), status.value)
        add(tr("S&tatus:"), self.status, "filterStatus", tr("Status"))
        self.first = self._date_edit(today - dt.timedelta(days=DAYS_BEFORE))
        add(tr("Fro&m:"), self.first, "filterFrom", tr("From date"))
        self.last = self._date_edit(today + dt.timedelta(days=DAYS_AFTER))
        add(tr("T&o:"), self.last, "filterTo", tr("To date"))
        self.all_dates = QCheckBox(tr("Show all date&s"), self)
        self.all_dates.setObjectName("filterAllDates")
        self.all_dates.setAccessibleName(tr("Show all dates"))
        row.addWidget(self.all_dates)
        row.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("filterMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.message)

        self.kind.currentIndexChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.first.dateChanged.connect(self._changed)
        self.last.dateChanged.connect(self._changed)
        self.all_dates.toggled.connect(self._changed)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day), self)
        edit.setCalendarPopup(True)
        return edit

    def current(self) -> AppointmentFilter | None:
        """The filter the controls show, or ``None`` while the date range is reversed."""
        every_date = self.all_dates.isChecked()
        first = None if every_date else _date(self.first.date())
        last = None if every_date else _date(self.last.date())
        if first is not None and last is not None and first > last:
            return None
        # The boxes hold the values' text; "" stands for "All".
        kind = AppointmentKind(self.kind.currentData()) if self.kind.currentData() else None
        status = self.status.currentData()
        return AppointmentFilter(first, last, kind, AppointmentStatus(status) if status else None)

    @Slot()
    def _changed(self) -> None:
        every_date = self.all_dates.isChecked()
        self.first.setEnabled(not every_date)
        self.last.setEnabled(not every_date)
        if self.current() is None:
            self.message.setText(
                tr("The From date is after the To date; the list still shows the last valid range.")
            )
            self.message.show()
            return
        self.message.hide()
        self.filter_changed.emit()


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
        self.add_action = self.page_action(
            "actionAddAppointment", tr("&Add…"), self.add, QKeySequence("Ctrl+N")
        )
        self.edit_action = self.page_action(
            "actionEditAppointment", tr("&Edit…"), self.edit, QKeySequence("Ctrl+E")
        )
        self.delete_action = self.page_action(
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
        self.filters = FilterBar(context.today(), self)
        self.filter = self.filters.current() or AppointmentFilter()
        self.filters.filter_changed.connect(self._filter_changed)
        self.body.insertWidget(3, self.filters)
        self.count = QLabel(self)
        self.count.setObjectName("appointmentCount")
        self.body.insertWidget(4, self.count)
        self.model.modelReset.connect(self._show_count)
        self._show_count()
        self.table.activated.connect(self._activated)  # Enter, or a double click
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

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
            Column(tr("Recovery days"), _recovery_text, key=recovery_days),
        )

    def load(self) -> Sequence[Appointment]:
        chosen = self.filter
        return lists.appointments(
            self.context.plan, chosen.first, chosen.last, chosen.kind, chosen.status
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tab goes from the filters on into the table they filter. Qt (6.11) ignores this
        # while the page has never been shown, so it is set here, where it takes.
        QWidget.setTabOrder(self.filters.all_dates, self.table)

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
    def _filter_changed(self) -> None:
        chosen = self.filters.current()
        if chosen is not None:
            self.filter = chosen
            self.refresh()

    @Slot()
    def _show_count(self) -> None:
        shown = self.model.rowCount()
        text = tr("1 appointment") if shown == 1 else tr("{count} appointments")
        self.count.setText(text.format(count=QLocale().toString(shown)))

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)


def _recovery_text(appointment: Appointment) -> str:
    """Its own number of recovery days, or the kind's default marked as such."""
    days = QLocale().toString(recovery_days(appointment))
    if appointment.recovery_days is not None:
        return days
    return tr("{days} (default)").format(days=days)
