"""One generic read-only table model for every area's list of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole
"""The stored record's id (an int), for selecting a record by id."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's domain value itself."""

Index = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def id(self) -> int | None: ...


T = TypeVar("T", bound=Record)


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, the text of a cell, and (optionally) how it sorts."""

    header: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None
    """Sort key; by default the cell text, ignoring case."""

    def sort_key(self, row: T) -> Any:
        return self.key(row) if self.key is not None else self.text(row).casefold()


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of domain values shown through a list of columns; sortable, read-only."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[T] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def row_value(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record ``record_id``, or ``None``."""
        return next((n for n, row in enumerate(self._rows) if row.id == record_id), None)

    # -- changing ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` instead, in the order the user last sorted by."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(
                key=self._columns[self._sorted_by[0]].sort_key,
                reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder,
            )
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(
            range(len(self._rows)),
            key=lambda n: self._columns[column].sort_key(self._rows[n]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[n] for n in order_of]
        moved_to = {before: after for after, before in enumerate(order_of)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved_to[index.row()], index.column()) for index in old]
        )
        self.layoutChanged.emit()
