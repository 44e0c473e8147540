"""The search results as list rows: a heading per kind, its hits, and a row offering more of
that kind when more match than are shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from planner.domain.changes import Kind
from planner.domain.search import COUNTED_UP_TO, Found, FoundKind, Results
from planner.ui.labels import date_time, in_sentence, say, short_date, translate

Index = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`~planner.domain.search.Found` of a hit's row (``None`` on other rows)."""
MORE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`~planner.domain.search.FoundKind` whose "show more" row this is (``None`` on
other rows)."""


def heading(kind: Kind) -> str:
    """The heading of ``kind``'s hits (every kind search finds has one)."""
    headings = {
        Kind.APPOINTMENT: translate("Search", "Appointments"),
        Kind.RIDE_LEG: translate("Search", "Rides"),
        Kind.PLACE: translate("Search", "Places"),
        Kind.HELPER: translate("Search", "Helpers"),
        Kind.CONTACT: translate("Search", "Contacts"),
        Kind.TASK: translate("Search", "Help tasks"),
        Kind.MEAL: translate("Search", "Freezer meals"),
        Kind.GROUP: translate("Search", "Support groups"),
        Kind.JOURNAL_ENTRY: translate("Search", "Journal entries"),
        Kind.QUESTION: translate("Search", "Questions"),
        Kind.MEDICINE: translate("Search", "Medicines"),
    }
    return headings[kind]


def _number(value: int) -> str:
    return QLocale().toString(value)


def count_text(group: FoundKind) -> str:
    """How many of the kind match: "3", "8 of 21", "8 of more than 1,000"."""
    shown = len(group.hits)
    if shown == group.total:
        return _number(shown)
    if group.counted_all:
        return translate("Search", "{shown} of {total}").format(
            shown=_number(shown), total=_number(group.total)
        )
    return translate("Search", "{shown} of {total} or more").format(
        shown=_number(shown), total=_number(COUNTED_UP_TO)
    )


def more_text(group: FoundKind) -> str:
    more = (
        _number(group.more)
        if group.counted_all
        else translate("Search", "{count}+").format(count=group.more)
    )
    return translate("Search", "Show more {kind} ({count} more)…").format(
        kind=in_sentence(heading(group.kind)), count=more
    )


def _when(value: dt.datetime | dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        return date_time(value)
    return short_date(value) if value is not None else ""


def hit_text(hit: Found) -> str:
    """A hit in one line: what it is called, then when and where."""
    parts = (say(hit.title), _when(hit.when), say(hit.detail))
    return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class _Row:
    """One row, its words made once (the view asks for them often)."""

    group: FoundKind
    text: str
    spoken: str
    hit: Found | None = None
    more: bool = False

    @property
    def heading(self) -> bool:
        return self.hit is None and not self.more


def _rows(group: FoundKind) -> list[_Row]:
    kind = heading(group.kind)
    count = count_text(group)
    made = [
        _Row(
            group,
            f"{kind} ({count})",
            translate("Search", "{kind}: {count}").format(kind=kind, count=count),
        )
    ]
    for hit in group.hits:
        text = hit_text(hit)
        spoken = translate("Search", "{kind}: {hit}").format(kind=kind, hit=text)
        made.append(_Row(group, text, spoken, hit))
    if group.more > 0:
        more = more_text(group)
        made.append(_Row(group, more, more, more=True))
    return made


class ResultsModel(QAbstractListModel):
    """The rows of one search's results; headings are not selectable, so the arrow keys
    move from hit to hit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.results = Results("")
        self._bold = QFont()
        self._bold.setBold(True)

    def set_results(self, results: Results) -> None:
        self.beginResetModel()
        self.results = results
        self._rows = [row for group in results.groups for row in _rows(group)]
        self.endResetModel()

    def first_choice(self) -> QModelIndex:
        """The first row that can be chosen (a hit), or an invalid index."""
        for row, shown in enumerate(self._rows):
            if shown.hit is not None:
                return self.index(row, 0)
        return QModelIndex()

    def widest(self, plain: QFontMetrics) -> int:
        """The width of the longest row in pixels (headings in bold)."""
        bold = QFontMetrics(self._bold)
        return max(
            ((bold if row.heading else plain).horizontalAdvance(row.text) for row in self._rows),
            default=0,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].heading:
            return Qt.ItemFlag.NoItemFlags  # skipped by the arrow keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        shown = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return shown.spoken
        if role == HIT_ROLE:
            return shown.hit
        if role == MORE_ROLE:
            return shown.group if shown.more else None
        if role == Qt.ItemDataRole.ToolTipRole and shown.hit is not None:
            return translate("Search", "{hit}\nEnter opens it.").format(hit=shown.text)
        if shown.heading and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if shown.heading and role == Qt.ItemDataRole.ForegroundRole:
            # In the text's own colour, not greyed like a disabled row.
            return QApplication.palette().brush(QPalette.ColorRole.WindowText)
        return None
