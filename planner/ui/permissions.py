"""Greying out what the login a window is open as may not change (a helper on a shared
plan), with the reason in the action's tip. The server refuses such a change anyway; this
only spares the person the attempt."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from planner.domain.team import Permissions
from planner.ui.labels import translate

USUAL_TIP = "usualToolTip"
"""The action property keeping its tip for when it is allowed again."""


def allow(action: QAction, enabled: bool, allowed: bool, why: str) -> None:
    """Enable ``action`` when it applies (``enabled``) and this login may use it
    (``allowed``); when it may not, its tip says ``why``."""
    usual = action.property(USUAL_TIP)
    if usual is None:
        usual = action.toolTip()
        action.setProperty(USUAL_TIP, usual)
    action.setEnabled(enabled and allowed)
    action.setToolTip(usual if allowed else f"{usual}\n{why}")


def for_organisers(edits: QActionGroup, may: Permissions) -> bool:
    """Keep every action of ``edits`` (a page's actions that change the plan) off for a
    login that may not change this part of the plan, each tip saying why; whether the
    login may use them. The disabled group keeps them off however the page enables them."""
    if may.may_edit_plan:
        return True
    edits.setEnabled(False)
    for action in edits.actions():
        allow(action, False, False, organisers_only())
    return False


def organisers_only() -> str:
    return translate("Team", "Only the plan's organisers can change this.")


def not_your_ride() -> str:
    return translate(
        "Team",
        "This ride is given to someone else: only they and the plan's organisers can change it.",
    )


def not_your_task() -> str:
    return translate(
        "Team",
        "This task is given to someone else: only they and the plan's organisers can change it.",
    )


def claim_first() -> str:
    return translate("Team", 'Say "I\'ll do this" first: then the task is yours to mark.')


def not_your_record() -> str:
    return translate("Team", "Only this helper and the plan's organisers can change their details.")
