"""Support groups: add, change and remove one."""

from __future__ import annotations

import dataclasses

from planner.domain.model import SupportGroup
from planner.domain.support import check_group
from planner.services.changes import Changes
from planner.services.helpers import remove, save
from planner.services.plan import Plan


def add_group(plan: Plan, group: SupportGroup) -> tuple[SupportGroup, Changes]:
    (_, added), changes = save(plan, dataclasses.replace(group, id=None, version=None), check_group)
    return added, changes


def update_group(
    plan: Plan, group: SupportGroup
) -> tuple[tuple[SupportGroup | None, SupportGroup], Changes]:
    if group.id is None:
        raise ValueError("only a stored support group can be updated")
    return save(plan, group, check_group)


def remove_group(plan: Plan, group: SupportGroup) -> tuple[SupportGroup, Changes]:
    return remove(plan, group)
