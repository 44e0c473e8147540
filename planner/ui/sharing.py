"""File menu actions that take the plan outside the program: calendar files in and out,
the fridge sheet, and the helpers' packets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.domain.errors import PlannerError
from planner.interop.ics_import import ImportedEvent
from planner.services import calendar
from planner.services.plan import Plan
from planner.ui.dialogs.calendar_import import CalendarImportDialog
from planner.ui.labels import tr
from planner.ui.operations import Operations

OpenFile = Callable[[QWidget, str, str], Path | None]
SaveFile = Callable[[QWidget, str, str, str], Path | None]
ChooseFolder = Callable[[QWidget, str], Path | None]

CALENDAR_FILES = "Calendar files (*.ics *.ical *.ifb *.icalendar)"


def ask_open(parent: QWidget, title: str, kinds: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(chosen) if chosen else None


def ask_save(parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


class Sharing(QObject):
    """The actions and what they do; the file choosers can be replaced (tests do)."""

    def __init__(
        self,
        window: QWidget,
        plan: Plan,
        operations: Operations,
        today: Callable[[], dt.date],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.operations = operations
        self.today = today
        self.show_message = show_message
        self.choose_open: OpenFile = ask_open
        self.choose_save: SaveFile = ask_save
        self.choose_folder: ChooseFolder = ask_folder
        self.action_import_calendar = self._action(
            "actionImportCalendar", tr("&Import calendar…"), self.import_calendar
        )
        self.action_export_calendar = self._action(
            "actionExportCalendar", tr("&Export calendar…"), self.export_calendar
        )
        self.actions = [self.action_import_calendar, self.action_export_calendar]

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # -- calendars -----------------------------------------------------------------------
    @Slot()
    def import_calendar(self) -> CalendarImportDialog | None:
        """Choose a calendar file and open its import preview (reading starts at once)."""
        path = self.choose_open(self.window, tr("Import calendar"), tr(CALENDAR_FILES))
        if path is None:
            return None
        try:
            zone = calendar.import_zone(self.plan)
        except PlannerError as error:
            self.operations.failed.emit(str(error))
            return None
        today = self.today()

        def read(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            data = calendar.read_file(path)
            return calendar.read_for_import(
                data, zone=zone, today=today, progress=progress, cancelled=cancelled
            )

        dialog = CalendarImportDialog(
            path.name,
            read,
            lambda found: calendar.match_existing(self.plan, found),
            lambda events: self._accept_import(events, today),
            self.window,
        )
        dialog.open()
        return dialog

    def _accept_import(self, events: list[ImportedEvent], today: dt.date) -> bool:
        result = self.operations.call(
            lambda: calendar.accept_import(self.plan, events, today=today)
        )
        if result is None:
            return False
        self.show_message(
            tr("Calendar imported: {added} appointments added, {updated} updated.").format(
                added=result.added, updated=result.updated
            )
        )
        if result.refused:
            lines = "\n".join(f"{p.event}: {p.reason}" for p in result.refused)
            self.operations.failed.emit(
                tr("These events were not imported:\n{lines}").format(lines=lines)
            )
        return True

    @Slot()
    def export_calendar(self) -> Path | None:
        """Write the plan as a calendar file other calendar programs can import."""
        path = self.choose_save(
            self.window, tr("Export calendar"), "care-planner.ics", tr(CALENDAR_FILES)
        )
        if path is None:
            return None
        try:
            count = calendar.export_calendar_file(self.plan, path, today=self.today())
        except PlannerError as error:
            self.operations.failed.emit(str(error))
            return None
        self.show_message(tr("Wrote {count} events to {path}.").format(count=count, path=path))
        return path
