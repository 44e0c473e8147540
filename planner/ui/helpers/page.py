"""Helpers: the people who help, their tasks, who carries what, and the care team.

Four tabs share one set of page actions: Add, Edit and Delete act on the tab shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area, ContactRole, TaskCategory, TaskStatus
from planner.domain.errors import PlannerError
from planner.domain.model import Appointment, Contact, Helper, HelpTask
from planner.services import contacts, lists, team
from planner.services import tasks as task_service
from planner.services.hard_days import hard_days
from planner.ui import messages
from planner.ui.helpers import commands as people
from planner.ui.helpers import vcard_files
from planner.ui.helpers.contact_dialog import ContactDialog
from planner.ui.helpers.fair_share import FairShareTab, ShareRead, read_share
from planner.ui.helpers.helper_dialog import HelperDialog
from planner.ui.helpers.tables import (
    RecordsTab,
    availability_text,
    capabilities_text,
    status_text,
    task_when,
)
from planner.ui.helpers.task_dialog import TaskDialog
from planner.ui.helpers.tasks_proposal import ProposalDialog
from planner.ui.helpers.vcard_import import VcardImportDialog
from planner.ui.labels import say, translate, vocabulary
from planner.ui.models.rows import Column, RowsModel
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.permissions import (
    allow,
    claim_first,
    not_your_record,
    not_your_task,
    organisers_only,
)
from planner.ui.widgets.changed_meanwhile import watch_record
from planner.ui.widgets.rowsview import RowsView

TASKS_BACK = dt.timedelta(weeks=4)
TASKS_AHEAD = dt.timedelta(weeks=8)
"""The task list shows from four weeks back to eight weeks ahead."""


@dataclass(frozen=True)
class PeopleRead:
    """What the page shows, as read from the plan (on a shared plan, off the window's
    thread)."""

    hard: dict[dt.date, tuple[Appointment, ...]]
    appointments: dict[int, Appointment]
    helpers: list[Helper]
    tasks: list[HelpTask]
    contacts: list[Contact]
    share: ShareRead


class HelpersPage(AreaPage):
    area = Area.HELPERS
    shows = frozenset(
        {
            Kind.HELPER,
            Kind.AVAILABILITY,
            Kind.CONTACT,
            Kind.TASK,
            Kind.APPOINTMENT,
            Kind.RIDE_LEG,
            Kind.SETTING,
        }
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate(
                "Helpers",
                "Family and friends who help, what they do and when, who carries how much, "
                "and the care team to call.",
            ),
            parent,
        )
        self.ask_open_vcard: vcard_files.ChooseFile = vcard_files.ask_open
        self.ask_save_vcard: vcard_files.ChooseTarget = vcard_files.ask_save
        self._helpers: list[Helper] = []
        self._appointments: dict[int, Appointment] = {}
        self._hard: dict[dt.date, tuple[Appointment, ...]] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("helperTabs")
        self.tabs.setAccessibleName(translate("Helpers", "Helpers, tasks, fair share and contacts"))
        self.helpers_tab = RecordsTab(
            "helper",
            translate("Helpers", "Helpers"),
            (
                Column(translate("Helpers", "Name"), lambda h: h.name),
                Column(translate("Helpers", "Can help with"), capabilities_text),
                Column(
                    translate("Helpers", "Usually free"),
                    lambda h: availability_text(h.availability),
                ),
                Column(translate("Helpers", "Phone"), lambda h: h.phone),
                Column(translate("Helpers", "Email"), lambda h: h.email),
                Column(translate("Helpers", "Notes"), lambda h: h.notes.replace("\n", " ")),
            ),
            self,
        )
        self.tasks_tab = RecordsTab(
            "task",
            translate("Helpers", "Help tasks"),
            (
                Column(translate("Helpers", "When"), task_when, key=lambda t: t.start),
                Column(translate("Helpers", "Task"), lambda t: t.title),
                Column(translate("Helpers", "Kind"), lambda t: vocabulary(t.category)),
                Column(translate("Helpers", "Helper"), self._helper_name),
                Column(translate("Helpers", "For"), self._for_text),
                Column(
                    translate("Helpers", "Status"),
                    lambda t: status_text(t.status),
                    key=lambda t: t.status,
                ),
                Column(
                    translate("Helpers", "Repeats"),
                    lambda t: translate("Helpers", "Yes") if t.recurrence else "",
                ),
                Column(translate("Helpers", "Notes"), lambda t: t.notes.replace("\n", " ")),
            ),
            self,
        )
        self.share_tab = FairShareTab(context, self)
        self.contacts_tab = RecordsTab(
            "contact",
            translate("Helpers", "Care team and contacts"),
            (
                Column(translate("Helpers", "Name"), lambda c: c.name),
                Column(
                    translate("Helpers", "Role"),
                    lambda c: vocabulary(c.role),
                    key=lambda c: (contacts.CALL_ORDER.index(c.role), c.name.casefold()),
                ),
                Column(translate("Helpers", "Organisation"), lambda c: c.organisation),
                Column(translate("Helpers", "Phone"), lambda c: c.phone),
                Column(translate("Helpers", "Email"), lambda c: c.email),
                Column(translate("Helpers", "Notes"), lambda c: c.notes.replace("\n", " ")),
            ),
            self,
            sort_column=1,
        )
        self.tabs.addTab(self.helpers_tab, translate("Helpers", "&Helpers"))
        self.tabs.addTab(self.tasks_tab, translate("Helpers", "&Tasks"))
        self.tabs.addTab(self.share_tab, translate("Helpers", "&Fair share"))
        self.tabs.addTab(self.contacts_tab, translate("Helpers", "&Care team"))
        self.body.addWidget(self.tabs, 1)

        self.add_action, self.edit_action, self.delete_action = self.record_actions(
            "Helper", self.add, self.edit, self.delete
        )
        self.fill_action = self.page_action(
            "actionFillHardDays",
            translate("Helpers", "Fill the &hard days…"),
            self.fill_hard_days,
            QKeySequence("Ctrl+Shift+H"),
        )
        self.claim_action = self.page_action(
            "actionClaimTask",
            translate("Helpers", "Mark &claimed"),
            self.claim,
            QKeySequence("Ctrl+Shift+C"),
        )
        self.done_action = self.page_action(
            "actionTaskDone",
            translate("Helpers", "Mark d&one"),
            self.mark_done,
            QKeySequence("Ctrl+Shift+D"),
        )
        # A helper on a shared plan takes an open task in one step, changes only the tasks
        # given to them and their own record; the organisers change the rest.
        self.may = team.permissions(context.plan)
        self.take_action = (
            self.page_action(
                "actionTakeTask",
                translate("Helpers", "&I'll do this"),
                self.take_task,
                QKeySequence(),
                translate("Helpers", "{what}"),
            )
            if self.may.helper_id is not None
            else None
        )
        self.import_action = self.page_action(
            "actionImportVcard",
            translate("Helpers", "&Import vCard…"),
            self.import_vcard,
            QKeySequence("Ctrl+Shift+I"),
        )
        self.export_action = self.page_action(
            "actionExportVcard",
            translate("Helpers", "E&xport vCard…"),
            self.export_vcard,
            QKeySequence("Ctrl+Shift+X"),
            changes_plan=False,
        )
        takes = (self.take_action,) if self.take_action is not None else ()
        buttons = self.button_row(
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.fill_action,
            *takes,
            self.claim_action,
            self.done_action,
            self.import_action,
            self.export_action,
        )
        self.body.insertLayout(2, buttons)
        for tab in (self.helpers_tab, self.tasks_tab, self.contacts_tab):
            tab.table.activated.connect(self._activated)
            tab.table.selectionModel().selectionChanged.connect(self._update_actions)
            tab.model.modelReset.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_actions)
        self._update_actions()

    @property
    def model(self) -> RowsModel[Any]:
        """The table model of the tab shown."""
        tab = self.current_tab()
        assert isinstance(tab, RecordsTab | FairShareTab)
        return tab.model

    @property
    def table(self) -> RowsView:
        """The table of the tab shown."""
        tab = self.current_tab()
        assert isinstance(tab, RecordsTab | FairShareTab)
        return tab.table

    # -- reading -------------------------------------------------------------------------
    def _helper_name(self, task: HelpTask) -> str:
        helper = next((h for h in self._helpers if h.id == task.helper_id), None)
        return helper.name if helper else translate("Helpers", "Nobody yet")

    def _for_text(self, task: HelpTask) -> str:
        """The appointment the task is for, and whether its day is a hard one."""
        parts = []
        appointment = self._appointments.get(task.appointment_id or 0)
        if appointment is not None:
            parts.append(appointment.title)
        causes = self._hard.get(task.start.date())
        if causes:
            parts.append(
                translate("Helpers", "hard day after {title}").format(title=causes[0].title)
            )
        return "; ".join(parts)

    def refresh(self) -> None:
        plan, today = self.context.plan, self.context.today()
        first, last = today - TASKS_BACK, today + TASKS_AHEAD

        def read() -> PeopleRead:
            return PeopleRead(
                hard_days(plan, first, last),
                {
                    a.id: a
                    for a in lists.appointments(plan, first - dt.timedelta(days=7), last)
                    if a.id is not None
                },
                lists.helpers(plan),
                task_service.tasks_between(plan, first, last),
                contacts.who_to_call(plan),
                read_share(plan, today),
            )

        self.fetch(read, self._show_people)

    def _show_people(self, read: PeopleRead) -> None:
        self._hard, self._appointments, self._helpers = read.hard, read.appointments, read.helpers
        self.helpers_tab.show_rows(read.helpers)
        self.tasks_tab.show_rows(read.tasks)
        self.contacts_tab.show_rows(read.contacts)
        self.share_tab.show_share(read.share)

    def select_shown(self, record_id: int | None) -> bool:
        """Gaps and week items of this area name help tasks: show the task."""
        self.tabs.setCurrentWidget(self.tasks_tab)
        found = self.tasks_tab.table.select_id(record_id)
        self.tasks_tab.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def open_shown(self, kind: Kind, key: int | str) -> bool:
        """A helper, a contact or a help task, on its own tab."""
        tabs = {
            Kind.HELPER: self.helpers_tab,
            Kind.CONTACT: self.contacts_tab,
            Kind.TASK: self.tasks_tab,
        }
        tab = tabs.get(kind)
        if tab is None:
            return True
        self.tabs.setCurrentWidget(tab)
        tab.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return isinstance(key, int) and tab.table.select_id(key)

    def start_action(self, name: str) -> QWidget | None:
        """A tip's action: "Ask for help" proposes what the hard days need; "Who to call"
        shows the care team and the panel with their numbers."""
        if name == "ask-for-help":
            if not self.fill_action.isEnabled():
                self.say(organisers_only())
                return None
            return self.fill_hard_days()
        if name == "who-to-call":
            self.tabs.setCurrentWidget(self.contacts_tab)
            show = getattr(self.window(), "show_who_to_call", None)
            if callable(show):
                show()
        return None

    def current_tab(self) -> QWidget:
        return self.tabs.currentWidget()

    @Slot()
    def _update_actions(self) -> None:
        tab = self.current_tab()
        chosen = tab.selected() if isinstance(tab, RecordsTab) else None
        may, only = self.may, organisers_only()
        allow(self.add_action, isinstance(tab, RecordsTab), may.may_edit_plan, only)
        allow(self.edit_action, chosen is not None, *self._may_edit(chosen))
        allow(self.delete_action, chosen is not None, may.may_edit_plan, only)
        for action in (self.fill_action, self.import_action):
            allow(action, True, may.may_edit_plan, only)
        task = chosen if isinstance(chosen, HelpTask) else None
        marked = task is None or may.may_mark_task(task)
        why = claim_first() if task is not None and task.helper_id is None else not_your_task()
        allow(self.claim_action, task is not None and task.status is TaskStatus.OPEN, marked, why)
        allow(
            self.done_action, task is not None and task.status is not TaskStatus.DONE, marked, why
        )
        if self.take_action is not None:
            self.take_action.setEnabled(task is not None and may.may_claim_task(task))

    def _may_edit(self, chosen: object) -> tuple[bool, str]:
        """Whether this login may edit ``chosen``, and why not."""
        if chosen is None:
            return True, ""  # off for want of a row, not of a right
        if isinstance(chosen, Helper):
            return self.may.may_change_helper(chosen.id), not_your_record()
        if isinstance(chosen, HelpTask):
            return self.may.may_change_task(chosen), not_your_task()
        return self.may.may_edit_plan, organisers_only()

    @Slot()
    def _activated(self) -> None:
        """A row chosen with Enter or a double click: its form, if this login may edit it."""
        if self.edit_action.isEnabled():
            self.edit()

    # -- the actions ---------------------------------------------------------------------
    @Slot()
    def add(self) -> QWidget | None:
        tab = self.current_tab()
        tomorrow = self.context.today() + dt.timedelta(days=1)
        if tab is self.helpers_tab:
            return self._open_helper(Helper(""))
        if tab is self.tasks_tab:
            start = dt.datetime.combine(tomorrow, dt.time(10))
            blank = HelpTask(TaskCategory.ERRANDS, "", start, start + dt.timedelta(hours=1))
            return self._open_task(blank)
        if tab is self.contacts_tab:
            return self._open_contact(Contact("", ContactRole.NURSE_NAVIGATOR))
        return None

    @Slot()
    def edit(self) -> QWidget | None:
        tab = self.current_tab()
        chosen = tab.selected() if isinstance(tab, RecordsTab) else None
        if isinstance(chosen, Helper):
            return self._open_helper(chosen)
        if isinstance(chosen, HelpTask):
            return self._open_task(chosen)
        if isinstance(chosen, Contact):
            return self._open_contact(chosen)
        return None

    def _save(self, value: Any) -> bool:
        """Save a form's value, undoably; the window has refreshed the page when it returns."""
        saved = people.save(self.context.operations, value)
        if saved is not None:
            self.select_in_tab(saved)
        return saved is not None

    def select_in_tab(self, value: Any) -> None:
        tab = {Helper: self.helpers_tab, HelpTask: self.tasks_tab, Contact: self.contacts_tab}[
            type(value)
        ]
        tab.table.select_id(value.id)

    def _open_helper(self, helper: Helper) -> HelperDialog:
        dialog = HelperDialog(helper, self._save, self)
        watch_record(
            dialog, self.context.operations, Kind.HELPER, helper.id, translate("Helpers", "helper")
        )
        dialog.open()
        return dialog

    def _open_contact(self, contact: Contact) -> ContactDialog:
        dialog = ContactDialog(contact, self._save, self)
        watch_record(
            dialog,
            self.context.operations,
            Kind.CONTACT,
            contact.id,
            translate("Helpers", "contact"),
        )
        dialog.open()
        return dialog

    def _open_task(self, task: HelpTask) -> TaskDialog:
        today = self.context.today()
        coming = lists.appointments(
            self.context.plan, today - dt.timedelta(days=7), today + TASKS_AHEAD
        )
        dialog = TaskDialog(task, self._helpers, coming, self._save, self)
        watch_record(
            dialog, self.context.operations, Kind.TASK, task.id, translate("Helpers", "help task")
        )
        dialog.open()
        return dialog

    @Slot()
    def delete(self) -> QMessageBox | None:
        tab = self.current_tab()
        chosen = tab.selected() if isinstance(tab, RecordsTab) else None
        if chosen is None:
            return None
        name = chosen.title if isinstance(chosen, HelpTask) else chosen.name
        consequence = (
            translate(
                "Helpers",
                "Their tasks and rides will need someone else. Edit > Undo brings them back.",
            )
            if isinstance(chosen, Helper)
            else ""
        )
        return messages.confirm_delete(
            self,
            translate("Helpers", "Delete"),
            translate("Helpers", "Delete {name}?").format(name=name),
            lambda: people.remove(self.context.operations, chosen),
            consequence,
        )

    @Slot()
    def take_task(self) -> HelpTask | None:
        """The signed-in helper takes the chosen open task: it is theirs, claimed."""
        chosen = self.tasks_tab.selected() if self.current_tab() is self.tasks_tab else None
        me = self.may.helper_id
        if not isinstance(chosen, HelpTask) or me is None:
            return None
        taken = people.claim_task(self.context.operations, chosen, me)
        if taken is not None:
            self.select_record(taken.id)  # once the rows on their way are shown
        return taken

    @Slot()
    def claim(self) -> None:
        self._move_task(TaskStatus.CLAIMED)

    @Slot()
    def mark_done(self) -> None:
        self._move_task(TaskStatus.DONE)

    def _move_task(self, status: TaskStatus) -> None:
        chosen = self.tasks_tab.selected() if self.current_tab() is self.tasks_tab else None
        if isinstance(chosen, HelpTask):
            people.set_task_status(self.context.operations, chosen, status)

    @Slot()
    def fill_hard_days(self) -> ProposalDialog | None:
        """Propose the tasks the coming hard days need; the ticked ones are added together."""
        try:
            found = task_service.proposals(self.context.plan, self.context.today())
        except PlannerError as error:
            messages.warn(self, say(error.message))
            return None
        names = {h.id: h.name for h in self._helpers if h.id is not None}

        def accept(chosen: list[HelpTask]) -> bool:
            added = people.accept(self.context.operations, chosen)
            if added:
                self.tabs.setCurrentWidget(self.tasks_tab)
                self.tasks_tab.table.select_id(added[0].id)
            return added is not None

        dialog = ProposalDialog(found, names, accept, self)
        dialog.open()
        return dialog

    @Slot()
    def import_vcard(self) -> VcardImportDialog | None:
        path = self.ask_open_vcard(self)
        if path is None:
            return None
        return self.preview_vcard(path)

    def preview_vcard(self, path: Path) -> VcardImportDialog | None:
        return vcard_files.preview(self, self.context, path, self._tell)

    @Slot()
    def export_vcard(self) -> Path | None:
        chosen = self.ask_save_vcard(self)
        if chosen is None:
            return None
        path, version = chosen
        return vcard_files.export(self, self.context, path, self._tell, version)

    def _tell(self, text: str) -> None:
        """A passing note in the window's status bar."""
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)
