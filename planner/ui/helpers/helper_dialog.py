"""The form for one helper: how to reach them, what they can do and when they are free."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Capability
from planner.domain.helpers import MOST_NOTICE_DAYS
from planner.domain.model import Availability, Helper
from planner.ui.dialogs.form import FormDialog
from planner.ui.labels import translate, vocabulary
from planner.ui.widgets.field_message import FieldMessage
from planner.ui.widgets.flow import FlowLayout, kept_together


def day_name(weekday: int) -> str:
    """The weekday's name in the user's language; Monday is 0."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def short_day_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class UsualHours:
    """The hours a helper is usually free on some weekdays (Monday is 0): one row."""

    days: frozenset[int]
    start: dt.time
    end: dt.time

    def windows(self) -> list[Availability]:
        return [Availability(day, self.start, self.end) for day in sorted(self.days)]


def grouped(windows: Iterable[Availability]) -> list[UsualHours]:
    """The windows with the same hours as one row each, in the order of their first day."""
    days: dict[tuple[dt.time, dt.time], set[int]] = {}
    for window in sorted(windows, key=lambda w: (w.weekday, w.start, w.end)):
        days.setdefault((window.start, window.end), set()).add(window.weekday)
    return [UsualHours(frozenset(d), start, end) for (start, end), d in days.items()]


class AvailabilityRow(QWidget):
    """One row of usual times: the weekdays it holds (seven buttons) and the hours."""

    def __init__(self, hours: UsualHours, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"availabilityRow{number}")
        self.days = QWidget(self)
        self.days.setObjectName(f"availabilityDays{number}")
        self.days.setAccessibleName(translate("Helpers", "Days of usual time {n}").format(n=number))
        day_row = QHBoxLayout(self.days)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.setSpacing(2)
        self.day_buttons: list[QToolButton] = []
        for day in range(7):
            button = QToolButton(self.days)
            button.setText(short_day_name(day))
            button.setCheckable(True)
            button.setChecked(day in hours.days)
            button.setObjectName(f"availabilityDay{day}_{number}")
            button.setAccessibleName(day_name(day))
            button.setToolTip(day_name(day))
            day_row.addWidget(button)
            self.day_buttons.append(button)
        self.start = QTimeEdit(QTime(hours.start.hour, hours.start.minute), self)
        self.end = QTimeEdit(QTime(hours.end.hour, hours.end.minute), self)
        self.remove = QToolButton(self)
        self.remove.setText(translate("Helpers", "Remove"))
        until = QLabel(translate("Helpers", "to"), self)
        until.setObjectName(f"availabilityUntil{number}")
        for widget, name, accessible in (
            (self.start, "From", translate("Helpers", "Usual time {n} from")),
            (self.end, "To", translate("Helpers", "Usual time {n} to")),
            (self.remove, "Remove", translate("Helpers", "Remove usual time {n}")),
        ):
            widget.setObjectName(f"availability{name}{number}")
            widget.setAccessibleName(accessible.format(n=number))
        # The days and the hours each stay on one line; the hours wrap below the days
        # when the form is narrow (large text).
        flow = FlowLayout()
        flow.addWidget(self.days)
        flow.addWidget(kept_together(self, self.start, until, self.end, self.remove))
        self.message = FieldMessage(self.days, self, name=f"availabilityMessage{number}")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(flow)
        column.addWidget(self.message)
        for button in self.day_buttons:
            button.toggled.connect(self._check)
        self._check()

    @Slot()
    def _check(self) -> None:
        if self.chosen_days():
            self.message.clear()
        else:
            self.message.show_problem(
                translate("Helpers", "Choose at least one day for these hours.")
            )

    def chosen_days(self) -> frozenset[int]:
        return frozenset(day for day, b in enumerate(self.day_buttons) if b.isChecked())

    def usual_hours(self) -> UsualHours:
        start, end = self.start.time(), self.end.time()
        return UsualHours(
            self.chosen_days(),
            dt.time(start.hour(), start.minute()),
            dt.time(end.hour(), end.minute()),
        )


