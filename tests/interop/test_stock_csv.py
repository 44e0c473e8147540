"""The stock CSV: round trip, formula neutralising, and bad files reported clearly."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.enums import MealCategory
from planner.domain.model import FreezerMeal
from planner.interop.stock_csv import (
    StockFileError,
    neutralise,
    parse_stock,
    read_stock,
    stock_text,
    write_stock,
)

FROZEN = dt.date(2026, 2, 1)
HEADER = "name,category,portions,frozen_on,use_by,tags,made_by,location,reheating\n"


def batch(**changes: object) -> FreezerMeal:
    values: dict[str, object] = {
        "name": "Soup",
        "portions_left": 4,
        "frozen_on": FROZEN,
        "use_by": dt.date(2026, 5, 1),
        "tags": frozenset({"soft", "bland"}),
        "made_by": "Lena",
        "location": "top drawer",
        "reheating": "Heat, stir.",
        "category": MealCategory.SOUP,
    }
    values.update(changes)
    return FreezerMeal(**values)  # type: ignore[arg-type]


def test_a_written_file_reads_back_as_the_same_batches(tmp_path: Path) -> None:
    meals = [batch(), batch(name='=HYPERLINK("x")', made_by="+31 6 1234", reheating="-5 min")]
    path = tmp_path / "stock.csv"
    write_stock(meals, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8
    read = read_stock(path)
    assert read.errors == ()
    assert [row.meal for row in read.rows] == meals
    assert [row.line for row in read.rows] == [2, 3]


cells = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\r\n"))


@given(st.lists(st.tuples(cells, cells, cells), max_size=5))
def test_round_trip_keeps_any_text_and_no_cell_starts_like_a_formula(
    texts: list[tuple[str, str, str]],
) -> None:
    meals = [
        batch(name=f"Meal {n}{a}", made_by=b.strip(), location=c.strip(), reheating=c.strip())
        for n, (a, b, c) in enumerate(texts)
    ]
    text = stock_text(meals)
    for row in list(csv.reader(text.splitlines(keepends=True)))[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    read = parse_stock(text)
    assert read.errors == ()
    expected = [m.__class__(**{**m.__dict__, "name": m.name.strip()}) for m in meals]
    assert [row.meal for row in read.rows] == expected


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_dangerous_start_is_neutralised(start: str) -> None:
    assert neutralise(f"{start}1+1") == f"'{start}1+1"
    assert neutralise("Soup = good") == "Soup = good"


def test_bad_rows_are_reported_by_line_and_good_rows_kept() -> None:
    text = (
        HEADER
        + "Soup,soup_or_stew,4,2026-02-01,2026-05-01,soft,,,\n"
        + "Stew,,-2,2026-02-01,,,,,\n"
        + "Pie,,2,01/02/2026,,,,,\n"
        + "\n"
        + "Cake,dessert,2,2026-02-01,2026-01-01,,,,\n"
        + 'Dal,"curry",2,2026-02-01,,,,,\n'
        + "Lasagne,Cooked dish,x,2026-02-01,,,,,\n"
        + ",,2,2026-02-01,,,,,\n"
    )
    read = parse_stock(text)
    assert [row.meal.name for row in read.rows] == ["Soup"]
    assert [(e.line, e.reason.split(" ")[0]) for e in read.errors] == [
        (3, "portions"),
        (4, "frozen_on"),
        (6, "use_by"),
        (7, "category"),
        (8, "portions"),
        (9, "the"),
    ]
    assert "YYYY-MM-DD" in read.errors[1].reason
    assert str(read.errors[0]) == "line 3: portions cannot be negative (-2)"


def test_a_missing_use_by_is_left_for_the_category_default() -> None:
    (row,) = parse_stock(HEADER.replace(",use_by", "") + "Soup,,4,2026-02-01,,,,\n").rows
    assert row.use_by_given is False
    assert row.meal.category is MealCategory.COOKED_DISH


def test_a_file_without_the_needed_columns_is_refused() -> None:
    with pytest.raises(StockFileError, match="lacks the columns portions, frozen_on"):
        parse_stock("name,tags\nSoup,soft\n", "stock.csv")


@pytest.mark.parametrize(("mark", "word"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_file_with_another_delimiter_is_refused_by_name(mark: str, word: str) -> None:
    text = HEADER.replace(",", mark) + mark.join(["Soup", "", "4", "2026-02-01"]) + "\n"
    with pytest.raises(StockFileError, match=f"separated by {word}, not commas"):
        parse_stock(text, "stock.csv")


def test_an_empty_or_unreadable_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StockFileError, match="empty"):
        parse_stock("")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(HEADER.encode() + "Crème,,2,2026-02-01\n".encode("latin-1"))
    with pytest.raises(StockFileError, match="not UTF-8"):
        read_stock(latin)
    with pytest.raises(StockFileError, match="Cannot read"):
        read_stock(tmp_path / "missing.csv")


def test_a_row_with_too_many_cells_is_reported() -> None:
    read = parse_stock(HEADER + "Soup,,4,2026-02-01,,,,,,extra\n")
    assert [str(e) for e in read.errors] == ["line 2: has 10 cells but the header names 9"]
