"""Reading the plan for a view, and showing what was read.

A view's refresh is two parts: a read (a plain function of the plan; it touches no widget)
and a show (on the window's thread). On a plan file on this computer the read runs at once:
it is quick, and whatever follows a refresh may count on what it shows. On a shared plan
every read may wait on the network, so it runs on the thread pool and is shown when it
arrives: a slow server never freezes the window. A newer read supersedes one still on its
way (the older outcome is dropped), and a read that fails leaves what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from planner.domain.errors import PlannerError
from planner.services.plan import Plan, ServerGone
from planner.ui import labels
from planner.ui.labels import translate
from planner.ui.workers import Job, unexpected

T = TypeVar("T")

NOTE_AFTER_MS = 200
"""A read on its way this long says so ("Loading…"); a quicker one shows no note at all."""
SAID_FOR_MS = 8000
"""How long a note stays in the window's status bar."""


def loading_text() -> str:
    return translate("Loading", "Loading…")


def say(widget: QWidget, text: str) -> None:
    """A short note in the status bar of ``widget``'s window (for eight seconds): what an
    action did, or why a read or an action did nothing."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SAID_FOR_MS)


def failure_text(error: PlannerError) -> str:
    """What the window says of a read that failed: the server away, or the error's words."""
    if isinstance(error, ServerGone):
        return translate(
            "Loading",
            "The shared plan's server cannot be reached just now; what is shown is the plan "
            "as last read.",
        )
    return labels.say(error.message)


@dataclass(frozen=True)
class _Outcome:
    """What a read on the thread pool brought back: a value, or why there is none."""

    generation: int
    value: Any = None
    error: PlannerError | None = None
    unexpected: str = ""
    """What the window says of an error nobody foresaw (noted in the private log)."""

    @property
    def failure(self) -> str | None:
        if self.error is not None:
            return failure_text(self.error)
        return self.unexpected or None


def _attempt(generation: int, read: Callable[[], object]) -> _Outcome:
    # On the pool's thread: whatever happens comes back as data, never as an exception.
    try:
        return _Outcome(generation, read())
    except PlannerError as error:
        return _Outcome(generation, error=error)
    except Exception as error:  # the window must survive any failure of a read
        return _Outcome(generation, unexpected=unexpected(error))


class Loader(QObject):
    """Runs a view's reads: at once on a plan file, on the thread pool on a shared plan.

    Signals:
        waiting_changed(bool): a read has been on its way long enough to say so (True), or
            the newest one's outcome arrived (False).
        failed(str): the newest read failed (the message is for the user); what the view
            shows stays as it was.
    """

    waiting_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.in_background = plan.shared
        self._generation = 0
        self._show: Callable[[Any], object] | None = None
        self._job: Job | None = None
        self._after: list[Callable[[], object]] = []
        self._said_waiting = False
        self._note = QTimer(self)
        self._note.setSingleShot(True)
        self._note.setInterval(NOTE_AFTER_MS)
        self._note.timeout.connect(self._say_waiting)

    @property
    def loading(self) -> bool:
        """A read is on its way (only ever on a shared plan)."""
        return self._show is not None

    def load(self, read: Callable[[], T], show: Callable[[T], object]) -> None:
        """Run ``read`` and hand what it returns to ``show``; ``read`` may run on another
        thread, so it must touch no widget (take what it needs from them beforehand)."""
        self._generation += 1
        if not self.in_background:
            try:
                value = read()
            except PlannerError as error:
                self.failed.emit(failure_text(error))
                return
            show(value)
            return
        generation = self._generation
        self._show = show
        # Not a child of this object: the view may go while the read still ends.
        self._job = Job(lambda _progress, _cancelled: _attempt(generation, read))
        self._job.succeeded.connect(self._arrived)
        if not self._said_waiting:
            self._note.start()
        self._job.start()

    def after_load(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the read on its way is shown (at once when none is): e.g.
        select a row of what it brings."""
        if self.loading:
            self._after.append(action)
        else:
            action()

    @Slot(object)
    def _arrived(self, outcome: _Outcome) -> None:
        if outcome.generation != self._generation or self._show is None:
            return  # a newer read is on its way; this one's outcome is out of date
        show, self._show = self._show, None
        self._note.stop()
        if self._said_waiting:
            self._said_waiting = False
            self.waiting_changed.emit(False)
        failure = outcome.failure
        if failure is None:
            show(outcome.value)
        else:
            self.failed.emit(failure)
        # An action may start another read: the rest then wait for that one.
        while self._after and not self.loading:
            self._after.pop(0)()

    @Slot()
    def _say_waiting(self) -> None:
        if self.loading:
            self._said_waiting = True
            self.waiting_changed.emit(True)
