"""Undoable ride changes: a leg's status, driver, backup or pickup, as one step each."""

from __future__ import annotations

from collections.abc import Callable

from planner.domain.enums import LegStatus
from planner.domain.model import RideLeg
from planner.services import rides
from planner.services.changes import Changes
from planner.services.rides import LegChange
from planner.ui.commands.base import AppliedCommand
from planner.ui.labels import tr
from planner.ui.operations import Operations


def status_text(status: LegStatus) -> str:
    texts = {
        LegStatus.NEEDED: tr("Mark ride needed"),
        LegStatus.ASKED: tr("Mark ride asked"),
        LegStatus.CONFIRMED: tr("Mark ride confirmed"),
        LegStatus.DONE: tr("Mark ride done"),
        LegStatus.CANCELLED: tr("Cancel ride"),
    }
    return texts[status]


def change_leg(
    operations: Operations, text: str, service: Callable[[], tuple[LegChange, Changes]]
) -> RideLeg | None:
    """Run one change of a leg; if it changed anything, Edit > Undo can take it back.

    ``None`` when it was refused (the window shows why).
    """
    change = operations.call(service)
    if change is None:
        return None
    before, after = change
    if after.version != before.version:
        operations.undo_stack.push(ChangeLeg(operations, text, before, after))
    return after


def set_status(operations: Operations, leg: RideLeg, status: LegStatus) -> RideLeg | None:
    """Move the leg as the user sees it to ``status``; refused if someone changed it since."""
    assert leg.id is not None
    leg_id, plan = leg.id, operations.plan
    return change_leg(
        operations,
        status_text(status),
        lambda: rides.set_leg_status(plan, leg_id, status, expected_version=leg.version),
    )


class ChangeLeg(AppliedCommand):
    """A leg changed; undo gives it its earlier pickup, people and status, redo the later.

    Each step expects the version its own last change left the leg at, so a change someone
    else made in between is refused, not overwritten.
    """

    def __init__(self, operations: Operations, text: str, before: RideLeg, after: RideLeg) -> None:
        super().__init__(text)
        self._operations = operations
        self._before = before
        self._after = after
        self._version = after.version

    def forward(self) -> None:
        self._put(self._after)

    def back(self) -> None:
        self._put(self._before)

    def _put(self, values: RideLeg) -> None:
        plan, version = self._operations.plan, self._version
        change = self._operations.call(
            lambda: rides.put_leg(plan, values, expected_version=version)
        )
        if change is None:
            self.setObsolete(True)  # changed or gone under us; this step can no longer be undone
        else:
            self._version = change[1].version
