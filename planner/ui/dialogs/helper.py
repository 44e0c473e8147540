"""The form for one helper: how to reach them, what they can do and when they are free."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from planner.ui.labels import tr, vocabulary


def day_name(weekday: int) -> str:
    """The weekday's name in the user's language; Monday is 0."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


class AvailabilityRow(QWidget):
    """One usual window: a weekday and the hours."""

    def __init__(self, window: Availability, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"availabilityRow{number}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday = QComboBox(self)
        for day in range(7):
            self.weekday.addItem(day_name(day), day)
        self.weekday.setCurrentIndex(window.weekday)
        self.start = QTimeEdit(QTime(window.start.hour, window.start.minute), self)
        self.end = QTimeEdit(QTime(window.end.hour, window.end.minute), self)
        self.remove = QToolButton(self)
        self.remove.setText(tr("Remove"))
        until = QLabel(tr("to"), self)
        for widget, name, accessible in (
            (self.weekday, "Weekday", tr("Weekday of usual time {n}")),
            (self.start, "From", tr("Usual time {n} from")),
            (self.end, "To", tr("Usual time {n} to")),
            (self.remove, "Remove", tr("Remove usual time {n}")),
        ):
            widget.setObjectName(f"availability{name}{number}")
            widget.setAccessibleName(accessible.format(n=number))
        self.weekday.view().setObjectName(f"availabilityWeekdayList{number}")
        self.weekday.view().setAccessibleName(self.weekday.accessibleName())
        until.setObjectName(f"availabilityUntil{number}")
        for part in (self.weekday, self.start, until, self.end, self.remove):
            row.addWidget(part)
        row.addStretch(1)

    def usual_time(self) -> Availability:
        start, end = self.start.time(), self.end.time()
        return Availability(
            int(self.weekday.currentData()),
            dt.time(start.hour(), start.minute()),
            dt.time(end.hour(), end.minute()),
        )


class AvailabilityEditor(QWidget):
    """A helper's usual times, as rows the user adds and removes."""

    def __init__(self, windows: tuple[Availability, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helperAvailability")
        self.setAccessibleName(tr("Usually free"))
        self.rows: list[AvailabilityRow] = []
        self._numbered = 0
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(tr("No usual times: counted as free at any time."), self)
        self.empty.setObjectName("availabilityEmpty")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(tr("Add a usual &time"), self)
        self.add_button.setObjectName("availabilityAdd")
        self.add_button.setAccessibleName(tr("Add a usual time"))
        self.add_button.clicked.connect(self._add_blank)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addWidget(self.add_button)
        for window in windows:
            self.add(window)
        self._update()

    def add(self, window: Availability) -> AvailabilityRow:
        self._numbered += 1
        row = AvailabilityRow(window, self._numbered, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._list.addWidget(row)
        self._update()
        return row

    @Slot()
    def _add_blank(self) -> None:
        weekday = self.rows[-1].usual_time().weekday + 1 if self.rows else 0
        row = self.add(Availability(weekday % 7, dt.time(9), dt.time(17)))
        row.weekday.setFocus()

    def _remove(self, row: AvailabilityRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()
        self.add_button.setFocus()

    def _update(self) -> None:
        self.empty.setVisible(not self.rows)

    def windows(self) -> tuple[Availability, ...]:
        return tuple(row.usual_time() for row in self.rows)


class HelperDialog(FormDialog[Helper]):
    """Asks for a helper's details; phone and email are shown as they will be saved."""

    def __init__(
        self, helper: Helper, save: Callable[[Helper], bool], parent: QWidget | None = None
    ) -> None:
        title = tr("Add a helper") if helper.id is None else tr("Edit helper")
        super().__init__("helper", title, save, parent)
        self._original = helper
        self.name = self.line(tr("&Name:"), "Name", tr("Name"), helper.name)
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
        self.row(tr("Can help with:"), can, "Capabilities", tr("Can help with"))
        self.availability = AvailabilityEditor(helper.availability, self)
        self.row(tr("&Usually free:"), self.availability, "Availability", tr("Usually free"))
        self.notice = QSpinBox(self)
        self.notice.setRange(0, MOST_NOTICE_DAYS)
        self.notice.setSuffix(tr(" business days"))
        self.notice.setValue(helper.notice_business_days)
        self.notice.setToolTip(tr("For a volunteer service: how far ahead it must be asked."))
        self.row(tr("Noti&ce needed:"), self.notice, "Notice", tr("Notice needed"))
        self.notes = QPlainTextEdit(helper.notes, self)
        self.row(tr("N&otes:"), self.notes, "Notes", tr("Notes"))
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
