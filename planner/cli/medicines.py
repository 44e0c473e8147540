"""Medicines and readings on the command line: ``log temperature``, ``log weight``, ``log
count``, ``doses``, ``dose`` and ``medicines``.

``log temperature`` exits with status 3 when a red-flag rule fires (after saying whom to
call), 0 otherwise; bad input is one line on stderr and status 2, and nothing is saved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any, TextIO

from planner.domain import red_flags
from planner.domain.dose_rules import parse_dose_id
from planner.domain.doses import Answer
from planner.domain.errors import InvalidInput
from planner.domain.medicines import Amount, Medicine, amount_text, as_decimal
from planner.domain.readings import (
    BLOOD_COUNTS,
    COUNT_UNITS,
    WeightUnit,
    parse_number,
    unit_text,
)
from planner.domain.when import short_when
from planner.interop.medicine_csv import schedule_text
from planner.services import medicines, readings
from planner.services.medicines import DoseView
from planner.services.plan import Plan

EXIT_OK, EXIT_CALL_NOW = 0, 3
ADHERENCE_DAYS = 28
"""A "must not miss" medicine's adherence is shown over the last four weeks."""


def moment(text: str, today: dt.date) -> dt.datetime:
    """``--at``: a time today (``21:30``) or a date and time (``2026-03-11T21:30``, or
    with a space)."""
    typed = text.strip()
    try:
        if len(typed) <= 5 and ":" in typed:
            return dt.datetime.combine(today, dt.time.fromisoformat(typed.zfill(5)))
        return dt.datetime.fromisoformat(typed).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a time; write HH:MM for today, or YYYY-MM-DDTHH:MM."
        ) from None


# ---------------------------------------------------------------------------- log
COUNT_WORDS = {kind.value: kind for kind in BLOOD_COUNTS}


