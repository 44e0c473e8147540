"""The visit packet: what to bring to an appointment, on paper or as a PDF.

Open questions, the side effects since the last visit (a table and the chart), the
medicines with how well each was taken since then, the temperatures noted, the latest rest
and mood, and who drives there and back. Every text from the plan is escaped.
"""

from __future__ import annotations

import base64
import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from planner.domain.doses import LINE_PERCENT
from planner.domain.enums import LegDirection
from planner.domain.medicines import AsNeeded, amount_text
from planner.domain.red_flags import Temperature, TemperatureUnit
from planner.services.journal import VisitPacket
from planner.services.medicines import AdherenceResult
from planner.ui.journal.severity_chart import Mode, chart_image, marker_name
from planner.ui.labels import (
    date_time,
    long_date,
    short_date,
    symptom_label,
    time_of_day,
    translate,
)
from planner.ui.printing import print_with_preview, write_pdf

CHART_SIZE = QSize(1200, 560)
CHART_POINTS = 20.0  # the chart's text, drawn at print size on a large picture


def _e(text: str) -> str:
    return html.escape(text)


def title(packet: VisitPacket) -> str:
    return translate("Journal", "Visit packet: {title}, {date}").format(
        title=packet.appointment.title, date=short_date(packet.appointment.start.date())
    )


def _chart_tag(packet: VisitPacket) -> str:
    font = QFont()
    font.setPointSizeF(CHART_POINTS)
    image = chart_image(packet.chart, Mode.TIME, CHART_SIZE, font)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    encoded = base64.b64encode(bytes(data.data())).decode("ascii")
    return f'<p><img src="data:image/png;base64,{encoded}" width="640"></p>'


