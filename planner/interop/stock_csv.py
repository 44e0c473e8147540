"""Freezer stock as a CSV file that opens cleanly in a spreadsheet, and back.

Writing: UTF-8 with a byte-order mark (so spreadsheets pick the encoding), ISO dates, tags
separated by semicolons. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by a spreadsheet; such a cell is written with a
leading apostrophe, and reading takes that apostrophe off again.

Reading: every row is checked on its own; a row that fails is reported with its line
number and the reason, and nothing of it is kept. A file that is not comma-separated, or
lacks a needed column, is refused as a whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from planner.domain.enums import MealCategory, label
from planner.domain.errors import InvalidInput, said, why_not_read, why_not_written
from planner.domain.freezer import split_tags
from planner.domain.messages import Message, translate
from planner.domain.model import FreezerMeal
from planner.interop.files import write_whole

COLUMNS = (
    "name",
    "category",
    "portions",
    "frozen_on",
    "use_by",
    "tags",
    "made_by",
    "location",
    "reheating",
)
REQUIRED = ("name", "portions", "frozen_on")
_ALIASES = {"portions_left": "portions", "where": "location", "reheating_notes": "reheating"}
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
MOST_ROWS = 10_000


class StockFileError(InvalidInput):
    """The file as a whole cannot be read as freezer stock; nothing was read from it."""


@dataclass(frozen=True)
class StockRow:
    """One good row: a batch, and whether the file gave its use-by date."""

    line: int
    meal: FreezerMeal
    use_by_given: bool


@dataclass(frozen=True)
class RowError:
    line: int
    message: Message | str
    """Why, to render in the reader's language."""

    @property
    def reason(self) -> str:
        """Why, in English."""
        return str(self.message)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class ReadStock:
    rows: tuple[StockRow, ...]
    errors: tuple[RowError, ...]


# ---------------------------------------------------------------------------- writing
def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it as text, never runs it as a formula. A text that
    itself starts with the quote gets one too, so reading it back keeps its own quote."""
    return "'" + cell if cell.startswith((*DANGEROUS_STARTS, "'")) else cell


def restore_cell(cell: str) -> str:
    """A cell as written before :func:`neutralise` guarded it."""
    if cell.startswith("'") and cell[1:].startswith((*DANGEROUS_STARTS, "'")):
        return cell[1:]
    return cell


def stock_text(meals: Iterable[FreezerMeal]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for meal in meals:
        cells = [
            meal.name,
            meal.category.value,
            str(meal.portions_left),
            meal.frozen_on.isoformat(),
            meal.use_by.isoformat(),
            "; ".join(sorted(meal.tags)),
            meal.made_by,
            meal.location,
            meal.reheating,
        ]
        writer.writerow([neutralise(cell) for cell in cells])
    return out.getvalue()


def write_stock(meals: Iterable[FreezerMeal], path: Path) -> None:
    write_table(stock_text(meals), path)


def write_table(text: str, path: Path) -> None:
    """Write a CSV table whole (or not at all) and private, with the byte-order mark that
    spreadsheets take as UTF-8; InvalidInput says why it could not be written."""
    try:
        write_whole(path, text.encode("utf-8-sig"))
    except OSError as error:
        raise InvalidInput(
            translate(
                "Errors", "Cannot write {path}: {why}; anything already there is as it was."
            ).format(path=path, why=why_not_written(error))
        ) from None


# ---------------------------------------------------------------------------- reading
def read_stock(path: Path) -> ReadStock:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise StockFileError(
            translate("Errors", "{path} is not UTF-8 text; save it as CSV UTF-8.").format(
                path=path.name
            )
        ) from None
    except OSError as error:
        raise StockFileError(
            translate("Errors", "Cannot read {path}: {why}.").format(
                path=path, why=why_not_read(error)
            )
        ) from None
    return parse_stock(text, path.name)


def _header_name(cell: str) -> str:
    name = "_".join(cell.strip().lower().replace("-", " ").split())
    return _ALIASES.get(name, name)


def check_delimiter(first_line: str, name: str) -> None:
    if "," in first_line:
        return
    for mark, called in (
        (";", translate("Errors", "semicolons")),
        ("\t", translate("Errors", "tabs")),
        ("|", translate("Errors", "vertical bars")),
    ):
        if mark in first_line:
            raise StockFileError(
                translate(
                    "Errors",
                    "{name} is separated by {called}, not commas; save it as comma-separated "
                    "CSV and import it again.",
                ).format(name=name, called=called)
            )


def parse_stock(text: str, name: str = "the file") -> ReadStock:
    """Read CSV ``text`` into good rows and row errors (``name`` is used in messages)."""
    rows, errors = read_rows(
        text,
        name,
        columns=COLUMNS,
        required=REQUIRED,
        header_name=_header_name,
        make_row=_row,
        file_error=StockFileError,
    )
    return ReadStock(rows, errors)


Row = TypeVar("Row")


def read_rows(
    text: str,
    name: str,
    *,
    columns: Sequence[str],
    required: Sequence[str],
    header_name: Callable[[str], str],
    make_row: Callable[[int, dict[str, str]], Row],
    file_error: type[InvalidInput],
    refused: tuple[type[Exception], ...] = (ValueError,),
    most_rows: int = MOST_ROWS,
) -> tuple[tuple[Row, ...], tuple[RowError, ...]]:
    """The rows of the CSV ``text`` whose first line names its ``columns`` (at least the
    ``required`` ones, as ``header_name`` reads a caption), each made by ``make_row`` from
    its line number and cells, and the lines refused (``make_row`` raised one of
    ``refused``), each with its reason. A file that cannot be read as a table at all, or
    of more than ``most_rows`` rows, raises ``file_error`` (``name`` says which file)."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise file_error(
            translate("Errors", "{name} is empty; its first line must name the columns.").format(
                name=name
            )
        )
    check_delimiter(lines[0], name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [header_name(cell) for cell in next(reader)]
    except csv.Error as error:
        raise file_error(
            translate("Errors", "{name}, line 1: {error}.").format(name=name, error=error)
        ) from None
    missing = [column for column in required if column not in header]
    if missing:
        raise file_error(
            translate(
                "Errors",
                "{name} lacks the columns {missing}; its first line must name at least {required}.",
            ).format(name=name, missing=", ".join(missing), required=", ".join(required))
            if len(missing) > 1
            else translate(
                "Errors",
                "{name} lacks the column {missing}; its first line must name at least {required}.",
            ).format(name=name, missing=missing[0], required=", ".join(required))
        )
    position = {column: header.index(column) for column in columns if column in header}
    rows: list[Row] = []
    errors: list[RowError] = []
    ended = reader.line_num
    while True:
        start = ended + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append(
                RowError(
                    start,
                    translate("Errors", "cannot be read as CSV ({error})").format(error=str(error)),
                )
            )
            break
        ended = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) + len(errors) >= most_rows:
            raise file_error(
                translate("Errors", "{name} has more than {most_rows} rows; split it up.").format(
                    name=name, most_rows=most_rows
                )
            )
        if len(cells) > len(header):
            errors.append(
                RowError(
                    start,
                    translate("Errors", "has {cells} cells but the header names {header}").format(
                        cells=len(cells), header=len(header)
                    ),
                )
            )
            continue
        values = {
            column: restore_cell(cells[index]).strip() if index < len(cells) else ""
            for column, index in position.items()
        }
        try:
            rows.append(make_row(start, values))
        except refused as error:
            errors.append(RowError(start, said(error)))
    return tuple(rows), tuple(errors)


