"""Undoable changes to helpers, contacts, help tasks and support groups.

:class:`PeopleOperations` runs each change through the window's :class:`Operations` (so
the window refreshes what changed and shows what was refused) and pushes the step that
undoes it. Every step expects the version its own last change left the record at; when
someone else changed the record since, the step is refused and becomes obsolete.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from planner.domain.enums import TaskStatus
from planner.domain.helpers import check_contact, check_helper
from planner.domain.model import Contact, Helper, HelpTask, SupportGroup
from planner.domain.support import check_group
from planner.domain.tasks import check_task
from planner.services import helpers as service
from planner.services import tasks as task_service
from planner.services.helpers import Removed
from planner.ui.commands.base import AppliedCommand, EditCommand, PresenceCommand
from planner.ui.labels import tr
from planner.ui.operations import Operations

V = TypeVar("V", Helper, Contact, HelpTask, SupportGroup)

CHECKS: dict[type[Any], Callable[[Any], Any]] = {
    Helper: check_helper,
    Contact: check_contact,
    HelpTask: check_task,
    SupportGroup: check_group,
}


def _title(value: Helper | Contact | HelpTask | SupportGroup) -> str:
    return value.title if isinstance(value, HelpTask) else value.name


class PeopleOperations:
    """Adds, edits and removes helpers, contacts, tasks and groups, each step undoable.

    One instance serves a window (:meth:`of`): it remembers the version each record was
    left at by this window's own last step, which undo and redo then expect.
    """

    def __init__(self, operations: Operations) -> None:
        self.operations = operations
        self.versions: dict[tuple[type[Any], int], int | None] = {}

    @classmethod
    def of(cls, operations: Operations) -> PeopleOperations:
        found = _BY_WINDOW.get(operations)
        if found is None:
            found = _BY_WINDOW[operations] = cls(operations)
        return found

    def wrote(self, value: Helper | Contact | HelpTask | SupportGroup) -> None:
        if value.id is not None:
            self.versions[type(value), value.id] = value.version

    def version_of(self, value: Helper | Contact | HelpTask | SupportGroup) -> int | None:
        if value.id is None:
            return value.version
        return self.versions.get((type(value), value.id), value.version)

    def save(self, value: V) -> V | None:
        """Add ``value`` (no id) or store it as edited; ``None`` when it was refused."""
        plan = self.operations.plan
        result = self.operations.call(lambda: service.save(plan, value, CHECKS[type(value)]))
        if result is None:
            return None
        before, after = result
        self.wrote(after)
        if before is None:
            self.operations.undo_stack.push(Presence(self, Removed(after), added=True))
        elif dataclasses.replace(before, version=None) != dataclasses.replace(after, version=None):
            self.operations.undo_stack.push(Edit(self, before, after))
        return after

    def remove(self, value: Helper | Contact | HelpTask | SupportGroup) -> bool:
        plan = self.operations.plan
        removed = self.operations.call(lambda: service.remove(plan, value))
        if removed is not None:
            self.operations.undo_stack.push(Presence(self, removed, added=False))
        return removed is not None

    def set_task_status(self, task: HelpTask, status: TaskStatus) -> HelpTask | None:
        plan = self.operations.plan
        result = self.operations.call(lambda: task_service.set_task_status(plan, task, status))
        if result is None:
            return None
        before, after = result
        self.wrote(after)
        if before is not None and before.status is not after.status:
            self.operations.undo_stack.push(Edit(self, before, after))
        return after

    def imported(
        self,
        saved: Sequence[tuple[Helper | Contact | None, Helper | Contact]],
        file_name: str,
    ) -> None:
        """Make an import of people one undoable step: new people go, updated ones get
        their earlier details back."""
        if not saved:
            return
        stack = self.operations.undo_stack
        stack.beginMacro(tr("Import {file}").format(file=file_name))
        for before, after in saved:
            self.wrote(after)
            if before is None:
                stack.push(Presence(self, Removed(after), added=True))
            else:
                stack.push(Edit(self, before, after))
        stack.endMacro()

    def accept(self, chosen: Sequence[HelpTask]) -> list[HelpTask] | None:
        """Add the accepted proposals as one step."""
        plan = self.operations.plan
        added = self.operations.call(lambda: task_service.accept(plan, chosen))
        if added:
            for task in added:
                self.wrote(task)
            self.operations.undo_stack.push(AcceptTasks(self, added))
        return added


Person = Helper | Contact | HelpTask | SupportGroup
"""What the Helpers and Support pages add, edit and remove."""

_BY_WINDOW: weakref.WeakKeyDictionary[Operations, PeopleOperations] = weakref.WeakKeyDictionary()


class Presence(PresenceCommand[Removed]):
    """A record was added or removed; undo and redo remove it or put it back (a helper
    with the tasks and rides that named them)."""

    def __init__(self, people: PeopleOperations, state: Removed, *, added: bool) -> None:
        text = tr("Add {name}") if added else tr("Remove {name}")
        super().__init__(text.format(name=_title(state.value)), state, added=added)
        self._people = people
        self._operations = people.operations

    def remove(self, state: Removed) -> Removed | None:
        plan = self._operations.plan
        value = dataclasses.replace(state.value, version=self._people.version_of(state.value))
        return self._wrote(self._operations.call(lambda: service.remove(plan, value)))

    def put_back(self, state: Removed) -> Removed | None:
        plan = self._operations.plan
        return self._wrote(self._operations.call(lambda: service.restore(plan, state)))

    def _wrote(self, state: Removed | None) -> Removed | None:
        if state is not None:
            self._people.wrote(state.value)
        return state


class Edit(EditCommand[Person]):
    """A record was edited; undo stores the earlier values again, redo the later ones."""

    def __init__(self, people: PeopleOperations, before: Person, after: Person) -> None:
        super().__init__(tr("Edit {name}").format(name=_title(after)), before, after)
        self._people = people
        self._operations = people.operations

    def store(self, values: Person) -> bool:
        plan = self._operations.plan
        wanted: Any = dataclasses.replace(values, version=self._people.version_of(values))
        check = CHECKS[type(values)]
        result = self._operations.call(lambda: service.save(plan, wanted, check))
        if result is not None:
            self._people.wrote(result[1])
        return result is not None


class AcceptTasks(AppliedCommand):
    """Proposed tasks were accepted together; undo takes them all back, redo adds them."""

    def __init__(self, people: PeopleOperations, added: list[HelpTask]) -> None:
        super().__init__(tr("Fill the hard days ({count} tasks)").format(count=len(added)))
        self._people = people
        self._operations = people.operations
        self._added = added
        self._removed: list[Removed] = []

    def back(self) -> None:
        plan = self._operations.plan
        added = [dataclasses.replace(t, version=self._people.version_of(t)) for t in self._added]
        removed = self._operations.call(lambda: task_service.take_back(plan, added))
        if removed is None:
            self.setObsolete(True)
        else:
            self._removed = removed

    def forward(self) -> None:
        plan, removed = self._operations.plan, self._removed
        again = self._operations.call(lambda: task_service.put_back(plan, removed))
        if again is None:
            self.setObsolete(True)
        else:
            self._added = again
            for task in again:
                self._people.wrote(task)
