"""The note above the pages when the plan is open read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from planner.ui.labels import translate


def read_only_bar() -> QLabel:
    """A bar saying that the plan can be looked at but not changed, and what still works."""
    bar = QLabel(
        translate(
            "Widgets",
            "<b>Read-only:</b> this plan's file cannot be written, so changes are off. "
            "You can look at everything, back it up (File > Back up plan…), export and "
            "print. To change it, copy the file to a folder of yours and open the copy.",
        )
    )
    bar.setObjectName("readOnlyBar")
    bar.setAccessibleName(translate("Widgets", "This plan is open read-only"))
    bar.setWordWrap(True)
    bar.setMargin(8)
    bar.setFrameShape(QLabel.Shape.StyledPanel)
    return bar
