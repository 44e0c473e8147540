"""Freezer: keep the batches, take portions out, plan them for the hard days, files.

Every write is one unit of work and returns the changes it recorded; undo puts those back
(:func:`planner.services.undo.put_back`). A change or deletion made with
``expected_version`` (the batch as the user saw it) is refused with a ConflictError when
someone else changed the batch in between; taking portions out is one guarded UPDATE, so
the portions never go below zero, even from two windows at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import InvalidInput, said, together
from planner.domain.freezer import (
    BUILT_IN_TAGS,
    COVERAGE_WEEKS,
    OWN_TAGS,
    PORTIONS_PER_HARD_DAY,
    SOON_DAYS,
    check_meal,
    check_take_out,
    default_use_by,
    hard_day_tags,
    join_tags,
    known_tags,
    problems,
    split_tags,
)
from planner.domain.freezer_coverage import CookNext, Coverage, cook_next, window_coverage
from planner.domain.hard_days import hard_days
from planner.domain.messages import translate
from planner.domain.model import FreezerMeal, PlanWindow, PortionsTaken
from planner.interop import stock_csv
from planner.interop.stock_csv import RowError, StockRow
from planner.services.changes import Changes
from planner.services.plan import Plan, UnitOfWork
from planner.store import rows
from planner.store.freezer import FreezerStore

__all__ = [
    "FreezerOverview",
    "ImportPreview",
    "MealChange",
    "accept_import",
    "add_meal",
    "cook_next_list",
    "delete_meal",
    "export_csv",
    "meal",
    "overview",
    "preview_import",
    "take_out",
    "update_meal",
]

PROGRESS_STEP = 200
"""Rows checked between two progress reports (and looks at "cancel")."""

MealChange = tuple[FreezerMeal, FreezerMeal]
"""The batch before and after a change."""


@dataclass(frozen=True)
class FreezerOverview:
    """What the Freezer page shows: the stock, its coverage of the hard days, and the
    settings that shape them."""

    meals: tuple[FreezerMeal, ...]
    coverage: Coverage
    cook_next: tuple[CookNext, ...]
    known_tags: tuple[str, ...]
    preferred_tags: frozenset[str]
    portions_per_day: int
    soon_days: int
    settings: Mapping[str, str]
    hard_because: Mapping[dt.date, tuple[str, ...]]
    """Each hard day with the titles of the appointments that make it hard."""


@dataclass(frozen=True)
class ImportPreview:
    """A file read: the batches that would be added, and the rows that failed."""

    meals: tuple[FreezerMeal, ...]
    lines: tuple[int, ...]
    """The file line of each batch in ``meals``."""
    errors: tuple[RowError, ...]


def _freezer(work: UnitOfWork) -> FreezerStore:
    return FreezerStore(work.store.session)


def _coverage_window(work: UnitOfWork, today: dt.date) -> PlanWindow:
    last = today + dt.timedelta(days=7 * COVERAGE_WEEKS - 1)
    store = work.store
    return PlanWindow(
        first_day=today,
        last_day=last,
        appointments=tuple(store.hard_day_sources(today) + store.appointments(today, last)),
        meals=tuple(store.meals()),
        portions_taken=tuple(store.portions_taken(today, last)),
        today=today,
        settings=store.settings(),
    )


def overview(plan: Plan, today: dt.date) -> FreezerOverview:
    """The stock with its coverage of the hard days of the coming weeks, in one read."""
    with plan.unit_of_work() as work:
        window = _coverage_window(work, today)
    settings = window.settings
    preferred = hard_day_tags(settings)
    found = window_coverage(window)
    causes = hard_days(window.appointments, today, window.last_day, window.settings)
    return FreezerOverview(
        window.meals,
        found,
        tuple(cook_next(found, preferred)),
        known_tags(settings),
        preferred,
        PORTIONS_PER_HARD_DAY.read(settings),
        SOON_DAYS.read(settings),
        settings,
        {day: tuple(dict.fromkeys(a.title for a in why)) for day, why in causes.items()},
    )


def cook_next_list(plan: Plan, today: dt.date) -> list[CookNext]:
    """What to cook next for the coming hard days (plain values, e.g. for a helper's sheet)."""
    return list(overview(plan, today).cook_next)


# ---------------------------------------------------------------------------- batches
def _tidy(meal: FreezerMeal) -> FreezerMeal:
    tidy = dataclasses.replace(
        meal,
        name=" ".join(meal.name.split()),
        made_by=meal.made_by.strip(),
        location=meal.location.strip(),
        reheating=meal.reheating.strip(),
        tags=split_tags(",".join(meal.tags)),
    )
    check_meal(tidy)
    return tidy


def _learn_tags(work: UnitOfWork, tags: frozenset[str]) -> None:
    """Tags the plan does not know yet become the plan's own tags."""
    settings = work.store.settings()
    new = tags - set(known_tags(settings))
    if new:
        own = split_tags(OWN_TAGS.read(settings)) | new
        text = join_tags(own - set(BUILT_IN_TAGS))
        try:
            OWN_TAGS.parse(text)
        except ValueError:
            raise InvalidInput(
                translate("Errors", "The plan holds too many tags of its own already.")
            ) from None
        work.store.set_setting(OWN_TAGS.key, text)


def add_meal(plan: Plan, meal: FreezerMeal) -> tuple[FreezerMeal, Changes]:
    """Add a batch; tags the plan does not know yet become its own tags."""
    new = dataclasses.replace(_tidy(meal), id=None, version=None)
    with plan.unit_of_work() as work:
        _learn_tags(work, new.tags)
        meal_id = work.store.add(new)
        added = _freezer(work).meal(meal_id)
        work.commit()
    return added, work.changes


def meal(plan: Plan, meal_id: int) -> FreezerMeal:
    """One batch as stored now."""
    with plan.unit_of_work() as work:
        return rows.read(work.store.session, FreezerMeal, meal_id)


def update_meal(
    plan: Plan, meal: FreezerMeal, *, expected_version: int | None = None
) -> tuple[MealChange, Changes]:
    if meal.id is None:
        raise ValueError("only a stored batch can be updated")
    changed = dataclasses.replace(_tidy(meal), version=expected_version)
    with plan.unit_of_work() as work:
        _learn_tags(work, changed.tags)
        session = work.store.session
        before = rows.read(session, FreezerMeal, meal.id)
        after = rows.save(session, changed)
        work.commit()
    return (before, after), work.changes


def delete_meal(
    plan: Plan, meal_id: int, *, expected_version: int | None = None
) -> tuple[FreezerMeal, Changes]:
    """Delete a batch with its log of portions taken (both recorded, so that undo puts
    them back); returns the batch as it was."""
    with plan.unit_of_work() as work:
        removed = rows.remove(work.store.session, FreezerMeal, meal_id, expected_version)
        work.commit()
    return removed, work.changes


# ---------------------------------------------------------------------------- portions
def take_out(
    plan: Plan,
    meal_id: int,
    portions: int,
    for_day: dt.date,
    *,
    now: dt.datetime | None = None,
) -> tuple[PortionsTaken, Changes]:
    """Take portions out of a batch for ``for_day`` and log it ("thaw for tomorrow" is
    ``for_day`` = tomorrow). Refused when fewer portions are left, even if another window
    took them a moment ago; nothing is written then."""
    if portions <= 0:
        raise InvalidInput(translate("Errors", "Take out at least one portion."))
    with plan.unit_of_work() as work:
        freezer = _freezer(work)
        taken = freezer.take_out(meal_id, portions, for_day, now or plan.clock.now())
        if taken is None:
            check_take_out(freezer.meal(meal_id), portions)
            raise InvalidInput(
                translate("Errors", "The portions could not be taken out; look again.")
            )
        work.commit()
    return taken, work.changes


# ---------------------------------------------------------------------------- files
def export_csv(plan: Plan, path: Path) -> int:
    """Write the whole stock to ``path``; returns how many batches were written."""
    with plan.unit_of_work() as work:
        meals = work.store.meals()
    stock_csv.write_stock(meals, path)
    return len(meals)


def _checked_row(row: StockRow, settings: Mapping[str, str], tags: set[str]) -> FreezerMeal:
    meal = row.meal
    if not row.use_by_given:
        meal = stock_csv.with_use_by(row, default_use_by(meal.category, meal.frozen_on, settings))
    unknown = sorted(meal.tags - tags)
    if unknown:
        raise ValueError(
            translate(
                "Errors",
                "unknown tags {tags} (add it to a batch in the window first, or fix the spelling)",
            ).format(tags=", ".join(unknown))
            if len(unknown) > 1
            else translate(
                "Errors",
                "unknown tag {tags} (add it to a batch in the window first, or fix the spelling)",
            ).format(tags=unknown[0])
        )
    found = problems(meal)
    if found:
        raise ValueError(together(found))
    return meal


def preview_import(
    plan: Plan,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Read a stock file without writing anything: the batches it would add and the rows
    that fail (with their line numbers and reasons).

    ``progress(done, whole)`` hears how far the checking is; when ``cancelled()`` turns
    true the reading stops early (what was checked so far is returned)."""
    read = stock_csv.read_stock(path)
    with plan.unit_of_work() as work:
        settings = work.store.settings()
    tags = set(known_tags(settings))
    meals: list[FreezerMeal] = []
    lines: list[int] = []
    errors = list(read.errors)
    whole = len(read.rows)
    for n, row in enumerate(read.rows):
        if n % PROGRESS_STEP == 0:
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(n, whole)
        try:
            meals.append(_checked_row(row, settings, tags))
            lines.append(row.line)
        except ValueError as error:
            errors.append(RowError(row.line, said(error)))
    if progress is not None:
        progress(whole, whole)
    errors.sort(key=lambda e: e.line)
    return ImportPreview(tuple(meals), tuple(lines), tuple(errors))


def accept_import(plan: Plan, meals: Sequence[FreezerMeal]) -> tuple[list[FreezerMeal], Changes]:
    """Add the previewed batches, all together or (on any refusal) none of them."""
    tidy = [dataclasses.replace(_tidy(m), id=None, version=None) for m in meals]
    with plan.unit_of_work() as work:
        added = _freezer(work).add_meals(tidy)
        work.commit()
    return added, work.changes
