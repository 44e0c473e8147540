"""Help tasks: add, change, remove, move along open → claimed → done, and "Fill the hard
days": the proposals for the coming hard days, accepted together in one step (and taken
back together by one undo)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from planner.domain.enums import TaskStatus
from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.domain.model import HelpTask
from planner.domain.tasks import PROPOSAL_DAYS, Proposal, check_task, occurrences, propose_tasks
from planner.services.changes import Changes
from planner.services.helpers import remove, save
from planner.services.plan import Plan
from planner.store import rows


def add_task(plan: Plan, task: HelpTask) -> tuple[HelpTask, Changes]:
    (_, added), changes = save(plan, dataclasses.replace(task, id=None, version=None), check_task)
    return added, changes


def update_task(plan: Plan, task: HelpTask) -> tuple[tuple[HelpTask | None, HelpTask], Changes]:
    if task.id is None:
        raise ValueError("only a stored task can be updated")
    return save(plan, task, check_task)


def set_task_status(
    plan: Plan, task: HelpTask, status: TaskStatus
) -> tuple[tuple[HelpTask | None, HelpTask], Changes]:
    """Move the task (as the user saw it) to ``status``; its times stay as stored."""
    assert task.id is not None
    with plan.unit_of_work() as work:
        stored = rows.read(work.store.session, HelpTask, task.id)
    return update_task(plan, dataclasses.replace(stored, status=status, version=task.version))


def claim_task(
    plan: Plan, task_id: int, helper_id: int, *, expected_version: int | None = None
) -> tuple[tuple[HelpTask | None, HelpTask], Changes]:
    """A helper says "I'll do this" to an open task: it becomes theirs, claimed, in one step
    (refused if someone else has it, or it is no longer open)."""
    with plan.unit_of_work() as work:
        stored = rows.read(work.store.session, HelpTask, task_id)
    if stored.helper_id not in (None, helper_id):
        raise InvalidInput(
            translate("Errors", "Someone else does this task already; nothing was changed.")
        )
    if stored.status is TaskStatus.DONE:
        raise InvalidInput(translate("Errors", "This task is done already; nothing was changed."))
    version = stored.version if expected_version is None else expected_version
    claimed = dataclasses.replace(
        stored, helper_id=helper_id, status=TaskStatus.CLAIMED, version=version
    )
    return update_task(plan, claimed)


def remove_task(plan: Plan, task: HelpTask) -> tuple[HelpTask, Changes]:
    return remove(plan, task)


def tasks_between(plan: Plan, first: dt.date, last: dt.date) -> list[HelpTask]:
    """The stored tasks that have an occurrence in the range (a repeating task once)."""
    with plan.unit_of_work() as work:
        found = work.store.tasks(first, last)
    shown = {t.id for t in occurrences(found, first, last)}
    return [t for t in found if t.id in shown]


def proposals(plan: Plan, today: dt.date, days: int = PROPOSAL_DAYS) -> list[Proposal]:
    """The tasks the hard days from ``today`` on seem to need and do not have."""
    with plan.unit_of_work() as work:
        window = work.store.reader().window(today, today + dt.timedelta(days=days - 1), today)
    return propose_tasks(window)


def accept(plan: Plan, chosen: Sequence[HelpTask]) -> tuple[list[HelpTask], Changes]:
    """Add the chosen proposals together: all of them, or (on any bad one) none."""
    checked = [dataclasses.replace(check_task(t), id=None, version=None) for t in chosen]
    with plan.unit_of_work() as work:
        added = [rows.save(work.store.session, task) for task in checked]
        work.commit()
    return added, work.changes
