"""Undoable ride changes: a leg's status, driver, backup or pickup, as one step each.

Undo puts back what the change log recorded for the step (the leg and the note of its
status); a change someone else made to the leg in between is refused, not overwritten,
and the step becomes obsolete.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.domain.enums import LegStatus
from planner.domain.model import RideLeg
from planner.services import rides
from planner.services.changes import Changes
from planner.services.rides import LegChange
from planner.ui.labels import translate
from planner.ui.operations import Operations


def status_text(status: LegStatus) -> str:
    texts = {
        LegStatus.NEEDED: translate("Rides", "Mark ride needed"),
        LegStatus.ASKED: translate("Rides", "Mark ride asked"),
        LegStatus.CONFIRMED: translate("Rides", "Mark ride confirmed"),
        LegStatus.DONE: translate("Rides", "Mark ride done"),
        LegStatus.CANCELLED: translate("Rides", "Cancel ride"),
    }
    return texts[status]


def change_leg(
    operations: Operations, text: str, service: Callable[[], tuple[LegChange, Changes]]
) -> RideLeg | None:
    """Run one change of a leg; if it changed anything, Edit > Undo can take it back.

    Returns the leg after it; ``None`` when it was refused (the window shows why).
    """
    change = operations.record(text, service)
    return None if change is None else change[1]


def set_status(operations: Operations, leg: RideLeg, status: LegStatus) -> RideLeg | None:
    """Move the leg as the user sees it to ``status``; refused if someone changed it since."""
    assert leg.id is not None
    leg_id, plan = leg.id, operations.plan
    return change_leg(
        operations,
        status_text(status),
        lambda: rides.set_leg_status(plan, leg_id, status, expected_version=leg.version),
    )
