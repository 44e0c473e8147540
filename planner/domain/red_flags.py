"""Red flags: the temperature readings that mean "call now", and the infection-risk days
when a temperature should be taken each evening.

During chemotherapy a fever can be the first sign of an infection while blood counts are
low, and then it cannot wait until the morning. The rules are a small table the care team
can edit in Preferences (their own numbers come first); until they do, the plan uses
defaults from published guidance: one reading of 38.3 °C (101 °F) or more, or two of
38.0 °C (100.4 °F) or more at least an hour apart. The journal's alert after a severe side
effect is a row of the same table (:class:`SeverityRule`). This is planning help, not medical
advice: the rules only decide when the plan shows whom to call.

Temperatures are kept as typed, in °C or °F (a plan setting), and compared in °F, where
both scales convert exactly.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from planner.domain.enums import AppointmentKind, AppointmentStatus, Area
from planner.domain.errors import InvalidInput, said
from planner.domain.gaps import Fix
from planner.domain.journal import ALERT_SEVERITY
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, PlanWindow, TreatmentDay
from planner.domain.reminders import Reminder
from planner.domain.settings import Setting, time_setting


class RedFlagError(InvalidInput):
    """A temperature or a red-flag rule the plan cannot hold; ``field`` names the part."""

    def __init__(self, message: Message | str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


# --------------------------------------------------------------------------- temperatures
class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"

    @property
    def symbol(self) -> str:
        return f"°{self.value}"


def parse_unit(text: str) -> TemperatureUnit:
    """``"C"``, ``"°F"``, ``"f"``: the scale; ValueError saying what to choose otherwise."""
    try:
        return TemperatureUnit(text.strip().lstrip("°").upper())
    except ValueError:
        raise ValueError(translate("Errors", "Choose °C or °F.")) from None


TEMPERATURE_UNIT: Setting[TemperatureUnit] = Setting(
    "journal.temperature_unit", TemperatureUnit.CELSIUS, parse_unit, str
)
"""The scale temperatures are typed and shown in."""

LOWEST = {TemperatureUnit.CELSIUS: Decimal(30), TemperatureUnit.FAHRENHEIT: Decimal(86)}
HIGHEST = {TemperatureUnit.CELSIUS: Decimal(45), TemperatureUnit.FAHRENHEIT: Decimal(113)}
"""A body temperature lies between these (30 to 45 °C is 86 to 113 °F); anything else is a slip."""
_TENTH = Decimal("0.1")


def to_fahrenheit(value: Decimal, unit: TemperatureUnit) -> Decimal:
    """Exact: °F = °C * 1.8 + 32."""
    return value if unit is TemperatureUnit.FAHRENHEIT else value * Decimal("1.8") + 32


def to_celsius(value: Decimal, unit: TemperatureUnit) -> Decimal:
    return value if unit is TemperatureUnit.CELSIUS else (value - 32) / Decimal("1.8")


def convert(value: Decimal, unit: TemperatureUnit, to: TemperatureUnit) -> Decimal:
    return to_celsius(value, unit) if to is TemperatureUnit.CELSIUS else to_fahrenheit(value, unit)


@dataclass(frozen=True)
class Temperature:
    value: Decimal
    unit: TemperatureUnit

    @property
    def fahrenheit(self) -> Decimal:
        return to_fahrenheit(self.value, self.unit)

    def at_least(self, other: Temperature) -> bool:
        return self.fahrenheit >= other.fahrenheit

    def text(self, unit: TemperatureUnit | None = None) -> str:
        """``38.3 °C``: as typed in its own scale, to a tenth in the other."""
        if unit is None or unit is self.unit:
            return f"{self.value} {self.unit.symbol}"
        shown = convert(self.value, self.unit, unit).quantize(_TENTH)
        return f"{shown} {unit.symbol}"

    def both(self, unit: TemperatureUnit) -> str:
        """``38.3 °C (100.9 °F)``: the plan's scale first, the other after it."""
        other = next(u for u in TemperatureUnit if u is not unit)
        return f"{self.text(unit)} ({self.text(other)})"


