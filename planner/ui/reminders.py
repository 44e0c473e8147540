"""Reminders in the window: a bar above the pages, a tray message, and a timer that asks.

The timer wakes once a minute, on the minute (a coarse timer, nothing busy in between),
asks the plan for the reminders due, and shows each new one: in the bar until dismissed,
and as a tray message when the desktop has a system tray. A reminder is shown once: its
key is kept in the user's settings.

The time of each look is kept there too. A look that comes long after the last one (the
program was not running, or the computer slept) also asks for what fell due in between,
and shows it under "While you were away".

A dose's reminder is answered in the bar itself: Taken, Skipped… (with a reason) or Later.
It comes back every few minutes, a few times, until answered (services.reminders asks the
dose rules); each time it is a new reminder, shown again in place of the one before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.doses import Answer
from planner.domain.errors import PlannerError
from planner.domain.reminders import Reminder
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.reminders import reminder_names, reminders_due, reminders_due_since
from planner.ui import settings
from planner.ui.labels import date_time, say, time_of_day, translate
from planner.ui.loading import Loader
from planner.ui.operations import Operations, Refused
from planner.ui.widgets.field_message import FieldMessage

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

_MINUTE = r"(\d{4}-\d\d-\d\dT\d\d:\d\d)"
_DOSE_KEY = re.compile(rf"^dose:(\d+):{_MINUTE}:{_MINUTE}$")
"""A dose's reminder key (domain.doses.DoseReminder.key): its medicine, its dose's time,
and the time of this round of the reminder."""


@dataclass(frozen=True)
class DoseRound:
    """The dose a reminder asks about, and when this round of asking came."""

    medicine_id: int
    due: dt.datetime
    at: dt.datetime

    @property
    def dose(self) -> tuple[int, dt.datetime]:
        return self.medicine_id, self.due


def dose_of(reminder: Reminder) -> DoseRound | None:
    """The dose ``reminder`` asks about; ``None`` for any other reminder."""
    found = _DOSE_KEY.match(reminder.key)
    if found is None:
        return None
    medicine, due, at = found.groups()
    return DoseRound(int(medicine), dt.datetime.fromisoformat(due), dt.datetime.fromisoformat(at))


@dataclass(frozen=True)
class DoseAnswer:
    """What the user said in the bar about a dose (``reason``: why it was skipped)."""

    reminder: Reminder
    medicine_id: int
    due: dt.datetime
    answer: Answer
    reason: str = ""


class ReminderBar(QFrame):
    """Shows the reminders not yet dismissed, one at a time, with Open and Dismiss; a
    dose's reminder also with Taken, Skipped… (asking why) and Later.

    Signals:
        open_requested(Reminder): the user wants to act on the reminder (its ``fix``).
        dose_answered(DoseAnswer): the user answered a dose's reminder; whoever saves it
            calls :meth:`answer_saved` or :meth:`answer_refused`.
    """

    open_requested = Signal(object)
    dose_answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setAccessibleName(translate("Reminders", "Reminders"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._waiting: list[Reminder] = []
        self._headings: dict[str, str] = {}
        self.icon = icon = QLabel(self)
        icon.setObjectName("reminderIcon")
        icon.setAccessibleName(translate("Reminders", "Reminder"))
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
        self.doses = self._dose_buttons()
        self.skip_row = self._skip_row()
        self.problem = QLabel(self)
        self.problem.setObjectName("reminderProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.open_button = QPushButton(translate("Reminders", "&Open"), self)
        self.open_button.setObjectName("reminderOpen")
        self.open_button.setAccessibleName(
            translate("Reminders", "Open what the reminder is about")
        )
        self.dismiss_button = QPushButton(translate("Reminders", "&Dismiss"), self)
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.setAccessibleName(translate("Reminders", "Dismiss reminder"))
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.doses)
        words.addWidget(self.skip_row)
        words.addWidget(self.problem)
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

    def _button(self, text: str, name: str, spoken: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(spoken)
        return button

    def _dose_buttons(self) -> QWidget:
        """Taken, Skipped… and Later, in a row under a dose's words."""
        row = QWidget(self)
        row.setObjectName("reminderDoseButtons")
        self.taken_button = self._button(
            translate("Reminders", "&Taken"), "reminderTaken", translate("Reminders", "Dose taken")
        )
        self.skipped_button = self._button(
            translate("Reminders", "&Skipped…"),
            "reminderSkipped",
            translate("Reminders", "Dose skipped (asks why)"),
        )
        self.later_button = self._button(
            translate("Reminders", "&Later"),
            "reminderLater",
            translate("Reminders", "Ask again later"),
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.taken_button, self.skipped_button, self.later_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.taken_button.clicked.connect(lambda: self._answer(Answer.TAKEN))
        self.skipped_button.clicked.connect(self._ask_reason)
        self.later_button.clicked.connect(lambda: self._answer(Answer.LATER))
        row.hide()
        return row

    def _skip_row(self) -> QWidget:
        """The reason a dose was skipped, asked for in the bar, with its message."""
        row = QWidget(self)
        row.setObjectName("reminderSkipRow")
        label = QLabel(translate("Reminders", "&Why was it skipped?"), row)
        self.skip_reason = QLineEdit(row)
        self.skip_reason.setObjectName("reminderSkipReason")
        self.skip_reason.setAccessibleName(translate("Reminders", "Why the dose was skipped"))
        self.skip_reason.setPlaceholderText(translate("Reminders", "e.g. felt sick, none left"))
        label.setBuddy(self.skip_reason)
        self.skip_save = self._button(
            translate("Reminders", "Save"),
            "reminderSkipSave",
            translate("Reminders", "Save: dose skipped"),
        )
        self.skip_cancel = self._button(
            translate("Reminders", "Cancel"), "reminderSkipCancel", translate("Reminders", "Cancel")
        )
        self.skip_message = FieldMessage(self.skip_reason, row)
        fields = QHBoxLayout()
        fields.addWidget(label)
        fields.addWidget(self.skip_reason, 1)
        fields.addWidget(self.skip_save)
        fields.addWidget(self.skip_cancel)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.skip_message)
        self.skip_message.clear_when_changed([self.skip_reason])
        self.skip_save.clicked.connect(self._save_skipped)
        self.skip_reason.returnPressed.connect(self._save_skipped)
        self.skip_cancel.clicked.connect(self._close_reason)
        row.hide()
        return row

    def set_may_answer(self, may: bool) -> None:
        """Doses can be answered here (not on a plan opened read-only)."""
        for button in (self.taken_button, self.skipped_button, self.later_button):
            button.setEnabled(may)

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
        """Queue ``reminder``, under ``heading`` when given ("While you were away ...").
        A dose's reminder asking again takes the place of its round before."""
        if any(waiting.key == reminder.key for waiting in self._waiting):
            return
        dose = dose_of(reminder)
        earlier = next(
            (
                n
                for n, waiting in enumerate(self._waiting)
                if dose is not None and (d := dose_of(waiting)) is not None and d.dose == dose.dose
            ),
            None,
        )
        if earlier is None:
            self._waiting.append(reminder)
        else:
            self._headings.pop(self._waiting[earlier].key, None)
            self._waiting[earlier] = reminder
        if heading:
            self._headings[reminder.key] = heading
        elif dose is not None and dose.at > dose.due:
            self._headings[reminder.key] = translate("Reminders", "Asked again: not answered yet")
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
        self._close_reason()
        self._show_first()

    # -- a dose's answer ------------------------------------------------------------------
    def _answer(self, answer: Answer, reason: str = "") -> None:
        reminder = self.current()
        dose = dose_of(reminder) if reminder is not None else None
        if reminder is None or dose is None:
            return
        self.dose_answered.emit(DoseAnswer(reminder, dose.medicine_id, dose.due, answer, reason))

    @Slot()
    def _ask_reason(self) -> None:
        self.skip_row.show()
        self.skip_message.clear()
        self.skip_reason.setFocus()

    @Slot()
    def _save_skipped(self) -> None:
        reason = self.skip_reason.text().strip()
        if not reason:
            self.skip_message.show_problem(
                translate("Reminders", "Say in a few words why the dose was skipped.")
            )
            return
        self._answer(Answer.SKIPPED, reason)

    @Slot()
    def _close_reason(self) -> None:
        self.skip_reason.clear()
        self.skip_message.clear()
        self.skip_row.hide()

    def answer_saved(self, answered: DoseAnswer) -> None:
        """The answer is saved: every round of that dose's reminder goes."""
        dose = (answered.medicine_id, answered.due)
        gone = [r for r in self._waiting if (d := dose_of(r)) is not None and d.dose == dose]
        for reminder in gone:
            self._waiting.remove(reminder)
            self._headings.pop(reminder.key, None)
        self._close_reason()
        self._show_first()

    def keep_doses(self, waiting: set[tuple[int, dt.datetime]]) -> None:
        """Let go of the reminders of doses no longer waiting for an answer (answered
        elsewhere, or missed by now: then a gap says so)."""
        gone = [r for r in self._waiting if (d := dose_of(r)) is not None and d.dose not in waiting]
        if not gone:
            return
        if self.current() in gone:
            self._close_reason()  # its reason was being asked for
        for reminder in gone:
            self._waiting.remove(reminder)
            self._headings.pop(reminder.key, None)
        self._show_first()

    def answer_refused(self, answered: DoseAnswer, reason: str) -> None:
        """The answer was not saved: say why, at the reason's field for a skipped dose."""
        if answered.answer is Answer.SKIPPED:
            self.skip_message.show_problem(reason)
        else:
            self.problem.setText("⚠ " + reason)
            self.problem.show()

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
        is_dose = dose_of(reminder) is not None
        self.doses.setVisible(is_dose)
        if not is_dose:
            self.skip_row.hide()
        self.problem.hide()
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        title, text, action = say(reminder.title), say(reminder.text), say(reminder.fix.action)
        self.title.setText(title)
        self.text.setText(text)
        self.open_button.setText(translate("Reminders", "&{action}").format(action=action))
        for button, name in (
            (self.open_button, action),
            (self.dismiss_button, translate("Reminders", "Dismiss reminder")),
        ):
            button.setAccessibleName(name)
        later = len(self._waiting) - 1
        self.more.setVisible(later > 0)
        self.more.setText(translate("Reminders", "{count} more after this one").format(count=later))
        said = [heading, title, text]
        self.setAccessibleDescription(". ".join(part for part in said if part))
        self.show()


