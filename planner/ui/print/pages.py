"""Printed pages for the command line (``care-planner export pdf``), written through Qt
without a window: the fridge sheet of a week, or one helper's packet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from planner.domain.errors import InvalidInput
from planner.services import sheets
from planner.services.plan import Plan
from planner.ui.print import fridge_sheet, helper_packet

_application: QGuiApplication | None = None


def _ensure_application() -> None:
    """Qt lays out text only inside an application; no display is needed for a PDF."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["care-planner", "-platform", "offscreen"])


def export_pdf(
    plan: Plan,
    path: Path,
    *,
    week: dt.date | None = None,
    helper: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Write the week's fridge sheet, or with ``helper`` that helper's packet; returns a
    line saying what was written."""
    if week is not None and helper is not None:
        raise InvalidInput(
            "export pdf writes either a week's fridge sheet (--week) or a helper's packet "
            "(--helper), not both."
        )
    _ensure_application()
    today = today or plan.clock.today()
    try:
        if helper is not None:
            packet = sheets.helper_packet(plan, helper, today=today)
            helper_packet.save_pdf(packet, path)
            return f"Wrote the packet for {packet.helper.name} to {path}."
        sheet = sheets.week_sheet(plan, week or today, today=today)
        fridge_sheet.save_pdf(sheet, path)
    except OSError as error:
        raise InvalidInput(str(error)) from None
    days = f"{sheet.first.isoformat()} to {sheet.last.isoformat()}"
    return f"Wrote the fridge sheet for {days}: {path}."
