"""Printed pages for the command line (``care-planner export pdf``), written through Qt
without a window: the fridge sheet of a week, one helper's packet, one leg's ride card, or
the emergency sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from planner.domain import messages
from planner.domain.errors import InvalidInput, why_not_written
from planner.services import rides, sheets
from planner.services.emergency import emergency_sheet
from planner.services.plan import Plan
from planner.ui import translations
from planner.ui.helpers import packet as helper_packet
from planner.ui.labels import translate
from planner.ui.print import emergency as emergency_page
from planner.ui.print import fridge_sheet
from planner.ui.rides import card as ride_card

_application: QGuiApplication | None = None


def _ensure_application(language: str) -> None:
    """Qt lays out text only inside an application; no display is needed for a PDF. The
    page speaks ``language`` (the command line's)."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["care-planner", "-platform", "offscreen"])
        translations.install(_application, language)


def export_pdf(
    plan: Plan,
    path: Path,
    *,
    week: dt.date | None = None,
    helper: str | None = None,
    ride: int | None = None,
    today: dt.date | None = None,
    emergency: bool = False,
    language: str = "",
) -> str:
    """Write the week's fridge sheet, with ``helper`` that helper's packet, or with ``ride``
    that ride leg's card, with ``emergency`` the emergency sheet; returns a line saying
    what was written. A page made outside the window is written in ``language``."""
    if sum(chosen is not None for chosen in (week, helper, ride)) + emergency > 1:
        raise InvalidInput(
            messages.translate(
                "Errors",
                "export pdf writes one page: a week's fridge sheet (--week), a helper's packet "
                "(--helper), a ride card (--ride) or the emergency sheet (--emergency), not two "
                "of them.",
            )
        )
    _ensure_application(language)
    today = today or plan.clock.today()
    try:
        if emergency:
            emergency_page.save_pdf(emergency_sheet(plan), path)
            return translate(
                "Printouts", "Wrote the emergency sheet and wallet card to {path}."
            ).format(path=path)
        if ride is not None:
            details = rides.leg_details(plan, ride)
            ride_card.save_pdf(details, path)
            return translate(
                "Printouts", "Wrote the ride card of ride leg {ride} to {path}."
            ).format(ride=ride, path=path)
        if helper is not None:
            packet = sheets.helper_packet(plan, helper, today=today)
            helper_packet.save_pdf(packet, path)
            return translate("Printouts", "Wrote the packet for {name} to {path}.").format(
                name=packet.helper.name, path=path
            )
        sheet = sheets.week_sheet(plan, week or today, today=today)
        fridge_sheet.save_pdf(sheet, path)
    except OSError as error:
        raise InvalidInput(
            messages.translate("Errors", "The page could not be written: {why}.").format(
                why=why_not_written(error)
            )
        ) from None
    return translate("Printouts", "Wrote the fridge sheet for {first} to {last}: {path}.").format(
        first=sheet.first.isoformat(), last=sheet.last.isoformat(), path=path
    )
