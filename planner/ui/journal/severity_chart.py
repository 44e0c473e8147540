"""The severity chart: side effects over time with the treatment days marked, or the cycles
laid over each other by cycle day. Painted with QPainter from the domain's ChartModel.

Lines differ by marker shape and a label in the legend as well as by colour, so the chart
reads without colour; every size comes from the font, so it grows with the text size.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain.journal import ChartModel
from planner.ui import theme
from planner.ui.labels import qdate, short_date, symptom_label, translate
from planner.ui.theme import PAPER, ChartColours

COLOURS = PAPER.chart_lines
"""The lines' colours on paper; in the window they are the theme's (planner/ui/theme.py)."""
MARKER_NAMES = ("circle", "square", "triangle", "diamond", "cross", "star")


class Mode(Enum):
    TIME = "time"
    CYCLE = "cycle"


def marker_name(marker: int) -> str:
    names = {
        "circle": translate("Journal", "circle"),
        "square": translate("Journal", "square"),
        "triangle": translate("Journal", "triangle"),
        "diamond": translate("Journal", "diamond"),
        "cross": translate("Journal", "cross"),
        "star": translate("Journal", "star"),
    }
    return names[MARKER_NAMES[marker % len(MARKER_NAMES)]]


def draw_marker(painter: QPainter, centre: QPointF, marker: int, radius: float) -> None:
    shape = MARKER_NAMES[marker % len(MARKER_NAMES)]
    x, y, r = centre.x(), centre.y(), radius
    if shape == "circle":
        painter.drawEllipse(centre, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r), QPointF(x - r, y + r)])
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    elif shape == "cross":
        painter.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
        painter.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
    else:
        points = [
            QPointF(
                x + (r if n % 2 == 0 else r / 2) * math.sin(n * math.pi / 5),
                y - (r if n % 2 == 0 else r / 2) * math.cos(n * math.pi / 5),
            )
            for n in range(10)
        ]
        painter.drawPolygon(QPolygonF(points))


Line = tuple[str, int, list[tuple[float, int]]]
"""A legend label, a marker, and (x, severity) points."""

JOIN_WITHIN_DAYS = 3.0
"""Points further apart than this (days with nothing noted between them) are not joined:
a line across an unlogged week would show severities nobody noted."""


def runs(points: list[tuple[float, int]]) -> list[list[tuple[float, int]]]:
    """The points in stretches to draw as one line each, split where nothing was noted
    for more than :data:`JOIN_WITHIN_DAYS`."""
    stretches: list[list[tuple[float, int]]] = []
    for point in points:
        if stretches and point[0] - stretches[-1][-1][0] <= JOIN_WITHIN_DAYS:
            stretches[-1].append(point)
        else:
            stretches.append([point])
    return stretches


def _lines(chart: ChartModel, mode: Mode) -> tuple[list[Line], float, float]:
    """The lines to draw and the x range, in days (time) or cycle days."""
    if mode is Mode.TIME:
        origin = dt.datetime.combine(chart.first, dt.time.min)
        lines = [
            (
                symptom_label(s.symptom),
                s.marker,
                [((p.at - origin).total_seconds() / 86400, p.severity) for p in s.points],
            )
            for s in chart.series
        ]
        return lines, 0.0, float((chart.last - chart.first).days + 1)
    lines = [
        (
            translate("Journal", "{cycle} (from {date})").format(
                cycle=c.label, date=short_date(c.start)
            ),
            c.marker,
            [(float(day), severity) for day, severity in c.days],
        )
        for c in chart.cycles
    ]
    return lines, 1.0, float(chart.cycle_days)


def paint_chart(
    painter: QPainter,
    area: QRectF,
    chart: ChartModel | None,
    mode: Mode,
    font: QFont,
    colours: ChartColours,
) -> None:
    """Draw ``chart`` into ``area`` in ``colours``: legend on top, severity 0 to 10 up,
    time or cycle days along."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line_height = metrics.height()
    text = colours.text
    painter.fillRect(area, colours.background)
    painter.setPen(text)
    if chart is None:
        painter.restore()
        return
    lines, low, high = _lines(chart, mode)
    radius = max(3.0, line_height / 4)

    # Legend: a marker and a label per line, wrapping into rows.
    legend = [(label, marker, colours.line(n)) for n, (label, marker, _) in enumerate(lines)]
    x, y = area.left() + line_height / 2, area.top() + line_height / 4
    treatment = translate("Journal", "Treatment day")
    items = [*legend, (treatment, -1, colours.marks)]
    for label, marker, colour in items:
        # A label longer than the chart is shortened; the table beside it has it whole.
        label = metrics.elidedText(
            label, Qt.TextElideMode.ElideMiddle, area.width() - 4 * line_height
        )
        width = 2 * line_height + metrics.horizontalAdvance(label) + line_height
        if x + width > area.right() and x > area.left() + line_height:
            x, y = area.left() + line_height / 2, y + line_height * 1.2
        middle = QPointF(x + line_height / 2, y + line_height / 2)
        if marker < 0:
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(middle.x(), y), QPointF(middle.x(), y + line_height))
        else:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour)
            draw_marker(painter, middle, marker, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text)
        painter.drawText(
            QRectF(x + line_height * 1.3, y, width, line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += width
    top = y + line_height * 1.6

    # Plot area with the severity scale on the left and the dates or cycle days below.
    left = area.left() + metrics.horizontalAdvance("10") + line_height
    bottom = area.bottom() - line_height * 2.4
    right = area.right() - metrics.horizontalAdvance("10 Mar") / 2 - line_height / 2
    plot = QRectF(QPointF(left, top + line_height / 2), QPointF(right, bottom))
    if plot.width() < line_height * 4 or plot.height() < line_height * 3:
        painter.restore()
        return
    span = max(high - low, 1.0)

    def px(value: float) -> float:
        return plot.left() + (value - low) / span * plot.width()

    def py(severity: float) -> float:
        return plot.bottom() - severity / 10 * plot.height()

    grid = colours.grid
    for severity in range(0, 11, 2):
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(plot.left(), py(severity)), QPointF(plot.right(), py(severity)))
        painter.setPen(text)
        painter.drawText(
            QRectF(
                area.left(),
                py(severity) - line_height / 2,
                left - area.left() - line_height / 3,
                line_height,
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(severity),
        )
    painter.drawText(
        QRectF(plot.left(), top - line_height * 0.6, plot.width(), line_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("Journal", "Severity (0 none, 10 worst)"),
    )
    _axis(painter, metrics, chart, mode, plot, low, high, px, text)

    # Treatment days: dashed upright lines.
    painter.setPen(QPen(colours.marks, 1.5, Qt.PenStyle.DashLine))
    marks = (
        [(day - chart.first).days + 0.5 for day in chart.treatment_days]
        if mode is Mode.TIME
        else [1.0]
    )
    for mark in marks:
        painter.drawLine(QPointF(px(mark), plot.top()), QPointF(px(mark), plot.bottom()))

    for n, (_, marker, points) in enumerate(lines):
        pen_colour = colours.line(n)
        painter.setPen(QPen(pen_colour, max(2.0, line_height / 8)))
        path = QPainterPath()
        for stretch in runs(points):
            for k, (value, severity) in enumerate(stretch):
                point = QPointF(px(value), py(severity))
                if k == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
        painter.drawPath(path)
        painter.setBrush(pen_colour)
        for value, severity in points:
            draw_marker(painter, QPointF(px(value), py(severity)), marker, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    if not any(points for _, _, points in lines):
        painter.setPen(text)
        painter.drawText(
            plot,
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            translate("Journal", "Nothing noted for the chosen symptoms in this period."),
        )
    painter.restore()


def _axis(
    painter: QPainter,
    metrics: QFontMetricsF,
    chart: ChartModel,
    mode: Mode,
    plot: QRectF,
    low: float,
    high: float,
    px: Callable[[float], float],
    text: QColor,
) -> None:
    """Labels along the bottom, spaced so that they never overlap."""
    line_height = metrics.height()
    if mode is Mode.TIME:
        days = (chart.last - chart.first).days + 1
        sample = short_label(chart.last)
        title = translate("Journal", "Date")
    else:
        days = chart.cycle_days
        sample = "00"
        title = translate("Journal", "Day of the cycle (day 1 is the treatment day)")
    room = plot.width() / max(days, 1)
    step = max(1, math.ceil((metrics.horizontalAdvance(sample) + line_height) / room))
    painter.setPen(text)
    for n in range(0, days, step):
        if mode is Mode.TIME:
            label = short_label(chart.first + dt.timedelta(days=n))
            centre = px(n + 0.5)
        else:
            label = str(n + 1)
            centre = px(float(n + 1))
        width = metrics.horizontalAdvance(label) + line_height
        painter.drawText(
            QRectF(centre - width / 2, plot.bottom() + line_height * 0.2, width, line_height),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + line_height * 1.2, plot.width(), line_height),
        Qt.AlignmentFlag.AlignCenter,
        title,
    )


def short_label(day: dt.date) -> str:
    """Day and short month, e.g. "11 Mar", in the locale's way."""
    return QLocale().toString(qdate(day), "d MMM")


def chart_image(chart: ChartModel, mode: Mode, size: QSize, font: QFont) -> QImage:
    """The chart as a picture (for the visit packet): on paper's white with black text,
    whatever the window's theme."""
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_chart(painter, QRectF(image.rect()), chart, mode, font, PAPER.chart())
    painter.end()
    return image


class SeverityChart(QWidget):
    """Shows a :class:`ChartModel` over time or by cycle day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severityChart")
        self.setAccessibleName(translate("Journal", "Severity chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart: ChartModel | None = None
        self.mode = Mode.TIME

    def set_chart(self, chart: ChartModel, mode: Mode) -> None:
        self.chart, self.mode = chart, mode
        self.setAccessibleDescription(describe(chart, mode))
        self.update()

    def sizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(int(height * 36), int(height * 16))

    def minimumSizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(int(height * 16), int(height * 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(
            painter,
            QRectF(self.rect()),
            self.chart,
            self.mode,
            self.font(),
            theme.current().chart(),
        )
        painter.end()


def describe(chart: ChartModel, mode: Mode) -> str:
    """One sentence for a screen reader; the table next to the chart holds the numbers."""
    if chart.empty:
        return translate("Journal", "Nothing noted for the chosen symptoms in this period.")
    names: Sequence[str] = (
        [symptom_label(s.symptom) for s in chart.series if s.points]
        if mode is Mode.TIME
        else [c.label for c in chart.cycles]
    )
    return translate(
        "Journal", "Severity of {names} from {first} to {last}; the table below lists each value."
    ).format(names=", ".join(names), first=short_date(chart.first), last=short_date(chart.last))
