"""Readings: a temperature or a weight noted in the journal, with its scale.

They are kept in a table of their own (``reading``), not as journal entries: an entry's
kinds (a side effect, rest, mood) each have fields of their own that the Journal's form,
list, chart and visit packet read, and a reading has none of them. The red-flag rules
(:mod:`planner.domain.red_flags`) read the temperatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from planner.domain import red_flags
from planner.domain.errors import InvalidInput

LONGEST_NOTE = 1000


class ReadingKind(StrEnum):
    TEMPERATURE = "temperature"
    WEIGHT = "weight"


class WeightUnit(StrEnum):
    KILOGRAM = "kg"
    POUND = "lb"


LIGHTEST = {WeightUnit.KILOGRAM: Decimal(2), WeightUnit.POUND: Decimal(5)}
HEAVIEST = {WeightUnit.KILOGRAM: Decimal(400), WeightUnit.POUND: Decimal(880)}
"""A body weight lies between these; anything else is a slip."""


@dataclass(frozen=True)
class Measurement:
    """One reading as the plan keeps it: a temperature in °C or °F ("C", "F"), or a weight
    in kg or lb."""

    kind: ReadingKind
    at: dt.datetime
    value: Decimal
    unit: str
    note: str = ""
    id: int | None = None
    version: int | None = None


def check_weight(value: Decimal | int, unit: str) -> Decimal:
    """The weight, if it can be a person's; :class:`InvalidInput` otherwise."""
    try:
        scale = WeightUnit(unit.strip().lower())
    except ValueError:
        raise InvalidInput(f"Give the weight in kg or lb, not {unit!r}.") from None
    number = Decimal(value)
    if not number.is_finite() or not LIGHTEST[scale] <= number <= HEAVIEST[scale]:
        raise InvalidInput(
            f"A weight lies between {LIGHTEST[scale]} and {HEAVIEST[scale]} {scale.value}, "
            f"not {number}; check the reading and the scale."
        )
    return number


def check_measurement(measurement: Measurement, now: dt.datetime) -> Measurement:
    """The reading as it will be stored (note trimmed, unit as the plan writes it);
    :class:`InvalidInput` saying what is wrong otherwise."""
    if measurement.at > now:
        raise InvalidInput("A reading can be noted up to now, not ahead of time.")
    note = measurement.note.strip()
    if len(note) > LONGEST_NOTE:
        raise InvalidInput(f"A note has at most {LONGEST_NOTE} characters.")
    if measurement.kind is ReadingKind.TEMPERATURE:
        try:
            scale = red_flags.parse_unit(measurement.unit)
        except ValueError as error:
            raise InvalidInput(str(error)) from None
        value = red_flags.check_temperature(measurement.value, scale).value
        unit = scale.value
    else:
        value = check_weight(measurement.value, measurement.unit)
        unit = measurement.unit.strip().lower()
    return Measurement(
        measurement.kind, measurement.at, value, unit, note, measurement.id, measurement.version
    )


def temperatures(measurements: Iterable[Measurement]) -> list[red_flags.Reading]:
    """The temperatures among ``measurements``, as the red-flag rules read them."""
    return [
        red_flags.Reading(m.at, red_flags.Temperature(m.value, red_flags.TemperatureUnit(m.unit)))
        for m in measurements
        if m.kind is ReadingKind.TEMPERATURE
    ]
