"""Reminders in the window: a bar above the pages, a tray message, and a timer that asks.

The timer wakes once a minute, on the minute (a coarse timer, nothing busy in between),
asks the plan for the reminders due, and shows each new one: in the bar until dismissed,
and as a tray message when the desktop has a system tray. A reminder is shown once: its
key is kept in the user's settings.

The time of each look is kept there too. A look that comes long after the last one (the
program was not running, or the computer slept) also asks for what fell due in between,
and shows it under "While you were away".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminders import Reminder
from planner.services.plan import Plan
from planner.services.reminders import reminder_names, reminders_due, reminders_due_since
from planner.ui import settings
from planner.ui.labels import date_time, time_of_day, tr
from planner.ui.loading import Loader

SHOWN = "reminders/shown"
"""The settings key holding the reminders already shown (their one-way names, see
services.reminders.reminder_names: the file never says which appointment they were about)."""
REMEMBERED = 500
"""How many shown keys are kept (the oldest are forgotten; they are long past)."""
LAST_CHECKED = "reminders/lastChecked"
"""The settings key holding when reminders were last looked for (the plan's wall time)."""
AWAY_AFTER = dt.timedelta(minutes=2)
"""A look this long after the last one means nothing looked in between; a reminder that
fell due this long before it is shown is shown under "While you were away"."""
MINUTE_MS = 60_000

Notify = Callable[[str, str], None]
"""Shows a title and a text outside the window (the tray's message)."""
Due = tuple[list[Reminder], list[Reminder], Callable[[str], str]]
"""The reminders due now, those that fell due since the last look, and how their keys are
kept (see services.reminders.reminder_names)."""


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
        self._headings: dict[str, str] = {}
        self.icon = icon = QLabel(self)
        icon.setObjectName("reminderIcon")
        icon.setAccessibleName(tr("Reminder"))
        self._size_icon()
        self.heading = QLabel(self)
        self.heading.setObjectName("reminderHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.hide()
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
        words.addWidget(self.heading)
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

    def add(self, reminder: Reminder, *, heading: str = "") -> None:
        """Queue ``reminder``, under ``heading`` when given ("While you were away ...")."""
        if all(waiting.key != reminder.key for waiting in self._waiting):
            self._waiting.append(reminder)
            if heading:
                self._headings[reminder.key] = heading
            self._show_first()

    def current(self) -> Reminder | None:
        return self._waiting[0] if self._waiting else None

    def waiting(self) -> list[Reminder]:
        return list(self._waiting)

    @Slot()
    def dismiss(self) -> None:
        """Put the reminder shown away and show the next, if any."""
        if self._waiting:
            self._headings.pop(self._waiting.pop(0).key, None)
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
        heading = self._headings.get(reminder.key, "")
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
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
        said = [heading, reminder.title, reminder.text]
        self.setAccessibleDescription(". ".join(part for part in said if part))
        self.show()


class ReminderClock(QObject):
    """Asks the plan each minute for due reminders and shows the new ones.

    ``now`` gives the current time (for tests); ``notify`` shows a reminder outside the
    window too (the tray's message), when given.
    """

    def __init__(
        self,
        plan: Plan,
        bar: ReminderBar,
        *,
        now: Callable[[], dt.datetime] | None = None,
        notify: Notify | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._name: Callable[[str], str] | None = None
        self._bar = bar
        self._now = now or plan.clock.now
        self._notify = notify
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.check)
        # On a shared plan the reminders are read off the window's thread.
        self._loader = Loader(plan, self)
        self._loader.failed.connect(self._unreadable)

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
        """Show the reminders due and not yet shown, those that fell due since the last look
        first; returns them (none on a shared plan: they show once read, off the window's
        thread)."""
        now, plan, named = self._now(), self._plan, self._name
        last = _as_time(settings.settings().value(LAST_CHECKED))

        def read() -> Due:
            due = reminders_due(plan, now)
            missed = []
            if last is not None and now - last > AWAY_AFTER:
                missed = reminders_due_since(plan, last, now)
            return due, missed, named or reminder_names(plan)

        shown: list[Reminder] = []  # filled at once on a plan file
        self._loader.load(read, lambda found: shown.extend(self._show_due(now, found)))
        return shown

    @Slot(str)
    def _unreadable(self, _reason: str) -> None:
        # The plan cannot be read this minute; the next look tries again, from the same last
        # look, so nothing that falls due meanwhile is missed.
        self._wait_for_next_minute(self._now())

    def _show_due(self, now: dt.datetime, found: Due) -> list[Reminder]:
        due, missed, name = found
        self._name = name
        stored = settings.settings()
        shown = [str(key) for key in _as_list(stored.value(SHOWN))]
        new = {r.key: r for r in (*missed, *due) if name(r.key) not in shown}
        away = {r.key for r in missed if r.due <= now - AWAY_AFTER}
        ordered = sorted(new.values(), key=lambda r: (r.key not in away, r.due, r.key))
        for reminder in ordered:
            heading = away_heading(reminder.due, now) if reminder.key in away else ""
            self._bar.add(reminder, heading=heading)
        self._tell(ordered, away)
        if new:
            stored.setValue(SHOWN, (shown + [name(r.key) for r in ordered])[-REMEMBERED:])
        stored.setValue(LAST_CHECKED, now.isoformat(timespec="seconds"))
        self._wait_for_next_minute(now)
        return ordered

    def _tell(self, reminders: list[Reminder], away: set[str]) -> None:
        """The tray's messages: one for all that fell due while away, one per new one."""
        if self._notify is None:
            return
        missed = [r for r in reminders if r.key in away]
        if missed:
            self._notify(tr("While you were away"), "\n".join(r.title for r in missed))
        for reminder in reminders:
            if reminder.key not in away:
                self._notify(reminder.title, reminder.text)

    def _wait_for_next_minute(self, now: dt.datetime) -> None:
        # Wake on the next full minute (plus a moment, so the minute has surely begun).
        into_minute = now.second * 1000 + now.microsecond // 1000
        self.timer.start(MINUTE_MS - into_minute + 50)


def away_heading(due: dt.datetime, now: dt.datetime) -> str:
    """The heading of a reminder that fell due while the program was not running; the day
    is said relative to now, since the reminder's own words ("Tomorrow: ...") are."""
    when = time_of_day(due)
    days = (now.date() - due.date()).days
    if days == 0:
        return tr("While you were away (due today at {time})").format(time=when)
    if days == 1:
        return tr("While you were away (due yesterday at {time})").format(time=when)
    return tr("While you were away (due {when})").format(when=date_time(due))


def _as_time(value: object) -> dt.datetime | None:
    """The stored time of the last look; ``None`` when there is none (or it is unreadable)."""
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None  # the plan's times carry no zone


def _as_list(value: object) -> list[object]:
    """QSettings hands back one string for a one-item list, and None for none."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]
