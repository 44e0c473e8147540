"""An unexpected error in the window: a calm message, a note of where in the private log,
and the window goes on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.services import errorlog
from planner.ui.app import calm_errors
from planner.ui.mainwindow import MainWindow


def test_an_unexpected_error_is_said_calmly_and_noted_without_its_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    try:
        raise KeyError("MARKER Maria's phone 07700 900123")
    except KeyError:
        kind, error, trace = sys.exc_info()
    assert kind is not None and error is not None

    calm_errors(window)(kind, error, trace)

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert "Something went wrong" in box.text() and "MARKER" not in box.text()
    assert "KeyError" not in box.text() and str(errorlog.log_path()) in box.text()
    log = errorlog.log_path().read_text()
    assert "KeyError" in log and "MARKER" not in log
    with qtbot.waitSignal(box.finished):
        box.accept()
    assert window.isVisible()  # the window goes on
