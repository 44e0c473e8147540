"""Reminders in the window: a bar above the pages, a tray message, and a timer that asks.

The timer wakes once a minute, on the minute (a coarse timer, nothing busy in between),
asks the plan for the reminders due, and shows each new one: in the bar until dismissed,
and as a tray message when the desktop has a system tray. A reminder is shown once: its
key is kept in the user's settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.reminders import Reminder
from planner.services.plan import Plan
from planner.services.reminders import reminders_due
from planner.ui import settings
from planner.ui.labels import tr

SHOWN = "reminders/shown"
"""The settings key holding the keys of the reminders already shown."""
REMEMBERED = 500
"""How many shown keys are kept (the oldest are forgotten; they are long past)."""
MINUTE_MS = 60_000


class ReminderBar(QFrame):
    """Shows the reminders not yet dismissed, one at a time, with Open and Dismiss.

    Signals:
        open_requested(Reminder): the user wants to act on the reminder (its ``fix``).
    """

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setAccessibleName(tr("Reminders"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._waiting: list[Reminder] = []
        self.icon = icon = QLabel(self)
        icon.setObjectName("reminderIcon")
        icon.setAccessibleName(tr("Reminder"))
        self._size_icon()
        self.title = QLabel(self)
        self.title.setObjectName("reminderTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.more = QLabel(self)
        self.more.setObjectName("reminderCount")
        self.open_button = QPushButton(tr("&Open"), self)
        self.open_button.setObjectName("reminderOpen")
        self.open_button.setAccessibleName(tr("Open what the reminder is about"))
        self.dismiss_button = QPushButton(tr("&Dismiss"), self)
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.setAccessibleName(tr("Dismiss reminder"))
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.more)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        row.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def _size_icon(self) -> None:
        size = self.fontMetrics().height() * 2  # grows with the text size
        self.icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(size, size)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_icon()

    def add(self, reminder: Reminder) -> None:
        if all(waiting.key != reminder.key for waiting in self._waiting):
            self._waiting.append(reminder)
            self._show_first()

    def current(self) -> Reminder | None:
        return self._waiting[0] if self._waiting else None

    def waiting(self) -> list[Reminder]:
        return list(self._waiting)

    @Slot()
    def dismiss(self) -> None:
        """Put the reminder shown away and show the next, if any."""
        if self._waiting:
            self._waiting.pop(0)
        self._show_first()

    @Slot()
    def _open(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.dismiss()
            self.open_requested.emit(reminder)

    def _show_first(self) -> None:
        reminder = self.current()
        if reminder is None:
            self.hide()
            return
        self.title.setText(reminder.title)
        self.text.setText(reminder.text)
        self.open_button.setText(tr("&{action}").format(action=reminder.fix.action))
        for button, name in (
            (self.open_button, reminder.fix.action),
            (self.dismiss_button, tr("Dismiss reminder")),
        ):
            button.setAccessibleName(name)
        later = len(self._waiting) - 1
        self.more.setVisible(later > 0)
        self.more.setText(tr("{count} more after this one").format(count=later))
        self.setAccessibleDescription(f"{reminder.title}. {reminder.text}")
        self.show()


class ReminderClock(QObject):
    """Asks the plan each minute for due reminders and shows the new ones.

    ``now`` gives the current time (for tests); ``tray`` is used when given, otherwise one
    is made if the desktop has a system tray.
    """

    def __init__(
        self,
        plan: Plan,
        bar: ReminderBar,
        *,
        now: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._bar = bar
        self._now = now or plan.clock.now
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(
                QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                self,
            )
            self.tray.setToolTip(tr("Care Planner"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.check)

    def start(self, after_ms: int = 0) -> None:
        """Check after ``after_ms`` (at once by default), then on every minute.

        The clock's own timer waits, so nothing is left to fire once the clock is gone.
        """
        if after_ms > 0:
            self.timer.start(after_ms)
        else:
            self.check()

    @Slot()
    def check(self) -> list[Reminder]:
        """Show the reminders due and not yet shown; returns them."""
        now = self._now()
        try:
            due = reminders_due(self._plan, now)
        except PlannerError:
            due = []  # the plan cannot be read this minute; the next check tries again
        stored = settings.settings()
        shown = [str(key) for key in _as_list(stored.value(SHOWN))]
        new = [reminder for reminder in due if reminder.key not in shown]
        for reminder in new:
            self._bar.add(reminder)
            if self.tray is not None:
                self.tray.showMessage(
                    reminder.title, reminder.text, QSystemTrayIcon.MessageIcon.Information
                )
        if new:
            stored.setValue(SHOWN, (shown + [r.key for r in new])[-REMEMBERED:])
        # Wake on the next full minute (plus a moment, so the minute has surely begun).
        into_minute = now.second * 1000 + now.microsecond // 1000
        self.timer.start(MINUTE_MS - into_minute + 50)
        return new


def _as_list(value: object) -> list[object]:
    """QSettings hands back one string for a one-item list, and None for none."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]
