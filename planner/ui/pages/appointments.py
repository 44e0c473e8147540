"""Appointments: every treatment, test and visit of the plan."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from planner.domain.enums import Area
from planner.domain.model import Appointment
from planner.services import lists
from planner.ui.labels import date_time, time_of_day, tr, vocabulary, yes_no
from planner.ui.models.rows import Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage


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
