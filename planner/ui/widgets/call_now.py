"""The "call now" banner above the pages: a temperature set a red-flag rule off.

It says which readings did and whom to call (the care team's out-of-hours number, or a
button to add it to the patient's profile), and that the care team's own instructions come
first. It stays until dismissed. Whatever noted the temperature, this window, the command
line or another window, the banner asks the plan whether a rule fires now: one path for all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.errors import PlannerError
from planner.services import readings
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.readings import TemperatureNoted
from planner.ui.labels import say, translate

CONCERNS = frozenset({Kind.READING, Kind.SETTING})
"""A new temperature may set a rule off; a setting may be the number or the rules.

Its frame and colours are the theme's (``QFrame#callNowBanner`` in resources/styles/
window.qss); it says "Call now" in words, with a warning icon, whatever the colours."""


class CallNowBanner(QFrame):
    """Shows "call now" while a red-flag rule fires and the person has not dismissed it.

    Signals:
        profile_requested(): add the out-of-hours number (open the patient's profile).
        raised(str, str): a red flag newly shown, as a title and its words with the number
            to call (the window also says it from the tray, where it may be hidden).
    """

    profile_requested = Signal()
    raised = Signal(str, str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("callNowBanner")
        self.setAccessibleName(translate("Widgets", "Call now"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.noted: TemperatureNoted | None = None
        self._dismissed: set[tuple[object, ...]] = set()
        self.icon = QLabel(self)
        self.icon.setObjectName("callNowIcon")
        self.icon.setAccessibleName(translate("Widgets", "Warning"))
        self._size_icon()
        self.heading = QLabel(translate("Widgets", "Call now"), self)
        self.heading.setObjectName("callNowHeading")
        self._size_heading()
        self.text = QLabel(self)
        self.text.setObjectName("callNowText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel(self)
        self.number.setObjectName("callNowNumber")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setWordWrap(True)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_font = self.number.font()
        number_font.setBold(True)
        self.number.setFont(number_font)
        self.team_first = QLabel(
            translate(
                "Widgets",
                "The care team's own instructions come first: if they told you something "
                "else, do what they said. This plan is a help, not medical advice.",
            ),
            self,
        )
        self.team_first.setObjectName("callNowTeamFirst")
        self.team_first.setWordWrap(True)
        self.add_number = QPushButton(translate("Widgets", "&Add the out-of-hours number…"), self)
        self.add_number.setObjectName("callNowAddNumber")
        self.add_number.setAccessibleName(translate("Widgets", "Add the out-of-hours number"))
        self.add_number.clicked.connect(self.profile_requested)
        self.dismiss_button = QPushButton(translate("Widgets", "Dis&miss"), self)
        self.dismiss_button.setObjectName("callNowDismiss")
        self.dismiss_button.setAccessibleName(translate("Widgets", "Dismiss the call now banner"))
        self.dismiss_button.clicked.connect(self.dismiss)
        # The buttons under the words: at large text the words keep the whole width.
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_number)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.text)
        words.addWidget(self.number)
        words.addWidget(self.team_first)
        words.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.hide()

    def _size_icon(self) -> None:
        size = self.fontMetrics().height() * 2  # grows with the text size
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))

    def _size_heading(self) -> None:
        """Larger than the text, and growing with it (View > Text size)."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_icon()
            self._size_heading()

    # -- when to show it -----------------------------------------------------------------
    @Slot(object)
    def plan_changed(self, changes: Changes) -> None:
        """A temperature noted here or elsewhere, or the number added: ask again."""
        if changes.kinds & CONCERNS:
            self.check()

    @Slot()
    def check(self) -> None:
        """Show the banner when a rule fires now and the person has not dismissed that
        red flag; take it away when none fires any more (a reading was taken back)."""
        if self.plan.closed:
            return  # the window is being put away (another plan was opened)
        try:
            noted = readings.call_now(self.plan)
        except PlannerError:
            return  # asked again on the next change
        if noted is None:
            self.noted = None
            self.hide()
            return
        if _key(noted) in self._dismissed:
            return
        new = self.noted is None or _key(self.noted) != _key(noted)
        self.show_noted(noted)
        if new:
            self.raised.emit(
                translate("Widgets", "Call now"), f"{self.text.text()}\n{self.number.text()}"
            )

    def show_noted(self, noted: TemperatureNoted) -> None:
        self.noted = noted
        self.text.setText("\n".join(say(fired.call_now) for fired in noted.fired))
        if noted.out_of_hours:
            self.number.setText(
                translate("Widgets", "Out-of-hours number: {number}").format(
                    number=noted.out_of_hours
                )
            )
        else:
            self.number.setText(
                translate(
                    "Widgets",
                    "The plan has no out-of-hours number yet. Call the number the care team "
                    "gave you, or the emergency number; then add the care team's number here.",
                )
            )
        self.add_number.setVisible(not noted.out_of_hours)
        self.add_number.setEnabled(not self.plan.read_only)  # the profile cannot be saved
        self.setAccessibleDescription(
            "\n".join([self.text.text(), self.number.text(), self.team_first.text()])
        )
        self.show()

    @Slot()
    def dismiss(self) -> None:
        """Hide it until another reading sets a rule off."""
        if self.noted is not None:
            self._dismissed.add(_key(self.noted))
        self.hide()


def _key(noted: TemperatureNoted) -> tuple[object, ...]:
    """Which rules fire, and the newest high temperature: a new high reading, or another
    rule set off, is a new red flag, shown again after a dismissal."""
    return (noted.reading.id, *(fired.rule for fired in noted.fired))
