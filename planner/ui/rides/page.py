"""Rides: the coming ride legs by day, each with its driver and status, and quick actions:
plan a leg (driver, backup, pickup), mark it asked or confirmed, swap to the backup, print
or save the driver's ride card, and set a place's travel time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QStyle,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area, LegDirection, LegStatus
from planner.domain.errors import PlannerError
from planner.domain.model import Appointment, Helper, Place, RideLeg
from planner.services import places, rides, team
from planner.ui.labels import long_date, say, time_of_day, translate, vocabulary
from planner.ui.models.rows import Column, Index, RowsModel
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.permissions import allow, not_your_ride, organisers_only
from planner.ui.printing import not_written
from planner.ui.rides import card as ride_card
from planner.ui.rides.commands import change_leg, set_status
from planner.ui.rides.driver_dialog import DriverDialog, LegPlan
from planner.ui.rides.place_dialog import PlaceDialog
from planner.ui.widgets.flow import FlowLayout, kept_together
from planner.ui.widgets.rowsview import RowsView

ChooseFile = Callable[[QWidget, Path], Path | None]
CTRL_SHIFT = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
HORIZON = dt.timedelta(weeks=8)
"""How far ahead the page lists rides: a long plan costs what these weeks cost."""


def ask_pdf_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where the ride card goes; ``None`` when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Rides", "Save ride card as PDF"),
        str(suggested),
        translate("Rides", "PDF files (*.pdf)"),
    )
    return Path(chosen) if chosen else None


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


@dataclass(frozen=True)
class DayRow:
    """The heading row of one day's legs."""

    day: dt.date

    @property
    def id(self) -> int | None:
        return None


Row = RideRow | DayRow


class Show(Enum):
    """Which legs the page lists."""

    ALL = "all"
    NEEDS_DRIVER = "needs_driver"
    NOT_CONFIRMED = "not_confirmed"

    def wants(self, leg: RideLeg) -> bool:
        live = leg.status in (LegStatus.NEEDED, LegStatus.ASKED, LegStatus.CONFIRMED)
        if self is Show.NEEDS_DRIVER:
            return live and leg.driver_id is None
        if self is Show.NOT_CONFIRMED:
            return leg.status in (LegStatus.NEEDED, LegStatus.ASKED)
        return True


_STATUS_ICONS = {
    LegStatus.NEEDED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    LegStatus.ASKED: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    LegStatus.CONFIRMED: QStyle.StandardPixmap.SP_DialogApplyButton,
    LegStatus.DONE: QStyle.StandardPixmap.SP_DialogYesButton,
    LegStatus.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
}
STATUS_COLUMN = 2


def _name(helper: Helper | None) -> str:
    return helper.name if helper is not None else translate("Rides", "Nobody yet")


def _way(leg: RideLeg) -> str:
    return (
        translate("Rides", "There")
        if leg.direction is LegDirection.THERE
        else translate("Rides", "Back")
    )


def _status(leg: RideLeg) -> str:
    if leg.status is LegStatus.NEEDED and leg.driver_id is None:
        return translate("Rides", "Needs a driver")
    if leg.status is LegStatus.NEEDED:
        return translate("Rides", "Not asked yet")
    return vocabulary(leg.status)


def _cell(text: Callable[[RideRow], str]) -> Callable[[Row], str]:
    return lambda row: text(row) if isinstance(row, RideRow) else ""


