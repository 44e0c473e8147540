"""Guards against a Qt binding that would crash the program after a while."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_pythons_singletons_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 lost a reference to None on each void call; Python 3.11 then aborts."""
    label = QLabel()
    qtbot.addWidget(label)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("ride confirmed")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before_none - 50
    assert sys.getrefcount(True) >= before_true - 50
