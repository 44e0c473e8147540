"""Search across the whole plan: the records whose words begin with the words typed, a few
of each kind, with how many match in all."""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.changes import Kind
from planner.domain.errors import InvalidInput
from planner.domain.search import (
    EMPTY_TERM,
    SEARCHED,
    SHOWN_EXPANDED,
    SHOWN_PER_KIND,
    FoundKind,
    Results,
    found,
    words,
)
from planner.services.plan import Plan
from planner.store import search as index


def search(
    plan: Plan,
    term: str,
    *,
    per_kind: int = SHOWN_PER_KIND,
    expanded: Iterable[Kind] = (),
    kinds: Iterable[Kind] = SEARCHED,
) -> Results:
    """What ``term`` finds: up to ``per_kind`` hits of each kind (``SHOWN_EXPANDED`` of the
    ``expanded`` ones), newest first. A term without a letter or digit finds nothing."""
    typed = words(term)
    if not typed:
        return Results(term)
    wider = frozenset(expanded)
    limits = {
        kind: max(per_kind, SHOWN_EXPANDED) if kind in wider else per_kind
        for kind in SEARCHED
        if kind in frozenset(kinds)
    }
    with plan.unit_of_work() as work:
        matches = index.find(work.store.session, typed, limits)
    groups = tuple(
        FoundKind(match.kind, tuple(found(match.kind, row) for row in match.rows), match.total)
        for match in matches
    )
    return Results(term, groups)


def checked_term(term: str) -> str:
    """``term`` if it holds a word to search for; InvalidInput otherwise (the command line
    refuses it; the window just shows nothing)."""
    if not words(term):
        raise InvalidInput(EMPTY_TERM)
    return term
