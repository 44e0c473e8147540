"""The patient's profile form: name, phone, home address and the care team's out-of-hours
number, as the ride cards, the fridge sheet and the helpers' packets print them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from planner.domain.contacts import phone_number
from planner.domain.profile import Profile, check_profile
from planner.ui.dialogs.form import FormDialog, check_hint
from planner.ui.labels import tr


class ProfileDialog(FormDialog[Profile]):
    """Edits the profile; Save hands it to ``save`` and closes only if it was saved.

    With ``first_run`` it is the short form a new plan opens with: it says why it asks, and
    its Cancel button reads "Skip for now" (nothing is required).
    """

    def __init__(
        self,
        profile: Profile,
        save: Callable[[Profile], bool],
        parent: QWidget | None = None,
        *,
        first_run: bool = False,
        offer_encryption: bool = False,
    ) -> None:
        super().__init__("profile", tr("The patient's details"), save, parent)
        if first_run:
            text = tr(
                "Welcome. Before you start: who is the plan for, and where is home? The ride "
                "cards, the fridge sheet and the helpers' packets print these details. Every "
                "field may stay empty; you can add them later from Coming days."
            )
        else:
            text = tr(
                "The ride cards, the fridge sheet and the helpers' packets print these "
                "details; what is left empty is left out."
            )
        self.intro = QLabel(text, self)
        self.intro.setObjectName("profileIntro")
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)  # above the rows, which may scroll
        # In line with the captions below it.
        self.intro.setContentsMargins(self.form.contentsMargins().left(), 0, 0, 0)
        self.name = self.line(tr("Patient's &name:"), "Name", tr("Patient's name"), profile.name)
        self.phone = self._phone(
            tr("Patient's &phone:"), "Phone", tr("Patient's phone"), profile.phone
        )
        self.home = self.line(tr("Home &address:"), "Home", tr("Home address"), profile.home)
        self.home.setToolTip(tr("Where the ride there picks the patient up."))
        self.out_of_hours = self._phone(
            tr("Care team's &out-of-hours number:"),
            "OutOfHours",
            tr("Care team's out-of-hours number"),
            profile.out_of_hours,
        )
        self.out_of_hours.setToolTip(
            tr("The number to call at night or at the weekend (the treatment unit's line).")
        )
        # A new plan may be encrypted from the start (File > Encrypt this plan… later).
        self.encrypt = QCheckBox(tr("Protect this plan with a &passphrase (encrypt it)"), self)
        self.encrypt.setObjectName("profileEncrypt")
        self.encrypt.setAccessibleName(tr("Protect this plan with a passphrase"))
        self.encrypt.setToolTip(
            tr(
                "Whoever gets the plan's file or a backup of it reads nothing without the "
                "passphrase. Care Planner asks for it each time it starts; a lost passphrase "
                "cannot be recovered."
            )
        )
        if offer_encryption:
            self.row("", self.encrypt, "Encrypt", tr("Protect this plan with a passphrase"))
        else:
            self.encrypt.hide()
        if first_run:
            skip = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            skip.setText(tr("Skip for now"))
            skip.setAccessibleName(tr("Skip for now"))
        self.intro.setMinimumWidth(self.wide)
        self.name.setFocus()

    def _phone(self, label: str, name: str, accessible: str, text: str) -> QLineEdit:
        """A phone row with a line under it saying how the number will be saved, or why not."""
        field = self.line(label, name, accessible, text)
        hint = self.message_under(field, name=f"profile{name}Hint")
        field.textChanged.connect(lambda _: check_hint(field, hint, phone_number))
        check_hint(field, hint, phone_number)
        return field

    def value(self) -> Profile:
        """The profile as typed, tidied; InvalidInput naming a field the plan cannot take."""
        return check_profile(
            Profile(self.name.text(), self.phone.text(), self.home.text(), self.out_of_hours.text())
        )
