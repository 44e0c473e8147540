"""The patient's profile: who the rides are for, where home is, and whom to call at night.

Plan settings; the first four are asked for once when a new plan first opens (and again
from the getting-started checklist, or from a gap when a printout needs one), the rest
(date of birth, the treatment in the patient's words, allergies, the oncologist, the next
of kin) only in the full form, for the emergency sheet. The ride cards, the fridge sheet
and the helpers' packets print what is there and leave out what is not. Phone
numbers are checked and written the way helpers' phones are (``contacts.phone_number``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.contacts import phone_number
from planner.domain.errors import InvalidInput, said
from planner.domain.messages import Message, translate
from planner.domain.settings import Setting, int_setting, text_setting


def birth_date(text: str, today: dt.date | None = None) -> str:
    """A date of birth as YYYY-MM-DD, from 1900 to ``today``; empty stays empty."""
    text = text.strip()
    if not text:
        return ""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate(
                "Errors", "Give the date as YYYY-MM-DD, such as 1961-04-30, not '{text}'."
            ).format(text=text)
        ) from None
    if day < FIRST_BORN:
        raise ValueError(translate("Errors", "Give a date from 1900 on."))
    if today is not None and day > today:
        raise ValueError(translate("Errors", "A date of birth cannot be after today."))
    return day.isoformat()


def phone_setting(key: str) -> Setting[str]:
    """A phone number, stored in the plan's one format; empty means none."""

    def parse(text: str) -> str:
        try:
            return phone_number(text)
        except InvalidInput as error:
            raise ValueError(error.message) from None

    return Setting(key, "", parse, str)


PATIENT_NAME = text_setting("patient.name", "")
PATIENT_PHONE = phone_setting("patient.phone")
HOME_ADDRESS = text_setting("patient.home_address", "")
"""Where the leg there picks the patient up (and the leg back brings them)."""
OUT_OF_HOURS = phone_setting("care_team.out_of_hours")
"""The care team's number for a problem at night or at the weekend."""
BIRTH_DATE = Setting("patient.birth_date", "", birth_date, str)
"""The date of birth as YYYY-MM-DD; empty means not given."""
TREATMENT = text_setting("patient.treatment", "")
"""The treatment in the words the patient chooses (the emergency sheet prints it)."""
ALLERGIES = text_setting("patient.allergies", "")
ONCOLOGIST = text_setting("care_team.oncologist", "")
ONCOLOGIST_PHONE = phone_setting("care_team.oncologist_phone")
NEXT_OF_KIN = text_setting("patient.next_of_kin", "")
NEXT_OF_KIN_PHONE = phone_setting("patient.next_of_kin_phone")
FIRST_BORN = dt.date(1900, 1, 1)
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
    birth_date: str = ""
    """YYYY-MM-DD, or empty."""
    treatment: str = ""
    """The treatment, in the patient's words."""
    allergies: str = ""
    oncologist: str = ""
    oncologist_phone: str = ""
    next_of_kin: str = ""
    next_of_kin_phone: str = ""


_FIELDS: tuple[tuple[str, Setting[str], Message], ...] = (
    ("name", PATIENT_NAME, translate("Errors", "The patient's name")),
    ("phone", PATIENT_PHONE, translate("Errors", "The patient's phone")),
    ("home", HOME_ADDRESS, translate("Errors", "The home address")),
    ("out_of_hours", OUT_OF_HOURS, translate("Errors", "The out-of-hours number")),
    ("birth_date", BIRTH_DATE, translate("Errors", "The date of birth")),
    ("treatment", TREATMENT, translate("Errors", "The treatment")),
    ("allergies", ALLERGIES, translate("Errors", "The allergies")),
    ("oncologist", ONCOLOGIST, translate("Errors", "The oncologist")),
    ("oncologist_phone", ONCOLOGIST_PHONE, translate("Errors", "The oncologist's phone")),
    ("next_of_kin", NEXT_OF_KIN, translate("Errors", "The next of kin")),
    ("next_of_kin_phone", NEXT_OF_KIN_PHONE, translate("Errors", "The next of kin's phone")),
)


def read_profile(settings: Mapping[str, str]) -> Profile:
    return Profile(**{field: setting.read(settings) for field, setting, _ in _FIELDS})


def check_profile(profile: Profile, today: dt.date | None = None) -> Profile:
    """The profile tidied (spaces, phone format); InvalidInput naming the field otherwise.
    With ``today``, a date of birth after it is refused too."""
    tidy = dataclasses.replace(profile, name=" ".join(profile.name.split()))
    try:
        birth_date(tidy.birth_date, today)
    except ValueError as error:
        raise InvalidInput(
            translate("Errors", "The date of birth: {error} Nothing was saved.").format(
                error=said(error)
            )
        ) from None
    values = {}
    for field, setting, what in _FIELDS:
        try:
            values[field] = setting.parse(getattr(tidy, field))
        except ValueError as error:
            raise InvalidInput(
                translate("Errors", "{what}: {error} Nothing was saved.").format(
                    what=what, error=said(error)
                )
            ) from None
    return Profile(**values)


def profile_settings(profile: Profile) -> list[tuple[Setting[str], str]]:
    """Each setting of the profile with the value ``profile`` gives it."""
    return [(setting, getattr(profile, field)) for field, setting, _ in _FIELDS]
