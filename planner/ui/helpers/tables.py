"""The Helpers page's tables: a tab of records, and how helpers and tasks read in a cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.domain.enums import TaskStatus
from planner.domain.model import Availability, Helper, HelpTask
from planner.domain.tasks import is_whole_day
from planner.ui.labels import (
    date_time,
    short_date,
    time_of_day,
    translate,
    vocabulary,
    weekday_short,
)
from planner.ui.models.rows import ROW_ROLE, Column, RowsModel
from planner.ui.widgets.rowsview import RowsView

STATUS_SIGNS = {
    TaskStatus.OPEN: "\N{WHITE CIRCLE}",
    TaskStatus.CLAIMED: "\N{CIRCLE WITH LEFT HALF BLACK}",
    TaskStatus.DONE: "\N{HEAVY CHECK MARK}",
}


def availability_text(windows: Sequence[Availability]) -> str:
    """E.g. "Mon, Tue, Wed 08:00 to 18:00; Sat 10:00 to 12:00", with en dashes."""
    if not windows:
        return translate("Helpers", "Any time (ask)")
    ordered = sorted(windows, key=lambda w: (w.start, w.end, w.weekday))
    parts = []
    for (start, end), same in groupby(ordered, key=lambda w: (w.start, w.end)):
        days = ", ".join(weekday_short(w.weekday) for w in same)
        parts.append(
            translate("Helpers", "{days} {start}–{end}").format(
                days=days, start=time_of_day(start), end=time_of_day(end)
            )
        )
    return "; ".join(parts)


def capabilities_text(helper: Helper) -> str:
    return ", ".join(sorted(vocabulary(c) for c in helper.capabilities))


def status_text(status: TaskStatus) -> str:
    """A sign and a word, so the status never rests on colour."""
    return f"{STATUS_SIGNS[status]} {vocabulary(status)}"


def task_when(task: HelpTask) -> str:
    if is_whole_day(task):
        last = (task.end - dt.timedelta(days=1)).date()
        first = short_date(task.start.date())
        return first if last == task.start.date() else f"{first} \N{EN DASH} {short_date(last)}"
    return translate("Helpers", "{start} to {end}").format(
        start=date_time(task.start), end=time_of_day(task.end)
    )


class RecordsTab(QWidget):
    """One tab of the page: a table of one kind of record."""

    def __init__(
        self,
        name: str,
        label: str,
        columns: Sequence[Column[Any]],
        parent: QWidget,
        sort_column: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Tab")
        self.setAccessibleName(label)
        self.model: RowsModel[Any] = RowsModel(columns, self)
        self.model.setObjectName(f"{name}TableModel")
        self.table = RowsView(self.model, f"{name}Table", label, self)
        self.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        self._fitted = False

    def show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self._fitted = True
            self.table.fit_columns()

    def selected(self) -> Any:
        if self.table.selected_id() is None:
            return None
        return self.table.currentIndex().data(ROW_ROLE)
