"""The blood counts over the days the symptom chart shows: one strip per count
(neutrophils, haemoglobin, platelets) with its own scale, and each treatment cycle marked
with what became of it (went ahead, delayed, cancelled). Painted with QPainter in the
theme's colours (planner/ui/theme.py); markers differ by shape and every size comes from
the font."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from planner.domain.readings import BLOOD_COUNTS, COUNT_UNITS, Measurement, unit_text
from planner.services.readings import CycleNote, CycleState, ReadingsView
from planner.ui import theme
from planner.ui.journal.readings_tab import kind_name
from planner.ui.journal.severity_chart import draw_marker
from planner.ui.labels import long_date, short_date, translate
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView


def cycle_text(note: CycleNote) -> str:
    """What became of a cycle, in words with a sign (never by colour alone)."""
    if note.state is CycleState.WENT_AHEAD:
        return "\N{CHECK MARK} " + translate("Journal", "Went ahead")
    if note.state is CycleState.DELAYED:
        return "\N{CLOCKWISE OPEN CIRCLE ARROW} " + translate(
            "Journal", "Delayed by {days} days"
        ).format(days=note.delay_days)
    if note.state is CycleState.CANCELLED:
        return "\N{MULTIPLICATION X} " + translate("Journal", "Cancelled")
    return "\N{WHITE CIRCLE} " + translate("Journal", "Planned")


def cycle_mark(note: CycleNote) -> str:
    """The short sign under the chart's line for a cycle."""
    signs = {
        CycleState.WENT_AHEAD: "\N{CHECK MARK}",
        CycleState.DELAYED: "\N{CLOCKWISE OPEN CIRCLE ARROW}",
        CycleState.CANCELLED: "\N{MULTIPLICATION X}",
        CycleState.PLANNED: "\N{WHITE CIRCLE}",
    }
    return signs[note.state]


