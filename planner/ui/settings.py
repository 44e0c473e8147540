"""The window's own preferences (geometry, layout, text size), kept with QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Care Planner"
APPLICATION = "Care Planner"

GEOMETRY = "window/geometry"
STATE = "window/state"
TEXT_SIZE = "view/textSize"


def settings() -> QSettings:
    """The user's settings store, in QSettings' default format.

    Tests point the default format at a temporary folder with ``QSettings.setPath``. (The
    organisation-and-application constructor alone would always take the native format,
    and so the real user folder, whatever the default format says.)
    """
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
