"""Rides: each coming ride leg, its driver and its status; mark legs asked or confirmed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from planner.domain.enums import Area, LegDirection, LegStatus
from planner.domain.model import Appointment, Helper, RideLeg
from planner.services import lists
from planner.ui.labels import date_time, tr, vocabulary
from planner.ui.models.rows import ROW_ROLE, Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage


@dataclass(frozen=True)
class RideRow:
    """A leg with the appointment and the people it names."""

    leg: RideLeg
    appointment: Appointment | None
    driver: Helper | None
    backup: Helper | None

    @property
    def id(self) -> int | None:
        return self.leg.id


def _name(helper: Helper | None) -> str:
    return helper.name if helper is not None else tr("Nobody yet")


def _way(leg: RideLeg) -> str:
    return tr("There") if leg.direction is LegDirection.THERE else tr("Back")


class RidesPage(TablePage[RideRow]):
    area = Area.RIDES
    table_name = "rideTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr(
                "Every coming ride, there and back. Ask a driver, then mark the ride confirmed "
                "once they have said yes."
            ),
            tr("Ride legs"),
            parent=parent,
        )
        ride_tip = "{what} the selected ride ({keys})"
        self.mark_asked = self.page_action(
            "actionMarkAsked",
            tr("Mark &asked"),
            lambda: self.set_status(LegStatus.ASKED),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A),
            ride_tip,
        )
        self.mark_confirmed = self.page_action(
            "actionMarkConfirmed",
            tr("Mark &confirmed"),
            lambda: self.set_status(LegStatus.CONFIRMED),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C),
            ride_tip,
        )
        buttons = QHBoxLayout()
        for action in (self.mark_asked, self.mark_confirmed):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("action", "button"))
            button.setAccessibleName(action.iconText())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        self.hint = QLabel(self)
        self.hint.setObjectName("rideHint")
        self.hint.setWordWrap(True)
        buttons.addWidget(self.hint, 1)
        self.body.insertLayout(2, buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def columns(self) -> Sequence[Column[RideRow]]:
        return (
            Column(
                tr("Pickup"),
                lambda r: date_time(r.leg.pickup_time),
                key=lambda r: r.leg.pickup_time,
            ),
            Column(tr("Way"), lambda r: _way(r.leg)),
            Column(tr("Status"), lambda r: vocabulary(r.leg.status)),
            Column(tr("Driver"), lambda r: _name(r.driver)),
            Column(
                tr("Appointment"), lambda r: r.appointment.title if r.appointment else tr("Unknown")
            ),
            Column(tr("Backup driver"), lambda r: _name(r.backup)),
            Column(tr("Pickup place"), lambda r: r.leg.pickup_place),
        )

    def load(self) -> Sequence[RideRow]:
        legs, appointments, helpers = lists.legs(self.context.plan, since=self.context.today())
        return [
            RideRow(
                leg,
                appointments.get(leg.appointment_id),
                helpers.get(leg.driver_id) if leg.driver_id is not None else None,
                helpers.get(leg.backup_driver_id) if leg.backup_driver_id is not None else None,
            )
            for leg in legs
        ]

    def selected_row(self) -> RideRow | None:
        index = self.table.currentIndex()
        if self.table.selected_id() is None:
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, RideRow) else None

    def set_status(self, status: LegStatus) -> None:
        row = self.selected_row()
        if row is None or row.leg.id is None:
            return
        self.context.operations.set_leg_status(row.leg, status)

    @Slot()
    def _update_actions(self) -> None:
        row = self.selected_row()
        # Asking and confirming are about a driver: a leg without one has nobody to ask.
        has_driver = row is not None and row.driver is not None
        status = row.leg.status if row is not None else None
        self.mark_asked.setEnabled(has_driver and status is LegStatus.NEEDED)
        self.mark_confirmed.setEnabled(has_driver and status in (LegStatus.NEEDED, LegStatus.ASKED))
        if row is None:
            self.hint.setText(tr("Choose a ride in the table."))
        elif not has_driver:
            self.hint.setText(tr("This ride has no driver yet."))
        else:
            self.hint.setText("")
