"""Work off the window's thread: its outcome arrives as a signal, and an unforeseen error is
said in the program's words (where it happened is noted in the private log)."""

from __future__ import annotations

import sys
import threading

import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from planner.domain.errors import PlannerError
from planner.ui.workers import Job


def test_a_result_arrives_on_the_window_s_thread(qtbot: QtBot) -> None:
    def answer(progress: object, _cancelled: object) -> int:
        progress(1, 1)  # type: ignore[operator]
        return 42

    job = Job(answer)  # type: ignore[arg-type]
    with qtbot.wait_signal(job.succeeded) as succeeded:
        job.start()
    assert succeeded.args == [42]


def test_a_refusal_is_said_as_it_is(qtbot: QtBot) -> None:
    def refuse(_progress: object, _cancelled: object) -> None:
        raise PlannerError("That file is not a calendar.")

    job = Job(refuse)  # type: ignore[arg-type]
    with qtbot.wait_signal(job.failed) as failed:
        job.start()
    assert failed.args == ["That file is not a calendar."]


def test_an_unforeseen_error_is_said_calmly_without_its_words(qtbot: QtBot) -> None:
    def break_down(_progress: object, _cancelled: object) -> None:
        raise KeyError("MARKER-secret-phone-0123")

    job = Job(break_down)  # type: ignore[arg-type]
    with qtbot.wait_signal(job.failed) as failed:
        job.start()
    (message,) = failed.args
    assert message.startswith("The work stopped unexpectedly; nothing more was done.")
    assert "MARKER" not in message and "KeyError" not in message


def test_work_whose_owner_went_meanwhile_ends_quietly(qtbot: QtBot) -> None:
    """A window closed (or the program ending) while its work runs deletes the job: the
    work's end is then heard by nobody, and says nothing on the terminal."""
    owner = QObject()
    may_end = threading.Event()
    failures: list[BaseException] = []

    def wait_for_the_owner(_progress: object, _cancelled: object) -> int:
        may_end.wait(timeout=30)
        return 1

    job = Job(wait_for_the_owner, owner)  # type: ignore[arg-type]
    pool = QThreadPool()
    previous = sys.excepthook  # where PySide6 says what a thread's override raised
    sys.excepthook = lambda kind, value, traceback: failures.append(value)
    try:
        job.start(pool)
        del owner  # its C++ object goes, and the job with it
        assert not shiboken6.isValid(job)
        may_end.set()
        assert pool.waitForDone(30_000)
    finally:
        sys.excepthook = previous
    assert failures == []
