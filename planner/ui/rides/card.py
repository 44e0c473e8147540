"""The ride card: one page a driver takes along, printed or saved as a PDF.

It names who to pick up, where and when, where to go and what to know there, and who to
call. It says what kind of appointment it is and nothing more about the treatment: the
notes of an appointment stay in the plan.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.domain.enums import LegDirection
from planner.domain.model import Helper
from planner.services.rides import LegDetails
from planner.ui import printing
from planner.ui.labels import long_date, time_of_day, translate, vocabulary


def title(details: LegDetails) -> str:
    if details.leg.direction is LegDirection.THERE:
        return translate("Rides", "Ride card: to the appointment, {date}")
    return translate("Rides", "Ride card: home from the appointment, {date}")


def card_title(details: LegDetails) -> str:
    return title(details).format(date=long_date(details.leg.pickup_time.date()))


def _row(label: str, *lines: str) -> str:
    shown = "<br/>".join(html.escape(line) for line in lines if line)
    return (
        f'<tr><td style="padding: 4px 16px 4px 0; vertical-align: top;"><b>{html.escape(label)}'
        f'</b></td><td style="padding: 4px 0;">{shown or "&mdash;"}</td></tr>'
    )


def _person(helper: Helper | None) -> tuple[str, ...]:
    if helper is None:
        return (translate("Rides", "Nobody yet"),)
    return (helper.name, helper.phone)


def card_html(details: LegDetails) -> str:
    """The card as HTML; every text from the plan is escaped. What the plan does not know
    (the patient's name, the home address) is left out, never printed as a placeholder."""
    leg, appointment, place = details.leg, details.appointment, details.place
    clinic_lines = (
        (place.name, place.address, place.phone) if place is not None else (appointment.location,)
    )
    there = leg.direction is LegDirection.THERE
    pickup = leg.pickup_place or (details.home if there else "")
    rows = []
    if details.patient or details.patient_phone:
        rows.append(_row(translate("Rides", "Patient"), details.patient, details.patient_phone))
    rows.append(_row(translate("Rides", "Pickup"), time_of_day(leg.pickup_time), pickup))
    if there:
        rows.append(_row(translate("Rides", "Drive to"), *clinic_lines))
    elif details.home:
        rows.append(_row(translate("Rides", "Drive home to"), details.home))
    notes = [text for text in (place.notes if place else "", leg.notes) if text]
    rows += [
        _row(translate("Rides", "Appointment"), vocabulary(appointment.kind)),
        _row(translate("Rides", "Starts"), time_of_day(appointment.start)),
        _row(translate("Rides", "Expected end"), time_of_day(appointment.end)),
        _row(translate("Rides", "Clinic"), *clinic_lines),
        _row(translate("Rides", "Driver"), *_person(details.driver)),
        _row(translate("Rides", "Backup driver"), *_person(details.backup)),
        _row(translate("Rides", "Notes"), *notes),
    ]
    if details.out_of_hours:
        number = translate("Rides", "Care team: {number}").format(number=details.out_of_hours)
        rows.append(_row(translate("Rides", "Out of hours"), number))
    heading = html.escape(card_title(details))
    thanks = html.escape(
        translate(
            "Rides",
            "Thank you for driving. If you cannot make it, please call as early as you can.",
        )
    )
    return (
        f"<html><body><h2>{heading}</h2>"
        f'<table cellspacing="0">{"".join(rows)}</table>'
        f"<p>{thanks}</p></body></html>"
    )


def save_pdf(details: LegDetails, path: Path) -> None:
    """Write the card to ``path``; OSError with a readable reason when it cannot be."""
    printing.write_pdf(card_html(details), path, title=card_title(details))


def print_card(parent: QWidget, details: LegDetails) -> None:
    printing.print_with_preview(parent, card_html(details), card_title(details))
