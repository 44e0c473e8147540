"""Files the window reads at run time: the information topics and the style sheet.

They live in ``resources/`` at the repository root, next to ``planner/``. An installed copy
looks in ``<prefix>/share/care-planner/resources`` as well, for packagers who put them there.
"""

from __future__ import annotations

from planner import resource_folder

__all__ = ["resource_folder", "style_sheet"]


def style_sheet() -> str:
    """The main window's own style sheet. The colours and frames are the application's
    (``resources/styles/window.qss``, rendered with the theme by planner/ui/theme.py); the
    window keeps a sheet that is never empty, because setting it afresh after a text size
    change lets the new font through to the widgets under it."""
    return "/* The application's style sheet: planner/ui/theme.py */"
