"""The change log's words: what kind of data a change touched, and one recorded change.

Every row a user action inserts, updates or deletes is recorded as a :class:`Change` in the
same transaction (see :mod:`planner.store.change_log`). What a view refreshes, what undo
puts back, what another window learns and the activity feed are all read from these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """A kind of data in the plan (one stored table each)."""

    COURSE = "course"
    APPOINTMENT = "appointment"
    RIDE_LEG = "ride_leg"
    LEG_STATUS = "ride_leg_status"
    PLACE = "place"
    HELPER = "helper"
    AVAILABILITY = "helper_availability"
    CONTACT = "contact"
    TASK = "help_task"
    MEAL = "freezer_meal"
    PORTIONS_TAKEN = "portions_taken"
    GROUP = "support_group"
    JOURNAL_ENTRY = "journal_entry"
    QUESTION = "question"
    SETTING = "setting"
    CALENDAR_LINK = "calendar_link"
    MEDICINE = "medicine"
    DOSE = "dose"
    """The answer given for one dose (taken, skipped, later)."""
    READING = "reading"
    """A temperature or a weight noted in the journal."""


class Action(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class Change:
    """One row one action touched, as the change log keeps it.

    ``fields`` holds each changed column's old and new value: every column for an insert
    (old ``None``) and a delete (new ``None``), the changed ones for an update.
    """

    seq: int
    at: dt.datetime
    who: str
    kind: Kind
    row: int | str
    """The row's key: its id (a setting's key for a setting)."""
    action: Action
    old_version: int | None
    new_version: int | None
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)

    def old(self, name: str, default: Any = None) -> Any:
        return self.fields[name][0] if name in self.fields else default

    def new(self, name: str, default: Any = None) -> Any:
        return self.fields[name][1] if name in self.fields else default

    def value(self, name: str, default: Any = None) -> Any:
        """The field's value after the change, or before it for a deletion."""
        if name not in self.fields:
            return default
        old, new = self.fields[name]
        return old if self.action is Action.DELETE else new
