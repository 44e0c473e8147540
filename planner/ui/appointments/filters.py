"""The filters above the appointment list: kind, status and date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import AppointmentKind, AppointmentStatus
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import qdate, translate, vocabulary
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.flow import FlowLayout, kept_together

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
        self.setAccessibleName(translate("Appointments", "Filter appointments"))
        row = FlowLayout()  # wraps at large text instead of widening the page

        def add(label: str, field: QWidget, name: str, accessible: str) -> None:
            row.addWidget(
                kept_together(self, caption_for(self, label, field, name, accessible), field)
            )

        self.kind = QComboBox(self)
        self.kind.addItem(translate("Appointments", "All"), "")
        for kind in AppointmentKind:
            self.kind.addItem(vocabulary(kind), kind.value)
        add(
            translate("Appointments", "&Kind:"),
            self.kind,
            "filterKind",
            translate("Appointments", "Kind"),
        )
        self.status = QComboBox(self)
        self.status.addItem(translate("Appointments", "All"), "")
        for status in AppointmentStatus:
            self.status.addItem(vocabulary(status), status.value)
        add(
            translate("Appointments", "S&tatus:"),
            self.status,
            "filterStatus",
            translate("Appointments", "Status"),
        )
        self.first = self._date_edit(today - dt.timedelta(days=DAYS_BEFORE))
        add(
            translate("Appointments", "Fro&m:"),
            self.first,
            "filterFrom",
            translate("Appointments", "From date"),
        )
        self.last = self._date_edit(today + dt.timedelta(days=DAYS_AFTER))
        add(
            translate("Appointments", "T&o:"),
            self.last,
            "filterTo",
            translate("Appointments", "To date"),
        )
        self.all_dates = QCheckBox(translate("Appointments", "Show all date&s"), self)
        self.all_dates.setObjectName("filterAllDates")
        self.all_dates.setAccessibleName(translate("Appointments", "Show all dates"))
        row.addWidget(self.all_dates)

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

    def show_everything(self) -> None:
        """Every appointment: all kinds, all states, all dates (one change, said once)."""
        for box in (self.kind, self.status, self.all_dates):
            box.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.all_dates.setChecked(True)
        for box in (self.kind, self.status, self.all_dates):
            box.blockSignals(False)
        self._changed()

    def _date_edit(self, day: dt.date) -> DateField:
        """A date as the forms take one (the locale's date, a day that exists)."""
        return DateField(qdate(day), self)

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
                translate(
                    "Appointments",
                    "The From date is after the To date; the list still shows the last "
                    "valid range.",
                )
            )
            self.message.show()
            return
        self.message.hide()
        self.filter_changed.emit()
