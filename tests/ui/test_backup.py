"""File > Back up plan…: a copy where the user chose, reported in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.services.plan import Plan
from tests.ui.conftest import MakeWindow


def test_back_up_to_the_chosen_file(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path
) -> None:
    target = tmp_path / "copies" / "plan-copy.sqlite3"
    suggested: list[Path] = []

    def choose(parent: QWidget, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    window = make_window(demo_plan, choose_backup_file=choose)
    window.action_backup.trigger()
    assert target.is_file()
    assert target.stat().st_mode & 0o077 == 0  # private, like the plan
    assert suggested and suggested[0].suffix == ".sqlite3"
    assert str(target) in window.statusBar().currentMessage()


def test_cancelling_writes_nothing(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(demo_plan, choose_backup_file=lambda parent, suggestion: None)
    window.action_backup.trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.findChild(QMessageBox) is None


def test_a_folder_as_target_is_refused_with_a_warning(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(demo_plan, choose_backup_file=lambda parent, suggestion: tmp_path)
    window.action_backup.trigger()
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and "folder" in box.text()
    with qtbot.waitSignal(box.finished):
        box.accept()
    assert window.statusBar().currentMessage() == ""
