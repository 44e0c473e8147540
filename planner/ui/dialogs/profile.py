"""The patient's profile form: name, phone, home address and the care team's out-of-hours
number, as the ride cards, the fridge sheet and the helpers' packets print them; outside the
first run also the emergency sheet's fields (date of birth, the treatment in the patient's
words, allergies, the oncologist, the next of kin)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from planner.domain.contacts import phone_number
from planner.domain.errors import InvalidInput, said
from planner.domain.profile import Profile, birth_date, check_profile
from planner.ui.dialogs.form import FormDialog, check_hint
from planner.ui.labels import translate


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
        today: dt.date | None = None,
    ) -> None:
        super().__init__("profile", translate("Dialogs", "The patient's details"), save, parent)
        self._stored = profile
        self._today = today
        """A date of birth after it is refused (the plan's clock)."""
        if first_run:
            text = translate(
                "Dialogs",
                "Welcome. Before you start: who is the plan for, and where is home? The ride "
                "cards, the fridge sheet and the helpers' packets print these details. Every "
                "field may stay empty; you can add them later from Coming days.",
            )
        else:
            text = translate(
                "Dialogs",
                "The ride cards, the fridge sheet, the emergency sheet and the helpers' "
                "packets print these details; what is left empty is left out.",
            )
        self.intro = QLabel(text, self)
        self.intro.setObjectName("profileIntro")
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)  # above the rows, which may scroll
        # In line with the captions below it.
        self.intro.setContentsMargins(self.form.contentsMargins().left(), 0, 0, 0)
        self.name = self.line(
            translate("Dialogs", "Patient's &name:"),
            "Name",
            translate("Dialogs", "Patient's name"),
            profile.name,
        )
        self.phone = self._phone(
            translate("Dialogs", "Patient's &phone:"),
            "Phone",
            translate("Dialogs", "Patient's phone"),
            profile.phone,
        )
        self.home = self.line(
            translate("Dialogs", "Home &address:"),
            "Home",
            translate("Dialogs", "Home address"),
            profile.home,
        )
        self.home.setToolTip(translate("Dialogs", "Where the ride there picks the patient up."))
        self.out_of_hours = self._phone(
            translate("Dialogs", "Care team's &out-of-hours number:"),
            "OutOfHours",
            translate("Dialogs", "Care team's out-of-hours number"),
            profile.out_of_hours,
        )
        self.out_of_hours.setToolTip(
            translate(
                "Dialogs",
                "The number to call at night or at the weekend (the treatment unit's line).",
            )
        )
        self.extra: list[QLineEdit] = []
        """The emergency sheet's fields: only in the full form, not the first-run one."""
        if not first_run:
            self._emergency_fields(profile)
        # A new plan may be encrypted from the start (File > Encrypt this plan… later).
        self.encrypt = QCheckBox(
            translate("Dialogs", "Protect this plan with a &passphrase (encrypt it)"), self
        )
        self.encrypt.setObjectName("profileEncrypt")
        self.encrypt.setAccessibleName(translate("Dialogs", "Protect this plan with a passphrase"))
        self.encrypt.setToolTip(
            translate(
                "Dialogs",
                "Whoever gets the plan's file or a backup of it reads nothing without the "
                "passphrase. Care Planner asks for it each time it starts; a lost passphrase "
                "cannot be recovered.",
            )
        )
        if offer_encryption:
            self.row(
                "",
                self.encrypt,
                "Encrypt",
                translate("Dialogs", "Protect this plan with a passphrase"),
            )
        else:
            self.encrypt.hide()
        if first_run:
            skip = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            skip.setText(translate("Dialogs", "Skip for now"))
            skip.setAccessibleName(translate("Dialogs", "Skip for now"))
        self.intro.setMinimumWidth(self.wide)
        self.name.setFocus()

    def _emergency_fields(self, profile: Profile) -> None:
        self.birth_date = self.line(
            translate("Dialogs", "Date of &birth:"),
            "BirthDate",
            translate("Dialogs", "Date of birth"),
            profile.birth_date,
        )
        self.birth_date.setPlaceholderText(translate("Dialogs", "YYYY-MM-DD"))
        hint = self.message_under(self.birth_date, name="profileBirthDateHint")
        self.birth_date.textChanged.connect(
            lambda _: check_hint(self.birth_date, hint, self._birth_date)
        )
        check_hint(self.birth_date, hint, self._birth_date)
        self.treatment = self.line(
            translate("Dialogs", "The &treatment, in your words:"),
            "Treatment",
            translate("Dialogs", "The treatment"),
            profile.treatment,
        )
        self.treatment.setToolTip(
            translate("Dialogs", "Printed on the emergency sheet as you write it.")
        )
        self.allergies = self.line(
            translate("Dialogs", "A&llergies:"),
            "Allergies",
            translate("Dialogs", "Allergies"),
            profile.allergies,
        )
        self.oncologist = self.line(
            translate("Dialogs", "The on&cologist:"),
            "Oncologist",
            translate("Dialogs", "The oncologist"),
            profile.oncologist,
        )
        self.oncologist_phone = self._phone(
            translate("Dialogs", "The oncologist's p&hone:"),
            "OncologistPhone",
            translate("Dialogs", "The oncologist's phone"),
            profile.oncologist_phone,
        )
        self.next_of_kin = self.line(
            translate("Dialogs", "Ne&xt of kin:"),
            "NextOfKin",
            translate("Dialogs", "Next of kin"),
            profile.next_of_kin,
        )
        self.next_of_kin_phone = self._phone(
            translate("Dialogs", "Next of &kin's phone:"),
            "NextOfKinPhone",
            translate("Dialogs", "Next of kin's phone"),
            profile.next_of_kin_phone,
        )
        self.extra = [
            self.birth_date,
            self.treatment,
            self.allergies,
            self.oncologist,
            self.oncologist_phone,
            self.next_of_kin,
            self.next_of_kin_phone,
        ]

    def _birth_date(self, text: str) -> str:
        try:
            return birth_date(text, self._today)
        except ValueError as error:
            raise InvalidInput(said(error)) from None

    def _phone(self, label: str, name: str, accessible: str, text: str) -> QLineEdit:
        """A phone row with a line under it saying how the number will be saved, or why not."""
        field = self.line(label, name, accessible, text)
        hint = self.message_under(field, name=f"profile{name}Hint")
        field.textChanged.connect(lambda _: check_hint(field, hint, phone_number))
        check_hint(field, hint, phone_number)
        return field

    def value(self) -> Profile:
        """The profile as typed, tidied; InvalidInput naming a field the plan cannot take."""
        typed = dataclasses.replace(
            self._stored,
            name=self.name.text(),
            phone=self.phone.text(),
            home=self.home.text(),
            out_of_hours=self.out_of_hours.text(),
        )
        if self.extra:
            typed = dataclasses.replace(
                typed,
                birth_date=self.birth_date.text(),
                treatment=self.treatment.text(),
                allergies=self.allergies.text(),
                oncologist=self.oncologist.text(),
                oncologist_phone=self.oncologist_phone.text(),
                next_of_kin=self.next_of_kin.text(),
                next_of_kin_phone=self.next_of_kin_phone.text(),
            )
        return check_profile(typed, self._today)
