"""Undoable freezer changes: batches added, edited, deleted or imported, portions taken out.

:class:`FreezerActions` runs them for the Freezer page through the window's operations, so
errors are announced and only the views concerned refresh. Each change is one recorded
step: undo puts back the rows its unit of work recorded, and refuses, rather than
overwrites, a batch someone else changed in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.domain.model import FreezerMeal, PortionsTaken
from planner.services import freezer
from planner.services.plan import Plan
from planner.ui.labels import translate
from planner.ui.operations import Operations


class FreezerActions:
    """The freezer's changes, each one a step on the window's undo stack; a refused change
    returns ``None`` (or ``False``) with the reason announced, and changes nothing."""

    def __init__(self, operations: Operations) -> None:
        self.operations = operations

    @property
    def plan(self) -> Plan:
        return self.operations.plan

    def add(self, meal: FreezerMeal) -> FreezerMeal | None:
        return self.operations.record(
            lambda added: translate("Freezer", "Add {name}").format(name=added.name),
            lambda: freezer.add_meal(self.plan, meal),
        )

    def update(self, meal: FreezerMeal) -> FreezerMeal | None:
        """Save the batch as edited from the version the user saw."""
        assert meal.id is not None
        meal_id = meal.id
        return self.operations.save_edit(
            translate("Freezer", "Edit {name}").format(name=meal.name),
            meal,
            lambda edited: freezer.update_meal(self.plan, edited, expected_version=edited.version),
            translate("Freezer", "freezer batch"),
            lambda: freezer.meal(self.plan, meal_id),
        )

    def delete(self, meal: FreezerMeal) -> bool:
        """Delete the batch the user saw, with its log of portions taken."""
        assert meal.id is not None
        meal_id = meal.id
        removed = self.operations.record(
            translate("Freezer", "Delete {name}").format(name=meal.name),
            lambda: freezer.delete_meal(self.plan, meal_id, expected_version=meal.version),
        )
        return removed is not None

    def take_out(self, meal: FreezerMeal, portions: int, for_day: dt.date) -> PortionsTaken | None:
        assert meal.id is not None
        meal_id = meal.id
        return self.operations.record(
            translate("Freezer", "Take out {name}").format(name=meal.name),
            lambda: freezer.take_out(self.plan, meal_id, portions, for_day),
        )

    def import_meals(self, meals: Sequence[FreezerMeal]) -> list[FreezerMeal] | None:
        return self.operations.record(
            lambda added: translate("Freezer", "Import {count} freezer batches").format(
                count=len(added)
            ),
            lambda: freezer.accept_import(self.plan, meals),
        )
