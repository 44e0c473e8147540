"""The medicine list as a CSV file that opens cleanly in a spreadsheet, and back.

The same rules as the freezer's stock file (:mod:`planner.interop.stock_csv`): UTF-8 with a
byte-order mark, ISO dates, a cell a spreadsheet would run as a formula written with a
leading apostrophe (taken off again on reading), the file written whole or not at all and
readable by its owner alone; on reading, a file too big or not comma-separated is refused
whole, and each row is checked on its own (a bad row is reported with its line, nothing of
it kept).

A schedule is one cell, in words that read back exactly::

    daily 08:00 20:00
    every 8 hours from 06:00
    weekly Mon Wed Fri 08:00
    around treatment -1@20:00 1@08:00 2@08:00
    as needed 6 hours apart, at most 4 a day
    taper 3 days 2; 3 days 1; at 08:00

Doses around treatment days name their course in the ``course`` column (by its name); an
empty one follows every treatment day.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from planner.domain.errors import InvalidInput
from planner.domain.errors import said as told
from planner.domain.medicines import (
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
    parse_amount,
)
from planner.domain.messages import translate
from planner.interop.files import read_at_most
from planner.interop.stock_csv import RowError, cell_date, neutralise, read_rows, write_table

COLUMNS = (
    "name",
    "strength",
    "form",
    "dose",
    "unit",
    "schedule",
    "course",
    "start",
    "end",
    "stock",
    "lead_days",
    "must_not_miss",
    "purpose",
    "prescriber",
    "pharmacy",
    "instructions",
    "notes",
)
REQUIRED = ("name", "schedule", "start")
MOST_BYTES = 1_000_000
MOST_ROWS = 1000
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_YES, _NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0", ""}
FORMS = (
    "daily 08:00 20:00; every 8 hours from 06:00; weekly Mon Thu 08:00; "
    "around treatment -1@20:00 1@08:00; as needed 6 hours apart, at most 4 a day; "
    "taper 3 days 2; 3 days 1; at 08:00"
)


class MedicineFileError(InvalidInput):
    """The file as a whole cannot be read as a medicine list; nothing was read from it."""


@dataclass(frozen=True)
class MedicineLine:
    """One good row: the medicine, and the course its doses follow (by name), if any."""

    line: int
    medicine: Medicine
    course: str = ""


@dataclass(frozen=True)
class ReadMedicines:
    rows: tuple[MedicineLine, ...]
    errors: tuple[RowError, ...]


# ---------------------------------------------------------------------------- schedules
def _time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _amount(amount: Decimal | int) -> str:
    return format(as_decimal(amount).normalize(), "f")


def schedule_text(schedule: Schedule) -> str:
    """The schedule in the words the file holds (see the module's note)."""
    times = " ".join(_time(t) for t in sorted(getattr(schedule, "times", ())))
    if isinstance(schedule, FixedTimes):
        return f"daily {times}"
    if isinstance(schedule, EveryHours):
        return f"every {schedule.hours} hours from {_time(schedule.first)}"
    if isinstance(schedule, Weekdays):
        days = " ".join(WEEKDAYS[w] for w in sorted(schedule.weekdays))
        return f"weekly {days} {times}"
    if isinstance(schedule, AroundTreatment):
        offsets = sorted(schedule.offsets, key=lambda o: (o.day, o.time))
        return "around treatment " + " ".join(f"{o.day}@{_time(o.time)}" for o in offsets)
    if isinstance(schedule, AsNeeded):
        return (
            f"as needed {schedule.min_hours_apart} hours apart, "
            f"at most {schedule.most_per_day} a day"
        )
    steps = "; ".join(f"{s.days} days {_amount(s.dose)}" for s in schedule.steps)
    return f"taper {steps}; at {times}"


def _parse_time(text: str) -> dt.time:
    hours, colon, minutes = text.partition(":")
    if colon and hours.isdigit() and minutes.isdigit() and len(minutes) == 2:
        try:
            return dt.time(int(hours), int(minutes))
        except ValueError:
            pass
    raise ValueError(
        translate("Errors", "'{text}' is not a time of day; write it as HH:MM, e.g. 08:00").format(
            text=text
        )
    )


def _parse_times(words: Iterable[str]) -> tuple[dt.time, ...]:
    return tuple(_parse_time(word) for word in words)


def _weekday(word: str) -> int:
    for n, name in enumerate(WEEKDAYS):
        if word[:3].casefold() == name.casefold() and len(word) >= 3:
            return n
    raise ValueError(
        translate("Errors", "'{word}' is not a weekday (Mon to Sun)").format(word=word)
    )


def parse_schedule(text: str, course_id: int | None = None) -> Schedule:
    """A schedule cell; ValueError naming what is wrong and the forms a schedule takes."""
    words = text.split()
    said = " ".join(words).casefold()
    try:
        return _parse(words, said, course_id)
    except (ValueError, IndexError) as error:
        reason = (
            told(error)
            if isinstance(error, ValueError) and str(error)
            else translate("Errors", "not understood")
        )
        raise ValueError(
            translate("Errors", "schedule '{schedule}': {reason} (forms: {forms})").format(
                schedule=" ".join(words), reason=reason, forms=FORMS
            )
        ) from None


def _parse(words: list[str], said: str, course_id: int | None) -> Schedule:
    if said.startswith("daily "):
        return FixedTimes(_parse_times(words[1:]))
    every = re.fullmatch(r"every (\d+) hours? from (\S+)", said)
    if every:
        return EveryHours(int(every[1]), _parse_time(every[2]))
    if said.startswith("weekly "):
        days = [w for w in words[1:] if ":" not in w]
        times = [w for w in words[1:] if ":" in w]
        return Weekdays(tuple(_weekday(d) for d in days), _parse_times(times))
    if said.startswith("around treatment "):
        offsets = []
        for word in words[2:]:
            day, at, time = word.partition("@")
            if not at or not re.fullmatch(r"[+-]?\d+", day):
                raise ValueError(
                    translate("Errors", "'{word}' is no day and time such as 1@08:00").format(
                        word=word
                    )
                )
            offsets.append(Offset(int(day), _parse_time(time)))
        return AroundTreatment(tuple(offsets), course_id)
    needed = re.fullmatch(r"as needed (\d+) hours? apart,? at most (\d+) (?:a|per) day", said)
    if needed:
        return AsNeeded(int(needed[1]), int(needed[2]))
    if said.startswith("taper "):
        *parts, last = " ".join(words[1:]).split(";")
        times = last.split()
        if not times or times[0].casefold() != "at":
            raise ValueError(
                translate("Errors", "a taper ends with the times of day, e.g. '; at 08:00'")
            )
        steps = []
        for part in parts:
            step = re.fullmatch(r"(\d+) days? (\S+)", part.strip().casefold())
            if not step:
                raise ValueError(
                    translate("Errors", "'{part}' is no step such as '3 days 2'").format(
                        part=part.strip()
                    )
                )
            steps.append(Step(int(step[1]), parse_amount(step[2], "steps")))
        return Taper(tuple(steps), _parse_times(times[1:]))
    raise ValueError("")  # said as "not understood" by parse_schedule


# ---------------------------------------------------------------------------- writing
def medicines_text(medicines: Iterable[tuple[Medicine, str]]) -> str:
    """The file's text for ``medicines``, each with its course's name (or "")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for medicine, course in medicines:
        cells = [
            medicine.name,
            medicine.strength,
            medicine.form,
            _amount(medicine.dose),
            medicine.unit,
            schedule_text(medicine.schedule),
            course,
            medicine.start.isoformat(),
            medicine.end.isoformat() if medicine.end else "",
            "" if medicine.stock is None else _amount(medicine.stock),
            str(medicine.lead_days),
            "yes" if medicine.must_not_miss else "no",
            medicine.purpose,
            medicine.prescriber,
            medicine.pharmacy,
            medicine.instructions,
            medicine.notes,
        ]
        writer.writerow([neutralise(cell) for cell in cells])
    return out.getvalue()


def write_medicines(medicines: Iterable[tuple[Medicine, str]], path: Path) -> None:
    write_table(medicines_text(medicines), path)


# ---------------------------------------------------------------------------- reading
def _header_name(cell: str) -> str:
    return "_".join(cell.strip().lower().replace("-", " ").split())


def is_medicine_list(path: Path) -> bool:
    """Whether the CSV file at ``path`` is a medicine list (its first line names a
    ``schedule`` column), not the freezer's stock."""
    try:
        with path.open("rb") as file:
            first = file.readline(4096).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    try:
        header = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return "schedule" in {_header_name(cell) for cell in header}


def read_medicines(path: Path) -> ReadMedicines:
    data = read_at_most(path, MOST_BYTES, translate("Errors", "medicine list"), MedicineFileError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MedicineFileError(
            translate("Errors", "{path} is not UTF-8 text; save it as CSV UTF-8.").format(
                path=path.name
            )
        ) from None
    return parse_medicines(text, path.name)


def parse_medicines(text: str, name: str = "the file") -> ReadMedicines:
    """Read CSV ``text`` into good rows and row errors (``name`` is used in messages)."""
    rows, errors = read_rows(
        text,
        name,
        columns=COLUMNS,
        required=REQUIRED,
        header_name=_header_name,
        make_row=_row,
        file_error=MedicineFileError,
        refused=(ValueError, MedicineError),
        most_rows=MOST_ROWS,
    )
    return ReadMedicines(rows, errors)


def _whole(values: dict[str, str], column: str, default: int) -> int:
    text = values.get(column, "")
    if not text:
        return default
    if not re.fullmatch(r"\d+", text):
        raise ValueError(
            translate("Errors", "{column} '{text}' is not a whole number").format(
                column=column, text=text
            )
        )
    return int(text)


def _row(line: int, values: dict[str, str]) -> MedicineLine:
    if not values["name"]:
        raise ValueError(translate("Errors", "the name is empty"))
    start = cell_date(values, "start")
    if start is None:
        raise ValueError(translate("Errors", "start is empty"))
    flag = values.get("must_not_miss", "").casefold()
    if flag not in _YES | _NO:
        raise ValueError(
            translate("Errors", "must_not_miss '{typed}' is not yes or no").format(
                typed=values["must_not_miss"]
            )
        )
    stock = values.get("stock", "")
    medicine = Medicine(
        name=values["name"],
        schedule=parse_schedule(values["schedule"]),
        start=start,
        dose=parse_amount(values.get("dose") or "1"),
        unit=values.get("unit") or "tablet",
        end=cell_date(values, "end"),
        strength=values.get("strength", ""),
        form=values.get("form", ""),
        instructions=values.get("instructions", ""),
        purpose=values.get("purpose", ""),
        prescriber=values.get("prescriber", ""),
        pharmacy=values.get("pharmacy", ""),
        must_not_miss=flag in _YES,
        stock=parse_amount(stock, "stock") if stock else None,
        lead_days=_whole(values, "lead_days", 7),
        notes=values.get("notes", ""),
    )
    return MedicineLine(line, medicine, values.get("course", ""))
