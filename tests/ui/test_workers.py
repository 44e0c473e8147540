"""Work off the window's thread: its outcome arrives as a signal, and an unforeseen error is
said in the program's words (where it happened is noted in the private log)."""

from __future__ import annotations

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
