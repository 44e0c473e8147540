"""A dock beside the pages: the information pane, Who to call and Activity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

SIDES = (
    Qt.DockWidgetArea.LeftDockWidgetArea
    | Qt.DockWidgetArea.RightDockWidgetArea
    | Qt.DockWidgetArea.BottomDockWidgetArea
)
"""Where a side dock may be put: beside the pages or below them, never above."""


class SideDock(QDockWidget):
    """A dock titled ``title`` (also its name for a screen reader), named ``name`` (for
    the window's saved layout and the tests), that may go left, right or below."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setAllowedAreas(SIDES)
