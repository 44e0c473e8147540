"""Readings: a temperature or a weight noted in the journal, with its scale.

They are kept in a table of their own (``reading``), not as journal entries: an entry's
kinds (a side effect, rest, mood) each have fields of their own that the Journal's form,
list, chart and visit packet read, and a reading has none of them. The red-flag rules
(:mod:`planner.domain.red_flags`) read the temperatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from planner.domain import red_flags
from planner.domain.errors import InvalidInput
from planner.domain.messages import Message, translate

LONGEST_NOTE = 1000


class ReadingKind(StrEnum):
    TEMPERATURE = "temperature"
    WEIGHT = "weight"
    NEUTROPHILS = "neutrophils"
    """A blood count: neutrophils, in 10⁹ per litre."""
    HAEMOGLOBIN = "haemoglobin"
    """A blood count: haemoglobin, in grams per litre."""
    PLATELETS = "platelets"
    """A blood count: platelets, in 10⁹ per litre."""


class WeightUnit(StrEnum):
    KILOGRAM = "kg"
    POUND = "lb"


LIGHTEST = {WeightUnit.KILOGRAM: Decimal(2), WeightUnit.POUND: Decimal(5)}
HEAVIEST = {WeightUnit.KILOGRAM: Decimal(400), WeightUnit.POUND: Decimal(880)}
"""A body weight lies between these; anything else is a slip."""


BLOOD_COUNTS = (ReadingKind.NEUTROPHILS, ReadingKind.HAEMOGLOBIN, ReadingKind.PLATELETS)
PER_LITRE = "10^9/L"
COUNT_UNITS: Mapping[ReadingKind, str] = {
    ReadingKind.NEUTROPHILS: PER_LITRE,
    ReadingKind.HAEMOGLOBIN: "g/L",
    ReadingKind.PLATELETS: PER_LITRE,
}
"""Each blood count's one unit, as the plan keeps it (10⁹ per litre, grams per litre)."""
COUNT_RANGES: Mapping[ReadingKind, tuple[Decimal, Decimal]] = {
    ReadingKind.NEUTROPHILS: (Decimal(0), Decimal(100)),
    ReadingKind.HAEMOGLOBIN: (Decimal(20), Decimal(250)),
    ReadingKind.PLATELETS: (Decimal(0), Decimal(2000)),
}
"""A count a blood test can give lies between these; anything else is a slip (or another
unit: haemoglobin in g/dL is a tenth of its g/L)."""
SHOWN_UNITS = {PER_LITRE: "\N{MULTIPLICATION SIGN}10⁹/L", "C": "°C", "F": "°F"}


def unit_text(unit: str) -> str:
    """The unit as a person reads it: ``°C``, ``kg``, ``x10⁹/L`` (with a multiplication sign)."""
    return SHOWN_UNITS.get(unit, unit)


@dataclass(frozen=True)
class Measurement:
    """One reading as the plan keeps it: a temperature in °C or °F ("C", "F"), a weight
    in kg or lb, or a blood count in its unit (:data:`COUNT_UNITS`)."""

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
        raise InvalidInput(
            translate("Errors", "Give the weight in kg or lb, not '{unit}'.").format(unit=unit)
        ) from None
    number = Decimal(value)
    if not number.is_finite() or not LIGHTEST[scale] <= number <= HEAVIEST[scale]:
        raise InvalidInput(
            translate(
                "Errors",
                "A weight lies between {lightest} and {heaviest} {unit}, "
                "not {number}; check the reading and the scale.",
            ).format(
                lightest=LIGHTEST[scale], heaviest=HEAVIEST[scale], unit=scale.value, number=number
            )
        )
    return number


def check_count(kind: ReadingKind, value: Decimal | int, unit: str = "") -> Decimal:
    """The blood count, if a blood test can give it, in the count's one unit (an empty
    ``unit`` is that one); :class:`InvalidInput` otherwise."""
    expected = COUNT_UNITS[kind]
    if unit.strip() and unit.strip() != expected:
        raise InvalidInput(
            translate("Errors", "Give {kind} in {expected}, not {unit}.").format(
                kind=kind.value, expected=unit_text(expected), unit=unit.strip()
            )
        )
    number = Decimal(value)
    low, high = COUNT_RANGES[kind]
    if not number.is_finite() or not low <= number <= high:
        raise InvalidInput(
            translate(
                "Errors",
                "A {kind} count lies between {low} and {high} {unit}, "
                "not {number}; check the result and its unit.",
            ).format(kind=kind.value, low=low, high=high, unit=unit_text(expected), number=number)
        )
    return number


def parse_number(text: str, what: Message | str, example: str = "72.5") -> Decimal:
    """A number as typed, ``"72.5"`` or ``"72,5"``; :class:`InvalidInput` naming ``what``
    (e.g. "the weight") otherwise."""
    typed = text.strip().replace(",", ".")
    try:
        number = Decimal(typed)
    except InvalidOperation:
        number = Decimal("NaN")
    if not typed or not number.is_finite():
        raise InvalidInput(
            translate("Errors", "Write {what} as a number, such as {example}.").format(
                what=what, example=example
            )
        )
    return number


def check_measurement(measurement: Measurement, now: dt.datetime) -> Measurement:
    """The reading as it will be stored (note trimmed, unit as the plan writes it);
    :class:`InvalidInput` saying what is wrong otherwise."""
    if measurement.at > now:
        raise InvalidInput(
            translate("Errors", "A reading can be noted up to now, not ahead of time.")
        )
    note = measurement.note.strip()
    if len(note) > LONGEST_NOTE:
        raise InvalidInput(
            translate("Errors", "A note has at most {longest_note} characters.").format(
                longest_note=LONGEST_NOTE
            )
        )
    if measurement.kind is ReadingKind.TEMPERATURE:
        try:
            scale = red_flags.parse_unit(measurement.unit)
        except ValueError:
            raise InvalidInput(translate("Errors", "Choose °C or °F.")) from None
        value = red_flags.check_temperature(measurement.value, scale).value
        unit = scale.value
    elif measurement.kind in COUNT_UNITS:
        value = check_count(measurement.kind, measurement.value, measurement.unit)
        unit = COUNT_UNITS[measurement.kind]
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
