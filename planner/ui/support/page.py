"""Support: support groups, with their next meeting; add, edit and delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area, GroupKind
from planner.domain.meetings import ScheduleError, meetings_between
from planner.domain.model import SupportGroup
from planner.domain.support import Repeat, RepeatRule, read_repeat
from planner.services import lists, team
from planner.ui import messages
from planner.ui.helpers import commands as people
from planner.ui.labels import date_time, translate, vocabulary
from planner.ui.models.rows import ROW_ROLE, Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage
from planner.ui.permissions import for_organisers, organisers_only
from planner.ui.support.group_dialog import GroupDialog, describe
from planner.ui.widgets.changed_meanwhile import watch_record

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
        return "⚠ " + translate("Support", "The schedule cannot be read")
    if row.next_meeting is None:
        return translate("Support", "None in the next two months")
    return date_time(row.next_meeting)


def repeats_text(group: SupportGroup) -> str:
    rule = read_repeat(group.recurrence)
    if rule is None:
        return group.recurrence
    return describe(rule) if rule.repeat is not Repeat.ONCE else translate("Support", "Once")


class SupportPage(TablePage[GroupRow]):
    area = Area.SUPPORT
    shows = frozenset({Kind.GROUP, Kind.CONTACT, Kind.SETTING})
    record_kind = Kind.GROUP
    table_name = "groupTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate("Support", "Groups for patients and carers, in person, online or by phone."),
            translate("Support", "Support groups"),
            parent=parent,
        )
        self.add_action, self.edit_action, self.delete_action = self.record_actions(
            "Group", self.add, self.edit, self.delete
        )
        buttons = self.button_row(self.add_action, self.edit_action, self.delete_action)
        self.body.insertLayout(2, buttons)
        self.none_yet = QLabel(
            translate(
                "Support",
                "No group recorded yet. Your nurse or social worker usually knows the local "
                "groups, and can tell you about meal and ride services too.",
            ),
            self,
        )
        self.none_yet.setObjectName("groupsNoneYet")
        self.none_yet.setWordWrap(True)
        self.body.insertWidget(3, self.none_yet)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # A helper on a shared plan reads the groups; the organisers change them.
        self.may_edit = for_organisers(self.edits, team.permissions(context.plan))
        self._update_actions()

    def columns(self) -> Sequence[Column[GroupRow]]:
        return (
            Column(translate("Support", "Group"), lambda r: r.group.name),
            Column(translate("Support", "Kind"), lambda r: vocabulary(r.group.kind)),
            Column(
                translate("Support", "Next meeting"),
                next_meeting_text,
                key=lambda r: r.next_meeting or dt.datetime.max,
            ),
            Column(translate("Support", "Repeats"), lambda r: repeats_text(r.group)),
            Column(translate("Support", "Where"), lambda r: r.group.place or r.group.link),
            Column(translate("Support", "Contact person"), lambda r: r.group.contact_person),
            Column(translate("Support", "Notes"), lambda r: r.group.notes.replace("\n", " ")),
        )

    def load(self) -> Sequence[GroupRow]:
        today = self.context.today()
        return [group_row(group, today) for group in lists.groups(self.context.plan)]

    def show_rows(self, rows: Sequence[GroupRow]) -> None:
        super().show_rows(rows)
        self.none_yet.setVisible(self.model.rowCount() == 0)

    def selected(self) -> SupportGroup | None:
        if self.table.selected_id() is None:
            return None
        row = self.table.currentIndex().data(ROW_ROLE)
        return row.group if isinstance(row, GroupRow) else None

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def start_action(self, name: str) -> GroupDialog | None:
        """ "Find a support group": with none recorded yet, the form for the first one."""
        if name == "find-support-group" and self.model.rowCount() == 0:
            if not self.may_edit:
                self.say(organisers_only())
                return None
            return self.add()
        return None

    @Slot()
    def _activated(self) -> None:
        if self.may_edit:
            self.edit()

    @Slot()
    def add(self) -> GroupDialog:
        """A new group, meeting next week on this weekday at six in the evening, weekly."""
        first = dt.datetime.combine(self.context.today() + dt.timedelta(days=7), dt.time(18))
        weekly = RepeatRule(Repeat.WEEKLY, first.weekday()).rrule()
        return self._open(SupportGroup("", GroupKind.IN_PERSON, first, recurrence=weekly))

    @Slot()
    def edit(self) -> GroupDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, group: SupportGroup) -> GroupDialog:
        def save(value: SupportGroup) -> bool:
            saved = people.save(self.context.operations, value)
            if saved is not None:
                self.select_record(saved.id)
            return saved is not None

        dialog = GroupDialog(group, save, self)
        watch_record(
            dialog,
            self.context.operations,
            Kind.GROUP,
            group.id,
            translate("Support", "support group"),
        )
        dialog.open()
        return dialog

    @Slot()
    def delete(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return messages.confirm_delete(
            self,
            translate("Support", "Delete support group"),
            translate("Support", "Delete {name}?").format(name=chosen.name),
            lambda: people.remove(self.context.operations, chosen),
        )
