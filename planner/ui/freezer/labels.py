"""Printed freezer pages: labels for the batches, and the "what to cook next" list.

Both are plain HTML laid out by :mod:`planner.ui.printing`; every text that came from a
user is escaped. Labels come two to a row, each a bordered box big enough to read on a
frosty lid: name, dates, tags, where it sits, who made it and how to reheat it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.domain.freezer_coverage import CookNext, CookReason
from planner.domain.model import FreezerMeal
from planner.ui.labels import portions, short_date, tags_text, translate, vocabulary
from planner.ui.printing import print_with_preview, write_pdf
from planner.ui.theme import PAPER

LABELS_PER_ROW = 2


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _label(meal: FreezerMeal) -> str:
    lines = [
        f"<b style='font-size:15pt'>{_e(meal.name)}</b>",
        _e(vocabulary(meal.category)),
        _e(translate("Freezer", "Frozen: {date}").format(date=short_date(meal.frozen_on))),
        "<b>"
        + _e(translate("Freezer", "Use by: {date}").format(date=short_date(meal.use_by)))
        + "</b>",
    ]
    if meal.tags:
        lines.append(_e(translate("Freezer", "Suits: {tags}").format(tags=tags_text(meal.tags))))
    if meal.made_by:
        lines.append(_e(translate("Freezer", "Made by: {name}").format(name=meal.made_by)))
    if meal.reheating:
        lines.append(_e(translate("Freezer", "Reheating: {notes}").format(notes=meal.reheating)))
    return "<br/>".join(lines)


def labels_html(meals: Sequence[FreezerMeal]) -> str:
    """One label per batch, in a table of :data:`LABELS_PER_ROW` columns."""
    cells = [
        f"<td width='50%' style='border:1px solid {PAPER.border}; padding:8px'>{_label(m)}</td>"
        for m in meals
    ]
    rows = []
    for start in range(0, len(cells), LABELS_PER_ROW):
        row = cells[start : start + LABELS_PER_ROW]
        row += ["<td width='50%'></td>"] * (LABELS_PER_ROW - len(row))
        rows.append("<tr>" + "".join(row) + "</tr>")
    return (
        "<table width='100%' cellspacing='6' cellpadding='8' "
        "style='border-collapse:separate'>" + "".join(rows) + "</table>"
    )


def write_labels(meals: Sequence[FreezerMeal], path: Path) -> None:
    """The labels as a PDF file (A4)."""
    write_pdf(labels_html(meals), path, title=translate("Freezer", "Freezer labels"))


def print_labels(parent: QWidget, meals: Sequence[FreezerMeal]) -> None:
    print_with_preview(parent, labels_html(meals), translate("Freezer", "Freezer labels"))


def cook_next_lines(lines: Sequence[CookNext]) -> list[str]:
    """The list as sentences, e.g. "Cook 4 portions by Thu, 12 Mar 2026 (soft)"."""
    texts = []
    for line in lines:
        tags = tags_text(line.tags)
        if line.reason is CookReason.SHORT:
            text = translate("Freezer", "Cook {portions} by {date}").format(
                portions=portions(line.portions), date=short_date(line.needed_by)
            )
            if tags:
                text += " " + translate("Freezer", "(best: {tags})").format(tags=tags)
        else:
            text = translate(
                "Freezer", "{portions} more that are {tags} would suit the hard days from {date}"
            ).format(portions=portions(line.portions), tags=tags, date=short_date(line.needed_by))
        texts.append(text)
    return texts


def cook_next_html(lines: Sequence[CookNext], today: dt.date) -> str:
    title = translate("Freezer", "What to cook next")
    intro = translate("Freezer", "For the hard days of the coming weeks, as of {date}.").format(
        date=short_date(today)
    )
    items = cook_next_lines(lines) or [
        translate("Freezer", "Nothing: the freezer covers the coming hard days.")
    ]
    body = "".join(f"<li style='margin-bottom:6px'>{_e(text)}</li>" for text in items)
    return f"<h1>{_e(title)}</h1><p>{_e(intro)}</p><ul>{body}</ul>"


def print_cook_next(parent: QWidget, lines: Sequence[CookNext], today: dt.date) -> None:
    print_with_preview(
        parent, cook_next_html(lines, today), translate("Freezer", "What to cook next")
    )
