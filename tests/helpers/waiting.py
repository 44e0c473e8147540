"""Waiting for the event loop, for test helpers that have no ``qtbot`` at hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtTest import QTest


def wait_until(condition: Callable[[], object], what: str, timeout_ms: int = 5000) -> None:
    """Process events until ``condition()`` holds, as ``qtbot.wait_until`` does; fail with
    ``what`` once ``timeout_ms`` have passed."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        assert not deadline.hasExpired(), what
        QTest.qWait(10)
