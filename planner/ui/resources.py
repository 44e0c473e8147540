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
    try:
        return (resource_folder() / "styles" / "window.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
