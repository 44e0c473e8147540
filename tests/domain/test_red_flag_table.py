"""The red-flag table as one thing: temperature rules and the severity of the journal's
alert, kept in plan settings and read back the same; a table the plan cannot hold refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import JournalKind
from planner.domain.journal import ALERT_SEVERITY, is_alert
from planner.domain.model import JournalEntry
from planner.domain.red_flags import (
    DEFAULT_RULES,
    DEFAULT_TABLE,
    HIGHEST,
    LOWEST,
    MOST_READINGS,
    MOST_RULES,
    TEMPERATURE_RULES,
    TEMPERATURE_UNIT,
    RedFlagError,
    RedFlagTable,
    Rule,
    SeverityRule,
    Temperature,
    TemperatureUnit,
    check_row,
    check_table,
    describe,
    describe_row,
    rules_of,
    table_of,
    table_text,
)
from tests.helpers.builders import MONDAY, at

C, F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT
MINUTE = dt.timedelta(minutes=1)


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    """Any temperature rule the plan can hold."""
    unit = draw(st.sampled_from(TemperatureUnit))
    tenths = draw(st.integers(int(LOWEST[unit] * 10), int(HIGHEST[unit] * 10)))
    count = draw(st.integers(1, MOST_READINGS))
    apart = draw(st.integers(0, 24 * 60)) * MINUTE
    least = max(60, (count - 1) * int(apart / MINUTE))
    within = draw(st.integers(least, 7 * 24 * 60)) * MINUTE  # 4 readings 24 h apart fit
    return Rule(Temperature(Decimal(tenths) / 10, unit), count, apart, within)


valid_rules = rules()
tables = st.builds(
    RedFlagTable,
    st.lists(valid_rules, max_size=MOST_RULES).map(tuple),
    st.integers(1, 10).map(SeverityRule),
)


def stored(table: RedFlagTable) -> dict[str, str]:
    """The plan settings as text, as the store keeps them."""
    return {setting.key: setting.show(value) for setting, value in table.settings()}


@given(found=st.lists(valid_rules, min_size=1, max_size=MOST_RULES).map(tuple))
def test_temperature_rules_round_trip_through_the_setting_text(found: tuple[Rule, ...]) -> None:
    text = TEMPERATURE_RULES.show(found)

    assert TEMPERATURE_RULES.parse(text) == found
    assert rules_of({TEMPERATURE_RULES.key: text}) == found


@given(table=tables)
def test_the_table_round_trips_through_its_settings(table: RedFlagTable) -> None:
    assert check_table(table) == table
    assert table_of(stored(table)) == table


@given(table=tables, unit=st.sampled_from(TemperatureUnit))
def test_each_row_is_shown_in_words_the_severity_rule_last(
    table: RedFlagTable, unit: TemperatureUnit
) -> None:
    words = table_text(table, unit)

    assert words[:-1] == [describe(rule, unit) for rule in table.rows(unit)[:-1]]
    assert str(words[-1]).startswith(f"A side effect noted at severity {table.severity.at_least} ")
    assert all(str(line).endswith("now.") for line in words)


@given(level=st.integers(1, 10), severity=st.integers(0, 10))
def test_the_journal_alert_follows_the_table_s_severity_rule(level: int, severity: int) -> None:
    settings = stored(RedFlagTable(severity=SeverityRule(level)))
    entry = JournalEntry(JournalKind.SIDE_EFFECT, at(MONDAY), "Pain", severity)

    assert is_alert(entry, settings) == (severity >= level)
    assert table_of(settings).severity == SeverityRule(level)


def test_an_existing_plan_keeps_its_alert_level_and_follows_guidance() -> None:
    assert table_of({}) == DEFAULT_TABLE
    assert DEFAULT_TABLE.severity == SeverityRule(ALERT_SEVERITY.default)
    # A plan that set its alert level before the table existed: that level is the row.
    before = {ALERT_SEVERITY.key: "5", TEMPERATURE_UNIT.key: "F"}
    table = table_of(before)
    assert table.severity == SeverityRule(5) and table.follows_guidance
    assert table.rows(F) == (*DEFAULT_RULES[F], SeverityRule(5))
    assert describe_row(SeverityRule(5), F) == (
        "A side effect noted at severity 5 of 10 or more (a fever at any severity): show whom "
        "to call now."
    )


@pytest.mark.parametrize("level", [0, 11, -3])
def test_a_severity_out_of_range_is_refused_naming_the_field(level: int) -> None:
    with pytest.raises(RedFlagError) as refused:
        check_row(SeverityRule(level))

    assert refused.value.field == "at_least" and "from 1 to 10" in str(refused.value)


def test_a_table_with_too_many_rules_is_refused() -> None:
    one = Rule(Temperature(Decimal("38.0"), C))
    with pytest.raises(RedFlagError) as refused:
        check_table(RedFlagTable((one,) * (MOST_RULES + 1)))

    assert refused.value.field == "rules"
    too_many = TEMPERATURE_RULES.show((one,) * (MOST_RULES + 1))
    with pytest.raises(ValueError, match="cannot be read"):
        TEMPERATURE_RULES.parse(too_many)
    assert rules_of({TEMPERATURE_RULES.key: too_many}) == DEFAULT_RULES[C]
