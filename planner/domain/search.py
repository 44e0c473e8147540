"""Search across the plan: the words a typed term stands for, and what each hit shows.

A term matches a record when every word of it begins a word of the record (accents and
case aside): "chem cit" finds the chemotherapy at City Hospital. Only letters and digits
make words; quotes, stars, brackets and the like only separate them, so nothing typed is
ever read as a query language.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner.domain.changes import Kind
from planner.domain.enums import ContactRole, JournalKind, LegDirection, TaskCategory, label
from planner.domain.messages import VOCABULARY, Message, translate

SEARCHED: tuple[Kind, ...] = (
    Kind.APPOINTMENT,
    Kind.RIDE_LEG,
    Kind.PLACE,
    Kind.HELPER,
    Kind.CONTACT,
    Kind.TASK,
    Kind.MEAL,
    Kind.GROUP,
    Kind.JOURNAL_ENTRY,
    Kind.QUESTION,
    Kind.MEDICINE,
)
"""The kinds of data search finds, in the order their groups are shown.

A new kind is added here, with its columns in ``planner.store.search.INDEXED``
(and a migration that indexes its table), a title in :func:`found` below, and a heading in
``planner.ui.search.model`` and ``planner.cli.search`` (tests check each kind has them)."""

SHOWN_PER_KIND = 8
"""Hits shown for each kind at first; the rest are counted ("and N more")."""
SHOWN_EXPANDED = 100
"""Hits shown for a kind the user asked to see more of."""
COUNTED_UP_TO = 1000
"""Matches are counted up to this many (a one-letter term may match most of the plan)."""
MOST_WORDS = 8
LONGEST_WORD = 64
EMPTY_TERM = translate("Errors", "Type a word to search for (letters or digits).")
_WORD = re.compile(r"[^\W_]+")
_SNIPPET = 80


def words(term: str) -> tuple[str, ...]:
    """The words of a typed term as search matches them: runs of letters and digits, the
    first :data:`MOST_WORDS` different ones; empty when it holds none."""
    found: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", term)):
        word = word[:LONGEST_WORD]
        if word.casefold() not in (w.casefold() for w in found):
            found.append(word)
    return tuple(found[:MOST_WORDS])


@dataclass(frozen=True)
class Found:
    """One record a search found: its kind and id (to open it), what it is called, and
    when and where it is, where it has a date or place."""

    kind: Kind
    id: int
    title: str
    """A message where the program words it (a ride's), else the record's own words."""
    when: dt.datetime | dt.date | None = None
    detail: str = ""


@dataclass(frozen=True)
class FoundKind:
    """The hits of one kind: the first ones, and how many match in all (counted up to
    :data:`COUNTED_UP_TO`)."""

    kind: Kind
    hits: tuple[Found, ...]
    total: int

    @property
    def more(self) -> int:
        """How many match beyond the hits shown."""
        return self.total - len(self.hits)

    @property
    def counted_all(self) -> bool:
        """Whether :attr:`total` is every match, not just as far as counting went."""
        return self.total < COUNTED_UP_TO


@dataclass(frozen=True)
class Results:
    """What a search found, grouped by kind in :data:`SEARCHED` order (kinds without a hit
    left out)."""

    term: str
    groups: tuple[FoundKind, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups

    def hits(self) -> tuple[Found, ...]:
        return tuple(hit for group in self.groups for hit in group.hits)


# ---------------------------------------------------------------- what a hit shows
def _snippet(text: Any) -> str:
    """The first line of a note or question, cut to a readable length."""
    lines = str(text or "").strip().splitlines()
    first = lines[0].strip() if lines else ""
    return first if len(first) <= _SNIPPET else first[: _SNIPPET - 1].rstrip() + "…"


def _joined(*parts: Any) -> str | Message:
    """The parts that are there, " · " between them (a message when one of them is)."""
    kept = [part for part in parts if part]
    if len(kept) == 2:
        return translate("Search", "{first} · {second}").format(first=kept[0], second=kept[1])
    return kept[0] if kept else ""


def _label(value: StrEnum) -> Message:
    """A vocabulary value's label, rendered in the reader's language when shown."""
    return Message(VOCABULARY, label(value))


def found(kind: Kind, row: Mapping[str, Any]) -> Found:
    """The hit for one stored row of ``kind`` (its columns by name; a ride leg's row also
    holds its appointment's title as ``appointment_title``)."""
    key = int(row["id"])
    if kind is Kind.APPOINTMENT:
        return Found(kind, key, row["title"], row["start"], row["location"])
    if kind is Kind.RIDE_LEG:
        appointment = row["appointment_title"] or translate("Search", "an appointment")
        title = (
            translate("Search", "Ride to {appointment}")
            if row["direction"] == LegDirection.THERE.value
            else translate("Search", "Ride home from {appointment}")
        ).format(appointment=appointment)
        return Found(kind, key, title, row["pickup_time"], row["pickup_place"])
    if kind is Kind.PLACE:
        return Found(kind, key, row["name"], None, _snippet(row["address"]))
    if kind is Kind.HELPER:
        return Found(kind, key, row["name"], None, _joined(row["phone"], row["email"]))
    if kind is Kind.CONTACT:
        role = _label(ContactRole(row["role"]))
        return Found(kind, key, row["name"], None, _joined(role, row["organisation"]))
    if kind is Kind.TASK:
        category = _label(TaskCategory(row["category"]))
        return Found(kind, key, row["title"], row["start"], category)
    if kind is Kind.MEAL:
        return Found(kind, key, row["name"], row["use_by"], row["location"])
    if kind is Kind.GROUP:
        return Found(kind, key, row["name"], None, row["place"] or row["link"])
    if kind is Kind.JOURNAL_ENTRY:
        title = row["symptom"] or _label(JournalKind(row["kind"]))
        return Found(kind, key, title, row["at"], _snippet(row["note"]))
    if kind is Kind.QUESTION:
        return Found(kind, key, _snippet(row["text"]), row["asked_on"], _snippet(row["answer"]))
    if kind is Kind.MEDICINE:
        name = " ".join(part for part in (row["name"], row["strength"]) if part)
        return Found(kind, key, name, None, _joined(row["purpose"], row["pharmacy"]))
    raise ValueError(f"search does not show {kind}")
