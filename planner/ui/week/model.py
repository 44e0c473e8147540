"""The week as one list: per day a heading, a hard-day note, and its items (or "nothing")."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)

from planner.domain.doses import DoseState
from planner.domain.messages import Message
from planner.domain.week import Day, ItemType, Week, WeekItem
from planner.ui.areas import area_title
from planner.ui.labels import item_type, long_date, say, time_of_day, translate

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`WeekRow` itself."""
READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
"""A row's flags: chosen, never edited, dragged or dropped on."""


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
    return _Words().item(item)[0]


def _utf16_length(text: str) -> int:
    """Qt counts text positions in UTF-16 code units."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class _Words:
    """The words of one week's rows, each looked up once: a week has some 250 items, most
    at the same few times, of the same few kinds and dose states."""

    def __init__(self) -> None:
        self.types = {kind: item_type(kind) for kind in ItemType}
        self.leads = {
            kind: (f"{name}: ", _utf16_length(f"{name}: ")) for kind, name in self.types.items()
        }
        """What starts each item's line ("Ride: "), and its length in UTF-16 units."""
        self.spoken = translate("Week", "{time}, {type}: {title}")
        self._times: dict[tuple[int, int], str] = {}
        self._states: dict[str, str] = {}
        self._said: dict[object, str] = {}
        self._by_id: dict[int, str] = {}

    def time(self, moment: dt.datetime) -> str:
        key = (moment.hour, moment.minute)
        said = self._times.get(key)
        if said is None:
            said = self._times[key] = time_of_day(moment)
        return said

    def state(self, item: WeekItem) -> str:
        if item.type is not ItemType.DOSE:
            return ""
        said = self._states.get(item.status)
        if said is None:
            said = self._states[item.status] = dose_state(item)
        return said

    def say(self, text: Message | str) -> str:
        """A message in the user's language; the user's own words as they are. A message
        said before in this week is not rendered again (a week repeats many)."""
        if type(text) is str:
            return text
        said = self._by_id.get(id(text))
        if said is not None:
            return said
        said = self._by_id[id(text)] = self._say(text)
        return said

    def _say(self, text: Message | str) -> str:
        key = _message_key(text)
        if key is None:
            return say(text)
        said = self._said.get(key)
        if said is None:
            said = self._said[key] = say(text)
        return said

    def item(self, item: WeekItem) -> tuple[str, str, tuple[int, int], str]:
        """The item as read aloud, as shown (without its time, drawn in a column of its
        own), the part shown in bold (its title: start and length in UTF-16 units), and
        its time. Each message is said once for both."""
        title, detail, state = self.say(item.title), self.say(item.detail), self.state(item)
        lead, lead_length = self.leads[item.type]
        when = self.time(item.start)
        aloud = self.spoken.format(time=when, type=self.types[item.type], title=title)
        shown = lead + title
        if detail:
            aloud += ". " + detail
            shown += " \N{EN DASH} " + detail
        if state:
            aloud += ". " + state
            shown += " \N{MIDDLE DOT} " + state
        return aloud, shown, (lead_length, _utf16_length(title)), when


def _message_key(text: Message | str) -> object:
    """What a message says, as a key: its context, template and values (each value with
    its type, nested messages by their own key); ``None`` when a value cannot be a key."""
    if not isinstance(text, Message):
        return (type(text), text)
    values = []
    for name, value in text.values.items():
        if isinstance(value, Message):
            value = _message_key(value)
            if value is None:
                return None
        elif not isinstance(value, str | int | float | dt.date | dt.time | type(None)):
            return None  # lists and the like: said afresh
        values.append((name, type(value), value))
    return (text.context, text.text, tuple(sorted(values, key=lambda v: v[0])))


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


class WeekRow(NamedTuple):
    """One row: what it shows, of which day, and where it sits in the day's card (a named
    tuple: a crowded week makes some 270 at each switch, and a frozen dataclass costs
    several times as much to make)."""

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
    shown: str = ""
    """What the row shows (an item without its time, drawn apart); its text when empty."""
    bold: tuple[int, int] = (0, 0)
    """The part of :attr:`shown` in bold: its start and length in UTF-16 code units."""
    when: str = ""
    """An item's time, as its column shows it."""


def week_rows(week: Week, today: dt.date) -> tuple[WeekRow, ...]:
    rows: list[WeekRow] = []
    words = _Words()
    nothing = translate("Week", "Nothing planned.")
    for day in week.days:
        is_today = day.date == today
        title = day_title(day, today)
        parts: list[tuple[RowKind, str, WeekItem | None, str, tuple[int, int], str]] = [
            (RowKind.HEADING, title, None, title, (0, _utf16_length(title)), "")
        ]
        if day.is_hard:
            text = hard_day_text(day)
            parts.append((RowKind.HARD_DAY, text, None, text, (0, 0), ""))
        for item in day.items:
            aloud, shown, bold, when = words.item(item)
            parts.append((RowKind.ITEM, aloud, item, shown, bold, when))
        if not day.items:
            parts.append((RowKind.NOTHING, nothing, None, nothing, (0, 0), ""))
        if day.infection_risk:  # last, as the diary's evening: the temperature is taken then
            text = risk_text(day)
            parts.append((RowKind.RISK, text, None, text, (0, 0), ""))
        last = len(parts) - 1
        for n, (kind, text, shown_item, shown, bold, when) in enumerate(parts):
            rows.append(
                WeekRow(kind, day, text, shown_item, n == 0, n == last, is_today, shown, bold, when)
            )
    return tuple(rows)


class WeekModel(QStringListModel):
    """Every day of a week, row after row, in the order a person reads a diary.

    A heading row also carries, as its accessible description, the whole day in words.

    The rows' texts are held by Qt as a list of strings (read-only here): the view asks
    the model how many rows it has some 500 times a week switch, and Qt answers that
    itself, where a model written in Python is called across from C++ for each (the
    rows themselves, :class:`WeekRow`, stay on this side).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WeekRow, ...] = ()

    def set_week(self, week: Week, today: dt.date, rows: tuple[WeekRow, ...] | None = None) -> bool:
        """Show ``week`` (``rows``: its :func:`week_rows`, when worked out beforehand);
        ``False`` (and no reset) when it shows just what it did."""
        if rows is None:
            rows = week_rows(week, today)
        if rows == self._rows:
            return False
        self._rows = rows
        self.setStringList([row.text for row in rows])  # a reset of the model
        return True

    def row(self, row: int) -> WeekRow:
        return self._rows[row]

    def rows(self) -> tuple[WeekRow, ...]:
        return self._rows

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the week is read from the plan; a row is not edited in place

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
