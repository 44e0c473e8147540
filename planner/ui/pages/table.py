"""A page that lists one kind of record in a sortable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.ui.models.rows import Column, RowsModel, T
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.widgets.rowsview import RowsView


class TablePage(AreaPage, Generic[T]):
    """Subclasses name the area, the columns, and how to load the rows."""

    table_name: str
    """The table's objectName, e.g. ``"appointmentTable"``."""

    def __init__(
        self,
        context: PageContext,
        intro: str,
        table_label: str,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, intro, parent)
        self.model: RowsModel[T] = RowsModel(self.columns(), self)
        self.model.setObjectName(f"{self.table_name}Model")
        self.table = RowsView(self.model, self.table_name, table_label, self)
        self.table.sortByColumn(sort_column, sort_order)
        self.body.addWidget(self.table, 1)

    def columns(self) -> Sequence[Column[T]]:
        raise NotImplementedError

    def load(self) -> Sequence[T]:
        """The rows, read from the plan (on a shared plan off the window's thread: no
        widget touched)."""
        raise NotImplementedError

    def refresh(self) -> None:
        self.fetch(self.load, self.show_rows)

    def show_rows(self, rows: Sequence[T]) -> None:
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:
            self.table.fit_columns()

    def select_shown(self, record_id: int | None) -> bool:
        found = self.table.select_id(record_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found