def packet_html(packet: VisitPacket) -> str:
    """The packet as one HTML page, naming the patient (the line is left out without one)."""
    patient = packet.patient
    visit = packet.appointment
    parts = [f"<h1>{_e(title(packet))}</h1>"]
    if patient:
        parts.append(
            "<p><b>" + _e(translate("Journal", "Patient: {name}").format(name=patient)) + "</b></p>"
        )
    where = ", ".join(p for p in (visit.location, visit.clinician) if p)
    parts.append(
        f"<p>{_e(date_time(visit.start))}" + (f" &mdash; {_e(where)}" if where else "") + "</p>"
    )

    parts.append("<h2>" + _e(translate("Journal", "Questions to ask")) + "</h2>")
    if packet.questions:
        parts.append("<ol>" + "".join(f"<li>{_e(q.text)}</li>" for q in packet.questions) + "</ol>")
    else:
        parts.append("<p>" + _e(translate("Journal", "No open questions noted.")) + "</p>")

    heading = translate("Journal", "Side effects since {date}").format(date=long_date(packet.since))
    parts.append(f"<h2>{_e(heading)}</h2>")
    if packet.side_effects:
        rows = "".join(
            f"<tr><td>{_e(date_time(e.at))}</td><td>{_e(symptom_label(e.symptom))}</td>"
            f"<td align='center'>{e.severity}</td><td>{_e(e.note)}</td></tr>"
            for e in packet.side_effects
        )
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>"
            + _e(translate("Journal", "When"))
            + "</th><th>"
            + _e(translate("Journal", "Symptom"))
            + "</th><th>"
            + _e(translate("Journal", "Severity (0 to 10)"))
            + "</th><th>"
            + _e(translate("Journal", "Note"))
            + f"</th></tr>{rows}</table>"
        )
        parts.append(_chart_tag(packet))
        legend = "; ".join(
            translate("Journal", "{symptom}: {shape}").format(
                symptom=symptom_label(s.symptom), shape=marker_name(s.marker)
            )
            for s in packet.chart.series
        )
        parts.append(
            "<p><small>"
            + _e(translate("Journal", "Chart markers"))
            + f": {_e(legend)}. "
            + _e(translate("Journal", "Dashed lines mark treatment days."))
            + "</small></p>"
        )
    else:
        parts.append(
            "<p>" + _e(translate("Journal", "No side effects noted in this time.")) + "</p>"
        )

    parts += _medicines(packet)
    parts += _temperatures(packet)

    parts.append("<h2>" + _e(translate("Journal", "Rest and mood")) + "</h2><ul>")
    if packet.rest is not None and packet.rest.hours is not None:
        rest = translate("Journal", "Rest: {hours:g} hours (noted {when})").format(
            hours=packet.rest.hours, when=date_time(packet.rest.at)
        )
        parts.append(f"<li>{_e(rest)}</li>")
    else:
        parts.append("<li>" + _e(translate("Journal", "Rest: nothing noted")) + "</li>")
    if packet.mood is not None:
        mood = translate("Journal", "Mood: {mood} of 10 (noted {when})").format(
            mood=packet.mood.mood, when=date_time(packet.mood.at)
        )
        parts.append(f"<li>{_e(mood)}</li>")
    else:
        parts.append("<li>" + _e(translate("Journal", "Mood: nothing noted")) + "</li>")
    parts.append("</ul>")

    parts.append("<h2>" + _e(translate("Journal", "Rides")) + "</h2>")
    if packet.drives:
        items = []
        for drive in packet.drives:
            way = (
                translate("Journal", "There")
                if drive.direction is LegDirection.THERE
                else translate("Journal", "Back")
            )
            if drive.driver is None:
                who = translate("Journal", "no driver yet")
            elif drive.confirmed:
                who = translate("Journal", "{name} (confirmed)").format(name=drive.driver.name)
            else:
                who = translate("Journal", "{name} (not confirmed yet)").format(
                    name=drive.driver.name
                )
            phone = f", {drive.driver.phone}" if drive.driver and drive.driver.phone else ""
            line = translate("Journal", "{way}: pickup at {time}, {who}").format(
                way=way, time=time_of_day(drive.pickup), who=who
            )
            items.append(f"<li>{_e(line + phone)}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append("<p>" + _e(translate("Journal", "No ride planned for this visit.")) + "</p>")
    parts.append(
        "<p><small>"
        + _e(translate("Journal", "Planning help, not medical advice: your care team decides."))
        + "</small></p>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


_TABLE = "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"


def adherence_text(result: AdherenceResult) -> str:
    """How well a medicine was taken in the packet's time, in words; a "must not miss"
    medicine under the line says so by a sign and in words."""
    if isinstance(result.medicine.schedule, AsNeeded):
        return translate("Journal", "Taken as needed")
    done = result.adherence
    if done.percent is None:
        return translate("Journal", "No doses due in this time")
    text = translate("Journal", "{taken} of {scheduled} doses taken in time ({percent}%)").format(
        taken=done.taken_in_time, scheduled=done.scheduled, percent=done.percent
    )
    if result.below_line:
        text += " " + translate("Journal", "⚠ below the {line}% this medicine needs").format(
            line=LINE_PERCENT
        )
    return text


def _medicines(packet: VisitPacket) -> list[str]:
    heading = translate("Journal", "Medicines since {date}").format(date=long_date(packet.since))
    parts = [f"<h2>{_e(heading)}</h2>"]
    if not packet.medicines:
        return [
            *parts,
            ("<p>" + _e(translate("Journal", "No medicines in the plan for this time.")) + "</p>"),
        ]
    rows = []
    for result in packet.medicines:
        medicine = result.medicine
        name = " ".join(p for p in (medicine.name, medicine.strength) if p)
        if medicine.must_not_miss:
            name += " " + translate("Journal", "(must not miss)")
        rows.append(
            f"<tr><td>{_e(name)}</td><td>{_e(amount_text(medicine.dose, medicine.unit))}</td>"
            f"<td>{_e(adherence_text(result))}</td><td>{_e(medicine.purpose)}</td></tr>"
        )
    parts.append(
        f"{_TABLE}<tr><th>"
        + _e(translate("Journal", "Medicine"))
        + "</th><th>"
        + _e(translate("Journal", "Dose"))
        + "</th><th>"
        + _e(translate("Journal", "Taken"))
        + "</th><th>"
        + _e(translate("Journal", "What for"))
        + f"</th></tr>{''.join(rows)}</table>"
    )
    return parts


def temperature_text(value: Decimal, unit: str, shown: TemperatureUnit) -> str:
    """A noted temperature in the plan's scale (as typed when it is the same)."""
    try:
        return Temperature(value, TemperatureUnit(unit)).text(shown)
    except ValueError:
        return f"{value} {unit}"


def _temperatures(packet: VisitPacket) -> list[str]:
    heading = translate("Journal", "Temperatures since {date}").format(date=long_date(packet.since))
    parts = [f"<h2>{_e(heading)}</h2>"]
    if not packet.temperatures:
        return [
            *parts,
            ("<p>" + _e(translate("Journal", "No temperature noted in this time.")) + "</p>"),
        ]
    rows = "".join(
        f"<tr><td>{_e(date_time(r.at))}</td>"
        f"<td align='center'>{_e(temperature_text(r.value, r.unit, packet.temperature_unit))}</td>"
        f"<td>{_e(r.note)}</td></tr>"
        for r in packet.temperatures
    )
    parts.append(
        f"{_TABLE}<tr><th>"
        + _e(translate("Journal", "When"))
        + "</th><th>"
        + _e(translate("Journal", "Temperature"))
        + "</th><th>"
        + _e(translate("Journal", "Note"))
        + f"</th></tr>{rows}</table>"
    )
    return parts


def save_pdf(packet: VisitPacket, path: Path) -> None:
    """Write the packet to ``path``; OSError when the file cannot be written."""
    write_pdf(packet_html(packet), path, title=title(packet))


def preview(parent: QWidget, packet: VisitPacket) -> None:
    """Qt's print preview of the packet; the user prints from there."""
    print_with_preview(parent, packet_html(packet), title(packet))
