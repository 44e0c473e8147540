"""Undoable readings: a temperature, a weight or a blood count noted from the Journal."""

from __future__ import annotations

from collections.abc import Callable

from planner.domain.readings import Measurement, ReadingKind
from planner.domain.red_flags import TemperatureUnit
from planner.services import readings
from planner.services.changes import Changes
from planner.ui.labels import translate
from planner.ui.operations import Operations, Refused


def step_name(kind: ReadingKind) -> str:
    """The step's name in Edit > Undo."""
    names = {
        ReadingKind.TEMPERATURE: translate("Journal", "Note temperature"),
        ReadingKind.WEIGHT: translate("Journal", "Note weight"),
    }
    return names.get(kind, translate("Journal", "Note blood count"))


class ReadingActions:
    """Saves readings, each as one step Edit > Undo takes back. A refused reading returns
    its reason (for the form to show) and changes nothing."""

    def __init__(self, operations: Operations) -> None:
        self.operations = operations

    def note(self, reading: Measurement) -> Measurement | str:
        plan = self.operations.plan
        service: Callable[[], tuple[Measurement, Changes]]
        if reading.kind is ReadingKind.TEMPERATURE:

            def service() -> tuple[Measurement, Changes]:
                noted, changes = readings.log_temperature(
                    plan, reading.value, TemperatureUnit(reading.unit), reading.at, reading.note
                )
                return noted.reading, changes

        elif reading.kind is ReadingKind.WEIGHT:

            def service() -> tuple[Measurement, Changes]:
                return readings.log_weight(
                    plan, reading.value, reading.unit, reading.at, reading.note
                )

        else:

            def service() -> tuple[Measurement, Changes]:
                return readings.log_count(
                    plan, reading.kind, reading.value, reading.at, reading.note
                )

        outcome = self.operations.attempt_recorded(step_name(reading.kind), service)
        if isinstance(outcome, Refused):
            # Saved after all, just as a shared plan's server went away: done.
            return reading if outcome.saved else outcome.reason
        return outcome
