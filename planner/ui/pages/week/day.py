"""One day of the week: its date, whether it is today or a hard day, and its items."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.domain.week import Day, WeekItem
from planner.ui.labels import item_type, long_date, time_of_day, tr


def item_text(item: WeekItem) -> str:
    """The item in one line, as a screen reader reads it."""
    text = tr("{time}, {type}: {title}").format(
        time=time_of_day(item.start), type=item_type(item.type), title=item.title
    )
    return f"{text}. {item.detail}" if item.detail else text


def hard_day_text(day: Day) -> str:
    return tr("Hard day (after {appointments})").format(appointments=", ".join(day.hard_because))


class DayView(QFrame):
    """Shows one :class:`Day`; marks today and hard days in words, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("dayTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.hard_day = QLabel(self)
        self.hard_day.setObjectName("hardDay")
        self.hard_day.setWordWrap(True)
        self.items = QWidget(self)
        self.items.setObjectName("dayItems")
        self.grid = QGridLayout(self.items)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hard_day)
        layout.addWidget(self.items)
        self.day: Day | None = None

    def show_day(self, day: Day, today: dt.date) -> None:
        self.day = day
        is_today = day.date == today
        self.setProperty("today", is_today)
        self.setProperty("hard", day.is_hard)
        date = long_date(day.date)
        if is_today:
            date = tr("Today, {date}").format(date=date)
        self.title.setText(f"<b>{html.escape(date)}</b>")
        self.hard_day.setText(hard_day_text(day))
        self.hard_day.setVisible(day.is_hard)
        self._show_items(day)
        spoken = [date]
        if day.is_hard:
            spoken.append(hard_day_text(day))
        spoken += [item_text(item) for item in day.items] or [tr("Nothing planned")]
        self.setAccessibleName(date)
        self.setAccessibleDescription(". ".join(spoken))
        # Property-based style rules apply only after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)

    def _show_items(self, day: Day) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        if not day.items:
            empty = QLabel(tr("Nothing planned."), self.items)
            empty.setObjectName("nothingPlanned")
            self.grid.addWidget(empty, 0, 0, 1, 2)
            return
        for row, item in enumerate(day.items):
            time = QLabel(time_of_day(item.start), self.items)
            time.setObjectName("itemTime")
            what = QLabel(self.items)
            what.setObjectName("itemText")
            what.setTextFormat(Qt.TextFormat.RichText)
            what.setWordWrap(True)
            detail = f" \N{EN DASH} {html.escape(item.detail)}" if item.detail else ""
            what.setText(
                f"{html.escape(item_type(item.type))}: <b>{html.escape(item.title)}</b>{detail}"
            )
            what.setAccessibleName(item_text(item))
            for column, label in enumerate((time, what)):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(label, row, column)
