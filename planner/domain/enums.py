"""The fixed vocabularies of a care plan (the glossary words of DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    """A part of the window; gaps and changes name the area they concern."""

    WEEK = "week"
    APPOINTMENTS = "appointments"
    RIDES = "rides"
    FREEZER = "freezer"
    HELPERS = "helpers"
    SUPPORT = "support"
    JOURNAL = "journal"
    MEDICINES = "medicines"


class AppointmentKind(StrEnum):
    CHEMOTHERAPY = "chemotherapy"
    INFUSION = "infusion"
    RADIATION = "radiation"
    SURGERY = "surgery"
    DIALYSIS = "dialysis"
    TRIAL_VISIT = "trial_visit"
    LAB_TEST = "lab_test"
    SCAN = "scan"
    CONSULTATION = "consultation"
    PALLIATIVE_CARE = "palliative_care"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def is_treatment(self) -> bool:
        """A treatment, after which side effects come (not a test, scan or talk)."""
        return self not in _NOT_TREATMENT


_NOT_TREATMENT = frozenset(
    {
        AppointmentKind.LAB_TEST,
        AppointmentKind.SCAN,
        AppointmentKind.CONSULTATION,
        AppointmentKind.PALLIATIVE_CARE,
        AppointmentKind.OTHER,
    }
)

_KIND_LABELS = {
    AppointmentKind.CHEMOTHERAPY: "Chemotherapy",
    AppointmentKind.INFUSION: "Immunotherapy / infusion",
    AppointmentKind.RADIATION: "Radiation",
    AppointmentKind.SURGERY: "Surgery",
    AppointmentKind.DIALYSIS: "Dialysis",
    AppointmentKind.TRIAL_VISIT: "Clinical-trial visit",
    AppointmentKind.LAB_TEST: "Lab / blood test",
    AppointmentKind.SCAN: "Scan",
    AppointmentKind.CONSULTATION: "Consultation",
    AppointmentKind.PALLIATIVE_CARE: "Palliative-care visit",
    AppointmentKind.OTHER: "Other",
}


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"


class CoursePattern(StrEnum):
    """How a course repeats: in cycles of N days, or on chosen weekdays."""

    CYCLE = "cycle"
    WEEKLY = "weekly"


class LegDirection(StrEnum):
    THERE = "there"
    BACK = "back"


class LegStatus(StrEnum):
    NEEDED = "needed"
    ASKED = "asked"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class Capability(StrEnum):
    """What a helper can do."""

    DRIVE = "drive"
    COOK = "cook"
    ERRANDS = "errands"
    CLEANING = "cleaning"
    COMPANY = "company"
    CHILDCARE = "childcare"
    PET_CARE = "pet_care"


class ContactRole(StrEnum):
    ONCOLOGIST = "oncologist"
    NURSE_NAVIGATOR = "nurse_navigator"
    SOCIAL_WORKER = "social_worker"
    PALLIATIVE_CARE_TEAM = "palliative_care_team"
    PHARMACY = "pharmacy"
    CLINIC = "clinic"
    TRANSPORT_SERVICE = "transport_service"
    EMERGENCY = "emergency"
    OTHER = "other"


class TaskCategory(StrEnum):
    MEALS = "meals"
    ERRANDS = "errands"
    CLEANING = "cleaning"
    COMPANY = "company"
    CHILDCARE = "childcare"
    PET_CARE = "pet_care"
    OTHER = "other"


class TaskStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    DONE = "done"


class GroupKind(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    PHONE = "phone"


class JournalKind(StrEnum):
    SIDE_EFFECT = "side_effect"
    REST = "rest"
    MOOD = "mood"


class MealCategory(StrEnum):
    """What kind of dish a freezer batch is; each has its own default use-by."""

    COOKED_DISH = "cooked_dish"
    SOUP = "soup_or_stew"
    BAKED = "baking"
    DESSERT = "dessert"
    RAW = "raw_ingredients"
    OTHER = "other"


def label(value: StrEnum) -> str:
    """A readable English label for any vocabulary value."""
    if isinstance(value, AppointmentKind):
        return value.label
    return value.value.replace("_", " ").capitalize()