def cell_date(values: dict[str, str], column: str) -> dt.date | None:
    """The date in ``column`` of a row (None when empty); ValueError saying how to write it."""
    text = values.get(column, "")
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate(
                "Errors", "{column} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14"
            ).format(column=column, text=text)
        ) from None


def _category(text: str) -> MealCategory:
    if not text:
        return MealCategory.COOKED_DISH
    wanted = "_".join(text.lower().split())
    for category in MealCategory:
        if wanted in (category.value, "_".join(label(category).lower().split())):
            return category
    known = ", ".join(c.value for c in MealCategory)
    raise ValueError(
        translate("Errors", "category '{text}' is not one of {known}").format(
            text=text, known=known
        )
    )


def _row(line: int, values: dict[str, str]) -> StockRow:
    if not values["name"]:
        raise ValueError(translate("Errors", "the name is empty"))
    text = values["portions"]
    try:
        portions = int(text)
    except ValueError:
        raise ValueError(
            translate("Errors", "portions '{text}' is not a whole number").format(text=text)
        ) from None
    if portions < 0:
        raise ValueError(
            translate("Errors", "portions cannot be negative ({portions})").format(
                portions=portions
            )
        )
    frozen_on = cell_date(values, "frozen_on")
    if frozen_on is None:
        raise ValueError(translate("Errors", "frozen_on is empty"))
    use_by = cell_date(values, "use_by")
    meal = FreezerMeal(
        values["name"],
        portions,
        frozen_on,
        use_by or frozen_on,
        split_tags(values.get("tags", "")),
        values.get("made_by", ""),
        values.get("location", ""),
        values.get("reheating", ""),
        _category(values.get("category", "")),
    )
    if use_by is not None and use_by < frozen_on:
        raise ValueError(
            translate("Errors", "use_by {use_by} is before frozen_on {frozen_on}").format(
                use_by=use_by.isoformat(), frozen_on=frozen_on.isoformat()
            )
        )
    return StockRow(line, meal, use_by is not None)


def with_use_by(row: StockRow, use_by: dt.date) -> FreezerMeal:
    return replace(row.meal, use_by=use_by)
