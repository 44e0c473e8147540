"""The emergency sheet: one page to hand to staff in an emergency department, and a
wallet card (85.6 x 54 mm) on a second page with a line to cut along.

The out-of-hours number comes first, in large type; then who the patient is, the
treatment in their own words, allergies, the medicines taken now and whom to call. What
the plan does not know is left out; a missing out-of-hours number is said. Every text
from the plan is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QWidget

from planner.services.emergency import EmergencySheet
from planner.ui.labels import long_date, qdate, say, translate
from planner.ui.printing import RESOLUTION, local_paper, print_with_preview, write_pdf

CARD_MM = (85.6, 54.0)
"""A credit card's size."""


def _e(text: str) -> str:
    return html.escape(text)


def _px(mm: float) -> int:
    return round(mm / 25.4 * RESOLUTION)


def title(sheet: EmergencySheet) -> str:
    if sheet.profile.name:
        return translate("Printouts", "Emergency sheet: {name}").format(name=sheet.profile.name)
    return translate("Printouts", "Emergency sheet")


def _who(name: str, phone: str) -> str:
    return ", ".join(part for part in (name, phone) if part)


def _born(sheet: EmergencySheet) -> str:
    if not sheet.profile.birth_date:
        return ""
    # The locale's long date without the weekday, e.g. "30 April 1961".
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "").lstrip(", ")
    return locale.toString(qdate(dt.date.fromisoformat(sheet.profile.birth_date)), pattern)


def _out_of_hours(sheet: EmergencySheet, points: float) -> str:
    number = sheet.profile.out_of_hours
    if number:
        text = (
            _e(translate("Printouts", "Out of hours, call the care team:"))
            + f"<br><span style='font-size:{points * 1.5:g}pt'>☎ {_e(number)}</span>"
        )
    else:
        text = _e(translate("Printouts", "Ask the care team for their 24-hour number."))
    return (
        f"<table border='2' cellspacing='0' cellpadding='8' width='100%'><tr><td>"
        f"<span style='font-size:{points:g}pt'><b>{text}</b></span>"
        "</td></tr></table>"
    )


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td valign='top' width='30%'><b>{_e(label)}</b></td>"
        f"<td valign='top'>{_e(value)}</td></tr>"
    )


def _rows(sheet: EmergencySheet) -> list[tuple[str, str]]:
    profile = sheet.profile
    rows = [
        (translate("Printouts", "Name"), profile.name),
        (translate("Printouts", "Date of birth"), _born(sheet)),
        (translate("Printouts", "Treatment"), profile.treatment),
        (translate("Printouts", "Allergies"), profile.allergies),
        (translate("Printouts", "Oncologist"), _who(profile.oncologist, profile.oncologist_phone)),
        (
            translate("Printouts", "Next of kin"),
            _who(profile.next_of_kin, profile.next_of_kin_phone),
        ),
    ]
    return [(label, value) for label, value in rows if value]


def _medicines(sheet: EmergencySheet) -> str:
    if not sheet.medicines:
        return "<p>" + _e(translate("Printouts", "No medicines in the plan.")) + "</p>"
    head = "".join(
        f"<th align='left'>{_e(word)}</th>"
        for word in (
            translate("Printouts", "Medicine"),
            translate("Printouts", "Dose"),
            translate("Printouts", "When"),
            translate("Printouts", "Instructions"),
        )
    )
    rows = "".join(
        f"<tr><td><b>{_e(m.name)}</b></td><td>{_e(m.dose)}</td><td>{_e(say(m.schedule))}</td>"
        f"<td>{_e(m.instructions)}</td></tr>"
        for m in sheet.medicines
    )
    return (
        f"<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
        f"<tr>{head}</tr>{rows}</table>"
    )


def sheet_part(sheet: EmergencySheet) -> str:
    rows = "".join(_row(label, value) for label, value in _rows(sheet))
    made = translate("Printouts", "Made on {date} with Care Planner.").format(
        date=long_date(sheet.made)
    )
    return (
        "<div style='font-size:13pt'><h1 style='font-size:24pt'>"
        + _e(translate("Printouts", "Emergency sheet"))
        + "</h1><p style='font-size:16pt'><b>"
        + _e(translate("Printouts", "Having treatment: tell the staff at once."))
        + f"</b></p>{_out_of_hours(sheet, 17)}<h2 style='font-size:18pt'>"
        + _e(translate("Printouts", "About me"))
        + f"</h2><table cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"
        + "<h2 style='font-size:18pt'>"
        + _e(translate("Printouts", "Medicines I take now"))
        + f"</h2>{_medicines(sheet)}<p style='font-size:9pt'>{_e(made)} "
        + _e(translate("Printouts", "Planning help, not medical advice: your care team decides."))
        + "</p></div>"
    )


def card_part(sheet: EmergencySheet) -> str:
    """The wallet card: a credit-card-sized box with a line to cut along."""
    profile = sheet.profile
    lines = [
        ("<b>" + _e(translate("Printouts", "HAVING TREATMENT: tell the staff at once")) + "</b>")
    ]
    if profile.out_of_hours:
        lines.append(
            "<b>"
            + _e(
                translate("Printouts", "Out of hours: {number}").format(number=profile.out_of_hours)
            )
            + "</b>"
        )
    else:
        lines.append(_e(translate("Printouts", "Ask the care team for their 24-hour number.")))
    for label, value in _rows(sheet):
        lines.append(f"<b>{_e(label)}:</b> {_e(value)}")
    if sheet.medicines:
        names = ", ".join(f"{m.name} {m.dose}" for m in sheet.medicines)
        lines.append("<b>" + _e(translate("Printouts", "Medicines")) + f":</b> {_e(names)}")
    width, height = (_px(mm) for mm in CARD_MM)
    cut = translate("Printouts", "Cut along the dashed line: the card fits a wallet.")
    return (
        "<div style='page-break-before:always'>"
        f"<p style='font-size:11pt'>{_e(cut)}</p>"
        f"<table border='1' cellspacing='0' cellpadding='6' width='{width}' "
        f"style='border-style:dashed'><tr><td height='{height}' valign='top' "
        f"style='font-size:7pt'>{'<br>'.join(lines)}</td></tr></table></div>"
    )


def sheet_html(sheet: EmergencySheet) -> str:
    return f"<html><body>{sheet_part(sheet)}{card_part(sheet)}</body></html>"


def save_pdf(sheet: EmergencySheet, path: Path, page: QPageSize.PageSizeId | None = None) -> None:
    """Write the sheet and the card to ``path``; OSError when the file cannot be written."""
    write_pdf(sheet_html(sheet), path, page=page or local_paper(), title=title(sheet))


def preview(parent: QWidget, sheet: EmergencySheet) -> None:
    """Qt's print preview of the sheet and the card; the user prints from there."""
    print_with_preview(parent, sheet_html(sheet), title(sheet), local_paper())
