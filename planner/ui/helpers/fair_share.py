"""Fair share: who does what, per helper and week, over the last and next four weeks, and
the plan's share (how much is too much) to change in place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from planner.domain.helpers import MOST_IN_SEVEN_DAYS, ShareRow
from planner.services import helpers as helper_service
from planner.services import settings
from planner.services.plan import Plan
from planner.ui.labels import qdate, translate
from planner.ui.models.rows import Column, RowsModel
from planner.ui.pages.base import PageContext
from planner.ui.widgets.rowsview import RowsView


@dataclass(frozen=True)
class ShareLine:
    row: ShareRow
    most: int

    @property
    def id(self) -> int | None:
        return self.row.helper.id


@dataclass(frozen=True)
class ShareRead:
    """What the tab shows, as read from the plan: the share setting, the weeks, the rows."""

    most: int
    weeks: list[dt.date]
    rows: list[ShareRow]


def read_share(plan: Plan, today: dt.date) -> ShareRead:
    """Read what the tab shows (no widget touched: on a shared plan, off the window's
    thread)."""
    weeks, rows = helper_service.share(plan, today)
    return ShareRead(settings.read_setting(plan, MOST_IN_SEVEN_DAYS), weeks, rows)


def day_month(day: dt.date) -> str:
    """E.g. "9 Feb", in the locale's order."""
    locale = QLocale()
    pattern = "MMM d" if locale.dateFormat().startswith("M") else "d MMM"
    return locale.toString(qdate(day), pattern)


def week_cell(tasks: int, legs: int, most: int) -> str:
    """E.g. "2 tasks, 1 ride", with a warning sign past the plan's share."""
    if not tasks and not legs:
        return "\N{EM DASH}"
    parts = []
    if tasks:
        parts.append(
            translate("Helpers", "1 task")
            if tasks == 1
            else translate("Helpers", "{n} tasks").format(n=tasks)
        )
    if legs:
        parts.append(
            translate("Helpers", "1 ride")
            if legs == 1
            else translate("Helpers", "{n} rides").format(n=legs)
        )
    text = ", ".join(parts)
    return f"\N{WARNING SIGN} {text}" if tasks + legs > most else text


def _week_column(header: str, n: int) -> Column[ShareLine]:
    def text(line: ShareLine) -> str:
        tasks, legs = line.row.weeks[n]
        return week_cell(tasks, legs, line.most)

    return Column(header, text, key=lambda line: sum(line.row.weeks[n]))


class FairShareTab(QWidget):
    """The fair-share table and the share setting."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("shareTab")
        self.setAccessibleName(translate("Helpers", "Fair share"))
        self._weeks: list[dt.date] = helper_service.share_weeks(context.today())
        self.model: RowsModel[ShareLine] = RowsModel(self._columns(), self)
        self.model.setObjectName("shareTableModel")
        self.table = RowsView(
            self.model, "shareTable", translate("Helpers", "Tasks and rides per week"), self
        )
        self.table.sortByColumn(len(self._weeks) + 1, Qt.SortOrder.DescendingOrder)
        self.table.setToolTip(
            translate("Helpers", "Weeks start on Monday; the first four are past weeks.")
        )
        self.most = QSpinBox(self)
        low, high = 1, 50
        self.most.setRange(low, high)
        self.most.setObjectName("shareMost")
        self.most.setAccessibleName(translate("Helpers", "Most tasks and rides in seven days"))
        before = QLabel(translate("Helpers", "A helper with more than"), self)
        before.setObjectName("shareMostLabel")
        before.setBuddy(self.most)
        after = QLabel(
            translate("Helpers", "tasks and rides in any seven days carries too much."), self
        )
        after.setObjectName("shareMostAfter")
        after.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(before)
        row.addWidget(self.most)
        row.addWidget(after, 1)
        self.note = QLabel(
            translate(
                "Helpers",
                "⚠ marks a week past that share. Past weeks count what was done.",
            ),
            self,
        )
        self.note.setObjectName("shareNote")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addWidget(self.table, 1)
        self.most.editingFinished.connect(self._change_most)

    def _columns(self) -> list[Column[ShareLine]]:
        columns: list[Column[ShareLine]] = [
            Column(translate("Helpers", "Helper"), lambda s: s.row.helper.name)
        ]
        this_monday = self.context.today() - dt.timedelta(days=self.context.today().weekday())
        for n, monday in enumerate(self._weeks):
            # Short headers keep all eight weeks on screen, even at twice the text size.
            header = (
                translate("Helpers", "This week") if monday == this_monday else day_month(monday)
            )
            columns.append(_week_column(header, n))
        columns.append(
            Column(
                translate("Helpers", "All eight weeks"),
                lambda s: str(s.row.total),
                key=lambda s: s.row.total,
            )
        )
        return columns

    def show_share(self, read: ShareRead) -> None:
        self.most.blockSignals(True)
        self.most.setValue(read.most)
        self.most.blockSignals(False)
        self._weeks = read.weeks
        first = self.model.rowCount() == 0
        self.model.set_rows([ShareLine(row, read.most) for row in read.rows])
        if first:
            self.table.fit_columns()

    @Slot()
    def _change_most(self) -> None:
        plan, value = self.context.plan, self.most.value()
        if value == settings.read_setting(plan, MOST_IN_SEVEN_DAYS):
            return
        self.context.operations.call(
            lambda: settings.change_setting(plan, MOST_IN_SEVEN_DAYS, value)
        )
