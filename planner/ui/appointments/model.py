"""The appointment table's model: a count, and rows read a page at a time when shown.

Like Anki's card browser, a table of 100,000 appointments costs what its shown rows cost:
the database filters, sorts and cuts out the page a view asks about; the model keeps only
the pages it read lately. Finding a record's row (to keep it selected) is one query too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from planner.domain.model import Appointment
from planner.services.appointments import AppointmentQuery
from planner.ui.models.rows import ID_ROLE, ROW_ROLE, Column, Index, RowsModel

PAGE = 100
"""Rows read at once when a view asks for one that is not cached."""
_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, ROW_ROLE})
MOST_PAGES = 20
"""The cache starts afresh beyond this many pages (a long scroll keeps only what it shows)."""


@dataclass(frozen=True)
class SortedColumn(Column[Appointment]):
    """A column of the appointment table, with the name the database sorts it by."""

    sort: str = "start"


@dataclass(frozen=True)
class Source:
    """The service calls the model reads through."""

    count: Callable[[AppointmentQuery], int]
    page: Callable[[AppointmentQuery, int, int], list[Appointment]]
    """Query, offset, limit: the rows at those positions."""
    position: Callable[[AppointmentQuery, int], int | None]
    """Query, record id: the record's row, or ``None`` if the query does not name it."""


class AppointmentsModel(RowsModel[Appointment]):
    """Appointments matching a query, in its order; rows read when shown.

    Sorting by a header asks the database again, in that column's order.
    """

    def __init__(
        self,
        columns: Sequence[SortedColumn],
        source: Source,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._sorted_columns = tuple(columns)
        self._source = source
        self._count = 0
        self._pages: dict[int, list[Appointment]] = {}
        self.query = AppointmentQuery()
        self._loaded = False
        self.fetches = 0
        """How many pages the model has read (to measure paging)."""

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The roles first: a view asks for a dozen per cell, and most have no answer here.
        # (Qt's checkIndex() costs more than the rest of this method; a bounds check will do.)
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._row(index.row())
        if row is None:
            return None  # the plan holds fewer rows than counted; the next refresh shows it
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return self._sorted_columns[index.column()].text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)

    def row_value(self, row: int) -> Appointment:
        found = self._row(row)
        if found is None:
            raise LookupError(f"row {row} is no longer in the plan")
        return found

    def row_of(self, record_id: int) -> int | None:
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == record_id:
                    return number * PAGE + offset
        return self._source.position(self.query, record_id)

    def _row(self, row: int) -> Appointment | None:
        number, offset = divmod(row, PAGE)
        if number not in self._pages:
            if len(self._pages) >= MOST_PAGES:
                self._pages.clear()
            self._pages[number] = self._source.page(self.query, number * PAGE, PAGE)
            self.fetches += 1
        rows = self._pages[number]
        return rows[offset] if offset < len(rows) else None

    # -- changing ------------------------------------------------------------------------
    def set_query(self, query: AppointmentQuery) -> None:
        """Show the appointments ``query`` names (keeping the sort the user chose)."""
        self.query = replace(query, sort=self.query.sort, descending=self.query.descending)
        self.reload()

    def reload(self) -> None:
        """Count again (after a change); rows are read again as they are shown."""
        self.beginResetModel()
        self._loaded = True
        self._count = self._source.count(self.query)
        self._pages.clear()
        self.endResetModel()

    def set_rows(self, rows: Sequence[Appointment]) -> None:
        raise TypeError("the appointment list reads its rows itself; use set_query()")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sorted_columns):
            return
        self.query = replace(
            self.query,
            sort=self._sorted_columns[column].sort,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if self._loaded:  # before the first load, the order is only remembered
            self.reload()  # the view keeps its selection by record id across the reset
