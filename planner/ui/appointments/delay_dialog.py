"""Delay a cycle: by how many days, and what moves with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses import LONGEST_DELAY_DAYS
from planner.domain.model import Appointment
from planner.ui.labels import long_date, translate
from planner.ui.widgets.field_message import FieldMessage

USUAL_DELAY_DAYS = 7
"""A week: the usual wait for blood counts to recover."""


class DelayDialog(QDialog):
    """Asks by how many days to delay the cycle of ``appointment``; OK hands the number
    to ``delay``, which returns whether the course was moved."""

    def __init__(
        self,
        appointment: Appointment,
        delay: Callable[[int], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._appointment = appointment
        self._delay = delay
        title = translate("Appointments", "Delay cycle {cycle}").format(cycle=appointment.cycle)
        self.setObjectName("delayDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            translate(
                "Appointments",
                "Cycle {cycle} and every later appointment of the course move by the same "
                "number of days; earlier ones and those already done stay. Rides and help "
                "tasks move along, and drivers are asked to confirm again.",
            ).format(cycle=appointment.cycle),
            self,
        )
        intro.setObjectName("delayIntro")
        intro.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setObjectName("delayDays")
        self.days.setAccessibleName(translate("Appointments", "Days to delay"))
        self.days.setRange(1, LONGEST_DELAY_DAYS)
        self.days.setValue(USUAL_DELAY_DAYS)
        self.days.setSuffix(translate("Appointments", " days"))
        caption = QLabel(translate("Appointments", "Delay &by:"), self)
        caption.setObjectName("delayDaysLabel")
        caption.setBuddy(self.days)
        form = QFormLayout()
        form.addRow(caption, self.days)
        # Under the days: where the cycle lands, in words.
        self.outcome = FieldMessage(self.days, self, name="delayOutcome")
        form.addRow(self.outcome)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("delayButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("delayOk")
        ok.setText(translate("Appointments", "&Delay"))
        ok.setAccessibleName(translate("Appointments", "Delay the cycle"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("delayCancel")
        cancel.setAccessibleName(translate("Appointments", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.days.valueChanged.connect(self._show_outcome)
        self._show_outcome()
        self.days.setFocus()

    @Slot()
    def _show_outcome(self) -> None:
        moved = self._appointment.start.date() + dt.timedelta(days=self.days.value())
        self.outcome.show_note(
            translate("Appointments", "{title} moves to {date}.").format(
                title=self._appointment.title, date=long_date(moved)
            )
        )

    def accept(self) -> None:
        if self._delay(self.days.value()):
            super().accept()
