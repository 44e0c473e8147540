"""The severity chart paints its lines with distinct markers and grows with the text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QImage
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, JournalKind
from planner.domain.journal import chart_model
from planner.domain.model import JournalEntry
from planner.ui.journal.severity_chart import (
    COLOURS,
    Mode,
    SeverityChart,
    chart_image,
    describe,
    marker_name,
    runs,
)
from tests.helpers.builders import MONDAY, appointment, at


def colours_in(image: QImage) -> set[str]:
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            found.add(QColor(image.pixel(x, y)).name().upper())
    return found


def chart() -> object:
    entries = [
        JournalEntry(JournalKind.SIDE_EFFECT, at(MONDAY + dt.timedelta(days=d), 9), name, s)
        for d, name, s in [(1, "Nausea", 6), (2, "Nausea", 8), (2, "Fatigue", 5), (3, "Fatigue", 7)]
    ]
    return chart_model(
        entries,
        [appointment(MONDAY, course_id=1, cycle=1)],
        ["Nausea", "Fatigue"],
        MONDAY,
        MONDAY + dt.timedelta(days=6),
    )


def test_each_symptom_is_drawn_in_its_colour_and_told_apart_by_shape(qapp: object) -> None:
    model = chart()
    image = chart_image(model, Mode.TIME, QSize(800, 400), QFont())
    seen = colours_in(image)
    assert COLOURS[0] in seen and COLOURS[1] in seen
    assert marker_name(0) != marker_name(1)
    assert "Nausea" in describe(model, Mode.TIME)


def test_the_cycle_overlay_draws_the_cycle(qapp: object) -> None:
    image = chart_image(chart(), Mode.CYCLE, QSize(800, 400), QFont())
    assert COLOURS[0] in colours_in(image)


def test_the_chart_asks_for_more_room_at_a_larger_text_size(qtbot: QtBot) -> None:
    widget = SeverityChart()
    qtbot.addWidget(widget)
    small = widget.sizeHint()
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.sizeHint().height() > small.height() * 1.5


def test_a_line_breaks_where_nothing_was_noted_for_days() -> None:
    points = [(0.4, 3), (1.4, 5), (2.4, 4), (12.4, 6), (13.4, 2), (20.0, 1)]
    assert runs(points) == [[(0.4, 3), (1.4, 5), (2.4, 4)], [(12.4, 6), (13.4, 2)], [(20.0, 1)]]
    assert runs([]) == []


def test_blood_tests_and_scans_are_no_treatment_days() -> None:
    visits = [
        appointment(MONDAY, id=1, course_id=1, cycle=1),
        appointment(MONDAY + dt.timedelta(days=3), id=2, kind=AppointmentKind.LAB_TEST),
        appointment(MONDAY + dt.timedelta(days=4), id=3, kind=AppointmentKind.SCAN),
    ]
    model = chart_model([], visits, ["Nausea"], MONDAY, MONDAY + dt.timedelta(days=13))
    assert model.treatment_days == (MONDAY,)
