"""The store's error family, apart from the modules that raise it (no import cycles)."""

from __future__ import annotations

from planner.domain.errors import PlannerError


class DatabaseError(PlannerError):
    """The plan's database cannot be opened or used; the message says why."""
