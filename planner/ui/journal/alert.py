"""The alert after a severe side effect or any fever: whom to call, at once, with the care
team's own instructions first."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.domain.enums import ContactRole
from planner.domain.model import Contact, JournalEntry
from planner.ui.labels import symptom_label, translate, vocabulary

FIRST = (
    ContactRole.EMERGENCY,
    ContactRole.ONCOLOGIST,
    ContactRole.NURSE_NAVIGATOR,
    ContactRole.CLINIC,
    ContactRole.PALLIATIVE_CARE_TEAM,
)
"""The roles to call about a side effect, in the order they are shown."""


def to_call(contacts: Sequence[Contact]) -> list[Contact]:
    """The contacts for a side effect: emergency lines first, then the treating team."""
    chosen = [c for c in contacts if c.role in FIRST]
    return sorted(chosen, key=lambda c: (FIRST.index(c.role), c.name))


class AlertDialog(QDialog):
    """Shown at once (not blocking) when a noted side effect calls for it."""

    def __init__(
        self, entry: JournalEntry, contacts: Sequence[Contact], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalAlert")
        title = translate("Journal", "Who to call")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        noted = translate("Journal", "⚠ You noted {symptom} at severity {severity} of 10.").format(
            symptom=symptom_label(entry.symptom), severity=entry.severity
        )
        first = translate(
            "Journal",
            "Your care team's own instructions come first: if they told you to call them "
            "for this, call now. In an emergency, call the emergency number.",
        )
        heading = QLabel(f"<h3>{html.escape(noted)}</h3><p>{html.escape(first)}</p>", self)
        heading.setObjectName("alertHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(noted)
        heading.setAccessibleDescription(first)
        found = to_call(contacts)
        if found:
            lines = "".join(
                f"<li><b>{html.escape(c.name)}</b> ({html.escape(vocabulary(c.role))})"
                + (f": {html.escape(c.phone)}" if c.phone else "")
                + (f"<br>{html.escape(c.notes)}" if c.notes else "")
                + "</li>"
                for c in found
            )
            listing = f"<ul>{lines}</ul>"
        else:
            listing = html.escape(
                translate(
                    "Journal", "No care-team contacts are in the plan yet; add them under Helpers."
                )
            )
        self.contacts = QLabel(listing, self)
        self.contacts.setObjectName("alertContacts")
        self.contacts.setWordWrap(True)
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts.setAccessibleName(translate("Journal", "Contacts to call"))
        self.contacts.setAccessibleDescription(
            "; ".join(f"{c.name} {c.phone}".strip() for c in found)
        )
        # The level is a row of the red-flag table, set to the care team's own numbers there.
        rule = QLabel(
            translate(
                "Journal",
                "The severity that shows this is one of the red-flag rules in Edit > Preferences.",
            ),
            self,
        )
        rule.setObjectName("alertRule")
        rule.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("alertButtons")
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.contacts)
        layout.addWidget(rule)
        layout.addWidget(buttons)
        buttons.setFocus()