class RideRowsModel(RowsModel[Row]):
    """The legs with a heading row before each day; status shown by icon as well as text."""

    def __init__(self, icons: dict[LegStatus, QIcon], parent: QWidget) -> None:
        columns: list[Column[Row]] = [
            Column(
                translate("Rides", "Pickup"),
                lambda r: (
                    long_date(r.day) if isinstance(r, DayRow) else time_of_day(r.leg.pickup_time)
                ),
            ),
            Column(translate("Rides", "Way"), _cell(lambda r: _way(r.leg))),
            Column(translate("Rides", "Status"), _cell(lambda r: _status(r.leg))),
            Column(translate("Rides", "Driver"), _cell(lambda r: _name(r.driver))),
            Column(translate("Rides", "Backup driver"), _cell(lambda r: _name(r.backup))),
            Column(
                translate("Rides", "Appointment"),
                _cell(
                    lambda r: (
                        r.appointment.title if r.appointment else translate("Rides", "Unknown")
                    )
                ),
            ),
            Column(translate("Rides", "Pickup place"), _cell(lambda r: r.leg.pickup_place)),
        ]
        super().__init__(columns, parent)
        self._icons = icons

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_value(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == STATUS_COLUMN:
            return self._icons[row.leg.status] if isinstance(row, RideRow) else None
        if role == Qt.ItemDataRole.FontRole and isinstance(row, DayRow):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The rows stay in time order under their day's heading, whatever the header says."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.row_value(index.row()), DayRow):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: seen, not chosen
        return super().flags(index)


class RidesPage(AreaPage):
    """The coming ride legs by day, with the actions that plan and confirm them."""

    area = Area.RIDES
    shows = frozenset(
        {
            Kind.RIDE_LEG,
            Kind.LEG_STATUS,
            Kind.APPOINTMENT,
            Kind.PLACE,
            Kind.HELPER,
            Kind.AVAILABILITY,
            Kind.TASK,
            Kind.SETTING,
        }
    )
    record_kind = Kind.RIDE_LEG

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate(
                "Rides",
                "Every coming ride, there and back, by day. Choose a driver, ask them, and mark "
                "the ride confirmed once they have said yes. Print a ride card for the driver.",
            ),
            parent,
        )
        self.choose_pdf_file: ChooseFile = ask_pdf_file
        style = self.style()
        icons = {status: style.standardIcon(pixmap) for status, pixmap in _STATUS_ICONS.items()}
        self.model = RideRowsModel(icons, self)
        self.model.setObjectName("rideTableModel")
        self.table = RowsView(self.model, "rideTable", translate("Rides", "Ride legs"), self)
        self.table.setSortingEnabled(False)  # always by time, under each day's heading

        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("rideFilter")
        self.show_filter.setAccessibleName(translate("Rides", "Show rides"))
        self.show_filter.view().setObjectName("rideFilterList")
        self.show_filter.view().setAccessibleName(translate("Rides", "Show rides"))
        self.show_filter.addItem(translate("Rides", "All coming rides"), Show.ALL)
        self.show_filter.addItem(translate("Rides", "Needs a driver"), Show.NEEDS_DRIVER)
        self.show_filter.addItem(translate("Rides", "Not yet confirmed"), Show.NOT_CONFIRMED)
        self.show_filter.currentIndexChanged.connect(self._show_rows)
        show_label = QLabel(translate("Rides", "&Show:"), self)
        show_label.setBuddy(self.show_filter)
        self.count = QLabel(self)
        self.count.setObjectName("rideCount")
        self.range = QLabel(self)
        self.range.setObjectName("rideRange")

        tip = translate("Rides", "{what} the selected ride ({keys})")
        self.assign = self.page_action(
            "actionAssignDriver",
            translate("Rides", "Choose &driver…"),
            self.plan_leg,
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_D),
            translate("Rides", "{what} ({keys})"),
        )
        self.mark_asked = self.page_action(
            "actionMarkAsked",
            translate("Rides", "Mark &asked"),
            lambda: self.set_status(LegStatus.ASKED),
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_A),
            tip,
        )
        self.mark_confirmed = self.page_action(
            "actionMarkConfirmed",
            translate("Rides", "Mark &confirmed"),
            lambda: self.set_status(LegStatus.CONFIRMED),
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_C),
            tip,
        )
        self.swap = self.page_action(
            "actionSwapToBackup",
            translate("Rides", "S&wap to backup"),
            self.swap_to_backup,
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_B),
            translate("Rides", "{what} ({keys})"),
        )
        self.print_card = self.page_action(
            "actionPrintRideCard",
            translate("Rides", "&Print ride card…"),
            self.print_ride_card,
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_P),
            translate("Rides", "{what} ({keys})"),
            changes_plan=False,
        )
        self.save_card = self.page_action(
            "actionSaveRideCard",
            translate("Rides", "Save ride card as P&DF…"),
            self.save_ride_card,
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_S),
            translate("Rides", "{what} ({keys})"),
            changes_plan=False,
        )
        self.edit_place = self.page_action(
            "actionEditPlace",
            translate("Rides", "Place and &travel time…"),
            self.open_place,
            QKeySequence(CTRL_SHIFT | Qt.Key.Key_T),
            translate("Rides", "{what} ({keys})"),
        )
        # A helper on a shared plan changes only the rides given to them, and claims one
        # that needs a driver in one step.
        self.may = team.permissions(context.plan)
        self.claim = (
            self.page_action(
                "actionClaimRide",
                translate("Rides", "&I'll drive this"),
                self.claim_ride,
                QKeySequence(),
                translate("Rides", "{what}"),
            )
            if self.may.helper_id is not None
            else None
        )
        top = FlowLayout()  # wraps at large text instead of widening the page
        top.addWidget(kept_together(self, show_label, self.show_filter))
        top.addWidget(self.count)
        top.addWidget(self.range)
        # Two groups of buttons: the leg's driver and status, then its card and place.
        claims = (self.claim,) if self.claim is not None else ()
        rows_of_actions = (
            (*claims, self.assign, self.mark_asked, self.mark_confirmed, self.swap),
            (self.print_card, self.save_card, self.edit_place),
        )
        button_rows = [self.button_row(*actions) for actions in rows_of_actions]
        self.hint = QLabel(self)
        self.hint.setObjectName("rideHint")
        self.hint.setWordWrap(True)
        self.body.addLayout(top)
        for buttons in button_rows:
            self.body.addLayout(buttons)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table, 1)
        self._rows: list[RideRow] = []
        self._until: dt.date | None = None
        """The last day shown when a gap's fix asked for a leg beyond the usual weeks."""
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.table.activated.connect(lambda _: self.plan_leg())
        self._update_actions()

    # -- rows ----------------------------------------------------------------------------
    def refresh(self) -> None:
        plan, today = self.context.plan, self.context.today()
        last = self._last_day()
        self.fetch(lambda: (last, rides.coming_legs(plan, today, last)), self._show_legs)

    def _last_day(self) -> dt.date:
        today = self.context.today()
        return max(today + HORIZON, self._until or today)

    def _show_legs(self, read: tuple[dt.date, rides.ComingLegs]) -> None:
        last, (legs, appointments, helpers) = read
        self.range.setText(
            translate("Rides", "Rides from today to {last}").format(last=long_date(last))
        )
        self._rows = [
            RideRow(
                leg,
                appointments.get(leg.appointment_id),
                helpers.get(leg.driver_id) if leg.driver_id is not None else None,
                helpers.get(leg.backup_driver_id) if leg.backup_driver_id is not None else None,
            )
            for leg in legs
        ]
        self._show_rows()

    @Slot()
    def _show_rows(self) -> None:
        show: Show = self.show_filter.currentData()
        rows: list[Row] = []
        for ride in sorted(self._rows, key=lambda r: (r.leg.pickup_time, r.leg.id or 0)):
            if not show.wants(ride.leg):
                continue
            day = ride.leg.pickup_time.date()
            if not rows or _day_of(rows[-1]) != day:
                rows.append(DayRow(day))
            rows.append(ride)
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self.table.clearSpans()
        for n, row in enumerate(rows):
            if isinstance(row, DayRow):
                self.table.setSpan(n, 0, 1, self.model.columnCount())
        if first:
            self.table.fit_columns()
        shown = sum(isinstance(row, RideRow) for row in rows)
        self.count.setText(
            translate("Rides", "{count} of {total} rides").format(
                count=shown, total=len(self._rows)
            )
        )

    def select_shown(self, record_id: int | None) -> bool:
        if record_id is not None and all(row.id != record_id for row in self._rows):
            # A leg further ahead than the page shows: show up to its day (on a shared
            # plan, the rows up to it are selected in once they arrive).
            day = rides.leg_day(self.context.plan, record_id)
            if day is not None and day > self.context.today() and day != self._until:
                self._until = day
                self.refresh()
                return self.select_record(record_id)
        if record_id is not None and self.model.row_of(record_id) is None:
            # A leg the filter hides is still the one asked for: show all rides.
            self.show_filter.setCurrentIndex(self.show_filter.findData(Show.ALL))
        found = self.table.select_id(record_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def start_action(self, name: str) -> QWidget | None:
        """An information-pane tip's action: "plan-ride" opens the first coming ride that
        still needs a confirmed driver, or says that every ride has one."""
        if name != "plan-ride":
            return None
        waiting = [
            row
            for row in sorted(self._rows, key=lambda r: r.leg.pickup_time)
            if not row.leg.is_covered and row.leg.status in (LegStatus.NEEDED, LegStatus.ASKED)
        ]
        if not waiting:
            self.say(
                translate(
                    "Rides",
                    "Every coming ride has a confirmed driver. A new appointment that needs "
                    "a ride brings its legs here.",
                )
            )
            return None
        self.select_record(waiting[0].id)
        return self.plan_leg()

    def selected_row(self) -> RideRow | None:
        if self.table.selected_id() is None:
            return None
        row = self.model.row_value(self.table.currentIndex().row())
        return row if isinstance(row, RideRow) else None

    # -- actions -------------------------------------------------------------------------
    def set_status(self, status: LegStatus) -> None:
        row = self.selected_row()
        if row is not None and row.leg.id is not None:
            set_status(self.context.operations, row.leg, status)

    def claim_ride(self) -> None:
        """The signed-in helper signs up to drive the selected ride (confirmed by it)."""
        row, me = self.selected_row(), self.may.helper_id
        if row is None or row.leg.id is None or me is None:
            return
        leg, plan = row.leg, self.context.plan
        leg_id = row.leg.id
        change_leg(
            self.context.operations,
            translate("Rides", "Drive this ride"),
            lambda: rides.claim_leg(plan, leg_id, me, expected_version=leg.version),
        )

    def swap_to_backup(self) -> None:
        row = self.selected_row()
        if row is None or row.leg.id is None:
            return
        leg, plan = row.leg, self.context.plan
        leg_id = row.leg.id
        change_leg(
            self.context.operations,
            translate("Rides", "Swap to the backup driver"),
            lambda: rides.swap_to_backup(plan, leg_id, expected_version=leg.version),
        )

    def _details(self) -> rides.LegDetails | None:
        row = self.selected_row()
        if row is None or row.leg.id is None:
            return None
        leg_id = row.leg.id
        try:
            return rides.leg_details(self.context.plan, leg_id)
        except PlannerError as error:
            self.context.operations.failed.emit(say(error.message))
            return None

    def plan_leg(self) -> DriverDialog | None:
        """Open the dialog for the selected leg's driver, backup and pickup."""
        details = self._details()
        if details is None:
            return None
        leg, plan = details.leg, self.context.plan
        assert leg.id is not None
        leg_id = leg.id

        def save(chosen: LegPlan) -> bool:
            saved = change_leg(
                self.context.operations,
                translate("Rides", "Plan ride"),
                lambda: rides.plan_leg(
                    plan,
                    leg_id,
                    pickup_time=chosen.pickup_time,
                    travel=chosen.travel,
                    driver_id=chosen.driver_id,
                    backup_driver_id=chosen.backup_driver_id,
                    expected_version=leg.version,
                ),
            )
            return saved is not None

        dialog = DriverDialog(details, save, self)
        dialog.open()
        return dialog

    def print_ride_card(self) -> None:
        details = self._details()
        if details is not None:
            ride_card.print_card(self, details)

    def save_ride_card(self) -> Path | None:
        details = self._details()
        if details is None:
            return None
        day = details.leg.pickup_time
        suggested = Path.home() / f"ride-card-{day:%Y-%m-%d-%H%M}.pdf"
        target = self.choose_pdf_file(self, suggested)
        if target is None:
            return None
        try:
            ride_card.save_pdf(details, target)
        except OSError as error:
            self.context.operations.failed.emit(not_written(target, error))
            return None
        self.hint.setText(translate("Rides", "Ride card saved to {path}").format(path=target))
        return target

    def open_place(self) -> PlaceDialog | None:
        """Open the place of the selected leg's appointment: travel time, address, notes."""
        row = self.selected_row()
        if row is None or row.appointment is None or not row.appointment.location.strip():
            return None
        location = row.appointment.location
        try:
            known = places.place_for(self.context.plan, location)
        except PlannerError as error:
            self.context.operations.failed.emit(say(error.message))
            return None
        plan = self.context.plan

        def save(place: Place) -> bool:
            return self.context.operations.call(lambda: places.save_place(plan, place)) is not None

        dialog = PlaceDialog(known or Place(location), save, self)
        dialog.open()
        return dialog

    @Slot()
    def _update_actions(self) -> None:
        row = self.selected_row()
        # Asking and confirming are about a driver: a leg without one has nobody to ask.
        has_driver = row is not None and row.driver is not None
        status = row.leg.status if row is not None else None
        live = status in (LegStatus.NEEDED, LegStatus.ASKED, LegStatus.CONFIRMED)
        mine = row is None or self.may.may_change_leg(row.leg)
        why = not_your_ride()
        allow(self.assign, row is not None and live, mine, why)
        allow(self.mark_asked, has_driver and status is LegStatus.NEEDED, mine, why)
        allow(
            self.mark_confirmed,
            has_driver and status in (LegStatus.NEEDED, LegStatus.ASKED),
            mine,
            why,
        )
        allow(self.swap, row is not None and live and row.backup is not None, mine, why)
        if self.claim is not None:
            self.claim.setEnabled(row is not None and self.may.may_claim_leg(row.leg))
        self.print_card.setEnabled(row is not None)
        self.save_card.setEnabled(row is not None)
        allow(
            self.edit_place,
            row is not None and row.appointment is not None and bool(row.appointment.location),
            self.may.may_edit_plan,
            organisers_only(),
        )
        if row is None:
            self.hint.setText(translate("Rides", "Choose a ride in the table."))
        elif not has_driver:
            self.hint.setText(
                translate("Rides", "This ride has no driver yet: choose one (Ctrl+Shift+D).")
            )
        else:
            self.hint.setText("")


def _day_of(row: Row) -> dt.date:
    return row.day if isinstance(row, DayRow) else row.leg.pickup_time.date()
