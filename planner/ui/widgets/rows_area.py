"""A form's rows in a scroll area that scrolls only when the rows are taller than the screen
allows; otherwise it is as tall as its rows want at its width, messages under fields
included, so the dialog grows with them (see ``field_message.fit_window``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SCREEN_SHARE = 3 / 4
"""The most of the screen's height the rows take before they scroll."""


class RowsArea(QScrollArea):
    """Holds ``rows``; never scrolls sideways (the rows are always given their width)."""

    def __init__(self, rows: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(rows)
        self._rows = rows

    def _wanted(self, width: int) -> QSize:
        rows = self._rows
        bar = self.verticalScrollBar().sizeHint().width()
        hint = rows.sizeHint()
        inner = self.viewport().width() if self.isVisible() else hint.width()
        height = rows.heightForWidth(inner) if rows.hasHeightForWidth() else -1
        if height < 0:
            height = hint.height()
        screen = self.screen()
        most = int(screen.availableGeometry().height() * SCREEN_SHARE) if screen else 600
        frame = 2 * self.frameWidth()
        return QSize(width + bar + frame, min(height, most) + frame)

    def sizeHint(self) -> QSize:
        return self._wanted(self._rows.sizeHint().width())

    def minimumSizeHint(self) -> QSize:
        # As wide as the rows want: they never scroll sideways, so they are never cut.
        return self._wanted(self._rows.sizeHint().width())
