"""Undoable changes to helpers, contacts, help tasks and support groups.

Each runs one service call through the window's :class:`Operations` (so the window
refreshes what changed and shows what was refused) as a step Edit > Undo can take back.
Undo puts back the rows the change log recorded: a removed helper comes back with the
tasks and ride legs that named them. When someone else changed one of those rows since,
the undo is refused and the step becomes obsolete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from planner.domain.enums import TaskStatus
from planner.domain.helpers import check_contact, check_helper
from planner.domain.model import Contact, Helper, HelpTask, SupportGroup
from planner.domain.support import check_group
from planner.domain.tasks import check_task
from planner.services import contacts
from planner.services import helpers as service
from planner.services import tasks as task_service
from planner.services.contacts import CardPlan, Imported
from planner.ui.labels import translate
from planner.ui.operations import Operations

V = TypeVar("V", Helper, Contact, HelpTask, SupportGroup)

Person = Helper | Contact | HelpTask | SupportGroup
"""What the Helpers and Support pages add, edit and remove."""

CHECKS: dict[type[Any], Callable[[Any], Any]] = {
    Helper: check_helper,
    Contact: check_contact,
    HelpTask: check_task,
    SupportGroup: check_group,
}


WHAT = {
    Helper: translate("Helpers", "helper"),
    Contact: translate("Helpers", "contact"),
    HelpTask: translate("Helpers", "help task"),
    SupportGroup: translate("Helpers", "support group"),
}
"""What each kind is called when someone else changed it meanwhile."""


def _title(value: Person) -> str:
    return value.title if isinstance(value, HelpTask) else value.name


def _saved_text(change: tuple[Person | None, Person]) -> str:
    before, after = change
    text = (
        translate("Helpers", "Add {name}")
        if before is None
        else translate("Helpers", "Edit {name}")
    )
    return text.format(name=_title(after))


def save(operations: Operations, value: V) -> V | None:
    """Add ``value`` (no id) or store it as edited from the version the user saw, undoably;
    ``None`` when it was refused."""
    plan, check = operations.plan, CHECKS[type(value)]
    if value.id is None:
        change = operations.record(_saved_text, lambda: service.save(plan, value, check))
        return None if change is None else change[1]
    kind, row = type(value), value.id
    return operations.save_edit(
        translate("Helpers", "Edit {name}").format(name=_title(value)),
        value,
        lambda edited: service.save(plan, edited, check),
        WHAT[kind],
        lambda: service.read(plan, kind, row),
    )


def remove(operations: Operations, value: V) -> bool:
    """Remove the record the user saw, undoably (a helper's tasks and rides lose them)."""
    plan = operations.plan
    removed = operations.record(
        translate("Helpers", "Remove {name}").format(name=_title(value)),
        lambda: service.remove(plan, value),
    )
    return removed is not None


def set_task_status(operations: Operations, task: HelpTask, status: TaskStatus) -> HelpTask | None:
    """Move the task the user saw to ``status``, undoably; ``None`` when it was refused."""
    plan = operations.plan
    change = operations.record(
        translate("Helpers", "Edit {name}").format(name=task.title),
        lambda: task_service.set_task_status(plan, task, status),
    )
    return None if change is None else change[1]


def claim_task(operations: Operations, task: HelpTask, helper_id: int) -> HelpTask | None:
    """The signed-in helper takes the open task the user saw, undoably; ``None`` when it
    was refused (someone else took it first, say)."""
    assert task.id is not None
    plan, task_id = operations.plan, task.id
    change = operations.record(
        translate("Helpers", "Do {name}").format(name=task.title),
        lambda: task_service.claim_task(plan, task_id, helper_id, expected_version=task.version),
    )
    return None if change is None else change[1]


def accept(operations: Operations, chosen: Sequence[HelpTask]) -> list[HelpTask] | None:
    """Add the accepted proposals as one step; ``None`` when they were refused."""
    plan = operations.plan
    return operations.record(
        lambda added: translate("Helpers", "Fill the hard days ({count} tasks)").format(
            count=len(added)
        ),
        lambda: task_service.accept(plan, chosen),
    )


def import_cards(
    operations: Operations, chosen: Sequence[CardPlan], file_name: str
) -> Imported | None:
    """Save the chosen cards of a vCard file as one step: undo takes the new people away and
    gives the updated ones their earlier details back."""
    plan = operations.plan
    return operations.record(
        translate("Helpers", "Import {file}").format(file=file_name),
        lambda: contacts.import_cards(plan, chosen),
    )
