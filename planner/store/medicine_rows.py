"""A medicine as its record holds it, and back: the schedule as its kind and JSON details
(times as "HH:MM", amounts as text), the dose as text, the stock in thousandths.

:class:`MedicineRow` has one field per column, so the one write path
(:mod:`planner.store.rows`) stores it like any other value, version guard included.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from planner.domain.medicines import (
    Amount,
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    MedicineError,
    Offset,
    Schedule,
    Step,
    Taper,
    Weekdays,
    as_decimal,
)
from planner.domain.messages import Message, translate

THOUSANDTHS = Decimal(1000)

KINDS: dict[type[Any], str] = {
    FixedTimes: "fixed_times",
    EveryHours: "every_hours",
    Weekdays: "weekdays",
    AroundTreatment: "around_treatment",
    AsNeeded: "as_needed",
    Taper: "taper",
}
"""Each schedule's kind as stored (never renamed: stored plans hold them)."""


@dataclass(frozen=True)
class MedicineRow:
    """The ``medicine`` record's columns."""

    name: str
    schedule_kind: str
    schedule: str
    start: dt.date
    dose: str
    course_id: int | None = None
    end: dt.date | None = None
    unit: str = "tablet"
    strength: str = ""
    form: str = ""
    instructions: str = ""
    purpose: str = ""
    prescriber: str = ""
    pharmacy: str = ""
    must_not_miss: bool = False
    stock_thousandths: int | None = None
    lead_days: int = 7
    notes: str = ""
    id: int | None = None
    version: int | None = None


# --------------------------------------------------------------------------- amounts
def amount_text(amount: Amount) -> str:
    """``"0.5"``, ``"2"``: exact, without trailing zeros or an exponent."""
    return format(as_decimal(amount).normalize(), "f")


def thousandths(amount: Amount, field: str, what: str | Message) -> int:
    """``amount`` in thousandths of the unit; :class:`MedicineError` when it has more than
    three decimals (the plan counts to a thousandth: a quarter tablet, 2.5 ml). ``what``
    is the amount ("dose" or "stock"), or the whole sentence to say about it."""
    scaled = as_decimal(amount) * THOUSANDTHS
    if scaled != scaled.to_integral_value():
        raise MedicineError(_too_precise(what), field)
    return int(scaled)


def _too_precise(what: str | Message) -> Message:
    """The sentence asking for at most three decimals in ``what``."""
    if isinstance(what, Message):
        return what
    if what == "stock":
        return translate("Errors", "Write the stock with at most three decimals.")
    return translate("Errors", "Write the dose with at most three decimals.")


def from_thousandths(value: int) -> Decimal:
    return (Decimal(value) / THOUSANDTHS).normalize() if value else Decimal(0)


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"stored amount {text!r} is not a number") from None


# --------------------------------------------------------------------------- schedules
def _time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _times(values: tuple[dt.time, ...]) -> list[str]:
    return [_time(t) for t in values]


def _read_times(values: list[str]) -> tuple[dt.time, ...]:
    return tuple(dt.time.fromisoformat(v) for v in values)


def schedule_json(schedule: Schedule) -> str:
    """The schedule's details (its course aside: that is a column of its own)."""
    details: dict[str, Any]
    if isinstance(schedule, FixedTimes):
        details = {"times": _times(schedule.times)}
    elif isinstance(schedule, EveryHours):
        details = {"hours": schedule.hours, "first": _time(schedule.first)}
    elif isinstance(schedule, Weekdays):
        details = {"weekdays": list(schedule.weekdays), "times": _times(schedule.times)}
    elif isinstance(schedule, AroundTreatment):
        details = {"offsets": [{"day": o.day, "time": _time(o.time)} for o in schedule.offsets]}
    elif isinstance(schedule, AsNeeded):
        details = {
            "min_hours_apart": schedule.min_hours_apart,
            "most_per_day": schedule.most_per_day,
        }
    else:
        details = {
            "steps": [{"days": s.days, "dose": amount_text(s.dose)} for s in schedule.steps],
            "times": _times(schedule.times),
        }
    return json.dumps(details, separators=(",", ":"))


def read_schedule(kind: str, text: str, course_id: int | None) -> Schedule:
    """The schedule a record holds; ValueError for details this version cannot read."""
    details = json.loads(text)
    if kind == "fixed_times":
        return FixedTimes(_read_times(details["times"]))
    if kind == "every_hours":
        return EveryHours(int(details["hours"]), dt.time.fromisoformat(details["first"]))
    if kind == "weekdays":
        return Weekdays(tuple(int(w) for w in details["weekdays"]), _read_times(details["times"]))
    if kind == "around_treatment":
        offsets = tuple(
            Offset(int(o["day"]), dt.time.fromisoformat(o["time"])) for o in details["offsets"]
        )
        return AroundTreatment(offsets, course_id)
    if kind == "as_needed":
        return AsNeeded(int(details["min_hours_apart"]), int(details["most_per_day"]))
    if kind == "taper":
        steps = tuple(Step(int(s["days"]), _amount(s["dose"])) for s in details["steps"])
        return Taper(steps, _read_times(details["times"]))
    raise ValueError(f"unknown schedule kind {kind!r}")


# --------------------------------------------------------------------------- both ways
def check_amounts(medicine: Medicine) -> None:
    """:class:`MedicineError` for an amount finer than a thousandth (the record counts in
    thousandths); ``medicine`` passed :func:`planner.domain.medicines.validate` first."""
    schedule = medicine.schedule
    if isinstance(schedule, Taper):
        for n, step in enumerate(schedule.steps, start=1):
            thousandths(
                step.dose,
                "steps",
                translate(
                    "Errors", "Write the dose of step {step} with at most three decimals."
                ).format(step=n),
            )
    thousandths(medicine.dose, "dose", "dose")
    if medicine.stock is not None:
        thousandths(medicine.stock, "stock", "stock")


def to_row(medicine: Medicine) -> MedicineRow:
    """The record's columns for ``medicine`` (see :func:`check_amounts`)."""
    check_amounts(medicine)
    schedule = medicine.schedule
    return MedicineRow(
        name=medicine.name,
        schedule_kind=KINDS[type(schedule)],
        schedule=schedule_json(schedule),
        start=medicine.start,
        dose=amount_text(medicine.dose),
        course_id=schedule.course_id if isinstance(schedule, AroundTreatment) else None,
        end=medicine.end,
        unit=medicine.unit,
        strength=medicine.strength,
        form=medicine.form,
        instructions=medicine.instructions,
        purpose=medicine.purpose,
        prescriber=medicine.prescriber,
        pharmacy=medicine.pharmacy,
        must_not_miss=medicine.must_not_miss,
        stock_thousandths=(
            None if medicine.stock is None else thousandths(medicine.stock, "stock", "stock")
        ),
        lead_days=medicine.lead_days,
        notes=medicine.notes,
        id=medicine.id,
        version=medicine.version,
    )


def to_medicine(row: MedicineRow) -> Medicine:
    return Medicine(
        name=row.name,
        schedule=read_schedule(row.schedule_kind, row.schedule, row.course_id),
        start=row.start,
        dose=_amount(row.dose),
        unit=row.unit,
        end=row.end,
        strength=row.strength,
        form=row.form,
        instructions=row.instructions,
        purpose=row.purpose,
        prescriber=row.prescriber,
        pharmacy=row.pharmacy,
        must_not_miss=row.must_not_miss,
        stock=None if row.stock_thousandths is None else from_thousandths(row.stock_thousandths),
        lead_days=row.lead_days,
        notes=row.notes,
        id=row.id,
        version=row.version,
    )
