"""The store's error family, apart from the modules that raise it (no import cycles)."""

from __future__ import annotations

from planner.domain.errors import PlannerError


class DatabaseError(PlannerError):
    """The plan's database cannot be opened or used; the message says why."""


class RecordMissing(LookupError):  # noqa: N818 (a public name the services use)
    """A record asked for by id is not (or no longer) in the plan."""
