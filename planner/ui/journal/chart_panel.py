"""The Journal's chart tab: which symptoms, over what time, by date or by cycle day; the
chart and, under it, the same values as a table."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import JournalKind
from planner.domain.journal import ChartRow, chart_model, chart_rows, cycle_starts
from planner.services.journal import JournalView
from planner.ui.journal.severity_chart import Mode, SeverityChart
from planner.ui.labels import date_time, symptom_label, translate, yes_no
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.flow import FlowLayout, kept_together
from planner.ui.widgets.rowsview import RowsView

PERIODS = (28, 56, 91, 182, 365)
FIRST_CHOSEN = 3
"""Without a choice yet, the chart shows the symptoms noted most often in the period."""


def _period_text(days: int) -> str:
    texts = {
        28: translate("Journal", "Last 4 weeks"),
        56: translate("Journal", "Last 8 weeks"),
        91: translate("Journal", "Last 3 months"),
        182: translate("Journal", "Last 6 months"),
        365: translate("Journal", "Last year"),
    }
    return texts[days]


class ChartPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self._view: JournalView | None = None
        self._chosen: set[str] | None = None  # None until the user ticks or unticks one
        self.symptoms = QListWidget(self)
        self.symptoms.setObjectName("chartSymptoms")
        self.symptoms.setAccessibleName(translate("Journal", "Symptoms to chart"))
        self.symptoms.itemChanged.connect(self._ticked)
        self.period = QComboBox(self)
        self.period.setObjectName("chartPeriod")
        self.period.setAccessibleName(translate("Journal", "Period"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.period.view().setObjectName("chartPeriodList")
        self.period.view().setAccessibleName(translate("Journal", "Period"))
        for days in PERIODS:
            self.period.addItem(_period_text(days), days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.redraw)
        self.mode = QComboBox(self)
        self.mode.setObjectName("chartMode")
        self.mode.setAccessibleName(translate("Journal", "Chart by"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.mode.view().setObjectName("chartModeList")
        self.mode.view().setAccessibleName(translate("Journal", "Chart by"))
        self.mode.addItem(translate("Journal", "Date"), Mode.TIME.value)
        self.mode.addItem(
            translate("Journal", "Cycle day (cycles laid over each other)"), Mode.CYCLE.value
        )
        self.mode.currentIndexChanged.connect(self.redraw)
        self.chart = SeverityChart(self)
        self.rows: RowsModel[ChartRow] = RowsModel(self._columns(), self)
        self.rows.setObjectName("chartTableModel")
        self.table = RowsView(
            self.rows, "chartTable", translate("Journal", "Charted values as a table"), self
        )

        # The symptoms wrap in rows over the chart's width; the chart gets the room below.
        self.symptoms.setFlow(QListWidget.Flow.LeftToRight)
        self.symptoms.setWrapping(True)
        self.symptoms.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.symptoms.setSpacing(2)
        self.symptoms.setMaximumHeight(int(self.fontMetrics().height() * 3.4))
        controls = QGridLayout()
        symptoms_label = QLabel(translate("Journal", "&Symptoms:"), self)
        symptoms_label.setBuddy(self.symptoms)
        controls.addWidget(symptoms_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        controls.addWidget(self.symptoms, 0, 1)
        # Period and mode flow onto two lines at large text rather than widen the page.
        choices = FlowLayout()
        for text, field in (
            (translate("Journal", "&Period:"), self.period),
            (translate("Journal", "Chart &by:"), self.mode),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            choices.addWidget(kept_together(self, label, field))
        controls.addLayout(choices, 1, 0, 1, 2)
        controls.setColumnStretch(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("chartSplitter")
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    def _columns(self) -> Sequence[Column[ChartRow]]:
        return (
            Column(translate("Journal", "When"), lambda r: date_time(r.at), key=lambda r: r.at),
            Column(translate("Journal", "Symptom"), lambda r: symptom_label(r.symptom)),
            Column(
                translate("Journal", "Severity"),
                lambda r: str(r.severity),
                key=lambda r: r.severity,
            ),
            Column(translate("Journal", "Cycle"), lambda r: r.cycle),
            Column(
                translate("Journal", "Cycle day"),
                lambda r: "" if r.cycle_day is None else str(r.cycle_day),
                key=lambda r: r.cycle_day or 0,
            ),
            Column(translate("Journal", "Treatment day"), lambda r: yes_no(r.treatment)),
        )

    def show_view(self, view: JournalView) -> None:
        self._view = view
        self.redraw()

    def chosen(self) -> list[str]:
        """The ticked symptoms, as the plan stores them."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for n in range(self.symptoms.count())
            if (item := self.symptoms.item(n)).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, symptoms: Sequence[str]) -> None:
        self._chosen = set(symptoms)
        self.redraw()

    @Slot(QListWidgetItem)
    def _ticked(self, item: QListWidgetItem) -> None:
        self._chosen = set(self.chosen())
        self._draw()

    def _first(self) -> dt.date:
        assert self._view is not None
        days = self.period.currentData()
        return self._view.now.date() - dt.timedelta(days=int(days) - 1)

    @Slot()
    def redraw(self) -> None:
        """Fill the symptom list for the period, then draw."""
        if self._view is None:
            return
        first = self._first()
        counts = Counter(
            e.symptom
            for e in self._view.entries
            if e.kind is JournalKind.SIDE_EFFECT and e.at.date() >= first
        )
        names = list(dict.fromkeys([*self._view.symptoms, *counts]))
        chosen = self._chosen
        if chosen is None:
            chosen = {name for name, _ in counts.most_common(FIRST_CHOSEN)}
        self.symptoms.blockSignals(True)
        self.symptoms.clear()
        for name in names:
            item = QListWidgetItem(symptom_label(name), self.symptoms)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = name in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.symptoms.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        if self._view is None:
            return
        view, first = self._view, self._first()
        mode = Mode(self.mode.currentData())
        chart = chart_model(view.entries, view.appointments, self.chosen(), first, view.now.date())
        self.chart.set_chart(chart, mode)
        self.rows.set_rows(chart_rows(chart, cycle_starts(view.appointments)))
