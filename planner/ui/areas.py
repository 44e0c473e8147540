"""The window's areas, each declared once: its title, its page, its information topic and
its shortcut.

The area list, the View menu, the pages (made when first shown), the information pane and
the Activity panel's filter all read :data:`AREAS`; the rules of each area (its gaps and
reminders) are declared beside them in :mod:`planner.domain.areas`. Adding an area adds one
entry here and one there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from planner.domain.enums import Area
from planner.ui.labels import translate


@dataclass(frozen=True)
class AreaUi:
    """How the window shows one area."""

    area: Area
    title: Callable[[], str]
    """The area's name in the list, the menu and the page heading (translated when asked)."""
    page: tuple[str, str]
    """The module and class of its page, imported when the page is first shown."""
    shortcut: str
    """The key that shows it from anywhere."""

    @property
    def topic(self) -> str:
        """The information topic beside its page (resources/info/<name>.md)."""
        return self.area.value


AREAS: tuple[AreaUi, ...] = (
    AreaUi(
        Area.WEEK,
        lambda: translate("Area", "Coming days"),
        ("planner.ui.week.page", "WeekPage"),
        "Ctrl+1",
    ),
    AreaUi(
        Area.APPOINTMENTS,
        lambda: translate("Area", "Appointments"),
        ("planner.ui.appointments.page", "AppointmentsPage"),
        "Ctrl+2",
    ),
    AreaUi(
        Area.RIDES,
        lambda: translate("Area", "Rides"),
        ("planner.ui.rides.page", "RidesPage"),
        "Ctrl+3",
    ),
    AreaUi(
        Area.FREEZER,
        lambda: translate("Area", "Freezer"),
        ("planner.ui.freezer.page", "FreezerPage"),
        "Ctrl+4",
    ),
    AreaUi(
        Area.HELPERS,
        lambda: translate("Area", "Helpers"),
        ("planner.ui.helpers.page", "HelpersPage"),
        "Ctrl+5",
    ),
    AreaUi(
        Area.SUPPORT,
        lambda: translate("Area", "Support"),
        ("planner.ui.support.page", "SupportPage"),
        "Ctrl+6",
    ),
    AreaUi(
        Area.JOURNAL,
        lambda: translate("Area", "Journal"),
        ("planner.ui.journal.page", "JournalPage"),
        "Ctrl+7",
    ),
    AreaUi(
        Area.MEDICINES,
        lambda: translate("Area", "Medicines"),
        ("planner.ui.medicines.page", "MedicinesPage"),
        "Ctrl+8",
    ),
)
"""Every area, in the order of the area list."""

_BY_AREA = {entry.area: entry for entry in AREAS}


def area_ui(area: Area) -> AreaUi:
    return _BY_AREA[area]


def area_title(area: Area) -> str:
    """The area's name as the window shows it."""
    return _BY_AREA[area].title()


def areas() -> list[Area]:
    """The areas in the order of the area list."""
    return [entry.area for entry in AREAS]
