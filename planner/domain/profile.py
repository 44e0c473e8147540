"""The patient's profile: who the rides are for, where home is, and whom to call at night.

Four plan settings, asked for once when a new plan first opens (and again from the
getting-started checklist, or from a gap when a printout needs one). The ride cards, the
fridge sheet and the helpers' packets print what is there and leave out what is not. Phone
numbers are checked and written the way helpers' phones are (``contacts.phone_number``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.contacts import phone_number
from planner.domain.errors import InvalidInput
from planner.domain.settings import Setting, int_setting, text_setting


def phone_setting(key: str) -> Setting[str]:
    """A phone number, stored in the plan's one format; empty means none."""

    def parse(text: str) -> str:
        try:
            return phone_number(text)
        except InvalidInput as error:
            raise ValueError(str(error)) from None

    return Setting(key, "", parse, str)


PATIENT_NAME = text_setting("patient.name", "")
PATIENT_PHONE = phone_setting("patient.phone")
HOME_ADDRESS = text_setting("patient.home_address", "")
"""Where the leg there picks the patient up (and the leg back brings them)."""
OUT_OF_HOURS = phone_setting("care_team.out_of_hours")
"""The care team's number for a problem at night or at the weekend."""
ASKED = int_setting("patient.profile_asked", 0, 0, 1)
"""1 once the first-run form was answered or skipped: a new plan asks only once."""


@dataclass(frozen=True)
class Profile:
    name: str = ""
    phone: str = ""
    home: str = ""
    """The home address."""
    out_of_hours: str = ""
    """The care team's out-of-hours number."""


_FIELDS: tuple[tuple[str, Setting[str], str], ...] = (
    ("name", PATIENT_NAME, "The patient's name"),
    ("phone", PATIENT_PHONE, "The patient's phone"),
    ("home", HOME_ADDRESS, "The home address"),
    ("out_of_hours", OUT_OF_HOURS, "The out-of-hours number"),
)


def read_profile(settings: Mapping[str, str]) -> Profile:
    return Profile(**{field: setting.read(settings) for field, setting, _ in _FIELDS})


def check_profile(profile: Profile) -> Profile:
    """The profile tidied (spaces, phone format); InvalidInput naming the field otherwise."""
    tidy = dataclasses.replace(profile, name=" ".join(profile.name.split()))
    values = {}
    for field, setting, what in _FIELDS:
        try:
            values[field] = setting.parse(getattr(tidy, field))
        except ValueError as error:
            raise InvalidInput(f"{what}: {error} Nothing was saved.") from None
    return Profile(**values)


def profile_settings(profile: Profile) -> list[tuple[Setting[str], str]]:
    """Each setting of the profile with the value ``profile`` gives it."""
    return [(setting, getattr(profile, field)) for field, setting, _ in _FIELDS]
