"""A helper's packet: one page with their rides and tasks for the coming weeks and the
numbers they may need, to print or send with the matching calendar file.

Only what the helper's part needs is on it: the patient's name, phone and address, where
to go, and the emergency and clinic numbers; no diagnosis, no notes of other areas.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.domain.enums import LegDirection
from planner.services.sheets import HelperPacket, Trip, Visit
from planner.ui.labels import date_time, say, short_date, time_of_day, translate
from planner.ui.printing import print_with_preview, write_pdf

POINTS = 14.0


def _e(text: str) -> str:
    return html.escape(text)


def title(packet: HelperPacket) -> str:
    return translate("Helpers", "For {name}: {first} to {last}").format(
        name=packet.helper.name, first=short_date(packet.first), last=short_date(packet.last)
    )


def _trip_text(trip: Trip) -> str:
    """Where to pick up and where to go; a place the plan does not know is left out."""
    there = trip.direction is LegDirection.THERE
    way = translate("Helpers", "Drive there") if there else translate("Helpers", "Drive home")
    place = trip.place or (translate("Helpers", "home") if there else "")
    steps = []
    if place:
        steps.append(translate("Helpers", "pick up at {place}").format(place=place))
    if trip.destination:
        steps.append(
            translate("Helpers", "go to {destination}").format(destination=trip.destination)
        )
    return (
        translate("Helpers", "{way}: {steps}").format(way=way, steps=", ".join(steps))
        if steps
        else way
    )


def _trip(trip: Trip) -> str:
    line = _trip_text(trip)
    if trip.as_backup:
        if trip.driver:
            backup = translate(
                "Helpers", "Backup driver for {driver} (you drive only if they cannot)."
            )
        else:
            backup = translate("Helpers", "Backup driver (nobody drives it yet).")
        line = f"{backup.format(driver=trip.driver)} {line}"
    if trip.cancelled:
        line = translate("Helpers", "CANCELLED: {line}").format(line=line)
    elif not trip.confirmed and not trip.as_backup:
        line += " (" + translate("Helpers", "please confirm") + ")"
    if trip.note:
        line += f". {trip.note}"
    return f"<tr><td valign='top'><b>{_e(date_time(trip.pickup))}</b></td><td>{_e(line)}</td></tr>"


def _task(visit: Visit) -> str:
    span = translate("Helpers", "{start} to {end}").format(
        start=date_time(visit.start), end=time_of_day(visit.end)
    )
    return f"<tr><td valign='top'><b>{_e(span)}</b></td><td>{_e(visit.what)}</td></tr>"


def packet_html(packet: HelperPacket) -> str:
    parts = [f"<div style='font-size:{POINTS:g}pt'>", f"<h1>{_e(title(packet))}</h1>"]
    thanks = translate("Helpers", "Thank you for helping {name}.").format(
        name=packet.patient or translate("Helpers", "us")
    )
    parts.append(f"<p>{_e(thanks)}</p>")
    parts.append("<h2>" + _e(translate("Helpers", "Rides")) + "</h2>")
    if packet.trips:
        rows = "".join(_trip(t) for t in packet.trips)
        parts.append(f"<table cellpadding='4' width='100%'>{rows}</table>")
    else:
        parts.append("<p>" + _e(translate("Helpers", "No rides for you in these weeks.")) + "</p>")
    parts.append("<h2>" + _e(translate("Helpers", "Tasks")) + "</h2>")
    if packet.tasks:
        rows = "".join(_task(t) for t in packet.tasks)
        parts.append(f"<table cellpadding='4' width='100%'>{rows}</table>")
    else:
        parts.append("<p>" + _e(translate("Helpers", "No tasks for you in these weeks.")) + "</p>")
    parts.append(
        "<h2>☎ " + _e(translate("Helpers", "Numbers you may need")) + "</h2><table cellpadding='3'>"
    )
    if packet.patient_phone:
        who = packet.patient or translate("Helpers", "Patient")
        parts.append(f"<tr><td><b>{_e(packet.patient_phone)}</b></td><td>{_e(who)}</td></tr>")
    for number in packet.numbers:
        parts.append(
            f"<tr><td><b>{_e(number.phone)}</b></td>"
            f"<td>{_e(say(number.who))} ({_e(say(number.role))})</td></tr>"
        )
    parts.append("</table>")
    if packet.home:
        parts.append(
            "<p>" + _e(translate("Helpers", "Home: {address}").format(address=packet.home)) + "</p>"
        )
    parts.append(
        f"<p style='font-size:{POINTS * 0.65:g}pt'>"
        + _e(
            translate(
                "Helpers",
                "The same rides and tasks come as a calendar file for your own calendar.",
            )
        )
        + "</p></div>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def save_pdf(packet: HelperPacket, path: Path) -> None:
    """Write the packet to ``path``; OSError when the file cannot be written."""
    write_pdf(packet_html(packet), path, title=title(packet))


def preview(parent: QWidget, packet: HelperPacket) -> None:
    print_with_preview(parent, packet_html(packet), title(packet))
