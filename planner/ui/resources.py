"""Files the window reads at run time: the information topics and the style sheet.

They live in ``resources/`` at the repository root, next to ``planner/``. An installed copy
looks in ``<prefix>/share/care-planner/resources`` as well, for packagers who put them there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import planner


def resource_folder() -> Path:
    candidates = (
        Path(planner.__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "care-planner" / "resources",
    )
    return next((folder for folder in candidates if folder.is_dir()), candidates[0])


def style_sheet() -> str:
    """The main window's own style sheet. The colours and frames are the application's
    (``resources/styles/window.qss``, rendered with the theme by planner/ui/theme.py); the
    window keeps a sheet that is never empty, because setting it afresh after a text size
    change lets the new font through to the widgets under it."""
    return "/* The application's style sheet: planner/ui/theme.py */"
