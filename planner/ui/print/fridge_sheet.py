"""The fridge sheet: the week on one printed page, in large type.

Each day: the appointments, who drives there and back and when, the meals to take out of
the freezer that evening, the helpers coming and the support meetings; below, the "Who to
call" numbers. The type shrinks step by step only as far as the week needs to fit one page.
Every text from the plan is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QWidget

from planner.domain.enums import LegDirection
from planner.services.sheets import SheetDay, Trip, Visit, WeekSheet
from planner.ui.labels import say, short_date, time_of_day, translate
from planner.ui.printing import (
    BODY_POINTS,
    MARGIN_MM,
    RESOLUTION,
    local_paper,
    print_with_preview,
    write_pdf,
)
from planner.ui.theme import PAPER

LARGEST_POINTS = 16.0
SMALLEST_POINTS = 9.0
FILL = 0.97
"""How much of the page the sheet may fill: what is measured here and what the printer
lays out may differ by a line."""


def _e(text: str) -> str:
    return html.escape(text)


def title(sheet: WeekSheet) -> str:
    return translate("Printouts", "Fridge sheet, {first} to {last}").format(
        first=short_date(sheet.first), last=short_date(sheet.last)
    )


def trip_line(trip: Trip) -> str:
    """E.g. "There: Sam picks up at 08:45 from Home"; says when nobody drives yet."""
    way = (
        translate("Printouts", "There")
        if trip.direction is LegDirection.THERE
        else translate("Printouts", "Back")
    )
    if trip.cancelled:
        return translate("Printouts", "{way}: ride cancelled").format(way=way)
    where = (" " + translate("Printouts", "from") + f" {trip.place}") if trip.place else ""
    if not trip.driver:
        return translate("Printouts", "{way}: pickup {time}{where}, ⚠ NO DRIVER YET").format(
            way=way, time=time_of_day(trip.pickup), where=where
        )
    sure = "" if trip.confirmed else (" (" + translate("Printouts", "not confirmed") + ")")
    return translate("Printouts", "{way}: {driver} picks up at {time}{where}{sure}").format(
        way=way, driver=trip.driver, time=time_of_day(trip.pickup), where=where, sure=sure
    )


def _arrow(trip: Trip) -> str:
    return "\N{RIGHTWARDS ARROW}" if trip.direction is LegDirection.THERE else "\N{LEFTWARDS ARROW}"


def _visit(visit: Visit) -> str:
    span = f"{time_of_day(visit.start)}\N{EN DASH}{time_of_day(visit.end)}"
    return f"{span} {visit.who}: {visit.what}" if visit.what else f"{span} {visit.who}"


def _day_cell(day: SheetDay) -> str:
    lines: list[str] = []
    for a in day.appointments:
        text = f"{time_of_day(a.start)} {a.title}"
        if a.location:
            text += f", {a.location}"
        if a.cancelled:
            lines.append(f"<s>{_e(text)}</s> " + _e(translate("Printouts", "(cancelled)")))
            continue
        lines.append(f"<b>{_e(text)}</b>")
        lines += [f"&nbsp;&nbsp;{_arrow(t)} {_e(trip_line(t))}" for t in a.trips]
    if day.thaw:
        meals = ", ".join(day.thaw)
        lines.append("❄ " + _e(translate("Printouts", "Thaw tonight: {meals}").format(meals=meals)))
    for visit in day.helpers:
        lines.append(
            "☺ " + _e(translate("Printouts", "Coming: {visit}").format(visit=_visit(visit)))
        )
    for meeting in day.meetings:
        lines.append(
            "♥ "
            + _e(translate("Printouts", "Support group: {visit}").format(visit=_visit(meeting)))
        )
    if not lines:
        lines.append(
            f"<span style='color:{PAPER.muted_text}'>"
            + _e(translate("Printouts", "Nothing planned"))
            + "</span>"
        )
    return "<br>".join(lines)


def sheet_html(sheet: WeekSheet, points: float = LARGEST_POINTS) -> str:
    """The sheet as one HTML page with body text of ``points``."""
    heading = title(sheet)
    if sheet.patient:
        heading = translate("Printouts", "{name}: {week}").format(name=sheet.patient, week=heading)
    rows = "".join(
        "<tr>"
        f"<td width='22%' valign='top'><b>{_e(QLocale().dayName(day.day.isoweekday()))}</b>"
        f"<br>{_e(QLocale().toString(day.day.day))} "
        f"{_e(QLocale().monthName(day.day.month, QLocale.FormatType.ShortFormat))}</td>"
        f"<td valign='top'>{_day_cell(day)}</td></tr>"
        for day in sheet.days
    )
    parts = [
        f"<div style='font-size:{points:g}pt'>",
        f"<h1 style='font-size:{points * 1.35:g}pt'>{_e(heading)}</h1>",
        f"<table border='1' cellspacing='0' cellpadding='{max(2, round(points / 3))}' "
        f"width='100%'>{rows}</table>",
        (
            f"<h2 style='font-size:{points * 1.15:g}pt'>☎ "
            + _e(translate("Printouts", "Who to call"))
            + "</h2>"
        ),
    ]
    if sheet.numbers:
        numbers = "".join(
            f"<tr><td><b>{_e(n.phone)}</b></td><td>{_e(say(n.who))}</td><td>{_e(say(n.role))}</td>"
            "</tr>"
            for n in sheet.numbers
        )
        parts.append(f"<table cellspacing='0' cellpadding='2' width='100%'>{numbers}</table>")
    else:
        parts.append(
            "<p>"
            + _e(translate("Printouts", "No numbers in the plan yet (Helpers > Care team)."))
            + "</p>"
        )
    parts.append(
        f"<p style='font-size:{max(points * 0.6, 8):g}pt'>"
        + _e(translate("Printouts", "Planning help, not medical advice: your care team decides."))
        + "</p></div>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def fitted_html(sheet: WeekSheet, page: QPageSize.PageSizeId) -> str:
    """The sheet in the largest type (down to a floor) that still fits one ``page``."""
    layout = QPageLayout(
        QPageSize(page),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    paint = layout.paintRectPixels(RESOLUTION)
    points = LARGEST_POINTS
    while True:
        text = sheet_html(sheet, points)
        # Laid out as the printer lays it out (printing.py), with a little room to spare.
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(document.defaultFont())
        font.setPointSizeF(BODY_POINTS)
        document.setDefaultFont(font)
        document.setHtml(text)
        document.setPageSize(QSizeF(paint.width(), paint.height()))
        fits = document.size().height() <= paint.height() * FILL
        if (fits and document.pageCount() <= 1) or points <= SMALLEST_POINTS:
            return text
        points -= 0.5


def save_pdf(sheet: WeekSheet, path: Path, page: QPageSize.PageSizeId | None = None) -> None:
    """Write the sheet to ``path``; OSError when the file cannot be written."""
    size = page if page is not None else local_paper()
    write_pdf(fitted_html(sheet, size), path, page=size, title=title(sheet))


def preview(parent: QWidget, sheet: WeekSheet) -> None:
    """Qt's print preview of the sheet; the user prints from there."""
    paper = local_paper()
    print_with_preview(parent, fitted_html(sheet, paper), title(sheet), paper)
