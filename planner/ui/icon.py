"""Care Planner's own icon, drawn in ``resources/icons/`` (the desktop entry names it too)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from planner import APPLICATION_ID, resource_folder

__all__ = ["APPLICATION_ID", "application_icon", "icon_path"]


def icon_path() -> Path:
    return resource_folder() / "icons" / f"{APPLICATION_ID}.svg"


@cache
def application_icon() -> QIcon:
    """The icon of the window, its dialogs and the tray, drawn at whatever size is asked
    (Qt's SVG icon plugin; importing QtSvg itself would cost the start 30 ms). An empty
    icon, so the platform's own, when the drawing is missing."""
    path = icon_path()
    return QIcon(str(path)) if path.is_file() else QIcon()
