"""Undoable freezer changes: batches added, edited, deleted or imported, portions taken out.

:class:`FreezerActions` runs them for the Freezer page through the window's operations, so
errors are announced and only the views concerned refresh. Each step remembers the version
the window's own last change left a batch at: undo then refuses, rather than overwrites, a
batch someone else changed in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.domain.errors import PlannerError
from planner.domain.model import FreezerMeal, PortionsTaken
from planner.services import freezer
from planner.services.freezer import RemovedMeal
from planner.ui.commands.base import AppliedCommand, EditCommand, PresenceCommand
from planner.ui.labels import tr
from planner.ui.operations import Operations


class FreezerActions:
    """The freezer's changes, each pushed on the window's undo stack when it was made."""

    def __init__(self, operations: Operations) -> None:
        self.operations = operations
        self._versions: dict[int, int | None] = {}

    # -- versions ------------------------------------------------------------------------
    def wrote(self, *meals: FreezerMeal) -> None:
        for meal in meals:
            if meal.id is not None:
                self._versions[meal.id] = meal.version

    def version_of(self, meal: FreezerMeal) -> int | None:
        if meal.id is None:
            return meal.version
        return self._versions.get(meal.id, meal.version)

    def reread(self, meal_id: int) -> None:
        """Note the version a batch is at after a change that does not return it."""
        try:
            self.wrote(freezer.meal(self.operations.plan, meal_id))
        except PlannerError:
            self._versions.pop(meal_id, None)  # gone: nothing to expect of it any more

    # -- the actions ---------------------------------------------------------------------
    def add(self, meal: FreezerMeal) -> FreezerMeal | None:
        added = self.operations.call(lambda: freezer.add_meal(self.operations.plan, meal))
        if added is not None:
            self.wrote(added)
            self.operations.undo_stack.push(MealPresence(self, RemovedMeal(added), added=True))
        return added

    def update(self, meal: FreezerMeal) -> FreezerMeal | None:
        """Save the batch as edited from the version the user saw."""
        plan = self.operations.plan
        change = self.operations.call(
            lambda: freezer.update_meal(plan, meal, expected_version=meal.version)
        )
        if change is None:
            return None
        before, after = change
        self.wrote(after)
        if after.version != before.version:
            self.operations.undo_stack.push(EditMeal(self, before, after))
        return after

    def delete(self, meal: FreezerMeal) -> bool:
        assert meal.id is not None
        meal_id, plan = meal.id, self.operations.plan
        removed = self.operations.call(
            lambda: freezer.delete_meal(plan, meal_id, expected_version=meal.version)
        )
        if removed is not None:
            self.operations.undo_stack.push(MealPresence(self, removed, added=False))
        return removed is not None

    def take_out(self, meal: FreezerMeal, portions: int, for_day: dt.date) -> PortionsTaken | None:
        assert meal.id is not None
        meal_id, plan = meal.id, self.operations.plan
        taken = self.operations.call(lambda: freezer.take_out(plan, meal_id, portions, for_day))
        if taken is not None:
            self.reread(meal_id)
            self.operations.undo_stack.push(TakeOut(self, meal.name, taken))
        return taken

    def import_meals(self, meals: Sequence[FreezerMeal]) -> list[FreezerMeal] | None:
        plan = self.operations.plan
        added = self.operations.call(lambda: freezer.accept_import(plan, meals))
        if added:
            self.wrote(*added)
            self.operations.undo_stack.push(ImportMeals(self, added))
        return added


class MealPresence(PresenceCommand[RemovedMeal]):
    """A batch was added or deleted; undo and redo delete it or put it back."""

    def __init__(self, actions: FreezerActions, state: RemovedMeal, *, added: bool) -> None:
        text = tr("Add {name}") if added else tr("Delete {name}")
        super().__init__(text.format(name=state.meal.name), state, added=added)
        self._actions = actions

    def remove(self, state: RemovedMeal) -> RemovedMeal | None:
        operations, meal = self._actions.operations, state.meal
        assert meal.id is not None
        meal_id, version = meal.id, self._actions.version_of(meal)
        return self._wrote(
            operations.call(
                lambda: freezer.delete_meal(operations.plan, meal_id, expected_version=version)
            )
        )

    def put_back(self, state: RemovedMeal) -> RemovedMeal | None:
        operations = self._actions.operations
        return self._wrote(operations.call(lambda: freezer.restore_meal(operations.plan, state)))

    def _wrote(self, state: RemovedMeal | None) -> RemovedMeal | None:
        if state is not None:
            self._actions.wrote(state.meal)
        return state


class EditMeal(EditCommand[FreezerMeal]):
    def __init__(self, actions: FreezerActions, before: FreezerMeal, after: FreezerMeal) -> None:
        super().__init__(tr("Edit {name}").format(name=after.name), before, after)
        self._actions = actions

    def store(self, values: FreezerMeal) -> bool:
        operations, version = self._actions.operations, self._actions.version_of(values)
        change = operations.call(
            lambda: freezer.update_meal(operations.plan, values, expected_version=version)
        )
        if change is not None:
            self._actions.wrote(change[1])
        return change is not None


class TakeOut(AppliedCommand):
    """Portions were taken out; undo puts them back in the batch, redo takes them again."""

    def __init__(self, actions: FreezerActions, name: str, taken: PortionsTaken) -> None:
        super().__init__(tr("Take out {name}").format(name=name))
        self._actions = actions
        self._taken = taken

    def forward(self) -> None:
        operations, taken = self._actions.operations, self._taken
        again = operations.call(
            lambda: freezer.take_out(operations.plan, taken.meal_id, taken.portions, taken.for_day)
        )
        self._settle(again)

    def back(self) -> None:
        operations, taken = self._actions.operations, self._taken
        self._settle(operations.call(lambda: freezer.put_back(operations.plan, taken)))

    def _settle(self, taken: PortionsTaken | None) -> None:
        if taken is None:
            self.setObsolete(True)
            return
        self._taken = taken
        self._actions.reread(taken.meal_id)


class ImportMeals(AppliedCommand):
    """Batches were imported from a file; undo deletes them all, redo brings them back."""

    def __init__(self, actions: FreezerActions, added: Sequence[FreezerMeal]) -> None:
        super().__init__(tr("Import {count} freezer batches").format(count=len(added)))
        self._actions = actions
        self._states = [RemovedMeal(meal) for meal in added]

    def forward(self) -> None:
        operations, states = self._actions.operations, self._states
        self._settle(operations.call(lambda: freezer.restore_meals(operations.plan, states)))

    def back(self) -> None:
        operations = self._actions.operations
        which = [(s.meal.id, self._actions.version_of(s.meal)) for s in self._states]
        self._settle(
            operations.call(
                lambda: freezer.delete_meals(
                    operations.plan, [(i, v) for i, v in which if i is not None]
                )
            )
        )

    def _settle(self, states: list[RemovedMeal] | None) -> None:
        if states is None:
            self.setObsolete(True)  # one of them changed under us: all stay as they are
            return
        self._states = states
        self._actions.wrote(*(state.meal for state in states))
