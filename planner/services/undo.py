"""Undo and redo from the change log: a step puts back the rows it recorded.

Undoing an action reverses its recorded changes, newest first, each only where the row is
still as the action left it; redoing it reverses the undo's own records. A change someone
else made in between is refused with a ConflictError and nothing of the step is kept.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.changes import Kind
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import change_log

Versions = Mapping[tuple[Kind, int | str], int | None]
"""The version each row was left at by the window's own latest change to it."""


def put_back(plan: Plan, changes: Changes, expected: Versions | None = None) -> Changes:
    """Reverse ``changes``; returns the changes that did it (reverse those to redo)."""
    with plan.unit_of_work() as work:
        change_log.put_back(work.store.session, changes.records, expected)
        work.commit()
    return work.changes
