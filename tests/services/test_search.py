"""Search across the plan: hits grouped by kind in a fixed order, a few of each with how many
match in all, more of one kind on request, and what each hit shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from planner.domain.changes import Kind
from planner.domain.errors import InvalidInput
from planner.domain.search import SEARCHED, SHOWN_PER_KIND
from planner.domain.team import Role
from planner.services import helpers, lists
from planner.services.plan import Plan
from planner.services.search import checked_term, search
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan


def test_hits_come_grouped_by_kind_in_the_searched_order(demo_plan: Plan) -> None:
    results = search(demo_plan, "city")
    kinds = [group.kind for group in results.groups]
    assert kinds == [Kind.APPOINTMENT, Kind.RIDE_LEG, Kind.PLACE, Kind.CONTACT]
    assert kinds == sorted(kinds, key=SEARCHED.index)
    for group in results.groups:
        ids = [hit.id for hit in group.hits]
        assert ids == sorted(ids, reverse=True)  # the newest first
        assert all(hit.kind is group.kind for hit in group.hits)


def test_a_few_of_each_kind_are_shown_and_the_rest_counted(demo_plan: Plan) -> None:
    (appointments, *_) = search(demo_plan, "c").groups
    assert len(appointments.hits) == SHOWN_PER_KIND
    assert appointments.total > SHOWN_PER_KIND
    assert appointments.more == appointments.total - SHOWN_PER_KIND
    assert appointments.counted_all

    wider = search(demo_plan, "c", expanded={Kind.APPOINTMENT}).groups
    assert len(wider[0].hits) == appointments.total
    assert all(len(group.hits) <= SHOWN_PER_KIND for group in wider[1:])


def test_only_the_kinds_asked_for_are_searched(demo_plan: Plan) -> None:
    results = search(demo_plan, "city", kinds=[Kind.PLACE, Kind.CONTACT])
    assert [group.kind for group in results.groups] == [Kind.PLACE, Kind.CONTACT]


def test_each_hit_says_what_it_is_and_when(demo_plan: Plan) -> None:
    (rides,) = search(demo_plan, "linden", kinds=[Kind.RIDE_LEG]).groups
    ride = rides.hits[0]
    assert ride.title.startswith("Ride to ")
    assert isinstance(ride.when, dt.datetime)
    assert ride.detail == "Home, 12 Linden Road"

    (entries,) = search(demo_plan, "mood", kinds=[Kind.JOURNAL_ENTRY]).groups
    assert {hit.title for hit in entries.hits} == {"Mood"}  # its kind, having no symptom
    (asked,) = search(demo_plan, "paracetamol").groups
    assert asked.kind is Kind.QUESTION
    assert asked.hits[0].title == "Can I take paracetamol for the aches?"
    assert asked.hits[0].detail.startswith("Yes, up to the dose")


def test_a_term_without_a_letter_or_digit_finds_nothing(demo_plan: Plan) -> None:
    for term in ("", "   ", '"*()', "-- ^ :"):
        assert search(demo_plan, term).empty
        with pytest.raises(InvalidInput, match="Type a word"):
            checked_term(term)
    assert checked_term(" chemo ") == " chemo "


def test_nothing_found_is_an_empty_result(demo_plan: Plan) -> None:
    results = search(demo_plan, "xylophone")
    assert results.empty
    assert results.hits() == ()


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


def test_a_helper_login_finds_what_the_organisers_find_and_keeps_the_index(
    shared: SharedPlan,
) -> None:
    ann = shared.open_as(shared.add("Ann Lee", Role.HELPER))
    # Row-level security lets a helper read every row: search needs nothing of its own.
    assert search(ann, "chemo").hits() == search(shared.owner, "chemo").hits() != ()
    assert [hit.id for hit in search(ann, "bea").hits()] == [shared.bea]

    # A row a helper may write keeps its index entry in step, with no grant of its own.
    own = next(h for h in lists.helpers(ann) if h.id == shared.ann)
    helpers.update_helper(ann, dataclasses.replace(own, notes="Drives the blue van"))
    assert [hit.id for hit in search(shared.owner, "van").hits()] == [shared.ann]


def test_medicines_are_found_by_name_purpose_and_pharmacy_and_follow_their_edits(
    demo_plan: Plan,
) -> None:
    from planner.services import medicines

    (found,) = search(demo_plan, "acic").groups
    assert found.kind is Kind.MEDICINE
    (hit,) = found.hits
    assert hit.title == "Aciclovir 400 mg"
    assert {g.kind for g in search(demo_plan, "shingles").groups} == {Kind.MEDICINE}

    assert hit.id is not None
    stored = medicines.medicine(demo_plan, hit.id)
    medicines.update_medicine(demo_plan, dataclasses.replace(stored, name="Valaciclovir"))
    assert search(demo_plan, "acic").empty
    assert [h.title for h in search(demo_plan, "VALACICLOVIR").hits()] == ["Valaciclovir 400 mg"]
    medicines.remove_medicine(demo_plan, hit.id)
    assert search(demo_plan, "valac").empty
