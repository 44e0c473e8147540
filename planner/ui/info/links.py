"""The links a topic may hold: ``topic:NAME`` opens a topic, ``action:NAME`` does something.

Topics are Markdown files in ``resources/info/``; a coping tip links to the action that
carries it out, e.g. ``[Plan a ride](action:plan-ride)``. ``action:add-question`` may carry
the question to prefill: ``action:add-question?text=What%20should%20I%20eat%3F``.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import messages
from planner.domain.enums import Area
from planner.domain.messages import Message

TOPIC_SCHEME = "topic"
ACTION_SCHEME = "action"


@dataclass(frozen=True)
class Action:
    name: str
    area: Area
    """Where the action happens."""
    question: Message | None = None
    """For a question to the doctor: the text to offer (none for a blank question)."""


PRINT_EMERGENCY_SHEET = "print-emergency-sheet"
"""The window's own action (File > Print the emergency sheet…), shown beside the medicines."""

ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action("log-rest", Area.JOURNAL),
        Action("note-temperature", Area.JOURNAL),
        Action(
            "ask-about-diet",
            Area.JOURNAL,
            messages.translate(
                "Information", "Which foods should I eat or avoid during this treatment?"
            ),
        ),
        Action("add-freezer-meals", Area.FREEZER),
        Action("ask-for-help", Area.HELPERS),
        Action("plan-ride", Area.RIDES),
        Action("find-support-group", Area.SUPPORT),
        Action("who-to-call", Area.HELPERS),
        Action(
            "ask-social-worker",
            Area.JOURNAL,
            messages.translate(
                "Information",
                "Could a social worker help us set up meals, rides or other help at home?",
            ),
        ),
        Action(
            "ask-about-palliative-care",
            Area.JOURNAL,
            messages.translate(
                "Information", "Would a referral to palliative care help me and my family now?"
            ),
        ),
        Action("add-question", Area.JOURNAL),
        Action("add-appointment", Area.APPOINTMENTS),
        Action("add-medicine", Area.MEDICINES),
        Action(PRINT_EMERGENCY_SHEET, Area.MEDICINES),
    )
}
"""Every action a topic may link to."""
