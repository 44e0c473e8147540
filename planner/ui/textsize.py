"""The text size of the whole window, from 100% to 200%, applied to the application font."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from planner.ui import settings
from planner.ui.scaled_style import scale_controls

SMALLEST = 100
LARGEST = 200
STEP = 25


class TextSize(QObject):
    """Scales the application font and remembers the size in the settings.

    Widgets never set point sizes of their own, so everything follows the application font.

    Signals:
        changed(int): the new size in percent.
    """

    changed = Signal(int)

    def __init__(self, base: QFont | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = QFont(base if base is not None else QApplication.font())
        self._percent = SMALLEST

    @property
    def percent(self) -> int:
        return self._percent

    def restore(self) -> None:
        """Apply the size saved last time (100% when none is saved or it is unreadable)."""
        saved = settings.settings().value(settings.TEXT_SIZE, SMALLEST)
        try:
            percent = int(str(saved))
        except ValueError:
            percent = SMALLEST
        self._apply(percent, save=False)

    @Slot()
    def larger(self) -> None:
        self.set_percent(self._percent + STEP)

    @Slot()
    def smaller(self) -> None:
        self.set_percent(self._percent - STEP)

    @Slot()
    def reset(self) -> None:
        self.set_percent(SMALLEST)

    def set_percent(self, percent: int) -> None:
        self._apply(percent, save=True)

    def _apply(self, percent: int, *, save: bool) -> None:
        percent = max(SMALLEST, min(LARGEST, percent))
        font = QFont(self._base)
        if self._base.pointSizeF() > 0:
            font.setPointSizeF(self._base.pointSizeF() * percent / 100)
        else:
            font.setPixelSize(round(self._base.pixelSize() * percent / 100))
        scale_controls(percent)  # before the font, whose change makes widgets measure again
        QApplication.setFont(font)
        if save:
            settings.settings().setValue(settings.TEXT_SIZE, percent)
        if percent != self._percent:
            self._percent = percent
            self.changed.emit(percent)
