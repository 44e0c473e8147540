"""Editing one appointment of a course: this one, this and the following, or all of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from planner.domain.courses import EditScope
from planner.domain.model import Appointment
from planner.ui import messages
from planner.ui.labels import short_date, translate


def ask_edit_scope(
    parent: QWidget, appointment: Appointment, answered: Callable[[EditScope], None]
) -> QMessageBox:
    """Ask which appointments of the course the edit is for; ``answered`` gets the choice
    (nothing happens on Cancel). The box is open (not run) when this returns."""
    box = messages.message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("Appointments", "Edit part of a course"),
        translate(
            "Appointments",
            "{title} on {date} belongs to a course. Which appointments does the change apply to?",
        ).format(title=appointment.title, date=short_date(appointment.start.date())),
    )
    box.setObjectName("editScopeBox")
    box.setInformativeText(
        translate(
            "Appointments",
            "For the others, only what you changed is carried over (time of day, duration, "
            "place, clinician, ride, company, recovery days, notes); their dates stay.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    choices: dict[QAbstractButton, EditScope] = {}
    for scope, text in (
        (EditScope.ONE, translate("Appointments", "&Only this one")),
        (EditScope.FOLLOWING, translate("Appointments", "This and the &following")),
        (EditScope.COURSE, translate("Appointments", "The &whole course")),
    ):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(f"editScope{scope.value.capitalize()}")
        button.setAccessibleName(text.replace("&", ""))
        choices[button] = scope
        if scope is EditScope.ONE:
            box.setDefaultButton(button)

    def clicked(button: QAbstractButton) -> None:
        if button in choices:
            answered(choices[button])

    box.buttonClicked.connect(clicked)
    box.open()
    return box