class ReminderClock(QObject):
    """Asks the plan each minute for due reminders and shows the new ones, and saves the
    answers given to a dose's reminder in the bar.

    ``now`` gives the current time (for tests); ``notify`` shows a reminder outside the
    window too (the tray's message), when given. With ``operations``, an answer is saved
    as a step Edit > Undo takes back, and the window hears of the change; without, it is
    saved straight through the services.
    """

    def __init__(
        self,
        plan: Plan,
        bar: ReminderBar,
        *,
        now: Callable[[], dt.datetime] | None = None,
        notify: Notify | None = None,
        operations: Operations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._name: Callable[[str], str] | None = None
        self._bar = bar
        self._now = now or plan.clock.now
        self._notify = notify
        self._operations = operations
        bar.set_may_answer(not plan.read_only)
        bar.dose_answered.connect(self.save_answer)
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

    @Slot(object)
    def save_answer(self, answered: DoseAnswer) -> None:
        """Note the answer for the dose (one undoable step, given the operations)."""
        plan = self._plan

        def service() -> tuple[object, Changes]:
            from planner.services import medicines  # with the first answer, not at start

            return medicines.confirm(
                plan, answered.medicine_id, answered.due, answered.answer, answered.reason
            )

        outcome: object
        if self._operations is not None:
            outcome = self._operations.attempt_recorded(_step_name(answered), service)
        else:
            try:
                outcome = service()
            except PlannerError as error:
                outcome = Refused.because(error)
        if isinstance(outcome, Refused) and not outcome.saved:
            if outcome.reason:
                self._bar.answer_refused(answered, outcome.reason)
            return
        self._bar.answer_saved(answered)

    @Slot(str)
    def _unreadable(self, _reason: str) -> None:
        # The plan cannot be read this minute; the next look tries again, from the same last
        # look, so nothing that falls due meanwhile is missed.
        self._wait_for_next_minute(self._now())

    def _show_due(self, now: dt.datetime, found: Due) -> list[Reminder]:
        due, missed, name = found
        self._name = name
        self._bar.keep_doses({d.dose for r in (*missed, *due) if (d := dose_of(r)) is not None})
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
            self._notify(
                translate("Reminders", "While you were away"),
                "\n".join(say(r.title) for r in missed),
            )
        for reminder in reminders:
            if reminder.key not in away:
                self._notify(say(reminder.title), say(reminder.text))

    def _wait_for_next_minute(self, now: dt.datetime) -> None:
        # Wake on the next full minute (plus a moment, so the minute has surely begun).
        into_minute = now.second * 1000 + now.microsecond // 1000
        self.timer.start(MINUTE_MS - into_minute + 50)


def _step_name(answered: DoseAnswer) -> str:
    """The undo step's name, e.g. "Dose taken: Aciclovir 400 mg: 1 tablet, due at 08:00"."""
    names = {
        Answer.TAKEN: translate("Reminders", "Dose taken: {what}"),
        Answer.SKIPPED: translate("Reminders", "Dose skipped: {what}"),
        Answer.LATER: translate("Reminders", "Dose put off: {what}"),
    }
    return names[answered.answer].format(what=say(answered.reminder.text).rstrip("."))


def away_heading(due: dt.datetime, now: dt.datetime) -> str:
    """The heading of a reminder that fell due while the program was not running; the day
    is said relative to now, since the reminder's own words ("Tomorrow: ...") are."""
    when = time_of_day(due)
    days = (now.date() - due.date()).days
    if days == 0:
        return translate("Reminders", "While you were away (due today at {time})").format(time=when)
    if days == 1:
        return translate("Reminders", "While you were away (due yesterday at {time})").format(
            time=when
        )
    return translate("Reminders", "While you were away (due {when})").format(when=date_time(due))


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
