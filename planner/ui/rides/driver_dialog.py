"""Plan one ride leg: its pickup time and travel time, its driver and backup driver.

The driver list shows every helper who drives, the free ones first; a busy one says what
keeps them busy then (usual times, another ride, a help task), by icon and in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.legs import LONGEST_TRAVEL
from planner.services.rides import LegDetails
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import date_time, say, translate, vocabulary
from planner.ui.widgets.dates import DateTimeField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save

HELPER_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class LegPlan:
    """What the dialog asks for."""

    pickup_time: dt.datetime
    travel: dt.timedelta
    driver_id: int | None
    backup_driver_id: int | None


class DriverDialog(QDialog):
    """Asks who drives a leg and when; OK hands it to ``save`` and closes only if saved.

    A refused plan (a pickup after the start, the same person as driver and backup) keeps
    the dialog open as filled in.
    """

    def __init__(
        self, details: LegDetails, save: Callable[[LegPlan], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        leg, appointment = details.leg, details.appointment
        self.setObjectName("driverDialog")
        self.setWindowTitle(translate("Rides", "Plan this ride"))
        self.setAccessibleName(translate("Rides", "Plan this ride"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        summary = QLabel(
            translate("Rides", "{kind} at {when}, {where}").format(
                kind=vocabulary(appointment.kind),
                when=date_time(appointment.start),
                where=appointment.location or translate("Rides", "no place given"),
            ),
            self,
        )
        summary.setObjectName("rideSummary")
        summary.setWordWrap(True)
        steps = [
            translate("Rides", "{status} {when}").format(
                status=vocabulary(step.status), when=date_time(step.at)
            )
            for step in details.history
        ]
        self.history = QLabel(
            translate("Rides", "So far: {steps}").format(steps="; ".join(steps)) if steps else "",
            self,
        )
        self.history.setObjectName("rideHistory")
        self.history.setWordWrap(True)
        self.history.setVisible(bool(steps))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(label: str, field: QWidget, name: str, accessible: str) -> None:
            form.addRow(caption_for(self, label, field, name, accessible), field)

        pickup = leg.pickup_time
        self.pickup = DateTimeField(
            QDateTime(
                QDate(pickup.year, pickup.month, pickup.day), QTime(pickup.hour, pickup.minute)
            ),
            self,
        )
        row(
            translate("Rides", "&Pickup:"),
            self.pickup,
            "pickupTime",
            translate("Rides", "Pickup time"),
        )
        form.addRow(FieldMessage(self.pickup, self))
        self.travel = QSpinBox(self)
        self.travel.setRange(0, int(LONGEST_TRAVEL.total_seconds() // 60))
        self.travel.setSuffix(translate("Rides", " min"))
        self.travel.setValue(int(leg.travel.total_seconds() // 60))
        row(
            translate("Rides", "&Travel time:"),
            self.travel,
            "travelMinutes",
            translate("Rides", "Travel time in minutes"),
        )

        self.drivers = QListWidget(self)
        self.drivers.setWordWrap(True)  # a busy driver's reasons stay readable at any text size
        self.drivers.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.drivers.setMinimumHeight(self.fontMetrics().height() * 9)
        nobody = QListWidgetItem(translate("Rides", "Nobody yet"), self.drivers)
        nobody.setData(HELPER_ROLE, None)
        self.backup = QComboBox(self)
        self.backup.addItem(translate("Rides", "No backup"), None)
        self.backup.view().setObjectName("backupDriverList")
        self.backup.view().setAccessibleName(translate("Rides", "Backup driver"))
        style = self.style()
        free_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        busy_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for option in details.options:
            helper = option.helper
            if option.free:
                text = translate("Rides", "{name}: free").format(name=helper.name)
            else:
                # The reasons come from the rules, in the words the gaps use.
                reasons = "; ".join(say(clash) for clash in option.clashes)
                text = translate("Rides", "{name}: busy ({reasons})").format(
                    name=helper.name, reasons=reasons
                )
            item = QListWidgetItem(free_icon if option.free else busy_icon, text, self.drivers)
            item.setData(HELPER_ROLE, helper.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if helper.id == leg.driver_id:
                self.drivers.setCurrentItem(item)
            self.backup.addItem(helper.name, helper.id)
        if self.drivers.currentItem() is None:
            self.drivers.setCurrentItem(nobody)
        self.backup.setCurrentIndex(max(0, self.backup.findData(leg.backup_driver_id)))
        row(
            translate("Rides", "&Driver:"), self.drivers, "driverList", translate("Rides", "Driver")
        )
        row(
            translate("Rides", "&Backup driver:"),
            self.backup,
            "backupDriver",
            translate("Rides", "Backup driver"),
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("driverButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.drivers.setFocus()

    def choose_driver(self, helper_id: int | None) -> None:
        for n in range(self.drivers.count()):
            item = self.drivers.item(n)
            if item.data(HELPER_ROLE) == helper_id:
                self.drivers.setCurrentItem(item)

    def leg_plan(self) -> LegPlan:
        item = self.drivers.currentItem()
        driver = item.data(HELPER_ROLE) if item is not None else None
        chosen = self.pickup.dateTime()
        day, time = chosen.date(), chosen.time()
        return LegPlan(
            dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()),
            dt.timedelta(minutes=self.travel.value()),
            driver,
            self.backup.currentData(),
        )

    def accept(self) -> None:
        if ready_to_save(self) and self._save(self.leg_plan()):
            super().accept()
