"""Medicines and readings on the command line: ``log temperature``, ``log weight``, ``log
count``, ``doses``, ``dose`` and ``medicines``.

``log temperature`` exits with status 3 when a red-flag rule fires (after saying whom to
call), 0 otherwise; bad input is one line on stderr and status 2, and nothing is saved.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TextIO

from planner.cli.json_text import write_json
from planner.cli.language import say
from planner.cli.output import data_word, long_day
from planner.domain import red_flags
from planner.domain.dose_rules import parse_dose_id
from planner.domain.doses import Answer
from planner.domain.errors import InvalidInput, said
from planner.domain.medicines import Amount, Medicine, amount_text, as_decimal
from planner.domain.messages import translate
from planner.domain.readings import (
    BLOOD_COUNTS,
    COUNT_UNITS,
    WeightUnit,
    parse_number,
    unit_text,
)
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
            translate(
                "Errors", "'{text}' is not a time; write HH:MM for today, or YYYY-MM-DDTHH:MM."
            ).format(text=text)
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
        raise InvalidInput(
            translate("Errors", "log {what} takes one value, such as {example}.").format(
                what=what, example=_EXAMPLES[what]
            )
        )
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
            raise InvalidInput(
                translate("Errors", "--unit: {error}").format(error=said(error))
            ) from None
    at = _at(plan, args)
    shown = readings.temperature_unit(plan)
    value = red_flags.parse_temperature(typed, unit or shown).value
    noted, _ = readings.log_temperature(plan, value, unit or shown, at)
    scale = red_flags.TemperatureUnit(noted.reading.unit)
    temperature = red_flags.Temperature(noted.reading.value, scale)
    told = translate("Cli", "Noted {temperature} at {time}.").format(
        temperature=temperature.both(shown), time=noted.reading.at.time()
    )
    print(say(told), file=out)
    if not noted.call_now:
        return EXIT_OK
    print(say(translate("Cli", "CALL NOW.")), file=out)
    for line in noted.advice():
        print(say(line), file=out)
    return EXIT_CALL_NOW


def log_weight(plan: Plan, typed: str, args: argparse.Namespace, out: TextIO) -> int:
    unit = (args.unit or "kg").strip().lower()
    if unit not in {u.value for u in WeightUnit}:
        raise InvalidInput(
            translate("Errors", "--unit: give a weight in kg or lb, not '{unit}'.").format(
                unit=args.unit
            )
        )
    value = parse_number(typed, translate("Errors", "the weight"))
    saved, _ = readings.log_weight(plan, value, unit, _at(plan, args))
    told = translate("Cli", "Noted a weight of {value} {unit} at {time}.").format(
        value=str(saved.value), unit=saved.unit, time=saved.at.time()
    )
    print(say(told), file=out)
    return EXIT_OK


def log_count(plan: Plan, values: list[str], args: argparse.Namespace, out: TextIO) -> int:
    names = "|".join(COUNT_WORDS)
    if len(values) != 2:
        raise InvalidInput(
            translate(
                "Errors", "log count takes the count and its value: log count {names} VALUE."
            ).format(names=names)
        )
    kind = COUNT_WORDS.get(values[0].strip().lower())
    if kind is None:
        raise InvalidInput(
            translate("Errors", "'{typed}' is not a blood count; choose {names}.").format(
                typed=values[0], names=names
            )
        )
    if args.unit is not None and args.unit.strip() != COUNT_UNITS[kind]:
        raise InvalidInput(
            translate("Errors", "--unit: {kind} are noted in {unit} only, not '{typed}'.").format(
                kind=kind.value, unit=COUNT_UNITS[kind], typed=args.unit
            )
        )
    value = parse_number(
        values[1], translate("Errors", "the {kind} count").format(kind=kind.value), "1.5"
    )
    saved, _ = readings.log_count(plan, kind, value, _at(plan, args))
    told = translate("Cli", "Noted {count} {value} {unit} on {moment}.").format(
        count=data_word(kind), value=str(saved.value), unit=unit_text(saved.unit), moment=saved.at
    )
    print(say(told), file=out)
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
        write_json(document, out)
        return EXIT_OK
    if not found:
        print(say(translate("Cli", "No doses on {day}.").format(day=long_day(day))), file=out)
        return EXIT_OK
    print(say(translate("Cli", "Doses on {day}:").format(day=long_day(day))), file=out)
    for view in found:
        amount = amount_text(view.dose.amount, view.medicine.unit)
        print(
            f"  {view.dose.due:%H:%M}  {view.medicine.name}: {amount}  "
            f"[{data_word(view.state)}]  {view.id}",
            file=out,
        )
    return EXIT_OK


def answer_dose(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``dose ID taken|skipped|later [--reason TEXT] [--at TIME]``."""
    medicine_id, due = parse_dose_id(args.dose)
    answer = Answer(args.answer)
    if args.reason is not None and answer is not Answer.SKIPPED:
        raise InvalidInput(
            translate("Errors", "--reason goes with skipped: it says why a dose was skipped.")
        )
    if args.at is not None and answer is Answer.LATER:
        raise InvalidInput(
            translate("Errors", "--at says when a dose was taken or skipped; later asks again.")
        )
    at = moment(args.at, plan.clock.today()) if args.at else None
    saved, _ = medicines.confirm(plan, medicine_id, due, answer, args.reason, at=at)
    chosen = medicines.medicine(plan, medicine_id)
    if answer is Answer.TAKEN:
        answered = translate("Cli", "taken")
    elif answer is Answer.SKIPPED:
        answered = translate("Cli", "skipped ({reason})").format(reason=saved.reason or "")
    elif saved.remind_at:
        answered = translate("Cli", "put off; you will be asked again at {time}").format(
            time=saved.remind_at.time()
        )
    else:
        answered = translate("Cli", "put off")
    told = translate("Cli", "{medicine}, the dose of {day} {time}: {answer}.").format(
        medicine=chosen.name, day=due.date(), time=due.time(), answer=answered
    )
    print(say(told), file=out)
    if answer is Answer.TAKEN and chosen.stock is not None:
        left = amount_text(chosen.stock, chosen.unit)
        print(say(translate("Cli", "Stock left: {amount}.").format(amount=left)), file=out)
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
        write_json(document, out)
        return EXIT_OK
    if not found:
        print(say(translate("Cli", "No medicines in the plan yet.")), file=out)
        return EXIT_OK
    for m in found:
        name = " ".join(part for part in (m.name, m.strength) if part)
        print(f"{name}: {amount_text(m.dose, m.unit)}, {schedule_text(m.schedule)}", file=out)
        if m.stock is not None:
            runs = running_out.get(m.id or 0)
            stock = amount_text(m.stock, m.unit)
            told = (
                translate("Cli", "stock {amount}; runs out {day}").format(amount=stock, day=runs)
                if runs
                else translate("Cli", "stock {amount}").format(amount=stock)
            )
            print(f"  {say(told)}", file=out)
        result = kept.get(m.id or 0)
        if result is not None and result.adherence.percent is not None:
            values = {
                "percent": result.adherence.percent,
                "doses": result.adherence.scheduled,
                "days": ADHERENCE_DAYS,
            }
            told = (
                translate(
                    "Cli",
                    "taken in time: {percent}% of {doses} doses in the last {days} days "
                    "(below the 95% line)",
                ).format(**values)
                if result.below_line
                else translate(
                    "Cli", "taken in time: {percent}% of {doses} doses in the last {days} days"
                ).format(**values)
            )
            print(f"  {say(told)}", file=out)
    return EXIT_OK
