"""Freezer rules: freshness, checks, coverage of the hard days, what to cook next, gaps and
the "thaw tonight" reminder, all as plain functions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import AppointmentKind, MealCategory
from planner.domain.errors import InvalidInput
from planner.domain.freezer import (
    HARD_DAY_TAGS,
    OWN_TAGS,
    PORTIONS_PER_HARD_DAY,
    USE_BY_MONTHS,
    Freshness,
    add_months,
    check_meal,
    check_take_out,
    default_use_by,
    freshness,
    known_tags,
    split_tags,
)
from planner.domain.freezer_coverage import CookReason, assign, cook_next, coverage
from planner.domain.freezer_gaps import (
    MEAL_EXPIRED,
    MEAL_EXPIRES_UNPLANNED,
    MEALS_NOT_COVERED,
    freezer_gaps,
)
from planner.domain.freezer_reminders import planned_thaws, thaw_reminders
from planner.domain.model import FreezerMeal, PlanWindow, PortionsTaken
from planner.domain.week import ItemType, build_week
from tests.helpers.builders import MONDAY, appointment, at

DAY = dt.timedelta(days=1)
TODAY = MONDAY


def meal(
    id: int, portions: int, use_by: dt.date, tags: set[str] | None = None, name: str = ""
) -> FreezerMeal:
    return FreezerMeal(
        name or f"Meal {id}", portions, TODAY - 30 * DAY, use_by, frozenset(tags or ()), id=id
    )


# ---------------------------------------------------------------------------- stock rules
def test_use_by_defaults_follow_the_category_and_its_setting() -> None:
    frozen = dt.date(2026, 11, 30)
    assert default_use_by(MealCategory.COOKED_DISH, frozen, {}) == dt.date(2027, 2, 28)
    assert default_use_by(MealCategory.DESSERT, frozen, {}) == dt.date(2027, 1, 30)
    custom = {USE_BY_MONTHS[MealCategory.COOKED_DISH].key: "1"}
    assert default_use_by(MealCategory.COOKED_DISH, frozen, custom) == dt.date(2026, 12, 30)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)), st.integers(0, 40))
def test_adding_months_never_goes_back_and_keeps_within_a_month_of_the_day(
    day: dt.date, months: int
) -> None:
    later = add_months(day, months)
    assert later >= day
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day <= day.day


def test_freshness_marks_expired_expiring_soon_fresh_and_empty() -> None:
    assert freshness(meal(1, 2, TODAY - DAY), TODAY, 14) is Freshness.EXPIRED
    assert freshness(meal(1, 2, TODAY), TODAY, 14) is Freshness.EXPIRING_SOON
    assert freshness(meal(1, 2, TODAY + 14 * DAY), TODAY, 14) is Freshness.EXPIRING_SOON
    assert freshness(meal(1, 2, TODAY + 15 * DAY), TODAY, 14) is Freshness.FRESH
    assert freshness(meal(1, 0, TODAY - DAY), TODAY, 14) is Freshness.EMPTY


def test_a_batch_with_negative_portions_or_use_by_before_freezing_is_refused() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        check_meal(meal(1, -1, TODAY))
    bad = FreezerMeal("Soup", 2, TODAY, TODAY - DAY)
    with pytest.raises(InvalidInput, match="before the date it was frozen"):
        check_meal(bad)
    with pytest.raises(InvalidInput, match="cannot be a tag"):
        check_meal(meal(1, 2, TODAY, {"=cmd"}))


def test_a_batch_holds_at_most_a_hundred_portions() -> None:
    check_meal(meal(1, 100, TODAY))
    with pytest.raises(InvalidInput, match=r"at most 100 portions \(not 500\)"):
        check_meal(meal(1, 500, TODAY))


def test_taking_more_than_is_left_is_refused_with_what_is_left() -> None:
    with pytest.raises(InvalidInput, match="Only 2 portions"):
        check_take_out(meal(1, 2, TODAY), 3)
    with pytest.raises(InvalidInput, match="at least one"):
        check_take_out(meal(1, 2, TODAY), 0)


def test_the_plans_own_tags_join_the_built_in_ones() -> None:
    tags = known_tags({OWN_TAGS.key: "Spicy, low-fibre ,nut-free"})
    assert tags[:2] == ("soft", "bland")
    assert tags[-2:] == ("nut-free", "spicy")
    assert tags.count("low-fibre") == 1
    assert split_tags("Soft; bland,,") == frozenset({"soft", "bland"})


# ---------------------------------------------------------------------------- coverage
def test_first_expiring_is_planned_first() -> None:
    meals = [meal(1, 4, TODAY + 50 * DAY), meal(2, 4, TODAY + 10 * DAY)]
    plan = assign(meals, [(TODAY + DAY, 2), (TODAY + 2 * DAY, 2)], TODAY)
    assert [(a.meal_id, a.portions) for a in plan] == [(2, 2), (2, 2)]


def test_batches_with_the_hard_day_tags_go_first_when_that_costs_no_day() -> None:
    meals = [meal(1, 4, TODAY + 10 * DAY), meal(2, 4, TODAY + 50 * DAY, {"soft"})]
    plan = assign(meals, [(TODAY + DAY, 2)], TODAY, frozenset({"soft"}))
    assert [a.meal_id for a in plan] == [2]


def test_the_preference_yields_when_it_would_leave_a_day_without_meals() -> None:
    # The soft batch keeps for both days, the other only for the first: eating the soft
    # one first would leave day 2 empty.
    meals = [meal(1, 2, TODAY + DAY), meal(2, 2, TODAY + 5 * DAY, {"soft"})]
    plan = assign(meals, [(TODAY + DAY, 2), (TODAY + 2 * DAY, 2)], TODAY, frozenset({"soft"}))
    assert [(a.meal_id, a.day) for a in plan] == [(1, TODAY + DAY), (2, TODAY + 2 * DAY)]


def test_portions_already_taken_for_a_day_count_towards_it() -> None:
    taken = [PortionsTaken(1, 1, at(TODAY), TODAY + DAY, id=1)]
    found = coverage([meal(1, 5, TODAY + 9 * DAY)], [TODAY + DAY], taken, TODAY, 2)
    (day,) = found.days
    assert (day.taken, sum(a.portions for a in day.assigned), day.covered) == (1, 1, True)
    assert found.left == {1: 4}


meal_lists = st.lists(
    st.tuples(st.integers(0, 6), st.integers(-5, 30), st.booleans()), max_size=8
).map(
    lambda specs: [
        meal(n + 1, portions, TODAY + offset * DAY, {"soft"} if soft else set())
        for n, (portions, offset, soft) in enumerate(specs)
    ]
)
need_lists = st.dictionaries(st.integers(-2, 30), st.integers(0, 4), max_size=10).map(
    lambda needs: sorted((TODAY + offset * DAY, n) for offset, n in needs.items())
)


def most_portions(meals: list[FreezerMeal], needs: list[tuple[dt.date, int]]) -> int:
    """The most portions any plan can place (Hall's condition over the later days)."""
    needs = [(d, n) for d, n in needs if d >= TODAY]
    good = [m for m in meals if m.use_by >= TODAY and m.portions_left > 0]
    deficit = 0
    for day, _ in needs:
        wanted = sum(n for d, n in needs if d >= day)
        supply = sum(m.portions_left for m in good if m.use_by >= day)
        deficit = max(deficit, wanted - supply)
    return sum(n for _, n in needs) - deficit


@settings(max_examples=300)
@given(meal_lists, need_lists, st.booleans())
def test_assignment_never_uses_expired_portions_nor_more_than_in_stock_and_covers_what_it_can(
    meals: list[FreezerMeal], needs: list[tuple[dt.date, int]], prefer: bool
) -> None:
    preferred = frozenset({"soft"}) if prefer else frozenset()
    plan = assign(meals, needs, TODAY, preferred)
    by_id = {m.id: m for m in meals}
    for a in plan:
        assert a.portions > 0
        assert TODAY <= a.day <= by_id[a.meal_id].use_by  # never an expired portion
    for m in meals:
        assert sum(a.portions for a in plan if a.meal_id == m.id) <= max(m.portions_left, 0)
    wanted = dict(needs)
    for day in wanted:
        assert sum(a.portions for a in plan if a.day == day) <= wanted[day]
    # As many portions as any plan could place: so every day that can be covered, is.
    assert sum(a.portions for a in plan) == most_portions(meals, needs)


# ---------------------------------------------------------------------------- cook next
def test_cook_next_lists_missing_portions_week_by_week_then_unsuited_ones() -> None:
    days = [TODAY + DAY, TODAY + 2 * DAY, TODAY + 8 * DAY]
    found = coverage([meal(1, 3, TODAY + 30 * DAY)], days, [], TODAY, 2, frozenset({"soft"}))
    lines = cook_next(found, frozenset({"soft"}))
    assert [(c.reason, c.portions, c.needed_by) for c in lines] == [
        (CookReason.SHORT, 1, TODAY + 2 * DAY),
        (CookReason.SHORT, 2, TODAY + 8 * DAY),
        (CookReason.UNSUITED, 3, TODAY + DAY),
    ]
    assert lines[0].tags == ("soft",)


# ---------------------------------------------------------------------------- gaps
def window(*meals: FreezerMeal, days: int = 7, **more: object) -> PlanWindow:
    chemo = appointment(TODAY, kind=AppointmentKind.CHEMOTHERAPY, needs_ride=False)
    return PlanWindow(
        TODAY,
        TODAY + (days - 1) * DAY,
        appointments=(chemo,),
        meals=meals,
        today=TODAY,
        **more,  # type: ignore[arg-type]
    )


def test_gaps_name_uncovered_hard_days_expired_batches_and_batches_that_will_expire() -> None:
    found = list(
        freezer_gaps(
            window(
                meal(1, 3, TODAY + 20 * DAY, name="Soup"),
                meal(2, 1, TODAY - DAY, name="Old stew"),
                meal(3, 4, TODAY + 3 * DAY, name="Pie"),
                settings={HARD_DAY_TAGS.key: ""},
            )
        )
    )
    kinds = sorted((g.kind, g.date) for g in found)
    # Chemotherapy on Monday: Tuesday to Thursday are hard, 6 portions; 7 in date (Pie
    # first, as it expires first), so all three days are covered and 1 of Soup is left.
    assert kinds == [(MEAL_EXPIRED, TODAY)]
    assert "Old stew" in str(found[0].message) and found[0].fix.record_id == 2

    short = list(freezer_gaps(window(meal(3, 3, TODAY + 3 * DAY, name="Pie"))))
    assert sorted((g.kind, g.date) for g in short) == [
        (MEALS_NOT_COVERED, TODAY + 2 * DAY),
        (MEALS_NOT_COVERED, TODAY + 3 * DAY),
    ]
    spare = list(freezer_gaps(window(meal(3, 9, TODAY + 3 * DAY, name="Pie"))))
    assert [(g.kind, g.date, g.fix.record_id) for g in spare] == [
        (MEAL_EXPIRES_UNPLANNED, TODAY + 3 * DAY, 3)
    ]
    assert "3 portions" in str(spare[0].message)


def test_more_portions_per_hard_day_makes_a_covered_day_short() -> None:
    stock = meal(1, 6, TODAY + 30 * DAY)
    assert not list(freezer_gaps(window(stock)))
    more = window(stock, settings={PORTIONS_PER_HARD_DAY.key: "3"})
    assert [g.kind for g in freezer_gaps(more)] == [MEALS_NOT_COVERED] * 1


# ---------------------------------------------------------------------------- reminders
def test_thaw_tonight_is_due_the_evening_before_each_planned_day() -> None:
    soup = FreezerMeal(
        "Soup", 6, TODAY, TODAY + 30 * DAY, location="top drawer", reheating="Heat well.", id=7
    )
    reminders = list(thaw_reminders(window(soup)))
    assert [r.key for r in reminders] == [
        f"thaw:7:{(TODAY + n * DAY).isoformat()}" for n in (1, 2, 3)
    ]
    first = reminders[0]
    assert first.due == at(TODAY, 18)
    assert str(first.title) == "Thaw tonight: Soup"
    assert "2 portions from top drawer" in str(first.text) and "Heat well." in str(first.text)
    assert first.fix.record_id == 7


def test_portions_already_taken_for_tomorrow_need_no_reminder() -> None:
    soup = meal(7, 6, TODAY + 30 * DAY)
    taken = (PortionsTaken(7, 2, at(TODAY, 8), TODAY + DAY, id=1),)
    thaws = planned_thaws(window(soup, portions_taken=taken))
    assert [t.for_day for t in thaws] == [TODAY + 2 * DAY, TODAY + 3 * DAY]


def test_the_week_shows_thaw_tonight_as_meal_items() -> None:
    week = build_week(window(meal(7, 6, TODAY + 30 * DAY, name="Soup")))
    monday = week.days[0]
    meals = [i for i in monday.items if i.type is ItemType.MEAL]
    assert [(i.title, i.start, i.id) for i in meals] == [("Thaw tonight: Soup", at(TODAY, 18), 7)]


def test_a_plan_without_any_freezer_batch_hears_nothing_about_coverage() -> None:
    assert list(freezer_gaps(window())) == []
    empty = meal(1, 0, TODAY + 30 * DAY)
    assert [g.kind for g in freezer_gaps(window(empty))] == [MEALS_NOT_COVERED] * 3


def test_hard_days_beyond_the_planning_weeks_are_not_gaps_yet() -> None:
    late = appointment(TODAY + 40 * DAY, kind=AppointmentKind.CHEMOTHERAPY, needs_ride=False)
    view = PlanWindow(
        TODAY,
        TODAY + 55 * DAY,
        appointments=(late,),
        meals=(meal(1, 1, TODAY + 90 * DAY),),
        today=TODAY,
    )
    # Six weeks out, the stock for that cycle is still to be cooked: no gap, no thawing.
    assert [g.kind for g in freezer_gaps(view)] == []
    assert planned_thaws(view) == []
    near = PlanWindow(
        TODAY,
        TODAY + 55 * DAY,
        appointments=(appointment(TODAY + 20 * DAY, needs_ride=False),),
        meals=view.meals,
        today=TODAY,
    )
    assert [g.kind for g in freezer_gaps(near)] == [MEALS_NOT_COVERED] * 3
