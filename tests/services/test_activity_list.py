"""The activity list: the newest changes told in words, narrowed to a person or an area,
each opening its record, and what is new to a person since they last looked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.domain.activity import AREA_OF, AREAS, author_setting, kinds_of
from planner.domain.changes import Kind
from planner.domain.enums import Area, LegDirection, LegStatus
from planner.services import activity_list, freezer, lists, reminders, rides, settings
from planner.services.activity import day_text
from planner.services.activity_list import Entry
from planner.services.plan import Plan, open_plan
from planner.services.watch import last_seq
from tests.conftest import TODAY, TREATMENT


@dataclass(frozen=True)
class TomsDay:
    """The demo plan (made by ``me``) after Tom, at another computer, confirmed the ride
    home and took two portions of soup."""

    plan: Plan
    me: str
    before: int
    """The newest change before Tom's."""
    leg: int
    soup: int


@pytest.fixture
def toms_day(
    demo_plan: Plan, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TomsDay]:
    me = demo_plan.author
    settings.change_setting(demo_plan, author_setting("tom"), "Tom")
    before = last_seq(demo_plan)
    with monkeypatch.context() as as_tom:  # one process stands for two computer users
        as_tom.setenv("LOGNAME", "tom")
        tom = open_plan(f"sqlite:///{plan_path}")
        assert tom.author == "Tom"  # read (and kept) while the login is Tom's
    legs, appointments, _ = lists.legs(tom, TODAY)
    (leg,) = [
        leg.id
        for leg in legs
        if leg.direction is LegDirection.BACK
        and appointments[leg.appointment_id].start.date() == TREATMENT
    ]
    (soup,) = [m.id for m in lists.meals(tom) if m.name == "Chicken and rice soup"]
    assert leg is not None and soup is not None
    rides.set_leg_status(tom, leg, LegStatus.CONFIRMED)
    freezer.take_out(tom, soup, 2, TREATMENT)
    tom.close()
    yield TomsDay(demo_plan, me, before, leg, soup)


def summaries(entries: list[Entry]) -> list[str]:
    return [entry.line.summary for entry in entries]


TREATMENT_DAY = day_text(TREATMENT, TODAY.year)
CONFIRMED = f"Tom confirmed the ride home on {TREATMENT_DAY}"
TOOK = f"Tom took 2 portions of Chicken and rice soup for {TREATMENT_DAY}"


def test_the_list_is_newest_first_and_names_who_did_what(toms_day: TomsDay) -> None:
    shown = activity_list.recent(toms_day.plan)

    assert summaries(shown)[:2] == [TOOK, CONFIRMED]
    assert [entry.line.who for entry in shown[:2]] == ["Tom", "Tom"]
    seqs = [entry.line.seq for entry in shown]
    assert seqs == sorted(seqs, reverse=True)


def test_the_list_narrows_to_one_person(toms_day: TomsDay) -> None:
    assert summaries(activity_list.recent(toms_day.plan, who="Tom")) == [TOOK, CONFIRMED]
    mine = activity_list.recent(toms_day.plan, who=toms_day.me)
    assert mine and all(entry.line.who == toms_day.me for entry in mine)
    assert activity_list.authors(toms_day.plan) == sorted({toms_day.me, "Tom"}, key=str.casefold)


def test_the_list_narrows_to_one_area(toms_day: TomsDay) -> None:
    plan = toms_day.plan
    in_freezer = activity_list.recent(plan, area=Area.FREEZER)
    assert summaries(in_freezer)[0] == TOOK
    assert {entry.area for entry in in_freezer} == {Area.FREEZER}
    assert summaries(activity_list.recent(plan, who="Tom", area=Area.RIDES)) == [CONFIRMED]
    assert activity_list.recent(plan, who="Tom", area=Area.SUPPORT) == []


def test_each_line_opens_its_record(toms_day: TomsDay) -> None:
    took, confirmed = activity_list.recent(toms_day.plan, who="Tom")

    # The portions taken are told (and opened) with their batch.
    assert (took.area, took.opens) == (Area.FREEZER, (Kind.MEAL, toms_day.soup))
    assert (confirmed.area, confirmed.opens) == (Area.RIDES, (Kind.RIDE_LEG, toms_day.leg))
    named = activity_list.recent(toms_day.plan, who=toms_day.me)
    setting = named[0]  # my last change: Tom's name, which Preferences opens
    assert setting.area is None and setting.opens == (Kind.SETTING, "activity.author.tom")


def test_what_others_did_since_the_last_look_is_new(toms_day: TomsDay) -> None:
    plan, me, before = toms_day.plan, toms_day.me, toms_day.before

    assert activity_list.news(plan, before, me) == 2
    assert activity_list.news(plan, before, "Tom") == 0  # one's own changes are no news
    assert activity_list.news(plan, last_seq(plan), me) == 0
    lines = [entry.line for entry in activity_list.recent(plan)]
    assert [activity_list.is_new(line, before, me) for line in lines[:3]] == [True, True, False]


def test_the_reminders_own_key_is_no_news(demo_plan: Plan) -> None:
    before = last_seq(demo_plan)
    reminders.reminder_names(demo_plan)  # makes the plan's key (once)

    assert last_seq(demo_plan) > before
    assert activity_list.news(demo_plan, before, "someone else") == 0
    assert all("secret" not in line for line in summaries(activity_list.recent(demo_plan)))


def test_every_kind_of_data_but_settings_has_an_area() -> None:
    assert set(AREA_OF) == set(Kind) - {Kind.SETTING}
    assert set(AREAS) == set(AREA_OF.values())
    assert kinds_of(Area.FREEZER) == {Kind.MEAL, Kind.PORTIONS_TAKEN}
    assert kinds_of(Area.WEEK) == frozenset()