def check_temperature(value: Decimal | int, unit: TemperatureUnit) -> Temperature:
    """The reading, if it can be a body temperature; :class:`RedFlagError` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise RedFlagError(
            translate("Errors", "Write the temperature as a number, such as 37.2."), "temperature"
        )
    number = Decimal(value)
    if not number.is_finite() or not LOWEST[unit] <= number <= HIGHEST[unit]:
        raise RedFlagError(
            translate(
                "Errors",
                "A temperature lies between {lowest} and {highest} {unit}, "
                "not {number}; check the reading and the scale (°C or °F).",
            ).format(lowest=LOWEST[unit], highest=HIGHEST[unit], unit=unit.symbol, number=number),
            "temperature",
        )
    return Temperature(number, unit)


def parse_temperature(text: str, unit: TemperatureUnit) -> Temperature:
    """A temperature as typed, ``"38.2"`` or ``"38,2"``."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise RedFlagError(
            translate(
                "Errors", "'{typed}' is not a temperature; write it as a number, such as 37.2."
            ).format(typed=text.strip()),
            "temperature",
        ) from None
    return check_temperature(number, unit)


@dataclass(frozen=True)
class Reading:
    """A temperature noted in the journal, and when it was taken."""

    at: dt.datetime
    temperature: Temperature


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    """``readings`` readings of ``at_least`` or more, each at least ``apart`` after the
    one before, all within ``within`` before now: call now."""

    at_least: Temperature
    readings: int = 1
    apart: dt.timedelta = dt.timedelta(0)
    within: dt.timedelta = dt.timedelta(hours=24)
    """How long a high reading keeps counting."""


HOUR = dt.timedelta(hours=1)
MOST_READINGS = 5
LONGEST_APART = dt.timedelta(hours=24)
LONGEST_WITHIN = dt.timedelta(days=7)

_C, _F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT
DEFAULT_RULES: Mapping[TemperatureUnit, tuple[Rule, ...]] = {
    _C: (Rule(Temperature(Decimal("38.3"), _C)), Rule(Temperature(Decimal("38.0"), _C), 2, HOUR)),
    _F: (Rule(Temperature(Decimal(101), _F)), Rule(Temperature(Decimal("100.4"), _F), 2, HOUR)),
}
"""Published guidance, in the scale the plan uses (the guidance gives both)."""


def check_rule(rule: Rule) -> Rule:
    """The rule, if the plan can hold it; :class:`RedFlagError` naming the part otherwise."""
    try:
        check_temperature(rule.at_least.value, rule.at_least.unit)
    except RedFlagError as error:
        raise RedFlagError(error.message, "at_least") from None
    if not 1 <= rule.readings <= MOST_READINGS:
        raise RedFlagError(
            translate(
                "Errors", "A rule counts 1 to {most_readings} readings, not {readings}."
            ).format(most_readings=MOST_READINGS, readings=rule.readings),
            "readings",
        )
    if not dt.timedelta(0) <= rule.apart <= LONGEST_APART:
        raise RedFlagError(translate("Errors", "Readings are 0 to 24 hours apart."), "apart")
    if not HOUR <= rule.within <= LONGEST_WITHIN:
        raise RedFlagError(translate("Errors", "A reading counts for 1 hour to 7 days."), "within")
    if (rule.readings - 1) * rule.apart > rule.within:
        raise RedFlagError(
            translate("Errors", "{readings} readings {apart} apart do not fit in {within}.").format(
                readings=rule.readings, apart=_span(rule.apart), within=_span(rule.within)
            ),
            "within",
        )
    return rule


def matching(rule: Rule, readings: Iterable[Reading], now: dt.datetime) -> tuple[Reading, ...]:
    """The readings that make ``rule`` fire at ``now`` (empty when it does not): high
    enough, inside its time, and each ``apart`` after the one before; the newest such
    (the banner names the latest high reading)."""
    high = sorted(
        (
            r
            for r in readings
            if now - rule.within <= r.at <= now and r.temperature.at_least(rule.at_least)
        ),
        key=lambda r: r.at,
    )
    chosen: list[Reading] = []
    for reading in high:  # taking each earliest that fits finds the longest such chain
        if not chosen or reading.at - chosen[-1].at >= rule.apart:
            chosen.append(reading)
    # Any run of the chain keeps its spacing: its last readings are the newest that fit.
    return tuple(chosen[-rule.readings :]) if len(chosen) >= rule.readings else ()


