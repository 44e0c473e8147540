"""The week's gaps as a table: what is missing, and the fix that closes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from planner.domain.gaps import Gap
from planner.ui.labels import language, long_date, say, translate

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
WORDS_KEPT = 1024
"""Gaps kept said (in words and their cells' values), for as many gaps: the weeks around
the one shown list most of the same gaps again."""


def fix_label(gap: Gap) -> str:
    return say(gap.fix.action)


class GapModel(QStandardItemModel):
    """One row per gap; column 0 says what is missing, column 1 names the fix.

    Qt's own item model holds each row's words and values: a view that measures its rows
    asks each cell a dozen questions each time, and none of them waits on Python.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(
            [translate("Week", "What is missing"), translate("Week", "Fix")]
        )
        self._gaps: list[Gap] = []
        self._said: list[tuple[str, str]] = []
        """Each gap in words and its fix's, said once for the rows and their buttons."""
        self._words: dict[tuple[str, Gap], _Words] = {}
        """Each gap shown lately, by the language it was said in (see :data:`WORDS_KEPT`)."""

    def set_gaps(self, gaps: Sequence[Gap]) -> None:
        """Show ``gaps``: rows are changed in place, and added or removed at the end.

        Not a reset: a view keeps what it shows in each row (the fix buttons) and
        only rows that come or go cost their widgets.
        """
        new = list(gaps)
        if new == self._gaps:
            return
        kept = min(len(new), len(self._gaps))
        changed = [row for row in range(kept) if self._gaps[row] != new[row]]
        self._gaps = new  # before the rows come: a view asks for their gaps as they do
        words = self._said_in(language(), new)
        self._said = [said for said, _ in words]
        if self.rowCount() > len(new):
            self.removeRows(kept, self.rowCount() - kept)
        if len(new) > kept:
            self._add_rows(kept, words[kept:])
        if changed:
            blocked = self.blockSignals(True)  # one dataChanged for them all, below
            try:
                for row in changed:
                    for column, values in enumerate(words[row].cells):
                        self.setItemData(self.index(row, column), values)
            finally:
                self.blockSignals(blocked)
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))

    def _said_in(self, speaking: str, gaps: Sequence[Gap]) -> list[_Words]:
        """``gaps`` said in the language ``speaking``, each worked out once while kept."""
        known = self._words
        if len(known) + len(gaps) > WORDS_KEPT:
            known.clear()
        found = []
        for gap in gaps:
            words = known.get((speaking, gap))
            if words is None:
                said = (say(gap.message), fix_label(gap))
                words = known[speaking, gap] = _Words(said, _row(gap, said))
            found.append(words)
        return found

    def _add_rows(self, first: int, rows: Sequence[_Words]) -> None:
        """Add ``rows`` from row ``first``: Qt hears of them at once and of their words
        once, not of each in turn (a view lays itself out again at each)."""
        self.insertRows(first, len(rows))
        blocked = self.blockSignals(True)
        try:
            for row, words in enumerate(rows, start=first):
                for column, cell in enumerate(_cells(words.cells)):
                    self.setItem(row, column, cell)
        finally:
            self.blockSignals(blocked)
        last = first + len(rows) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def gap(self, row: int) -> Gap:
        return self._gaps[row]

    def said(self, row: int) -> tuple[str, str]:
        """The gap of ``row`` in words, and its fix's."""
        return self._said[row]


class _Words(NamedTuple):
    """A gap said: in words and its fix's, and what its row's two cells hold."""

    said: tuple[str, str]
    cells: tuple[dict[int, Any], dict[int, Any]]


def _cells(row: tuple[dict[int, Any], dict[int, Any]]) -> list[QStandardItem]:
    """A row's two cells, to add: the gap in words, and its fix."""
    cells = []
    for values in row:
        cell = QStandardItem()
        cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        for role, value in values.items():
            cell.setData(value, role)
        cells.append(cell)
    return cells


def _row(gap: Gap, said: tuple[str, str]) -> tuple[dict[int, Any], dict[int, Any]]:
    """What a row's two cells hold, by role (every role of :data:`ROLES`): the gap in
    words, and its fix (``said``: the two in words)."""
    message, action = said
    values: dict[int, Any] = {
        Qt.ItemDataRole.ToolTipRole: translate("Week", "{day}: {message}").format(
            day=long_date(gap.date), message=message
        ),
        Qt.ItemDataRole.AccessibleTextRole: translate("Week", "{message} Fix: {action}.").format(
            message=message, action=action
        ),
        GAP_ROLE: gap,
        KIND_ROLE: gap.kind,
        DATE_ROLE: gap.date,
        AREA_ROLE: gap.fix.area,
        RECORD_ROLE: gap.fix.record_id,
    }
    return (
        {Qt.ItemDataRole.DisplayRole: message, **values},
        {Qt.ItemDataRole.DisplayRole: action, **values},
    )
