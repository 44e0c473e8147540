"""The Journal's Readings tab: temperatures, weights and blood counts as noted, newest
first, with a temperature that set a red-flag rule off marked in words and a sign."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from planner.domain import red_flags
from planner.domain.readings import Measurement, ReadingKind, unit_text
from planner.services.readings import ReadingsView
from planner.ui.labels import date_time, translate
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView


def kind_name(kind: ReadingKind) -> str:
    names = {
        ReadingKind.TEMPERATURE: translate("Journal", "Temperature"),
        ReadingKind.WEIGHT: translate("Journal", "Weight"),
        ReadingKind.NEUTROPHILS: translate("Journal", "Neutrophils"),
        ReadingKind.HAEMOGLOBIN: translate("Journal", "Haemoglobin"),
        ReadingKind.PLATELETS: translate("Journal", "Platelets"),
    }
    return names[kind]


def value_text(reading: Measurement, shown: red_flags.TemperatureUnit | None = None) -> str:
    """``38.4 °C``, ``72.5 kg``, ``0.8 x10⁹/L``: a temperature typed in another scale than
    the plan's (``shown``) shows both."""
    if reading.kind is ReadingKind.TEMPERATURE:
        temperature = red_flags.Temperature(reading.value, red_flags.TemperatureUnit(reading.unit))
        if shown is None or temperature.unit is shown:
            return temperature.text()
        return temperature.both(shown)
    return f"{reading.value} {unit_text(reading.unit)}"


def red_flag_text() -> str:
    """A temperature that set a red-flag rule off (under the "Red flag" heading)."""
    return "\N{WARNING SIGN} " + translate("Journal", "Call now")


class ReadingsTab(QWidget):
    """The readings with a row of buttons above them (note a temperature, a weight...)."""

    def __init__(self, buttons: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingsTab")
        self.view: ReadingsView | None = None
        self.model: RowsModel[Measurement] = RowsModel(self._columns(), self)
        self.model.setObjectName("readingsTableModel")
        self.table = RowsView(self.model, "readingsTable", translate("Journal", "Readings"), self)
        self.empty = QLabel(
            translate(
                "Journal",
                "No temperatures, weights or blood counts noted yet. On the days when blood "
                "counts are likely low, take your temperature each evening and note it here.",
            ),
            self,
        )
        self.empty.setObjectName("readingsEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def _columns(self) -> Sequence[Column[Measurement]]:
        return (
            Column(translate("Journal", "When"), lambda m: date_time(m.at), key=lambda m: m.at),
            Column(
                translate("Journal", "Reading"),
                self._reading,
                key=lambda m: (m.kind.value, m.value),
            ),
            Column(translate("Journal", "Red flag"), self._flag),
            Column(translate("Journal", "Note"), lambda m: m.note),
        )

    def _reading(self, reading: Measurement) -> str:
        """``Temperature: 38.4 °C``: one column, so that the red flag fits beside it at
        large text."""
        value = value_text(reading, self.view.unit if self.view else None)
        return translate("Journal", "{reading}: {value}").format(
            reading=kind_name(reading.kind), value=value
        )

    def _flag(self, reading: Measurement) -> str:
        flagged = self.view is not None and reading.id in self.view.flagged
        return red_flag_text() if flagged else ""

    def show_view(self, view: ReadingsView) -> None:
        grown = len(view.readings) != self.model.rowCount()
        self.view = view
        self.model.set_rows(view.readings)
        self.empty.setVisible(not view.readings)
        if grown:  # a new reading may be wider than the ones before
            self.table.fit_columns()
