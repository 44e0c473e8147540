"""File menu actions that take the plan outside the program: calendar files in and out,
the fridge sheet, the emergency sheet, and the helpers' packets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from planner.domain.errors import InvalidInput, PlannerError
from planner.services.plan import Plan
from planner.ui.labels import say, translate
from planner.ui.operations import Operations
from planner.ui.workers import Job

if TYPE_CHECKING:
    from planner.interop.ics_import import ImportedEvent
    from planner.services.emergency import EmergencySheet
    from planner.services.sheets import WeekSheet
    from planner.ui.appointments.calendar_import import CalendarImportDialog

# The modules behind these actions (calendar files, printing) load when an action is first
# used: the window's start-up does not pay for them.

OpenFile = Callable[[QWidget, str, str], Path | None]
SaveFile = Callable[[QWidget, str, str, str], Path | None]
ChooseFolder = Callable[[QWidget, str], Path | None]


def calendar_files() -> str:
    """The file chooser's filter for calendar files."""
    return translate("Sharing", "Calendar files (*.ics *.ical *.ifb *.icalendar)")


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
        shown_day: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.operations = operations
        self.today = today
        self.shown_day = shown_day or today
        """The first of the days the window shows: the fridge sheet prints those."""
        self.show_message = show_message
        self.choose_open: OpenFile = ask_open
        self.choose_save: SaveFile = ask_save
        self.choose_folder: ChooseFolder = ask_folder
        self.action_import_calendar = self._action(
            "actionImportCalendar", translate("Sharing", "&Import calendar…"), self.import_calendar
        )
        self.action_export_calendar = self._action(
            "actionExportCalendar", translate("Sharing", "&Export calendar…"), self.export_calendar
        )
        self.action_print_sheet = self._action(
            "actionPrintFridgeSheet",
            translate("Sharing", "&Print the fridge sheet…"),
            self.print_sheet,
        )
        self.action_save_sheet = self._action(
            "actionSaveFridgeSheet",
            translate("Sharing", "Save the fridge sheet as P&DF…"),
            self.save_sheet,
        )
        self.action_print_emergency = self._action(
            "actionPrintEmergencySheet",
            translate("Sharing", "Print the &emergency sheet…"),
            self.print_emergency,
        )
        self.action_save_emergency = self._action(
            "actionSaveEmergencySheet",
            translate("Sharing", "Save the emergency sheet as PDF…"),
            self.save_emergency,
        )
        self.action_helper_packets = self._action(
            "actionHelperPackets",
            translate("Sharing", "Helper &packets into a folder…"),
            self.helper_packets,
        )
        self.actions = [
            self.action_import_calendar,
            self.action_export_calendar,
            self.action_print_sheet,
            self.action_save_sheet,
            self.action_print_emergency,
            self.action_save_emergency,
            self.action_helper_packets,
        ]
        self.packets_job: Job | None = None

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # -- calendars -----------------------------------------------------------------------
    @Slot()
    def import_calendar(self) -> CalendarImportDialog | None:
        """Choose a calendar file and open its import preview (reading starts at once)."""
        from planner.services import calendar
        from planner.ui.appointments.calendar_import import CalendarImportDialog

        path = self.choose_open(
            self.window, translate("Sharing", "Import calendar"), calendar_files()
        )
        if path is None:
            return None
        try:
            zone = calendar.import_zone(self.plan)
        except PlannerError as error:
            self.operations.failed.emit(say(error.message))
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
        from planner.services import calendar

        result = self.operations.call(
            lambda: calendar.accept_import(self.plan, events, today=today)
        )
        if result is None:
            return False
        self.show_message(
            translate(
                "Sharing", "Calendar imported: {added} appointments added, {updated} updated."
            ).format(added=result.added, updated=result.updated)
        )
        if result.refused:
            lines = "\n".join(f"{p.event}: {say(p.message)}" for p in result.refused)
            self.operations.failed.emit(
                translate("Sharing", "These events were not imported:\n{lines}").format(lines=lines)
            )
        return True

    @Slot()
    def export_calendar(self) -> Path | None:
        """Write the plan as a calendar file other calendar programs can import."""
        from planner.services import calendar

        path = self.choose_save(
            self.window,
            translate("Sharing", "Export calendar"),
            "care-planner.ics",
            calendar_files(),
        )
        if path is None:
            return None
        try:
            count = calendar.export_calendar_file(self.plan, path, today=self.today())
        except PlannerError as error:
            self.operations.failed.emit(say(error.message))
            return None
        self.show_message(
            translate("Sharing", "Wrote {count} events to {path}.").format(count=count, path=path)
        )
        return path

    # -- the emergency sheet ----------------------------------------------------------------
    def _emergency(self) -> EmergencySheet | None:
        from planner.services.emergency import emergency_sheet

        try:
            return emergency_sheet(self.plan)
        except PlannerError as error:
            self.operations.failed.emit(say(error.message))
            return None

    @Slot()
    def print_emergency(self) -> None:
        """Qt's print preview of the emergency sheet and its wallet card."""
        from planner.ui.print import emergency

        sheet = self._emergency()
        if sheet is not None:
            emergency.preview(self.window, sheet)

    @Slot()
    def save_emergency(self) -> Path | None:
        from planner.ui.print import emergency

        sheet = self._emergency()
        if sheet is None:
            return None
        path = self.choose_save(
            self.window,
            translate("Sharing", "Save the emergency sheet"),
            "emergency-sheet.pdf",
            translate("Sharing", "PDF files (*.pdf)"),
        )
        if path is None:
            return None
        try:
            emergency.save_pdf(sheet, path)
        except OSError as error:
            self.operations.failed.emit(pdf_not_written(path, error))
            return None
        self.show_message(
            translate("Sharing", "Emergency sheet saved to {path}.").format(path=path)
        )
        return path

    # -- the fridge sheet ----------------------------------------------------------------
    def _sheet(self) -> WeekSheet | None:
        from planner.services import sheets

        try:
            return sheets.week_sheet(self.plan, self.shown_day(), today=self.today())
        except PlannerError as error:
            self.operations.failed.emit(say(error.message))
            return None

    @Slot()
    def print_sheet(self) -> None:
        """Qt's print preview of the fridge sheet of the days shown; the user prints (or
        chooses other pages) from there."""
        from planner.ui.print import fridge_sheet

        sheet = self._sheet()
        if sheet is not None:
            fridge_sheet.preview(self.window, sheet)

    @Slot()
    def save_sheet(self) -> Path | None:
        from planner.ui.print import fridge_sheet

        sheet = self._sheet()
        if sheet is None:
            return None
        suggested = f"fridge-sheet-{sheet.first.isoformat()}.pdf"
        path = self.choose_save(
            self.window,
            translate("Sharing", "Save the fridge sheet"),
            suggested,
            translate("Sharing", "PDF files (*.pdf)"),
        )
        if path is None:
            return None
        try:
            fridge_sheet.save_pdf(sheet, path)
        except OSError as error:
            self.operations.failed.emit(pdf_not_written(path, error))
            return None
        self.show_message(translate("Sharing", "Fridge sheet saved to {path}.").format(path=path))
        return path

    # -- helper packets ------------------------------------------------------------------
    @Slot()
    def helper_packets(self) -> Job | None:
        """For every helper, their page (PDF) and calendar (.ics) into one folder, written in
        the background with progress and cancel."""
        from planner.interop.ics_export import write_calendar
        from planner.services import calendar, sheets
        from planner.ui.helpers import packet as helper_packet

        folder = self.choose_folder(
            self.window, translate("Sharing", "Folder for the helper packets")
        )
        if folder is None:
            return None
        today = self.today()
        try:
            packets = sheets.helper_packets(self.plan, today=today)
            calendars = [
                calendar.calendar_content(self.plan, helper=p.helper.name, today=today)
                for p in packets
            ]
        except PlannerError as error:
            self.operations.failed.emit(say(error.message))
            return None
        if not packets:
            self.operations.failed.emit(
                translate("Sharing", "The plan has no helpers yet (see Helpers).")
            )
            return None

        def write(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
            for done, (packet, content) in enumerate(zip(packets, calendars, strict=True)):
                if cancelled():
                    break
                progress(done, len(packets))
                name = file_name(packet.helper.name)
                try:
                    helper_packet.save_pdf(packet, folder / f"{name}.pdf")
                except OSError as error:
                    raise InvalidInput(pdf_not_written(folder / f"{name}.pdf", error)) from None
                calendar.write_whole(folder / f"{name}.ics", write_calendar(content))
            progress(len(packets), len(packets))
            return len(packets)

        dialog = QProgressDialog(
            translate("Sharing", "Writing the helper packets…"),
            translate("Sharing", "Cancel"),
            0,
            len(packets),
            self.window,
        )
        dialog.setObjectName("packetsProgress")
        dialog.setAccessibleName(translate("Sharing", "Writing the helper packets"))
        dialog.setWindowTitle(translate("Sharing", "Helper packets"))
        dialog.setMinimumDuration(500)
        job = Job(write)
        self.packets_job = job
        job.progressed.connect(lambda done, whole: dialog.setValue(done))
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(
            lambda count: self.show_message(
                translate("Sharing", "Wrote packets for {count} helpers to {folder}.").format(
                    count=count, folder=folder
                )
            )
        )
        job.failed.connect(self.operations.failed.emit)
        job.cancelled.connect(
            lambda: self.show_message(translate("Sharing", "Helper packets stopped."))
        )
        job.ended.connect(dialog.reset)
        job.ended.connect(dialog.deleteLater)
        job.start()
        return job


def pdf_not_written(path: Path, error: OSError) -> str:
    """What to show when the PDF ``path`` could not be written: the printing code's own
    sentence (already in the reader's language), or, for the system's error, why in the
    program's words."""
    from planner.ui.printing import not_written

    return str(error) if error.errno is None else not_written(path, error)


def file_name(name: str) -> str:
    """A helper's name as a file name any system takes."""
    kept = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return kept[:80] or "helper"
