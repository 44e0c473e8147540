"""The activity list's rules: whose name a change carries, how long changes are kept, and
which area of the window each kind of data belongs to."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.domain.messages import translate
from planner.domain.settings import Setting, int_setting

KEEP_DAYS = int_setting("activity.keep_days", 365, 30, 3650)
"""How many days the change log (and so the activity list) keeps its records."""

AUTHOR_KEY = "activity.author."
"""The start of the setting key holding a computer user's name (the user's login follows)."""
LONGEST_NAME = 60
_JOINERS = frozenset({"\N{ZERO WIDTH JOINER}", "\N{ZERO WIDTH NON-JOINER}"})


def person_name(text: str) -> str:
    """A name as the activity list shows it: 1 to 60 characters, no control characters;
    ValueError with the reason otherwise."""
    name = text.strip()
    if not name:
        raise ValueError(
            translate("Errors", "Give a name of 1 to {longest_name} characters.").format(
                longest_name=LONGEST_NAME
            )
        )
    if len(name) > LONGEST_NAME:
        raise ValueError(
            translate("Errors", "Keep the name to {longest_name} characters.").format(
                longest_name=LONGEST_NAME
            )
        )
    for character in name:
        category = unicodedata.category(character)
        if category in ("Cc", "Cf", "Cs", "Zl", "Zp") and character not in _JOINERS:
            raise ValueError(
                translate("Errors", "A name cannot hold control characters (such as a line break).")
            )
    return name


def author_setting(user: str) -> Setting[str]:
    """The name the computer user ``user`` signs changes with on a plan file (set in
    Preferences); ``user`` itself until one is set."""
    return Setting(f"{AUTHOR_KEY}{user}"[:80], user, person_name, str)


AREA_OF: Mapping[Kind, Area] = {
    Kind.COURSE: Area.APPOINTMENTS,
    Kind.APPOINTMENT: Area.APPOINTMENTS,
    Kind.CALENDAR_LINK: Area.APPOINTMENTS,
    Kind.RIDE_LEG: Area.RIDES,
    Kind.LEG_STATUS: Area.RIDES,
    Kind.PLACE: Area.RIDES,
    Kind.MEAL: Area.FREEZER,
    Kind.PORTIONS_TAKEN: Area.FREEZER,
    Kind.HELPER: Area.HELPERS,
    Kind.AVAILABILITY: Area.HELPERS,
    Kind.CONTACT: Area.HELPERS,
    Kind.TASK: Area.HELPERS,
    Kind.GROUP: Area.SUPPORT,
    Kind.JOURNAL_ENTRY: Area.JOURNAL,
    Kind.QUESTION: Area.JOURNAL,
    Kind.READING: Area.JOURNAL,
    Kind.MEDICINE: Area.MEDICINES,
    Kind.DOSE: Area.MEDICINES,
}
"""The area whose page lists each kind of data (settings belong to Preferences, no area)."""

AREAS: tuple[Area, ...] = tuple(area for area in Area if area in AREA_OF.values())
"""The areas the activity list can be narrowed to, in the window's order."""


def kinds_of(area: Area) -> frozenset[Kind]:
    return frozenset(kind for kind, home in AREA_OF.items() if home is area)
