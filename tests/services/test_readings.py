"""Temperatures noted in the journal, and the red-flag rules they set off: "call now" with
the care team's out-of-hours number, or what to do without one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.changes import Kind
from planner.domain.errors import InvalidInput
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import ReadingKind
from planner.domain.red_flags import TEMPERATURE_UNIT, TemperatureUnit
from planner.services import readings
from planner.services.plan import Plan
from planner.services.settings import change_setting
from tests.conftest import NOW
from tests.helpers.files import state

HOUR = dt.timedelta(hours=1)
C, F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT


def test_a_normal_temperature_is_noted_and_sets_nothing_off(plan: Plan) -> None:
    noted, changes = readings.log_temperature(plan, Decimal("37.4"))

    assert changes.kinds == {Kind.READING}
    assert noted.reading.value == Decimal("37.4") and noted.reading.unit == "C"
    assert noted.reading.at == NOW
    assert not noted.call_now and noted.advice() == []


def test_one_reading_of_38_3_says_call_now_with_the_number(plan: Plan) -> None:
    change_setting(plan, OUT_OF_HOURS, "020 7946 0999")

    noted, _ = readings.log_temperature(plan, Decimal("38.3"))

    assert noted.call_now
    assert noted.advice() == [
        "Temperature 38.3 °C at 10:00. Call the care team's out-of-hours number now; do not "
        "wait until the morning.",
        "Out-of-hours number: 020 7946 0999",
    ]


def test_two_readings_of_38_an_hour_apart_say_call_now_without_a_number(plan: Plan) -> None:
    first, _ = readings.log_temperature(plan, Decimal("38.0"), at=NOW - HOUR)
    assert not first.call_now

    noted, _ = readings.log_temperature(plan, Decimal("38.1"))

    (fired,) = noted.fired
    assert fired.rule.readings == 2 and len(fired.readings) == 2
    assert noted.advice()[-1] == readings.NO_NUMBER


def test_a_reading_in_fahrenheit_counts_the_same(plan: Plan) -> None:
    change_setting(plan, TEMPERATURE_UNIT, F)

    noted, _ = readings.log_temperature(plan, Decimal("100.9"))
    also, _ = readings.log_temperature(plan, Decimal("38.4"), C)

    assert noted.reading.unit == "F" and not noted.call_now  # 38.3 °C is 100.94 °F
    assert also.call_now and also.fired[0].call_now.startswith("Temperature 101.1 °F")


def test_an_old_high_reading_no_longer_calls_now(plan: Plan) -> None:
    noted, _ = readings.log_temperature(plan, Decimal("38.9"), at=NOW - 25 * HOUR)
    assert not noted.call_now


@pytest.mark.parametrize(
    ("value", "unit", "at", "message"),
    [
        (Decimal(29), C, None, "between 30 and 45 °C, not 29"),
        (Decimal(46), C, None, "between 30 and 45 °C, not 46"),
        (Decimal("38.5"), F, None, "between 86 and 113 °F, not 38.5"),
        (Decimal(37), C, NOW + HOUR, "up to now, not ahead of time"),
    ],
)
def test_an_impossible_reading_is_refused_and_nothing_saved(
    plan: Plan,
    plan_path: Path,
    value: Decimal,
    unit: TemperatureUnit,
    at: dt.datetime | None,
    message: str,
) -> None:
    readings.log_temperature(plan, Decimal(37))
    before = state(plan_path)

    with pytest.raises(InvalidInput, match=message):
        readings.log_temperature(plan, value, unit, at)

    assert state(plan_path) == before


def test_weights_are_readings_too(plan: Plan) -> None:
    weight, _ = readings.log_weight(plan, Decimal("61.5"), "KG")
    with pytest.raises(InvalidInput, match="kg or lb"):
        readings.log_weight(plan, Decimal(61), "stone")

    assert weight.unit == "kg"
    assert readings.readings(plan, NOW - HOUR, NOW, ReadingKind.WEIGHT) == [weight]