def log(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``log temperature VALUE [--unit C|F] [--at TIME]``, ``log weight VALUE [--unit kg|lb]
    [--at TIME]`` and ``log count neutrophils|haemoglobin|platelets VALUE [--at TIME]``."""
    values = args.value if isinstance(args.value, list) else [args.value]
    what = args.what
    if what == "count":
        return log_count(plan, values, args, out)
    if len(values) != 1:
        raise InvalidInput(f"log {what} takes one value, such as {_EXAMPLES[what]}.")
    if what == "weight":
        return log_weight(plan, values[0], args, out)
    return log_temperature(plan, values[0], args, out)


_EXAMPLES = {"temperature": "38.2", "weight": "72.5"}


def _at(plan: Plan, args: argparse.Namespace) -> dt.datetime | None:
    return moment(args.at, plan.clock.today()) if args.at else None


def log_temperature(plan: Plan, typed: str, args: argparse.Namespace, out: TextIO) -> int:
    unit = None
    if args.unit is not None:
        try:
            unit = red_flags.parse_unit(args.unit)
        except ValueError as error:
            raise InvalidInput(f"--unit: {error}") from None
    at = _at(plan, args)
    shown = readings.temperature_unit(plan)
    value = red_flags.parse_temperature(typed, unit or shown).value
    noted, _ = readings.log_temperature(plan, value, unit or shown, at)
    scale = red_flags.TemperatureUnit(noted.reading.unit)
    temperature = red_flags.Temperature(noted.reading.value, scale)
    print(f"Noted {temperature.both(shown)} at {noted.reading.at:%H:%M}.", file=out)
    if not noted.call_now:
        return EXIT_OK
    print("CALL NOW.", file=out)
    for line in noted.advice():
        print(line, file=out)
    return EXIT_CALL_NOW


def log_weight(plan: Plan, typed: str, args: argparse.Namespace, out: TextIO) -> int:
    unit = (args.unit or "kg").strip().lower()
    if unit not in {u.value for u in WeightUnit}:
        raise InvalidInput(f"--unit: give a weight in kg or lb, not {args.unit!r}.")
    value = parse_number(typed, "the weight")
    saved, _ = readings.log_weight(plan, value, unit, _at(plan, args))
    print(f"Noted a weight of {saved.value} {saved.unit} at {saved.at:%H:%M}.", file=out)
    return EXIT_OK


def log_count(plan: Plan, values: list[str], args: argparse.Namespace, out: TextIO) -> int:
    names = "|".join(COUNT_WORDS)
    if len(values) != 2:
        raise InvalidInput(f"log count takes the count and its value: log count {names} VALUE.")
    kind = COUNT_WORDS.get(values[0].strip().lower())
    if kind is None:
        raise InvalidInput(f"'{values[0]}' is not a blood count; choose {names}.")
    if args.unit is not None and args.unit.strip() != COUNT_UNITS[kind]:
        raise InvalidInput(
            f"--unit: {kind.value} are noted in {COUNT_UNITS[kind]} only, not {args.unit!r}."
        )
    value = parse_number(values[1], f"the {kind.value} count", "1.5")
    saved, _ = readings.log_count(plan, kind, value, _at(plan, args))
    print(
        f"Noted {kind.value} {saved.value} {unit_text(saved.unit)} on {short_when(saved.at)}.",
        file=out,
    )
    return EXIT_OK


# ---------------------------------------------------------------------------- doses
def dose_json(view: DoseView) -> dict[str, Any]:
    answer = view.confirmation
    return {
        "id": view.id,
        "medicine_id": view.medicine.id,
        "medicine": view.medicine.name,
        "due": view.dose.due.isoformat(timespec="minutes"),
        "amount": _amount(view.dose.amount),
        "unit": view.medicine.unit,
        "state": view.state.value,
        "answered_at": answer.at.isoformat(timespec="minutes") if answer else None,
        "reason": answer.reason if answer and answer.reason else None,
        "remind_at": (
            answer.remind_at.isoformat(timespec="minutes") if answer and answer.remind_at else None
        ),
    }


def show_doses(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``doses [--date D] [--json]``: one day's doses, each with the id ``dose`` takes."""
    day = args.date or plan.clock.today()
    found = medicines.doses(plan, day, day)
    if args.json:
        document = {"date": day.isoformat(), "doses": [dose_json(view) for view in found]}
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not found:
        print(f"No doses on {day:%A} {day.day} {day:%B}.", file=out)
        return EXIT_OK
    print(f"Doses on {day:%A} {day.day} {day:%B}:", file=out)
    for view in found:
        amount = amount_text(view.dose.amount, view.medicine.unit)
        print(
            f"  {view.dose.due:%H:%M}  {view.medicine.name}: {amount}  [{view.state.value}]"
            f"  {view.id}",
            file=out,
        )
    return EXIT_OK


def answer_dose(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``dose ID taken|skipped|later [--reason TEXT] [--at TIME]``."""
    medicine_id, due = parse_dose_id(args.dose)
    answer = Answer(args.answer)
    if args.reason is not None and answer is not Answer.SKIPPED:
        raise InvalidInput("--reason goes with skipped: it says why a dose was skipped.")
    if args.at is not None and answer is Answer.LATER:
        raise InvalidInput("--at says when a dose was taken or skipped; later asks again.")
    at = moment(args.at, plan.clock.today()) if args.at else None
    saved, _ = medicines.confirm(plan, medicine_id, due, answer, args.reason, at=at)
    chosen = medicines.medicine(plan, medicine_id)
    said = {
        Answer.TAKEN: "taken",
        Answer.SKIPPED: f"skipped ({saved.reason})",
        Answer.LATER: (
            f"put off; you will be asked again at {saved.remind_at:%H:%M}"
            if saved.remind_at
            else "put off"
        ),
    }[answer]
    print(f"{chosen.name}, the dose of {due:%a} {due.day} {due:%b} {due:%H:%M}: {said}.", file=out)
    if answer is Answer.TAKEN and chosen.stock is not None:
        print(f"Stock left: {amount_text(chosen.stock, chosen.unit)}.", file=out)
    return EXIT_OK


# ---------------------------------------------------------------------------- medicines
def _amount(value: Amount | None) -> str | None:
    return None if value is None else format(as_decimal(value).normalize(), "f")


def medicine_json(
    medicine: Medicine, runs_out: dt.date | None, adherence: medicines.AdherenceResult | None
) -> dict[str, Any]:
    return {
        "id": medicine.id,
        "name": medicine.name,
        "strength": medicine.strength,
        "dose": _amount(medicine.dose),
        "unit": medicine.unit,
        "schedule": schedule_text(medicine.schedule),
        "start": medicine.start.isoformat(),
        "end": medicine.end.isoformat() if medicine.end else None,
        "stock": _amount(medicine.stock),
        "runs_out": runs_out.isoformat() if runs_out else None,
        "pharmacy": medicine.pharmacy,
        "lead_days": medicine.lead_days,
        "must_not_miss": medicine.must_not_miss,
        "adherence_percent": adherence.adherence.percent if adherence else None,
        "below_line": adherence.below_line if adherence else None,
    }


def show_medicines(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``medicines [--json]``: each medicine with its schedule, stock and (for one that must
    not be missed) how well it was taken over the last four weeks."""
    today = plan.clock.today()
    found = medicines.medicines(plan)
    running_out = medicines.runs_out(plan)
    first = today - dt.timedelta(days=ADHERENCE_DAYS - 1)
    kept = {
        m.id: medicines.adherence_of(plan, m.id, first, today)
        for m in found
        if m.must_not_miss and m.id is not None
    }
    if args.json:
        document = {
            "medicines": [
                medicine_json(m, running_out.get(m.id or 0), kept.get(m.id or 0)) for m in found
            ]
        }
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not found:
        print("No medicines in the plan yet.", file=out)
        return EXIT_OK
    for m in found:
        name = " ".join(part for part in (m.name, m.strength) if part)
        print(f"{name}: {amount_text(m.dose, m.unit)}, {schedule_text(m.schedule)}", file=out)
        if m.stock is not None:
            runs = running_out.get(m.id or 0)
            until = f"; runs out {runs:%a} {runs.day} {runs:%b}" if runs else ""
            print(f"  stock {amount_text(m.stock, m.unit)}{until}", file=out)
        result = kept.get(m.id or 0)
        if result is not None and result.adherence.percent is not None:
            line = " (below the 95% line)" if result.below_line else ""
            print(
                f"  taken in time: {result.adherence.percent}% of "
                f"{result.adherence.scheduled} doses in the last {ADHERENCE_DAYS} days{line}",
                file=out,
            )
    return EXIT_OK
