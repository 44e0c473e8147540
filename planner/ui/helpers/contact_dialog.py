"""The form for one contact of the care team, or an emergency number."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from planner.domain.enums import ContactRole
from planner.domain.model import Contact
from planner.ui.dialogs.form import FormDialog
from planner.ui.labels import translate, vocabulary


class ContactDialog(FormDialog[Contact]):
    def __init__(
        self, contact: Contact, save: Callable[[Contact], bool], parent: QWidget | None = None
    ) -> None:
        title = (
            translate("Helpers", "Add a contact")
            if contact.id is None
            else translate("Helpers", "Edit contact")
        )
        super().__init__("contact", title, save, parent)
        self._original = contact
        self.name = self.line(
            translate("Helpers", "&Name:"), "Name", translate("Helpers", "Name"), contact.name
        )
        self.role = QComboBox(self)
        for role in ContactRole:
            self.role.addItem(vocabulary(role), role.value)
        self.role.setCurrentIndex(self.role.findData(contact.role.value))
        self.row(translate("Helpers", "&Role:"), self.role, "Role", translate("Helpers", "Role"))
        self.organisation = self.line(
            translate("Helpers", "&Organisation:"),
            "Organisation",
            translate("Helpers", "Organisation"),
            contact.organisation,
        )
        self.phone, self.email = self.reach(contact.phone, contact.email)
        self.address = QPlainTextEdit(contact.address, self)
        self.row(
            translate("Helpers", "&Address:"),
            self.address,
            "Address",
            translate("Helpers", "Address"),
        )
        self.notes = QPlainTextEdit(contact.notes, self)
        self.row(
            translate("Helpers", "No&tes:"), self.notes, "Notes", translate("Helpers", "Notes")
        )
        self.name.setFocus()

    def value(self) -> Contact:
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            role=ContactRole(self.role.currentData()),
            organisation=self.organisation.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
        )
