"""Getting started: the first steps of a new plan, each ticked off once done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.services.getting_started import PROFILE_STEPS, Step
from planner.ui.labels import say, translate
from planner.ui.widgets.wrapping_button import WrappingButton


class Checklist(QFrame):
    """A short list of first steps; a step's button opens the area where it is done (the
    steps of the patient's profile open its form).

    Signals:
        area_requested(Area): the user chose a step done on a page.
        profile_requested(): the user chose a step of the patient's profile.
    """

    area_requested = Signal(object)
    profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setAccessibleName(translate("Week", "Getting started"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(
            translate("Week", "Getting started: a few first steps make the plan work."), self
        )
        heading.setObjectName("gettingStartedHeading")
        heading.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(heading)
        self.buttons: dict[str, WrappingButton] = {}

    def set_steps(self, steps: list[Step]) -> None:
        """Show the steps; the list hides itself once every step is done."""
        for step in steps:
            button = self.buttons.get(step.key)
            if button is None:
                button = self.buttons[step.key] = WrappingButton(self)
                button.setObjectName(f"step_{step.key}")
                if step.key in PROFILE_STEPS:
                    button.clicked.connect(lambda _=False: self.profile_requested.emit())
                else:
                    button.clicked.connect(
                        lambda _=False, area=step.area: self.area_requested.emit(area)
                    )
                self._layout.addWidget(button)
            # Done or not is said in words, not by the mark alone.
            text = (
                translate("Week", "☑ {step} (done)") if step.done else translate("Week", "☐ {step}")
            )
            button.set_label_text(text.format(step=say(step.text)))
            button.setAccessibleName(
                translate("Week", "{step}: done").format(step=say(step.text))
                if step.done
                else translate("Week", "{step}: to do").format(step=say(step.text))
            )
        self.setVisible(not all(step.done for step in steps))
