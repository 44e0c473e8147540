"""Answering the conflict dialog, which a save opens modally (its own event loop)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from planner.ui.dialogs.conflict import ConflictDialog

USE_THEIRS = "useTheirsButton"
PUT_MINE_ON_TOP = "putMineOnTopButton"
BACK_TO_EDITING = "conflictCancelButton"


def answer_conflict(button: str, seen: list[list[str]] | None = None) -> None:
    """Click ``button`` in the conflict dialog once it shows, noting its table's rows in
    ``seen``. Call it before the save that will open the dialog."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(10, click)
            return
        table = dialog.findChild(QTableWidget, "conflictTable")
        assert table is not None
        if seen is not None:
            seen.extend(
                [table.item(row, col).text() for col in range(table.columnCount())]
                for row in range(table.rowCount())
            )
        found = dialog.findChild(QPushButton, button)
        assert found is not None
        found.click()

    QTimer.singleShot(0, click)
