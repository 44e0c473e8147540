"""The Save and Cancel buttons of a form dialog, named for tests and screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from planner.ui.labels import translate


def save_buttons(dialog: QDialog, name: str, save_text: str) -> QDialogButtonBox:
    """OK (read as ``save_text``) and Cancel, wired to the dialog's accept and reject; the
    box is ``{name}Buttons``, the buttons ``{name}Ok`` and ``{name}Cancel``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.setObjectName(f"{name}Buttons")
    for which, suffix, text in (
        (QDialogButtonBox.StandardButton.Ok, "Ok", save_text),
        (QDialogButtonBox.StandardButton.Cancel, "Cancel", translate("Dialogs", "Cancel")),
    ):
        button = buttons.button(which)
        button.setObjectName(f"{name}{suffix}")
        button.setAccessibleName(text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
