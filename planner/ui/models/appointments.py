"""The appointment table's model: every matching id, and rows fetched a page at a time.

Like Anki's card browser, a table of 100,000 appointments costs what its shown rows cost:
the database filters and sorts, the model keeps the ids in that order, and reads the
appointments themselves only for the rows a view asks about (a page around them at once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from planner.domain.model import Appointment
from planner.services.appointments import AppointmentQuery
from planner.ui.models.rows import ID_ROLE, ROW_ROLE, Column, Index, RowsModel

PAGE = 100
"""Rows read at once when a view asks for one that is not cached."""
MOST_CACHED = 20 * PAGE
"""The cache starts afresh beyond this many rows (a long scroll keeps only what it shows)."""


@dataclass(frozen=True)
class SortedColumn(Column[Appointment]):
    """A column of the appointment table, with the name the database sorts it by."""

    sort: str = "start"


class AppointmentsModel(RowsModel[Appointment]):
    """Appointments matching a query, in its order; rows read when shown.

    ``load_ids`` answers a query with ids in order, ``fetch`` reads appointments by id (both
    service calls). Sorting by a header asks the database again, with that column's order.
    """

    def __init__(
        self,
        columns: Sequence[SortedColumn],
        load_ids: Callable[[AppointmentQuery], list[int]],
        fetch: Callable[[Sequence[int]], dict[int, Appointment]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._sorted_columns = tuple(columns)
        self._load_ids = load_ids
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, Appointment] = {}
        self.query = AppointmentQuery()
        self._loaded = False
        self.fetches = 0
        """How many reads of rows the model has made (to measure paging)."""

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        row = self._row(index.row())
        if row is None:
            return None  # deleted since the ids were read; the next refresh drops it
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
            raise LookupError(f"appointment {self._ids[row]} is no longer in the plan")
        return found

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def _row(self, row: int) -> Appointment | None:
        record_id = self._ids[row]
        if record_id not in self._cache:
            if len(self._cache) >= MOST_CACHED:
                self._cache.clear()
            first = row - row % PAGE
            page = self._ids[first : first + PAGE]
            self._cache.update(self._fetch(page))
            self.fetches += 1
        return self._cache.get(record_id)

    # -- changing ------------------------------------------------------------------------
    def set_query(self, query: AppointmentQuery) -> None:
        """Show the appointments ``query`` names (keeping the sort the user chose)."""
        self.query = replace(query, sort=self.query.sort, descending=self.query.descending)
        self.reload()

    def reload(self) -> None:
        """Read the ids again (after a change); rows are read again as they are shown."""
        self.beginResetModel()
        self._loaded = True
        self._ids = self._load_ids(self.query)
        self._cache.clear()
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
