"""Support: support groups, with their next meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from planner.domain.enums import Area
from planner.domain.meetings import ScheduleError, meetings_between
from planner.domain.model import SupportGroup
from planner.services import lists
from planner.ui.labels import date_time, tr, vocabulary
from planner.ui.models.rows import Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage

LOOK_AHEAD = dt.timedelta(days=62)


@dataclass(frozen=True)
class GroupRow:
    group: SupportGroup
    next_meeting: dt.datetime | None
    readable: bool = True

    @property
    def id(self) -> int | None:
        return self.group.id


def group_row(group: SupportGroup, today: dt.date) -> GroupRow:
    try:
        coming = meetings_between([group], today, today + LOOK_AHEAD)
    except ScheduleError:
        return GroupRow(group, None, readable=False)
    return GroupRow(group, coming[0].start if coming else None)


def next_meeting_text(row: GroupRow) -> str:
    if not row.readable:
        return tr("The schedule cannot be read")
    if row.next_meeting is None:
        return tr("None in the next two months")
    return date_time(row.next_meeting)


class SupportPage(TablePage[GroupRow]):
    area = Area.SUPPORT
    table_name = "groupTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr("Groups for patients and carers, in person, online or by phone."),
            tr("Support groups"),
            parent=parent,
        )

    def columns(self) -> Sequence[Column[GroupRow]]:
        return (
            Column(tr("Group"), lambda r: r.group.name),
            Column(tr("Kind"), lambda r: vocabulary(r.group.kind)),
            Column(
                tr("Next meeting"),
                next_meeting_text,
                key=lambda r: r.next_meeting or dt.datetime.max,
            ),
            Column(tr("Where"), lambda r: r.group.place or r.group.link),
            Column(tr("Contact person"), lambda r: r.group.contact_person),
            Column(tr("Notes"), lambda r: r.group.notes),
        )

    def load(self) -> Sequence[GroupRow]:
        today = self.context.today()
        return [group_row(group, today) for group in lists.groups(self.context.plan)]
