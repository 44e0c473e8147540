"""Message boxes that never block the event loop: opened, not exec()'d."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from planner.ui.labels import translate


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A box that deletes itself when closed; call ``open()`` to show it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def warn(parent: QWidget | None, text: str) -> QMessageBox:
    """Tell the user why an action did nothing (window-modal, non-blocking)."""
    box = message_box(parent, QMessageBox.Icon.Warning, translate("Messages", "Care Planner"), text)
    box.open()
    return box


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    on_yes: Callable[[], object],
    *,
    consequence: str,
    action: str,
    name: str,
) -> QMessageBox:
    """Ask ``question`` with ``action`` (e.g. "&Skip") and Cancel, Cancel the default;
    ``on_yes`` runs only on ``action``. The box is ``confirm{name}Box``, its button
    ``confirm{name}Button``. It is opened, not exec()'d: the answer comes in later."""
    box = message_box(parent, QMessageBox.Icon.Question, title, question)
    box.setObjectName(f"confirm{name}Box")
    box.setInformativeText(consequence)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    confirmed = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    confirmed.setObjectName(f"confirm{name}Button")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(button: QAbstractButton) -> None:
        if button is confirmed:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def confirm_delete(
    parent: QWidget,
    title: str,
    question: str,
    on_yes: Callable[[], object],
    consequence: str = "",
) -> QMessageBox:
    """Ask "Delete …?"; ``on_yes`` runs only on Delete."""
    return confirm(
        parent,
        title,
        question,
        on_yes,
        consequence=consequence or translate("Messages", "Edit > Undo brings it back."),
        action=translate("Messages", "&Delete"),
        name="Delete",
    )


def error_box(text: str) -> QMessageBox:
    """The box for an error that stops the program from opening the plan."""
    return message_box(
        None,
        QMessageBox.Icon.Critical,
        translate("Messages", "Care Planner cannot open the plan"),
        text,
    )
