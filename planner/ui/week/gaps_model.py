"""The week's gaps as a table: what is missing, and the fix that closes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.domain.gaps import Gap
from planner.ui.labels import long_date, say, translate

Index = QModelIndex | QPersistentModelIndex

GAP_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`Gap` itself."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
AREA_ROLE = Qt.ItemDataRole.UserRole + 3
"""The fix's area; Qt hands it back as its plain string value."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4
"""The id of the record to open (``None`` when there is none yet)."""

ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        GAP_ROLE,
        KIND_ROLE,
        DATE_ROLE,
        AREA_ROLE,
        RECORD_ROLE,
    )
)
"""The roles :class:`GapModel` answers."""

MESSAGE_COLUMN = 0
FIX_COLUMN = 1


def fix_label(gap: Gap) -> str:
    return say(gap.fix.action)


class GapModel(QAbstractTableModel):
    """One row per gap; column 0 says what is missing, column 1 names the fix."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._said: dict[int, tuple[str, str]] = {}
        """Each row's message and fix in words, said once for the many times a view asks
        (measuring a row asks each cell again); said afresh with every new list."""

    def set_gaps(self, gaps: Sequence[Gap]) -> None:
        """Show ``gaps``: rows are changed in place, and added or removed at the end.

        Not a reset: a view keeps what it shows in each row (the fix buttons) and
        only rows that come or go cost their widgets.
        """
        new = list(gaps)
        self._said.clear()
        if new == self._gaps:
            return
        kept = min(len(new), len(self._gaps))
        if len(new) < len(self._gaps):
            self.beginRemoveRows(QModelIndex(), kept, len(self._gaps) - 1)
            del self._gaps[kept:]
            self.endRemoveRows()
        elif len(new) > len(self._gaps):
            self.beginInsertRows(QModelIndex(), kept, len(new) - 1)
            self._gaps.extend(new[kept:])
            self.endInsertRows()
        changed = [row for row in range(kept) if self._gaps[row] != new[row]]
        self._gaps = new
        self._said.clear()  # the rows kept may have been said as they were, meanwhile
        if changed:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))

    def gap(self, row: int) -> Gap:
        return self._gaps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._gaps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles a cell each time they measure a row; most are none
        # of ours, and answering those first keeps sizing the rows cheap.
        if role not in ROLES or not self.checkIndex(
            index, QAbstractItemModel.CheckIndexOption.IndexIsValid
        ):
            return None
        row = index.row()
        gap = self._gaps[row]
        said = self._said.get(row)
        if said is None:
            said = self._said[row] = (say(gap.message), fix_label(gap))
        message, action = said
        if role == Qt.ItemDataRole.DisplayRole:
            return message if index.column() == MESSAGE_COLUMN else action
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Week", "{day}: {message}").format(
                day=long_date(gap.date), message=message
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("Week", "{message} Fix: {action}.").format(
                message=message, action=action
            )
        return {
            GAP_ROLE: gap,
            KIND_ROLE: gap.kind,
            DATE_ROLE: gap.date,
            AREA_ROLE: gap.fix.area,
            RECORD_ROLE: gap.fix.record_id,
        }.get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            MESSAGE_COLUMN: translate("Week", "What is missing"),
            FIX_COLUMN: translate("Week", "Fix"),
        }.get(section)
