"""Temperatures and weights noted in the journal, and the red-flag rules a temperature sets
off: "call now", with the care team's out-of-hours number from the patient's profile.

This is planning help, not medical advice: the rules (published guidance, or the care
team's own numbers in Preferences) only decide when the plan says whom to call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from planner.domain import red_flags
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import Measurement, ReadingKind, check_measurement, temperatures
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store.medicines import MedicineStore

NO_NUMBER = (
    "The plan has no out-of-hours number yet: add the care team's number to the patient's "
    "profile. Until then, call the number the care team gave you, or the emergency number."
)


@dataclass(frozen=True)
class Fired:
    """A red-flag rule the readings set off, the readings that did, and the banner."""

    rule: red_flags.Rule
    readings: tuple[red_flags.Reading, ...]
    call_now: str
    """What the readings were and what to do, e.g. "Temperature 38.4 °C at 21:30. Call..."."""


@dataclass(frozen=True)
class TemperatureNoted:
    """A temperature as stored, the rules it set off, and the number to call."""

    reading: Measurement
    fired: tuple[Fired, ...]
    out_of_hours: str
    """The care team's out-of-hours number from the patient's profile ("" when missing)."""
    unit: red_flags.TemperatureUnit
    """The scale the plan shows temperatures in."""

    @property
    def call_now(self) -> bool:
        return bool(self.fired)

    def advice(self) -> list[str]:
        """The lines to show when a rule fired (none otherwise): each rule's banner, then
        the number to call, or what to do without one."""
        if not self.fired:
            return []
        number = f"Out-of-hours number: {self.out_of_hours}" if self.out_of_hours else NO_NUMBER
        return [*(fired.call_now for fired in self.fired), number]


def temperature_unit(plan: Plan) -> red_flags.TemperatureUnit:
    """The scale the plan types and shows temperatures in (a plan setting, °C unless set)."""
    with plan.unit_of_work() as work:
        return red_flags.TEMPERATURE_UNIT.read(work.store.settings())


def log_temperature(
    plan: Plan,
    value: Decimal,
    unit: red_flags.TemperatureUnit | None = None,
    at: dt.datetime | None = None,
    note: str = "",
) -> tuple[TemperatureNoted, Changes]:
    """Note a temperature (in the plan's scale unless ``unit`` says otherwise, taken
    ``at``, now by default) and say which red-flag rules the readings now set off. An
    impossible reading is refused (InvalidInput) and nothing is saved."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        settings = work.store.settings()
        shown = red_flags.TEMPERATURE_UNIT.read(settings)
        scale = unit or shown
        reading = Measurement(ReadingKind.TEMPERATURE, at or now, value, scale.value, note)
        store = MedicineStore(work.store.session)
        saved = store.save_reading(check_measurement(reading, now))
        recent = temperatures(
            store.readings(now - red_flags.LONGEST_WITHIN, now, ReadingKind.TEMPERATURE)
        )
        fired = []
        for rule in red_flags.rules_of(settings):
            matched = red_flags.matching(rule, recent, now)
            if matched:
                fired.append(Fired(rule, matched, red_flags.call_now_text(rule, matched, shown)))
        work.commit()
    noted = TemperatureNoted(saved, tuple(fired), OUT_OF_HOURS.read(settings), shown)
    return noted, work.changes


def log_weight(
    plan: Plan, value: Decimal, unit: str = "kg", at: dt.datetime | None = None, note: str = ""
) -> tuple[Measurement, Changes]:
    """Note a weight, in kg or lb."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        reading = Measurement(ReadingKind.WEIGHT, at or now, value, unit, note)
        saved = MedicineStore(work.store.session).save_reading(check_measurement(reading, now))
        work.commit()
    return saved, work.changes


def readings(
    plan: Plan, since: dt.datetime, until: dt.datetime, kind: ReadingKind | None = None
) -> list[Measurement]:
    """The readings noted from ``since`` to ``until``, oldest first."""
    with plan.unit_of_work() as work:
        return MedicineStore(work.store.session).readings(since, until, kind)
