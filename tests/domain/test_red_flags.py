"""Red flags: temperatures, the "call now" rules and the infection-risk days."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, AppointmentStatus, Area
from planner.domain.model import PlanWindow, TreatmentDay
from planner.domain.red_flags import (
    DEFAULT_RULES,
    INFECTION_RISK,
    RISK_NOTE,
    TEMPERATURE_RULES,
    TEMPERATURE_TIME,
    TEMPERATURE_UNIT,
    Reading,
    RedFlagError,
    Rule,
    Temperature,
    TemperatureUnit,
    call_now_text,
    check_rule,
    check_temperature,
    describe,
    fired,
    infection_risk_days,
    matching,
    parse_temperature,
    risk_days,
    rules_of,
    temperature_reminders,
    to_celsius,
    to_fahrenheit,
    treatment_risk_days,
)
from tests.helpers.builders import MONDAY, appointment, at

C, F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)
NOW = at(MONDAY, 22)


def reading(minutes_ago: int, value: str, unit: TemperatureUnit = C) -> Reading:
    return Reading(NOW - minutes_ago * MINUTE, Temperature(Decimal(value), unit))


# ------------------------------------------------------------------------ temperatures
def test_the_scales_convert() -> None:
    assert to_fahrenheit(Decimal("38.0"), C) == Decimal("100.4")
    assert to_fahrenheit(Decimal("37"), C) == Decimal("98.6")
    assert to_celsius(Decimal("100.4"), F) == Decimal("38")
    assert Temperature(Decimal("38.3"), C).both(C) == "38.3 °C (100.9 °F)"
    assert Temperature(Decimal(101), F).both(C) == "38.3 °C (101 °F)"


@given(st.decimals("30", "45", places=2))
def test_celsius_to_fahrenheit_and_back(value: Decimal) -> None:
    assert to_celsius(to_fahrenheit(value, C), F) == value


@pytest.mark.parametrize(
    ("value", "unit"),
    [(Decimal("29.9"), C), (46, C), (Decimal("85.9"), F), (114, F), (Decimal("NaN"), C)],
)
def test_a_temperature_out_of_range_is_refused(value: Decimal | int, unit: TemperatureUnit) -> None:
    with pytest.raises(RedFlagError) as refused:
        check_temperature(value, unit)

    assert refused.value.field == "temperature"
    assert unit.symbol in str(refused.value) or "number" in str(refused.value)


@pytest.mark.parametrize(("value", "unit"), [(30, C), (45, C), (86, F), (113, F)])
def test_the_edges_of_the_range_are_accepted(value: int, unit: TemperatureUnit) -> None:
    assert check_temperature(value, unit) == Temperature(Decimal(value), unit)


def test_a_typed_temperature() -> None:
    assert parse_temperature("38,2", C) == Temperature(Decimal("38.2"), C)
    with pytest.raises(RedFlagError, match="not a temperature"):
        parse_temperature("hot", C)
    with pytest.raises(RedFlagError, match="°C or °F"):
        parse_temperature("101", C)  # typed in °F in a °C plan


# ------------------------------------------------------------------------ rules
CELSIUS_RULES = DEFAULT_RULES[C]


def test_one_reading_of_38_3_calls_now() -> None:
    assert fired(CELSIUS_RULES, [reading(5, "38.3")], NOW) == [CELSIUS_RULES[0]]
    assert fired(CELSIUS_RULES, [reading(5, "38.2")], NOW) == []


def test_38_0_twice_an_hour_apart_calls_now() -> None:
    twice = [reading(70, "38.0"), reading(5, "38.1")]
    too_close = [reading(50, "38.0"), reading(5, "38.1")]

    assert fired(CELSIUS_RULES, twice, NOW) == [CELSIUS_RULES[1]]
    assert fired(CELSIUS_RULES, too_close, NOW) == []
    assert fired(CELSIUS_RULES, [*too_close, reading(120, "37.9")], NOW) == []


def test_old_and_future_readings_do_not_count() -> None:
    assert fired(CELSIUS_RULES, [reading(25 * 60, "39.0")], NOW) == []
    assert fired(CELSIUS_RULES, [reading(-10, "39.0")], NOW) == []


def test_readings_in_the_other_scale_count_too() -> None:
    assert fired(CELSIUS_RULES, [reading(5, "101", F)], NOW) == [CELSIUS_RULES[0]]
    assert fired(DEFAULT_RULES[F], [reading(5, "38.4")], NOW) == [DEFAULT_RULES[F][0]]


readings = st.lists(
    st.builds(
        lambda minutes, tenths: reading(minutes, str(Decimal(tenths) / 10)),
        st.integers(-60, 48 * 60),
        st.integers(365, 395),
    ),
    max_size=8,
)


@given(readings=readings, count=st.integers(1, 4), apart=st.integers(0, 180))
def test_a_rule_fires_exactly_when_enough_readings_are_far_enough_apart(
    readings: list[Reading], count: int, apart: int
) -> None:
    rule = Rule(Temperature(Decimal("38.0"), C), count, apart * MINUTE, dt.timedelta(hours=24))
    counted = sorted(
        (r for r in readings if NOW - rule.within <= r.at <= NOW and r.temperature.value >= 38),
        key=lambda r: r.at,
    )
    possible = any(
        all(b.at - a.at >= rule.apart for a, b in itertools.pairwise(chosen))
        for chosen in itertools.combinations(counted, count)
    )

    found = matching(rule, readings, NOW)

    assert bool(found) == possible
    assert len(found) in (0, count)
    assert all(b.at - a.at >= rule.apart for a, b in itertools.pairwise(found))


def test_each_rule_in_words() -> None:
    once, twice = CELSIUS_RULES

    assert (
        describe(once, C) == "One reading of 38.3 °C (100.9 °F) or more within 24 hours: call now."
    )
    assert describe(twice, F) == (
        "Two readings of 100.4 °F (38.0 °C) or more, at least 1 hour apart, within 24 hours: "
        "call now."
    )
    banner = call_now_text(
        twice, matching(twice, [reading(90, "38.1"), reading(5, "38.0")], NOW), C
    )
    assert str(banner).startswith("Temperature 38.1 °C at 20:30, 38.0 °C at 21:55. Call")


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (Rule(Temperature(Decimal(50), C)), "at_least"),
        (Rule(Temperature(Decimal(38), C), readings=0), "readings"),
        (Rule(Temperature(Decimal(38), C), 2, apart=-HOUR), "apart"),
        (Rule(Temperature(Decimal(38), C), within=dt.timedelta(minutes=30)), "within"),
        (Rule(Temperature(Decimal(38), C), 3, 13 * HOUR, 24 * HOUR), "within"),
    ],
)
def test_a_bad_rule_is_refused_naming_the_field(rule: Rule, field: str) -> None:
    with pytest.raises(RedFlagError) as refused:
        check_rule(rule)

    assert refused.value.field == field


def test_the_care_teams_rules_replace_the_defaults() -> None:
    own = (Rule(Temperature(Decimal("37.8"), C)),)
    stored = {TEMPERATURE_RULES.key: TEMPERATURE_RULES.show(own)}

    assert rules_of({}) == DEFAULT_RULES[C]
    assert rules_of({TEMPERATURE_UNIT.key: "F"}) == DEFAULT_RULES[F]
    assert rules_of(stored) == own
    assert TEMPERATURE_RULES.check(DEFAULT_RULES[F]) == DEFAULT_RULES[F]
    assert rules_of({TEMPERATURE_RULES.key: "not rules"}) == DEFAULT_RULES[C]
    with pytest.raises(ValueError, match="cannot be read"):
        TEMPERATURE_RULES.parse(
            '[{"at_least": "60", "unit": "C", "readings": 1, "apart_minutes": 0, '
            '"within_minutes": 60}]'
        )


# ------------------------------------------------------------------------ risk days
def test_infection_risk_days_are_7_to_14_after_each_treatment_day() -> None:
    days = infection_risk_days([MONDAY, MONDAY + 21 * DAY])

    assert min(days) == MONDAY + 7 * DAY
    assert len(days) == 16
    assert MONDAY + 15 * DAY not in days


@given(
    days=st.lists(st.dates(dt.date(2026, 1, 1), dt.date(2027, 1, 1)), max_size=6),
    first=st.integers(1, 20),
    length=st.integers(0, 20),
)
def test_each_risk_day_lies_in_some_treatment_days_window(
    days: list[dt.date], first: int, length: int
) -> None:
    found = infection_risk_days(days, first, first + length)

    assert all(any(first <= (d - t).days <= first + length for t in days) for d in found)
    assert len(found) <= len(days) * (length + 1)


def test_risk_days_by_kind_and_setting() -> None:
    chemo = appointment(MONDAY, id=1)
    cancelled = appointment(MONDAY + DAY, id=2, status=AppointmentStatus.CANCELLED)
    radiation = appointment(MONDAY, id=3, kind=AppointmentKind.RADIATION)

    assert risk_days([chemo, cancelled, radiation], {}) == infection_risk_days([MONDAY])
    own = {INFECTION_RISK[AppointmentKind.CHEMOTHERAPY].key: "10-12"}
    assert risk_days([chemo], own) == {MONDAY + n * DAY for n in (10, 11, 12)}
    off = {INFECTION_RISK[AppointmentKind.CHEMOTHERAPY].key: ""}
    assert risk_days([chemo], off) == set()
    assert AppointmentKind.LAB_TEST not in INFECTION_RISK


def test_an_evening_reminder_on_each_risk_day_from_today() -> None:
    window = PlanWindow(
        MONDAY,
        MONDAY + 13 * DAY,
        appointments=(appointment(MONDAY - 3 * DAY, id=1),),
        today=MONDAY + DAY,
        settings={TEMPERATURE_TIME.key: "19:30"},
    )

    found = list(temperature_reminders(window))

    assert [r.due for r in found] == [at(MONDAY + n * DAY, 19, 30) for n in range(4, 12)]
    assert found[0].key == "temperature:2026-03-13"
    assert found[0].text == RISK_NOTE
    assert found[0].fix.area is Area.JOURNAL


@given(
    st.lists(st.tuples(st.integers(-30, 30), st.sampled_from(AppointmentKind)), max_size=15),
    st.dictionaries(
        st.sampled_from(sorted(INFECTION_RISK)),
        st.none() | st.tuples(st.integers(1, 30), st.integers(0, 30)),
    ),
)
def test_the_risk_days_of_treatments_are_those_after_each_one_by_its_kind(
    treated: list[tuple[int, AppointmentKind]],
    own: dict[AppointmentKind, tuple[int, int] | None],
) -> None:
    settings = {
        INFECTION_RISK[kind].key: "" if span is None else f"{span[0]}-{span[0] + span[1]}"
        for kind, span in own.items()
    }
    treatments = [TreatmentDay(MONDAY + n * DAY, kind) for n, kind in treated]
    expected: set[dt.date] = set()
    for treatment in treatments:
        setting = INFECTION_RISK.get(treatment.kind)
        span = setting.read(settings) if setting else None
        if span is not None:
            expected |= {treatment.day + n * DAY for n in range(span[0], span[1] + 1)}
    assert treatment_risk_days(treatments, settings) == expected