class CountsChart(QWidget):
    """The strips; ``first`` to ``last`` are the days shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsChart")
        self.setAccessibleName(translate("Journal", "Blood counts chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.counts: list[Measurement] = []
        self.cycles: list[CycleNote] = []
        self.first = self.last = dt.date.min  # until set_counts() says which days

    def set_counts(
        self,
        counts: Sequence[Measurement],
        cycles: Sequence[CycleNote],
        first: dt.date,
        last: dt.date,
    ) -> None:
        self.first, self.last = first, last
        self.counts = [c for c in counts if first <= c.at.date() <= last]
        self.cycles = [c for c in cycles if first <= c.day <= last]
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for a screen reader."""
        parts = []
        for kind in BLOOD_COUNTS:
            values = [c for c in self.counts if c.kind is kind]
            if values:
                newest = values[-1]
                parts.append(
                    translate(
                        "Journal", "{count}: {n} results, the last {value} {unit} on {day}"
                    ).format(
                        count=kind_name(kind),
                        n=len(values),
                        value=newest.value,
                        unit=unit_text(newest.unit),
                        day=long_date(newest.at.date()),
                    )
                )
        if not parts:
            return translate("Journal", "No blood counts in this period.")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 30), int(line * 16))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 16), int(line * 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme.current().chart()
        text = colours.text
        painter.fillRect(self.rect(), colours.background)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        left = max(metrics.horizontalAdvance(kind_name(k)) for k in BLOOD_COUNTS) + line
        right = self.width() - line
        bottom = self.height() - line * 2.6  # room for the dates and the cycles' signs
        top = line * 0.5
        span = max((self.last - self.first).days + 1, 1)

        def px(moment: dt.datetime | dt.date) -> float:
            if isinstance(moment, dt.datetime):
                days = (moment - dt.datetime.combine(self.first, dt.time.min)).total_seconds()
                days /= 86400
            else:
                days = (moment - self.first).days + 0.5
            return left + (right - left) * days / span

        grid = colours.grid
        strip = (bottom - top) / len(BLOOD_COUNTS)
        for n, kind in enumerate(BLOOD_COUNTS):
            upper = top + n * strip
            lower = upper + strip - line * 0.4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(left, lower), QPointF(right, lower))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, upper, left - line * 0.5, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                kind_name(kind),
            )
            painter.drawText(
                QRectF(0, upper + line, left - line * 0.5, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                unit_text(COUNT_UNITS[kind]),
            )
            values = [c for c in self.counts if c.kind is kind]
            if not values:
                painter.setPen(colours.muted_text)
                painter.drawText(
                    QRectF(left, upper, right - left, lower - upper),
                    Qt.AlignmentFlag.AlignCenter,
                    translate("Journal", "none noted"),
                )
                continue
            highest = max(v.value for v in values) or Decimal(1)

            def py(value: Decimal, upper: float = upper, lower: float = lower) -> float:
                room = lower - upper - line * 1.2
                return lower - float(value / highest) * room  # noqa: B023

            pen = QPen(colours.line(n), 2)
            painter.setPen(pen)
            points = [QPointF(px(v.at), py(v.value)) for v in values]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(colours.line(n))
            for point, value in zip(points, values, strict=True):
                painter.setPen(pen)
                draw_marker(painter, point, n, line * 0.25)
                painter.setPen(text)
                painter.drawText(
                    QRectF(point.x() - line * 2, point.y() - line * 1.2, line * 4, line),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{value.value}",
                )
            painter.setBrush(Qt.BrushStyle.NoBrush)

        # The cycles: a dashed line across the strips, and its sign under the axis.
        for note in self.cycles:
            x = px(note.day)
            painter.setPen(QPen(colours.marks, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(text)
            painter.drawText(
                QRectF(x - line, bottom, line * 2, line),
                Qt.AlignmentFlag.AlignCenter,
                cycle_mark(note),
            )
        # The first and last day, and today's date where there is room.
        painter.setPen(text)
        painter.drawText(
            QRectF(left, bottom + line * 1.3, line * 8, line),
            Qt.AlignmentFlag.AlignLeft,
            short_date(self.first),
        )
        painter.drawText(
            QRectF(right - line * 8, bottom + line * 1.3, line * 8, line),
            Qt.AlignmentFlag.AlignRight,
            short_date(self.last),
        )
        painter.end()


class CountsPanel(QWidget):
    """The Blood counts tab: the chart, and the cycles in words under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsPanel")
        self.view: ReadingsView | None = None
        self.days = 56
        self.note = QLabel(
            translate(
                "Journal",
                "Neutrophils, haemoglobin and platelets from your blood tests, over the same "
                "days as the symptom chart. Each treatment cycle is marked: "
                "✓ went ahead, ↻ delayed, ✕ cancelled, ○ planned.",
            ),
            self,
        )
        self.note.setObjectName("countsNote")
        self.note.setWordWrap(True)
        self.chart = CountsChart(self)
        self.cycles: RowsModel[CycleNote] = RowsModel(self._columns(), self)
        self.cycles.setObjectName("cyclesTableModel")
        self.table = RowsView(
            self.cycles, "cyclesTable", translate("Journal", "Treatment cycles"), self
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("countsSplitter")
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def _columns(self) -> Sequence[Column[CycleNote]]:
        return (
            Column(translate("Journal", "Day"), lambda c: long_date(c.day), key=lambda c: c.day),
            Column(translate("Journal", "Treatment"), lambda c: c.label),
            Column(translate("Journal", "What became of it"), cycle_text),
        )

    def show_view(self, view: ReadingsView) -> None:
        self.view = view
        self.redraw()

    def set_days(self, days: int) -> None:
        """Show the last ``days`` days (the symptom chart's period)."""
        self.days = days
        self.redraw()

    def redraw(self) -> None:
        if self.view is None:
            return
        last = self.view.now.date()
        first = last - dt.timedelta(days=self.days - 1)
        self.chart.set_counts(self.view.counts(), self.view.cycles, first, last)
        first_fill = self.cycles.rowCount() == 0
        self.cycles.set_rows([c for c in self.view.cycles if first <= c.day <= last])
        if first_fill:
            self.table.fit_columns()
