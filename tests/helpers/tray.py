"""A system-tray icon for tests: real Qt object, signals and menu, but never put on a tray.

The offscreen platform has no tray, and showing an icon there makes Qt warn; this icon
only records that it was shown, and the messages it was asked to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon


class RecordingTrayIcon(QSystemTrayIcon):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = False
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def isVisible(self) -> bool:
        return self.shown

    def showMessage(self, title: str, text: str, *_: object) -> None:  # type: ignore[override]
        self.messages.append((title, text))


class TrayIcons:
    """A tray icon factory for ``MainWindow(tray_icon=...)`` that keeps what it made."""

    def __init__(self) -> None:
        self.made: list[RecordingTrayIcon] = []

    def __call__(self, parent: QObject) -> QSystemTrayIcon:
        icon = RecordingTrayIcon(parent)
        self.made.append(icon)
        return icon

    @property
    def icon(self) -> RecordingTrayIcon:
        (icon,) = self.made
        return icon
