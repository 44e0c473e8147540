"""The words a typed term stands for, and what a hit of each kind shows."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from planner.domain.changes import Kind
from planner.domain.search import (
    COUNTED_UP_TO,
    MOST_WORDS,
    SEARCHED,
    Found,
    FoundKind,
    found,
    words,
)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("chemo", ("chemo",)),
        ("  city   hosp ", ("city", "hosp")),
        ('"chem*" AND (city)', ("chem", "AND", "city")),
        ("title:scan -x ^y", ("title", "scan", "x", "y")),
        ("O'Brien dr.", ("O", "Brien", "dr")),
        ("anna@example.org", ("anna", "example", "org")),
        ("snake_case", ("snake", "case")),
        ("Élodie Σίσυφος 38,5", ("Élodie", "Σίσυφος", "38", "5")),
        ("Tom tom TOM", ("Tom",)),
        ('"*() -- ^ :', ()),
        ("", ()),
    ],
)
def test_only_letters_and_digits_make_words(term: str, expected: tuple[str, ...]) -> None:
    assert words(term) == expected


def test_decomposed_letters_stay_in_their_word_and_the_words_are_few() -> None:
    assert words(unicodedata.normalize("NFD", "Müller")) == ("Müller",)
    assert len(words(" ".join(f"w{n}" for n in range(20)))) == MOST_WORDS


def test_a_group_says_how_many_more_match() -> None:
    hit = Found(Kind.HELPER, 1, "Ann")
    assert FoundKind(Kind.HELPER, (hit,), 3).more == 2
    assert FoundKind(Kind.HELPER, (hit,), 3).counted_all
    assert not FoundKind(Kind.HELPER, (hit,), COUNTED_UP_TO).counted_all


ROWS: dict[Kind, dict[str, Any]] = {
    Kind.APPOINTMENT: {"title": "CT scan", "start": dt.datetime(2026, 3, 12, 9), "location": "X"},
    Kind.RIDE_LEG: {
        "direction": "back",
        "appointment_title": "CT scan",
        "pickup_time": dt.datetime(2026, 3, 12, 10),
        "pickup_place": "City Hospital",
    },
    Kind.PLACE: {"name": "Elm House", "address": "1 Elm Road\nTown"},
    Kind.HELPER: {"name": "Ann", "phone": "0170", "email": ""},
    Kind.CONTACT: {"name": "Ruth", "role": "social_worker", "organisation": "City Hospital"},
    Kind.TASK: {"title": "Soup", "start": dt.datetime(2026, 3, 12, 18), "category": "meals"},
    Kind.MEAL: {"name": "Dal", "use_by": dt.date(2026, 5, 1), "location": "Top drawer"},
    Kind.GROUP: {"name": "Circle", "place": "", "link": "https://example.org"},
    Kind.JOURNAL_ENTRY: {
        "symptom": "",
        "kind": "rest",
        "at": dt.datetime(2026, 3, 11, 21),
        "note": "Slept " + "well " * 30,
    },
    Kind.QUESTION: {"text": "Is it the tablets?", "asked_on": dt.date(2026, 3, 1), "answer": ""},
    Kind.MEDICINE: {"name": "Aciclovir", "strength": "400 mg", "purpose": "", "pharmacy": "Elm"},
}


def test_every_searched_kind_has_a_hit_with_a_title() -> None:
    assert set(ROWS) == set(SEARCHED)
    shown = {kind: found(kind, {"id": 7, **row}) for kind, row in ROWS.items()}
    assert all(hit.id == 7 and hit.kind is kind for kind, hit in shown.items())
    assert shown[Kind.RIDE_LEG].title == "Ride home from CT scan"
    assert shown[Kind.PLACE].detail == "1 Elm Road"
    assert shown[Kind.HELPER].detail == "0170"
    assert shown[Kind.CONTACT].detail == "Social worker · City Hospital"
    assert shown[Kind.TASK].detail == "Meals"
    assert shown[Kind.GROUP].detail == "https://example.org"
    assert shown[Kind.JOURNAL_ENTRY].title == "Rest"
    assert len(shown[Kind.JOURNAL_ENTRY].detail) <= 80
    assert shown[Kind.JOURNAL_ENTRY].detail.endswith("…")
    assert shown[Kind.QUESTION].title == "Is it the tablets?"
    assert shown[Kind.MEDICINE].title == "Aciclovir 400 mg"
    assert shown[Kind.MEDICINE].detail == "Elm"
    with pytest.raises(ValueError, match="does not show"):
        found(Kind.SETTING, {"id": 1})
