"""Greying out what the login a window is open as may not change (a helper on a shared
plan), with the reason in the action's tip. The server refuses such a change anyway; this
only spares the person the attempt."""

from __future__ import annotations

from PySide6.QtGui import QAction

from planner.ui.labels import tr

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


def organisers_only() -> str:
    return tr("Only the plan's organisers can change this.", "Team")


def not_your_ride() -> str:
    return tr(
        "This ride is given to someone else: only they and the plan's organisers can change it.",
        "Team",
    )