class AvailabilityEditor(QWidget):
    """A helper's usual times, as rows the user adds and removes; the windows with the same
    hours share a row (Monday to Friday, 8 to 18), each weekday is one window saved."""

    def __init__(self, windows: tuple[Availability, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helperAvailability")
        self.setAccessibleName(translate("Helpers", "Usually free"))
        self.rows: list[AvailabilityRow] = []
        self._numbered = 0
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(
            translate("Helpers", "No usual times: counted as free at any time."), self
        )
        self.empty.setObjectName("availabilityEmpty")
        # One short line: a wrapped label inside a form's field is given one line's height.
        self.add_button = QPushButton(translate("Helpers", "Add a usual &time"), self)
        self.add_button.setObjectName("availabilityAdd")
        self.add_button.setAccessibleName(translate("Helpers", "Add a usual time"))
        self.add_button.clicked.connect(self._add_blank)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addWidget(self.add_button)
        for hours in grouped(windows):
            self.add(hours.days, hours.start, hours.end)
        self._update()

    def add(self, days: Iterable[int], start: dt.time, end: dt.time) -> AvailabilityRow:
        self._numbered += 1
        row = AvailabilityRow(UsualHours(frozenset(days), start, end), self._numbered, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._list.addWidget(row)
        row.show()  # at once, not at the next turn of the event loop: it takes the focus
        self._update()
        return row

    @Slot()
    def _add_blank(self) -> None:
        last = max(self.rows[-1].chosen_days(), default=-1) if self.rows else -1
        day = (last + 1) % 7
        row = self.add({day}, dt.time(9), dt.time(17))
        row.day_buttons[day].setFocus()

    def _remove(self, row: AvailabilityRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()
        self.add_button.setFocus()

    def _update(self) -> None:
        self.empty.setVisible(not self.rows)

    def windows(self) -> tuple[Availability, ...]:
        """One window per weekday checked in a row (the same window twice only once)."""
        found = {w for row in self.rows for w in row.usual_hours().windows()}
        return tuple(sorted(found, key=lambda w: (w.weekday, w.start, w.end)))


class HelperDialog(FormDialog[Helper]):
    """Asks for a helper's details; phone and email are shown as they will be saved."""

    def __init__(
        self, helper: Helper, save: Callable[[Helper], bool], parent: QWidget | None = None
    ) -> None:
        title = (
            translate("Helpers", "Add a helper")
            if helper.id is None
            else translate("Helpers", "Edit helper")
        )
        super().__init__("helper", title, save, parent)
        self._original = helper
        self.name = self.line(
            translate("Helpers", "&Name:"), "Name", translate("Helpers", "Name"), helper.name
        )
        self.phone, self.email = self.reach(helper.phone, helper.email)
        can = QWidget(self)
        grid = QGridLayout(can)
        grid.setContentsMargins(0, 0, 0, 0)
        self.capabilities: dict[Capability, QCheckBox] = {}
        for n, capability in enumerate(Capability):
            box = QCheckBox(vocabulary(capability), can)
            box.setObjectName(f"helperCan_{capability.value}")
            box.setAccessibleName(vocabulary(capability))
            box.setChecked(capability in helper.capabilities)
            grid.addWidget(box, n // 3, n % 3)
            self.capabilities[capability] = box
        self.row(
            translate("Helpers", "Can help with:"),
            can,
            "Capabilities",
            translate("Helpers", "Can help with"),
        )
        self.availability = AvailabilityEditor(helper.availability, self)
        self.row(
            translate("Helpers", "&Usually free:"),
            self.availability,
            "Availability",
            translate("Helpers", "Usually free"),
        )
        self.notice = QSpinBox(self)
        self.notice.setRange(0, MOST_NOTICE_DAYS)
        self.notice.setSuffix(translate("Helpers", " business days"))
        self.notice.setValue(helper.notice_business_days)
        self.notice.setToolTip(
            translate("Helpers", "For a volunteer service: how far ahead it must be asked.")
        )
        self.row(
            translate("Helpers", "Noti&ce needed:"),
            self.notice,
            "Notice",
            translate("Helpers", "Notice needed"),
        )
        self.notes = QPlainTextEdit(helper.notes, self)
        self.row(
            translate("Helpers", "N&otes:"), self.notes, "Notes", translate("Helpers", "Notes")
        )
        self.name.setFocus()

    def value(self) -> Helper:
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            capabilities=frozenset(c for c, box in self.capabilities.items() if box.isChecked()),
            availability=self.availability.windows(),
            notice_business_days=self.notice.value(),
            notes=self.notes.toPlainText(),
        )