def fired(rules: Iterable[Rule], readings: Sequence[Reading], now: dt.datetime) -> list[Rule]:
    """The rules the readings up to ``now`` set off, in the table's order."""
    return [rule for rule in rules if matching(rule, readings, now)]


def _span(length: dt.timedelta) -> Message:
    """A length of time in words, as a message: "30 minutes", "1 hour", "2 hours"."""
    minutes = int(length.total_seconds() // 60)
    if minutes % 60:
        return translate("Errors", "{minutes} minutes").format(minutes=minutes)
    hours = minutes // 60
    if hours == 1:
        return translate("Errors", "1 hour")
    return translate("Errors", "{hours} hours").format(hours=hours)


def _readings(count: int) -> Message:
    """ "One reading", "Two readings"... (spelled out up to four)."""
    spelled = {
        1: translate("Red flags", "One reading"),
        2: translate("Red flags", "Two readings"),
        3: translate("Red flags", "Three readings"),
        4: translate("Red flags", "Four readings"),
    }
    return spelled.get(count) or translate("Red flags", "{count} readings").format(count=count)


def describe(rule: Rule, unit: TemperatureUnit) -> Message:
    """The rule in words, for Preferences and the "call now" banner."""
    temperature = rule.at_least.both(unit)
    count = _readings(rule.readings)
    if rule.readings > 1 and rule.apart:
        return translate(
            "Red flags",
            "{count} of {temperature} or more, at least {apart} apart, within {within}: call now.",
        ).format(
            count=count, temperature=temperature, apart=_span(rule.apart), within=_span(rule.within)
        )
    return translate(
        "Red flags", "{count} of {temperature} or more within {within}: call now."
    ).format(count=count, temperature=temperature, within=_span(rule.within))


def call_now_text(rule: Rule, readings: Sequence[Reading], unit: TemperatureUnit) -> Message:
    """The banner: which readings set the rule off, and what to do."""
    noted = [
        translate("Red flags", "{temperature} at {time}").format(
            temperature=r.temperature.text(unit), time=r.at.time()
        )
        for r in readings
    ]
    return translate(
        "Red flags",
        "Temperature {noted}. Call the care team's out-of-hours number now; do not wait "
        "until the morning.",
    ).format(noted=noted)


def _rule_to_json(rule: Rule) -> dict[str, object]:
    return {
        "at_least": str(rule.at_least.value),
        "unit": rule.at_least.unit.value,
        "readings": rule.readings,
        "apart_minutes": int(rule.apart.total_seconds() // 60),
        "within_minutes": int(rule.within.total_seconds() // 60),
    }


def _parse_rules(text: str) -> tuple[Rule, ...]:
    if not text.strip():
        return ()
    try:
        rows = json.loads(text)
        rules = tuple(
            Rule(
                Temperature(Decimal(row["at_least"]), TemperatureUnit(row["unit"])),
                int(row["readings"]),
                dt.timedelta(minutes=int(row["apart_minutes"])),
                dt.timedelta(minutes=int(row["within_minutes"])),
            )
            for row in rows
        )
        if len(rules) > MOST_RULES:
            raise RedFlagError(
                translate("Errors", "at most {most_rules} rules, not {rules_length}").format(
                    most_rules=MOST_RULES, rules_length=len(rules)
                )
            )
        return tuple(check_rule(rule) for rule in rules)
    except (ValueError, TypeError, KeyError, InvalidOperation, RedFlagError) as error:
        raise ValueError(
            translate("Errors", "The red-flag rules cannot be read: {error}").format(
                error=said(error)
            )
        ) from None


TEMPERATURE_RULES: Setting[tuple[Rule, ...]] = Setting(
    "red_flags.temperature_rules",
    (),
    _parse_rules,
    lambda rules: json.dumps([_rule_to_json(r) for r in rules]) if rules else "",
)
"""The care team's own rules; empty means published guidance (:data:`DEFAULT_RULES`)."""


def rules_of(settings: Mapping[str, str]) -> tuple[Rule, ...]:
    """The rules the plan follows: the care team's own, or the defaults in its scale."""
    return TEMPERATURE_RULES.read(settings) or DEFAULT_RULES[TEMPERATURE_UNIT.read(settings)]


# --------------------------------------------------------------------------- the table
@dataclass(frozen=True)
class SeverityRule:
    """A side effect noted at ``at_least`` of 10 or more: show whom to call at once (the
    journal's alert). Its number is the plan setting the journal's alert reads
    (:data:`~planner.domain.journal.ALERT_SEVERITY`), so plans keep the level they had."""

    at_least: int = ALERT_SEVERITY.default


RedFlagRule = Rule | SeverityRule
"""One row of the red-flag table."""

MOST_RULES = 10
"""At most this many temperature rules: a longer table is a slip, and hard to read."""


def check_severity_rule(rule: SeverityRule) -> SeverityRule:
    """The rule, if the plan can hold it; :class:`RedFlagError` naming ``at_least``."""
    try:
        ALERT_SEVERITY.check(rule.at_least)
    except ValueError:
        raise RedFlagError(
            translate("Errors", "Give a severity from 1 to 10, not {at_least}.").format(
                at_least=rule.at_least
            ),
            "at_least",
        ) from None
    return rule


def check_row(row: RedFlagRule) -> RedFlagRule:
    return check_severity_rule(row) if isinstance(row, SeverityRule) else check_rule(row)


def describe_row(row: RedFlagRule, unit: TemperatureUnit) -> Message:
    """A row of the table in words: a temperature rule by :func:`describe`, the severity
    rule as what the journal does."""
    if isinstance(row, SeverityRule):
        return translate(
            "Red flags",
            "A side effect noted at severity {severity} of 10 or more (a fever at any "
            "severity): show whom to call now.",
        ).format(severity=row.at_least)
    return describe(row, unit)


@dataclass(frozen=True)
class RedFlagTable:
    """The red-flag rules as one table: the temperature rules (the care team's own; none
    means published guidance, :data:`DEFAULT_RULES`) and the severity rule of the journal."""

    temperature: tuple[Rule, ...] = ()
    severity: SeverityRule = SeverityRule()

    @property
    def follows_guidance(self) -> bool:
        """Whether the temperature rules are published guidance (in the plan's scale)."""
        return not self.temperature

    def rows(self, unit: TemperatureUnit) -> tuple[RedFlagRule, ...]:
        """The rows as the plan follows them, the temperature rules in the table's order."""
        return (*(self.temperature or DEFAULT_RULES[unit]), self.severity)

    def settings(self) -> tuple[tuple[Setting[Any], Any], ...]:
        """The plan settings the table is kept in, each with its value."""
        return (
            (TEMPERATURE_RULES, self.temperature),
            (ALERT_SEVERITY, self.severity.at_least),
        )


DEFAULT_TABLE = RedFlagTable()
"""Published guidance, and the journal's alert at its usual level."""


def check_table(table: RedFlagTable) -> RedFlagTable:
    """The table, if the plan can hold every row; :class:`RedFlagError` otherwise."""
    if len(table.temperature) > MOST_RULES:
        raise RedFlagError(
            translate("Errors", "The table holds at most {most_rules} temperature rules.").format(
                most_rules=MOST_RULES
            ),
            "rules",
        )
    for rule in table.temperature:
        check_rule(rule)
    check_severity_rule(table.severity)
    return table


def table_of(settings: Mapping[str, str]) -> RedFlagTable:
    """The red-flag table the plan holds."""
    return RedFlagTable(
        TEMPERATURE_RULES.read(settings), SeverityRule(ALERT_SEVERITY.read(settings))
    )


def table_text(table: RedFlagTable, unit: TemperatureUnit) -> list[Message]:
    """Each row of the table in words, as Preferences and ``care-planner red-flags`` show it."""
    return [describe_row(row, unit) for row in table.rows(unit)]


# --------------------------------------------------------------------------- risk days
RiskWindow = tuple[int, int] | None
"""Days after a treatment day when infection is likelier, first and last; ``None``: none."""


def _parse_window(text: str) -> RiskWindow:
    typed = text.strip()
    if not typed:
        return None
    first, dash, last = typed.partition("-")
    if not dash or not first.strip().isdigit() or not last.strip().isdigit():
        raise ValueError(
            translate("Errors", "Give the days as two numbers, such as 7-14, or leave it empty.")
        )
    low, high = int(first), int(last)
    if not 1 <= low <= high <= 60:
        raise ValueError(
            translate("Errors", "Give days from 1 to 60 after the treatment, the first one first.")
        )
    return low, high


def _show_window(window: RiskWindow) -> str:
    return "" if window is None else f"{window[0]}-{window[1]}"


DEFAULT_RISK_DAYS: Mapping[AppointmentKind, tuple[int, int]] = {
    AppointmentKind.CHEMOTHERAPY: (7, 14),
}
"""When blood counts are likely lowest after chemotherapy; other kinds have none."""

INFECTION_RISK: Mapping[AppointmentKind, Setting[RiskWindow]] = {
    kind: Setting(
        f"red_flags.infection_risk.{kind.value}",
        DEFAULT_RISK_DAYS.get(kind),
        _parse_window,
        _show_window,
    )
    for kind in AppointmentKind
    if kind.is_treatment
}
LONGEST_RISK_DAYS = 60
"""The store looks this far back for treatments whose risk days reach into a window."""
TEMPERATURE_TIME = time_setting("red_flags.temperature_time", dt.time(20))
"""When, on an infection-risk day, the plan reminds to take the temperature."""
RISK_NOTE = translate("Week", "Blood counts are likely low: take your temperature each evening.")


def infection_risk_days(
    treatment_days: Iterable[dt.date], first_after: int = 7, last_after: int = 14
) -> set[dt.date]:
    """The days ``first_after`` to ``last_after`` days after each treatment day."""
    return {
        day + dt.timedelta(days=n)
        for day in treatment_days
        for n in range(first_after, last_after + 1)
    }


def risk_days(appointments: Iterable[Appointment], settings: Mapping[str, str]) -> set[dt.date]:
    """The infection-risk days of the treatments (not cancelled), each kind by its setting."""
    cancelled = AppointmentStatus.CANCELLED  # (an enum's member is looked up at a cost)
    return treatment_risk_days(
        (
            TreatmentDay(a.start.date(), a.kind, a.course_id)
            for a in appointments
            if a.status is not cancelled
        ),
        settings,
    )


def risk_windows(settings: Mapping[str, str]) -> list[tuple[int, int]]:
    """The infection-risk days set for each kind of treatment that has them."""
    found = (setting.read(settings) for setting in INFECTION_RISK.values())
    return [window for window in found if window is not None]


def treatment_risk_days(
    treatments: Iterable[TreatmentDay], settings: Mapping[str, str]
) -> set[dt.date]:
    """The infection-risk days after ``treatments``, each kind by its setting."""
    # Each kind's days read once; each day treated counted once for each span of days.
    spans: dict[AppointmentKind, tuple[int, int] | None] = {}
    treated: dict[tuple[int, int], set[dt.date]] = {}
    for treatment in treatments:
        if treatment.kind in spans:
            span = spans[treatment.kind]
        else:
            setting = INFECTION_RISK.get(treatment.kind)
            span = spans[treatment.kind] = setting.read(settings) if setting else None
        if span is not None:
            treated.setdefault(span, set()).add(treatment.day)
    days: set[dt.date] = set()
    for span, on in treated.items():
        days |= infection_risk_days(on, *span)
    return days


def temperature_reminders(window: PlanWindow) -> Iterable[Reminder]:
    """An evening reminder on each infection-risk day from today on (the window's
    treatment days reach :data:`LONGEST_RISK_DAYS` back)."""
    at = TEMPERATURE_TIME.read(window.settings)
    days = risk_days(window.appointments, window.settings)
    days |= treatment_risk_days(window.treatment_days, window.settings)
    for day in sorted(days):
        if max(window.today, window.first_day) <= day <= window.last_day:
            yield Reminder(
                key=f"temperature:{day.isoformat()}",
                due=dt.datetime.combine(day, at),
                title=translate("Reminders", "Take your temperature"),
                text=RISK_NOTE,
                fix=Fix(Area.JOURNAL, None, translate("Fix", "Note your temperature")),
                until=dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min),
            )
