"""The week as one list: per day a heading, a hard-day note, and its items (or "nothing")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.domain.doses import DoseState
from planner.domain.week import Day, ItemType, Week, WeekItem
from planner.ui.areas import area_title
from planner.ui.labels import item_type, long_date, say, time_of_day, translate

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`WeekRow` itself."""


class RowKind(Enum):
    HEADING = "heading"
    HARD_DAY = "hard_day"
    RISK = "risk"
    """An infection-risk day's note: take the temperature each evening."""
    ITEM = "item"
    NOTHING = "nothing"


def dose_state(item: WeekItem) -> str:
    """A dose's state by a mark and a word, e.g. "✓ Taken" (empty for other items)."""
    if item.type is not ItemType.DOSE:
        return ""
    match item.status:
        case DoseState.DUE:
            return translate("Week", "○ To take")
        case DoseState.TAKEN:
            return translate("Week", "✓ Taken")
        case DoseState.SKIPPED:
            return translate("Week", "✗ Skipped")
        case DoseState.LATER:
            return translate("Week", "↻ Later")
        case DoseState.MISSED:
            return translate("Week", "⚠ Not confirmed")
    return ""


def item_text(item: WeekItem) -> str:
    """The item in one line, as a screen reader reads it."""
    text = translate("Week", "{time}, {type}: {title}").format(
        time=time_of_day(item.start), type=item_type(item.type), title=say(item.title)
    )
    said = [text, say(item.detail), dose_state(item)]
    return ". ".join(part for part in said if part)


def hard_day_text(day: Day) -> str:
    return translate("Week", "Hard day (after {appointments})").format(
        appointments=", ".join(day.hard_because)
    )


def risk_text(day: Day) -> str:
    """The infection-risk day's note in the user's language."""
    if not day.infection_risk:
        return ""
    return translate("Week", "Blood counts are likely low: take your temperature each evening.")


def day_title(day: Day, today: dt.date) -> str:
    date = long_date(day.date)
    return translate("Week", "Today, {date}").format(date=date) if day.date == today else date


@dataclass(frozen=True)
class WeekRow:
    """One row: what it shows, of which day, and where it sits in the day's card."""

    kind: RowKind
    day: Day
    text: str
    """As shown (a heading, the hard-day note) or, for an item, as read aloud."""
    item: WeekItem | None = None
    first: bool = False
    """The day's first row: the top of its card."""
    last: bool = False
    """The day's last row: the bottom of its card."""
    today: bool = False


def week_rows(week: Week, today: dt.date) -> tuple[WeekRow, ...]:
    rows: list[WeekRow] = []
    for day in week.days:
        is_today = day.date == today
        parts: list[tuple[RowKind, str, WeekItem | None]] = [
            (RowKind.HEADING, day_title(day, today), None)
        ]
        if day.is_hard:
            parts.append((RowKind.HARD_DAY, hard_day_text(day), None))
        parts += [(RowKind.ITEM, item_text(item), item) for item in day.items] or [
            (RowKind.NOTHING, translate("Week", "Nothing planned."), None)
        ]
        if day.infection_risk:  # last, as the diary's evening: the temperature is taken then
            parts.append((RowKind.RISK, risk_text(day), None))
        for n, (kind, text, item) in enumerate(parts):
            rows.append(WeekRow(kind, day, text, item, n == 0, n == len(parts) - 1, is_today))
    return tuple(rows)


class WeekModel(QAbstractListModel):
    """Every day of a week, row after row, in the order a person reads a diary.

    A heading row also carries, as its accessible description, the whole day in words.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WeekRow, ...] = ()

    def set_week(self, week: Week, today: dt.date) -> bool:
        """Show ``week``; ``False`` (and no reset) when it shows just what it did."""
        rows = week_rows(week, today)
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def row(self, row: int) -> WeekRow:
        return self._rows[row]

    def rows(self) -> tuple[WeekRow, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not self.checkIndex(
            index, QAbstractItemModel.CheckIndexOption.IndexIsValid
        ):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if row.kind is RowKind.HEADING:
                return self._spoken_day(row)
            if row.item is not None:  # what Enter does, for whoever cannot see the cards
                return translate("Week", "Enter opens it in {area}.").format(
                    area=area_title(row.item.type.area)
                )
            return None
        return row.text

    def _spoken_day(self, heading: WeekRow) -> str:
        return ". ".join(row.text for row in self._rows if row.day.date == heading.day.date)


ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        ROW_ROLE,
    )
)
"""The roles :class:`WeekModel` answers; views ask for many more, many times."""
