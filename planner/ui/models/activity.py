"""The Activity panel's lines: when, who did what, and whether it is new to the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from planner.services.activity_list import Entry, is_new
from planner.ui.areas import area_title
from planner.ui.labels import qdate, say, time_of_day, translate

Index = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`~planner.services.activity_list.Entry` itself."""
NEW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Whether the line is new since the user last looked."""
ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        ENTRY_ROLE,
        NEW_ROLE,
    )
)


def when_text(at: dt.datetime, today: dt.date) -> str:
    """``Today 10:02``, ``Yesterday 18:30``, ``Mon 7 Dec 09:15`` (with the year when it is
    another year's)."""
    time = time_of_day(at)
    if at.date() == today:
        return translate("Models", "Today {time}").format(time=time)
    if at.date() == today - dt.timedelta(days=1):
        return translate("Models", "Yesterday {time}").format(time=time)
    pattern = "ddd d MMM" if at.year == today.year else "ddd d MMM yyyy"
    return f"{QLocale().toString(qdate(at.date()), pattern)} {time}"


class ActivityModel(QAbstractListModel):
    """One row per line of the activity list, newest first."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._entries: list[Entry] = []
        self._after = 0
        self._me = ""

    def set_entries(self, entries: Sequence[Entry], after: int, me: str) -> None:
        """Show ``entries``; those after change ``after`` not made by ``me`` are new."""
        self.beginResetModel()
        self._entries = list(entries)
        self._after, self._me = after, me
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def is_new(self, row: int) -> bool:
        return is_new(self._entries[row].line, self._after, self._me)

    def new_count(self) -> int:
        return sum(self.is_new(row) for row in range(len(self._entries)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not self.checkIndex(
            index, QAbstractItemModel.CheckIndexOption.IndexIsValid
        ):
            return None
        row = index.row()
        entry = self._entries[row]
        new = self.is_new(row)
        if role == Qt.ItemDataRole.DisplayRole:
            # "New" in words, not only in bold: a screen reader and a glance both get it.
            when = when_text(entry.line.at, self._today())
            heading = translate("Models", "New · {when}").format(when=when) if new else when
            return f"{heading}\n{say(entry.line.summary)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = when_text(entry.line.at, self._today())
            text = translate("Models", "{when}: {summary}").format(
                when=when, summary=say(entry.line.summary)
            )
            return translate("Models", "New. {text}").format(text=text) if new else text
        if role == Qt.ItemDataRole.ToolTipRole:
            where = (
                area_title(entry.area)
                if entry.area is not None
                else translate("Models", "Preferences")
            )
            return translate("Models", "{summary}\nEnter opens it in {where}.").format(
                summary=say(entry.line.summary), where=where
            )
        if role == Qt.ItemDataRole.FontRole:
            if not new:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == NEW_ROLE:
            return new
        return entry  # ENTRY_ROLE
