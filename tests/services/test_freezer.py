"""Freezer use cases against a real plan file: batches, taking out, coverage, files."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from planner.domain.changes import Kind
from planner.domain.enums import MealCategory
from planner.domain.errors import InvalidInput
from planner.domain.freezer import OWN_TAGS, PORTIONS_PER_HARD_DAY
from planner.domain.freezer_coverage import CookReason
from planner.domain.model import FreezerMeal
from planner.services import freezer, lists
from planner.services.plan import ConflictError, Plan
from planner.services.settings import change_setting, read_setting
from planner.services.undo import put_back
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
NOW = dt.datetime.combine(TODAY, dt.time(17))


def soup(**changes: object) -> FreezerMeal:
    value = FreezerMeal("  Chicken   soup ", 4, TODAY - DAY, TODAY + 60 * DAY, frozenset({"Soft"}))
    return dataclasses.replace(value, **changes)  # type: ignore[arg-type]


def test_add_tidies_the_batch_and_learns_new_tags(plan: Plan) -> None:
    added, changes = freezer.add_meal(plan, soup(tags=frozenset({"soft", "Nut-free"})))
    assert (added.name, added.id, added.version) == ("Chicken soup", added.id, 1)
    assert added.tags == frozenset({"soft", "nut-free"})
    assert changes.ids(Kind.MEAL) == {added.id}
    assert read_setting(plan, OWN_TAGS) == "nut-free"


def test_a_bad_batch_is_refused_and_nothing_is_stored(plan: Plan) -> None:
    with pytest.raises(InvalidInput, match="before the date it was frozen"):
        freezer.add_meal(plan, soup(use_by=TODAY - 2 * DAY))
    with pytest.raises(InvalidInput, match="negative"):
        freezer.add_meal(plan, soup(portions_left=-1))
    assert lists.meals(plan) == []


def taken_log(plan: Plan) -> list[tuple[int, int, dt.date]]:
    """The log of portions taken, as (batch, portions, day)."""
    with plan.unit_of_work() as work:
        lines = work.store.portions_taken(TODAY - 7 * DAY, TODAY + 60 * DAY)
    return sorted((t.meal_id, t.portions, t.for_day) for t in lines)


def test_edit_refuses_a_stale_version_and_delete_undo_round_trips(plan: Plan) -> None:
    added, _ = freezer.add_meal(plan, soup())
    (before, after), edited = freezer.update_meal(
        plan, dataclasses.replace(added, portions_left=3), expected_version=added.version
    )
    assert (before.portions_left, after.portions_left, after.version) == (4, 3, 2)
    assert [c.fields for c in edited.records] == [{"portions_left": (4, 3)}]
    with pytest.raises(ConflictError):
        freezer.update_meal(plan, added, expected_version=added.version)
    assert added.id is not None
    freezer.take_out(plan, added.id, 1, TODAY + DAY, now=NOW)
    (meal,) = lists.meals(plan)
    with pytest.raises(ConflictError):  # the batch moved on since the user saw ``after``
        freezer.delete_meal(plan, added.id, expected_version=after.version)
    removed, changes = freezer.delete_meal(plan, added.id, expected_version=meal.version)
    assert removed == meal
    assert changes.removed(Kind.MEAL) == {added.id} and changes.removed(Kind.PORTIONS_TAKEN)
    assert lists.meals(plan) == [] and taken_log(plan) == []
    put_back(plan, changes)
    assert lists.meals(plan) == [meal]  # its id and version too
    assert taken_log(plan) == [(added.id, 1, TODAY + DAY)]


def test_undoing_an_edit_someone_else_overtook_is_refused(plan: Plan) -> None:
    added, _ = freezer.add_meal(plan, soup())
    (_, mine), edited = freezer.update_meal(
        plan, dataclasses.replace(added, location="top drawer"), expected_version=added.version
    )
    freezer.update_meal(  # another window
        plan, dataclasses.replace(mine, reheating="Microwave"), expected_version=mine.version
    )
    (theirs,) = lists.meals(plan)
    with pytest.raises(ConflictError):
        put_back(plan, edited)
    assert lists.meals(plan) == [theirs]


def test_take_out_logs_the_day_and_refuses_more_than_is_left(plan: Plan) -> None:
    added, _ = freezer.add_meal(plan, soup())
    assert added.id is not None
    taken, changes = freezer.take_out(plan, added.id, 3, TODAY + DAY, now=NOW)
    assert (taken.portions, taken.for_day, taken.taken_at) == (3, TODAY + DAY, NOW)
    (meal,) = [c for c in changes.records if c.kind is Kind.MEAL]
    assert meal.fields["portions_left"] == (4, 1)
    assert changes.ids(Kind.PORTIONS_TAKEN) == {taken.id}
    with pytest.raises(InvalidInput, match="Only 1 portion of Chicken soup is left"):
        freezer.take_out(plan, added.id, 2, TODAY + DAY)
    with pytest.raises(InvalidInput, match="at least one"):
        freezer.take_out(plan, added.id, 0, TODAY + DAY)
    assert lists.meals(plan)[0].portions_left == 1
    undone = put_back(plan, changes)
    assert lists.meals(plan)[0].portions_left == 4 and taken_log(plan) == []
    with pytest.raises(ConflictError):  # put back once only
        put_back(plan, changes)
    assert lists.meals(plan)[0].portions_left == 4
    put_back(plan, undone)  # redo
    assert lists.meals(plan)[0].portions_left == 1
    assert taken_log(plan) == [(added.id, 3, TODAY + DAY)]


def test_undoing_a_take_out_after_another_window_took_from_the_batch_is_refused(
    plan: Plan,
) -> None:
    added, _ = freezer.add_meal(plan, soup())
    assert added.id is not None
    _, mine = freezer.take_out(plan, added.id, 1, TODAY + DAY, now=NOW)
    freezer.take_out(plan, added.id, 2, TODAY + 2 * DAY, now=NOW)  # another window
    (before,) = lists.meals(plan)
    log = taken_log(plan)
    assert before.portions_left == 1 and len(log) == 2
    with pytest.raises(ConflictError):
        put_back(plan, mine)
    assert lists.meals(plan) == [before]  # nothing of the undo was kept
    assert taken_log(plan) == log


def test_undoing_an_import_removes_every_batch_and_redo_brings_them_back(plan: Plan) -> None:
    added, changes = freezer.accept_import(plan, [soup(), soup(name="Stew", tags=frozenset())])
    assert sorted(m.name for m in lists.meals(plan)) == ["Chicken soup", "Stew"]
    assert changes.ids(Kind.MEAL) == {m.id for m in added}
    undone = put_back(plan, changes)
    assert lists.meals(plan) == []
    put_back(plan, undone)
    assert sorted(lists.meals(plan), key=lambda m: m.name) == added


def test_overview_plans_the_demo_hard_days_and_follows_the_setting(demo_plan: Plan) -> None:
    shown = freezer.overview(demo_plan, TODAY)
    assert shown.portions_per_day == 2
    assert shown.coverage.days and all(day.covered for day in shown.coverage.days[:3])
    assert all(d in shown.hard_because for d in (day.day for day in shown.coverage.days))
    change_setting(demo_plan, PORTIONS_PER_HARD_DAY, 6)
    hungrier = freezer.overview(demo_plan, TODAY)
    assert hungrier.coverage.short > 0
    lines = freezer.cook_next_list(demo_plan, TODAY)
    assert lines[0].reason is CookReason.SHORT and lines[0].portions > 0


def write(path: Path, *rows: str) -> Path:
    header = "name,category,portions,frozen_on,use_by,tags,made_by,location,reheating"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_import_previews_without_writing_and_accepts_only_good_rows(
    plan: Plan, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "stock.csv",
        "Soup,soup_or_stew,4,2026-02-01,,soft; bland,Lena,top,Heat",
        "Stew,,3,2026-02-01,2026-04-01,spicy,,,",
        "Pie,,-1,2026-02-01,,,,,",
    )
    preview = freezer.preview_import(plan, path)
    assert lists.meals(plan) == []
    assert [m.name for m in preview.meals] == ["Soup"]
    assert preview.meals[0].use_by == dt.date(2026, 5, 1)  # soup keeps 3 months by default
    assert preview.meals[0].category is MealCategory.SOUP
    assert [(e.line, e.reason.split(" ")[0]) for e in preview.errors] == [
        (3, "unknown"),
        (4, "portions"),
    ]
    added, changes = freezer.accept_import(plan, preview.meals)
    assert [m.name for m in lists.meals(plan)] == ["Soup"]
    assert changes.ids(Kind.MEAL) == {added[0].id}
    assert added[0].id is not None


def test_import_refuses_a_batch_of_500_portions_with_its_line(plan: Plan, tmp_path: Path) -> None:
    path = write(
        tmp_path / "stock.csv",
        "Soup,soup_or_stew,100,2026-02-01,,,,,",
        "Chili,,500,2026-02-01,,,,,",
    )
    preview = freezer.preview_import(plan, path)
    assert [m.name for m in preview.meals] == ["Soup"]
    assert [str(e) for e in preview.errors] == [
        "line 3: A batch holds at most 100 portions (not 500)."
    ]


def test_export_writes_every_batch(demo_plan: Plan, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert freezer.export_csv(demo_plan, target) == len(lists.meals(demo_plan))
    again = freezer.preview_import(demo_plan, target)
    assert again.errors == ()
    assert sorted(m.name for m in again.meals) == sorted(m.name for m in lists.meals(demo_plan))
