"""Appointments: every treatment, test and visit of the plan; add, edit and delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.courses import EditScope, carries_over
from planner.domain.enums import AppointmentKind, AppointmentStatus, Area
from planner.domain.hard_days import hard_days_after, recovery_days
from planner.domain.model import Appointment, Course
from planner.services import appointments as appointment_service
from planner.services import settings as plan_settings
from planner.services import team
from planner.services.appointments import AppointmentQuery
from planner.ui import messages
from planner.ui.appointments import commands as course_commands
from planner.ui.appointments.course_dialog import CourseDialog
from planner.ui.appointments.delay_dialog import DelayDialog
from planner.ui.appointments.dialog import AppointmentDialog
from planner.ui.appointments.edit_scope import ask_edit_scope
from planner.ui.appointments.filters import AppointmentFilter, FilterBar
from planner.ui.appointments.model import AppointmentsModel, SortedColumn, Source
from planner.ui.labels import date_time, short_date, time_of_day, translate, vocabulary, yes_no
from planner.ui.models.rows import ROW_ROLE
from planner.ui.pages.base import VISIT_PACKET, AreaPage, PageContext
from planner.ui.pages.table import TablePage
from planner.ui.permissions import allow, organisers_only
from planner.ui.widgets.changed_meanwhile import watch_record
from planner.ui.widgets.rowsview import RowsView

NEW_START = dt.time(9)
"""A new appointment starts the next day at this time, until the user says otherwise."""


class AppointmentsPage(TablePage[Appointment]):
    area = Area.APPOINTMENTS
    shows = frozenset({Kind.APPOINTMENT, Kind.COURSE, Kind.RIDE_LEG, Kind.PLACE, Kind.SETTING})
    record_kind = Kind.APPOINTMENT
    table_name = "appointmentTable"
    model: AppointmentsModel  # a RowsModel that reads its rows a page at a time

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        # Not TablePage's list of rows: the model holds ids and reads the rows it shows.
        AreaPage.__init__(
            self,
            context,
            translate(
                "Appointments",
                "Treatments, tests and visits, with where they are and whether a ride is needed.",
            ),
            parent,
        )
        plan = context.plan
        self.may = team.permissions(plan)
        """A helper on a shared plan reads the appointments; organisers change them."""
        self._settings: Mapping[str, str] = {}
        source = Source(
            count=lambda query: appointment_service.count_appointments(plan, query),
            page=lambda query, offset, limit: appointment_service.appointment_page(
                plan, query, offset, limit
            ),
            position=lambda query, record: appointment_service.appointment_position(
                plan, query, record
            ),
        )
        self.model = AppointmentsModel(self.columns(), source, self)
        self.model.setObjectName(f"{self.table_name}Model")
        self.table = RowsView(
            self.model, self.table_name, translate("Appointments", "Appointments"), self
        )
        # Columns fit the rows on screen, not a sample of a thousand read for it.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self._fit_pending = False
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.body.addWidget(self.table, 1)
        self.add_action, self.edit_action, self.delete_action = self.record_actions(
            "Appointment", self.add, self.edit, self.delete
        )
        self.course_action = self.page_action(
            "actionPlanCourse",
            translate("Appointments", "&Plan a course…"),
            self.plan_course,
            QKeySequence("Ctrl+Shift+N"),
        )
        # The window's File > Plan a course carries the key everywhere; two actions with one
        # key would cancel each other out. The button's tip still names it.
        self.course_action.setShortcut(QKeySequence())
        self.delay_action = self.page_action(
            "actionDelayCycle",
            translate("Appointments", "De&lay cycle…"),
            self.delay_cycle,
            QKeySequence("Ctrl+L"),
        )
        self.skip_action = self.page_action(
            "actionSkipDay",
            translate("Appointments", "S&kip this day…"),
            self.skip_day,
            QKeySequence("Ctrl+K"),
        )
        self.packet_action = self.page_action(
            "actionAppointmentVisitPacket",
            translate("Appointments", "&Visit packet…"),
            self.visit_packet,
            QKeySequence("Ctrl+P"),
            changes_plan=False,
        )
        buttons = self.button_row(
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.course_action,
            self.delay_action,
            self.skip_action,
            self.packet_action,
        )
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

    def columns(self) -> Sequence[SortedColumn]:
        # Each column sorts in the database, by the field named last.
        return (
            SortedColumn(
                translate("Appointments", "When"), lambda a: date_time(a.start), sort="start"
            ),
            SortedColumn(
                translate("Appointments", "Until"), lambda a: time_of_day(a.end), sort="start"
            ),
            SortedColumn(translate("Appointments", "Appointment"), lambda a: a.title, sort="title"),
            SortedColumn(
                translate("Appointments", "Kind"), lambda a: vocabulary(a.kind), sort="kind"
            ),
            SortedColumn(
                translate("Appointments", "Status"), lambda a: vocabulary(a.status), sort="status"
            ),
            SortedColumn(
                translate("Appointments", "Ride needed"),
                lambda a: yes_no(a.needs_ride),
                sort="needs_ride",
            ),
            SortedColumn(
                translate("Appointments", "Company wanted"),
                lambda a: yes_no(a.companion_wanted),
                sort="companion_wanted",
            ),
            SortedColumn(translate("Appointments", "Where"), lambda a: a.location, sort="location"),
            SortedColumn(
                translate("Appointments", "Clinician"), lambda a: a.clinician, sort="clinician"
            ),
            SortedColumn(
                translate("Appointments", "Recovery days"),
                self._recovery_text,
                sort="recovery_days",
            ),
            SortedColumn(
                translate("Appointments", "Hard days"), self._hard_days_text, sort="recovery_days"
            ),
        )

    def query(self) -> AppointmentQuery:
        chosen = self.filter
        return AppointmentQuery(chosen.first, chosen.last, chosen.kind, chosen.status)

    def refresh(self) -> None:
        # A kind's default recovery days may have been changed for this plan (the journal).
        self._settings = plan_settings.stored_settings(self.context.plan)
        first = self.model.rowCount() == 0
        self.model.set_query(self.query())
        if first:
            self._fit_pending = True
            self._fit_columns()

    def _fit_columns(self) -> None:
        # A hidden table would size its columns over every row (reading them all); a shown
        # one looks only at the rows on screen.
        if self._fit_pending and self.table.isVisible():
            self._fit_pending = False
            self.table.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()
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
        return messages.confirm_delete(
            self,
            translate("Appointments", "Delete appointment"),
            translate("Appointments", "Delete {title} on {date}?").format(
                title=chosen.title, date=short_date(chosen.start.date())
            ),
            lambda: self.context.operations.delete_appointment(chosen),
            translate("Appointments", "Its ride legs go with it. Edit > Undo brings it back."),
        )

    def _open(self, appointment: Appointment) -> AppointmentDialog:
        plan = self.context.plan

        def overlaps(entered: Appointment) -> list[Appointment]:
            return appointment_service.overlapping_appointments(plan, entered)

        def save(edited: Appointment) -> bool:
            return self._save(appointment, edited, dialog)

        dialog = AppointmentDialog(appointment, save, self, overlaps)

        def reload() -> None:
            assert appointment.id is not None
            found = appointment_service.appointments_by_id(plan, [appointment.id])
            if appointment.id in found:
                dialog.reload(found[appointment.id])

        watch_record(
            dialog,
            self.context.operations,
            Kind.APPOINTMENT,
            appointment.id,
            translate("Appointments", "appointment"),
            reload,
        )
        dialog.open()
        return dialog

    def _save(
        self, original: Appointment, appointment: Appointment, dialog: AppointmentDialog
    ) -> bool:
        operations = self.context.operations
        if (
            appointment.id is not None
            and appointment.course_id is not None
            and carries_over(original, appointment)
        ):
            # Part of a course: ask how far the change reaches; the form stays open until
            # the answer is in (and closes once the change is saved).
            def answered(scope: EditScope) -> None:
                saved = course_commands.edit_in_course(operations, appointment, scope)
                if saved is not None:
                    self.select_record(saved.id)
                    dialog.done(QDialog.DialogCode.Accepted)

            self.scope_box = ask_edit_scope(dialog, appointment, answered)
            return False
        if appointment.id is None:
            saved = operations.add_appointment(appointment)
        else:
            saved = operations.update_appointment(appointment)
        if saved is not None:
            self.select_record(saved.id)
        return saved is not None

    # -- courses -------------------------------------------------------------------------
    @Slot()
    def plan_course(self) -> CourseDialog:
        """Open the dialog that plans a course (from tomorrow, to start with)."""
        operations = self.context.operations

        def save(course: Course, template: Appointment) -> bool:
            planned = course_commands.plan_course(operations, course, template)
            if planned is not None and planned.appointments:
                self.select_record(planned.appointments[0].id)
            return planned is not None

        dialog = CourseDialog(self.context.today() + dt.timedelta(days=1), save, self)
        dialog.open()
        return dialog

    @Slot()
    def delay_cycle(self) -> DelayDialog | None:
        """Ask by how many days to delay the selected appointment's cycle."""
        chosen = self.selected()
        if chosen is None or chosen.cycle is None:
            return None
        operations = self.context.operations

        def delay(days: int) -> bool:
            step = course_commands.delay_cycle(operations, chosen, days)
            if step is not None:
                self.select_record(chosen.id)
            return step is not None

        dialog = DelayDialog(chosen, delay, self)
        dialog.open()
        return dialog

    @Slot()
    def skip_day(self) -> QMessageBox | None:
        """Ask whether to skip (cancel) the selected treatment day."""
        chosen = self.selected()
        if not _skippable(chosen):
            return None
        assert chosen is not None
        return messages.confirm(
            self,
            translate("Appointments", "Skip a treatment day"),
            translate("Appointments", "Skip {title} on {date}?").format(
                title=chosen.title, date=short_date(chosen.start.date())
            ),
            lambda: course_commands.skip(self.context.operations, chosen),
            consequence=translate(
                "Appointments",
                "It is marked cancelled, with its rides; the rest of the course stays. "
                "Edit > Undo brings it back.",
            ),
            action=translate("Appointments", "&Skip"),
            name="Skip",
        )

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.may.may_edit_plan:
            self.edit()

    def open_shown(self, kind: Kind, key: int | str) -> bool:
        """An appointment the filters leave out (a search hit from years ago, a line of the
        Activity panel) is shown by showing every appointment."""
        if kind is not Kind.APPOINTMENT or not isinstance(key, int):
            return super().open_shown(kind, key)
        if self.select_shown(key):
            return True
        if key not in appointment_service.appointments_by_id(self.context.plan, [key]):
            return False  # removed: the filters stay as they were
        self.filters.show_everything()
        return self.select_shown(key)

    @Slot()
    def _filter_changed(self) -> None:
        chosen = self.filters.current()
        if chosen is not None:
            self.filter = chosen
            self.refresh()

    @Slot()
    def _show_count(self) -> None:
        shown = self.model.rowCount()
        text = (
            translate("Appointments", "1 appointment")
            if shown == 1
            else translate("Appointments", "{count} appointments")
        )
        self.count.setText(text.format(count=QLocale().toString(shown)))

    @Slot()
    def visit_packet(self) -> None:
        """The chosen appointment's visit packet (questions, side effects, rides), which the
        Journal puts together."""
        chosen = self.selected()
        if chosen is not None and chosen.id is not None:
            self.action_requested.emit(Area.JOURNAL, VISIT_PACKET, chosen.id)

    def _update_actions(self) -> None:
        chosen = self.selected()
        self.packet_action.setEnabled(chosen is not None)
        may, why = self.may.may_edit_plan, organisers_only()
        allow(self.add_action, True, may, why)
        allow(self.course_action, True, may, why)
        allow(self.edit_action, chosen is not None, may, why)
        allow(self.delete_action, chosen is not None, may, why)
        allow(self.delay_action, chosen is not None and chosen.cycle is not None, may, why)
        allow(self.skip_action, _skippable(chosen), may, why)

    def _recovery_text(self, appointment: Appointment) -> str:
        """Its own number of recovery days, or the kind's default marked as such."""
        days = QLocale().toString(recovery_days(appointment, self._settings))
        if appointment.recovery_days is not None:
            return days
        return translate("Appointments", "{days} (default)").format(days=days)

    def _hard_days_text(self, appointment: Appointment) -> str:
        """The hard days the appointment brings, e.g. "Thu 12 Mar to Sat 14 Mar"."""
        days = hard_days_after(appointment, self._settings)
        if not days:
            return translate("Appointments", "none")
        if len(days) == 1:
            return short_date(days[0])
        return translate("Appointments", "{first} to {last}").format(
            first=short_date(days[0]), last=short_date(days[-1])
        )


def _skippable(appointment: Appointment | None) -> bool:
    """Only a coming treatment day of a course can be skipped; a one-off visit is cancelled
    or deleted instead."""
    return (
        appointment is not None
        and appointment.course_id is not None
        and appointment.status is AppointmentStatus.SCHEDULED
    )
