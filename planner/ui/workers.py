"""Slow work (reading a big file, writing many files) off the window's thread, with progress
and cancel.

The work is a plain function ``work(progress, cancelled)``: it reports with
``progress(done, whole)``, looks at ``cancelled()`` between steps, and never touches a
widget. Its outcome reaches the window as a signal, on the window's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from planner.domain.errors import PlannerError
from planner.ui.labels import say, translate

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """One piece of work run on the thread pool.

    Signals:
        progressed(int, int): done so far, and the whole.
        succeeded(object): the work's result.
        failed(str): the work refused; the message is for the user.
        cancelled(): the work stopped because :meth:`cancel` was called.
        ended(): after any of the three above.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next step; ``cancelled`` follows."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _run(self) -> None:
        # On the pool's thread: only signals leave it (Qt queues them to the window's).
        try:
            result = self._work(self.progressed.emit, self.is_cancelled)
        except PlannerError as error:
            outcome: tuple[SignalInstance, tuple[Any, ...]] = (self.failed, (say(error.message),))
        except Exception as error:  # the window must survive any failure of the work
            if self.is_cancelled():
                outcome = (self.cancelled, ())
            else:
                outcome = (self.failed, (unexpected(error),))
        else:
            outcome = (self.cancelled, ()) if self.is_cancelled() else (self.succeeded, (result,))
        self._running = False
        signal, arguments = outcome
        try:
            signal.emit(*arguments)
            self.ended.emit()
        except RuntimeError:
            if shiboken6.isValid(self):
                raise
            # The job went with its owner (a window closed, the program ending) while the
            # work ran: nobody is left to hear how it ended.


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def unexpected(error: BaseException) -> str:
    """What the window says of an error nobody foresaw: calmly, in its own words, with
    where it happened noted in the private log (never what it was about)."""
    from planner.services import errorlog

    text = translate("Workers", "The work stopped unexpectedly; nothing more was done.")
    where = errorlog.record(error)
    if where is not None:
        text += " " + translate("Workers", "Where it happened is noted in {path}.").format(
            path=where
        )
    return text
