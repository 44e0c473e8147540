"""Waiting for a window's job (planner/ui/workers.py) that a call starts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from planner.ui.workers import Job


class Outcome(QObject):
    """What a job said, heard on the window's thread (after the window's own slots)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[object] = []
        self.ended = False

    @Slot(object)
    def succeeded(self, found: object) -> None:
        self.found.append(found)

    @Slot()
    def end(self) -> None:
        self.ended = True


def ended_job(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, starts: Callable[[], object]
) -> Outcome:
    """Call ``starts`` (which starts a job) and wait until the job ended, listening from
    before it starts: a quick job can end before a wait for its signal could begin."""
    outcome = Outcome()
    start = Job.start

    def listened(job: Job, pool: object = None) -> None:
        job.succeeded.connect(outcome.succeeded)
        job.ended.connect(outcome.end)
        start(job, pool)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(Job, "start", listened)
        starts()
    qtbot.wait_until(lambda: outcome.ended, timeout=10_000)
    return outcome
