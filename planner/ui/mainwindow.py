"""The main window: the area list, the pages, the information pane, menus and settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.domain.activity import AREA_OF
from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.domain.errors import PlannerError
from planner.domain.gaps import Gap
from planner.domain.legs import PROFILE_MISSING
from planner.domain.settings import Setting
from planner.services import backups, connections, retention, team
from planner.services import settings as plan_settings
from planner.services.backups import StartCheck
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.ui import messages, settings
from planner.ui.areas import AREAS, area_title
from planner.ui.autostart import StartAtLogin
from planner.ui.encryption import PlanEncryption, can_encrypt
from planner.ui.info.links import PRINT_EMERGENCY_SHEET, Action
from planner.ui.labels import date_time, say, translate
from planner.ui.operations import Operations
from planner.ui.pages.base import AreaPage, PageContext, not_listed
from planner.ui.pages.lazy import Pages
from planner.ui.permissions import allow, organisers_only
from planner.ui.plan_switch import offered, place
from planner.ui.profile import PatientProfile
from planner.ui.reminders import ReminderBar, ReminderClock
from planner.ui.resources import style_sheet
from planner.ui.search.bar import SearchBar
from planner.ui.sharing import Sharing
from planner.ui.textsize import TextSize
from planner.ui.tray import Tray, TrayIconFactory, system_tray_icon
from planner.ui.watcher import PlanWatch
from planner.ui.week.page import WeekPage
from planner.ui.widgets.activity import ActivityPanel
from planner.ui.widgets.call_now import CallNowBanner
from planner.ui.widgets.infopane import InfoPane
from planner.ui.widgets.navigation import AreaList
from planner.ui.widgets.read_only import read_only_bar
from planner.ui.widgets.server_bar import ServerBar
from planner.ui.widgets.who_to_call import WhoToCall
from planner.ui.workers import Job

if TYPE_CHECKING:
    from planner.domain.reminders import Reminder
    from planner.ui.appointments.page import AppointmentsPage
    from planner.ui.dialogs.backups import BackupsDialog
    from planner.ui.dialogs.connect import ConnectDialog
    from planner.ui.dialogs.preferences import Changed, PreferencesDialog
    from planner.ui.dialogs.shortcuts import ShortcutsDialog
    from planner.ui.journal.question_dialog import QuestionDialog
    from planner.ui.rides.page import RidesPage

ChooseFile = Callable[[QWidget, Path], Path | None]
REMINDERS_AFTER_MS = 3000
FIRST_SIZE = (1200, 800)
"""The window's width and height at its first start (no size saved), if the screen has room."""
START_CHECK_AFTER_MS = 2000
"""The check of the plan file's health, this long after start (the first paint comes first)."""
BACKUP_EVERY_MS = 30 * 60 * 1000
"""How often the plan is backed up while it changes."""
REMINDER_KINDS = frozenset(
    {
        Kind.APPOINTMENT,
        Kind.RIDE_LEG,
        Kind.MEAL,
        Kind.TASK,
        Kind.GROUP,
        Kind.SETTING,
        Kind.MEDICINE,
        Kind.DOSE,
        Kind.READING,
    }
)
"""The kinds of data reminders are made from: a change to one looks for due reminders."""
"""The first look for due reminders, after start (then each minute, on the minute)."""


def ask_backup_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write a backup; ``None`` when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("MainWindow", "Back up plan"),
        str(suggested),
        translate("MainWindow", "Care Planner plans (*.sqlite3)"),
    )
    return Path(chosen) if chosen else None


class MainWindow(QMainWindow):
    """The whole window over one open plan.

    Today and now are the plan's clock's (``plan.clock``), read whenever needed.
    ``choose_backup_file`` asks where a backup goes. With ``ask_profile``, a new plan asks
    for the patient's details once the window shows.

    Signals:
        open_requested(object): open another plan in place of this one: a
            ``SharedPlanLogin``, or ``None`` for the local plan (see ui/plan_switch.py).
    """

    open_requested = Signal(object)

    def __init__(
        self,
        plan: Plan,
        *,
        demo: bool = False,
        choose_backup_file: ChooseFile = ask_backup_file,
        tray_icon: TrayIconFactory = system_tray_icon,
        ask_profile: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(translate("MainWindow", "Care Planner"))
        self.setWindowTitle(
            translate("MainWindow", "Demo plan - Care Planner")
            if demo
            else translate("MainWindow", "Care Planner")
        )
        self.plan = plan
        self._choose_backup_file = choose_backup_file
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.operations = Operations(plan, self.undo_stack, self)
        self.operations.plan_changed.connect(self.apply_changes)
        self.operations.failed.connect(self.show_warning)
        # What others save to the plan is shown as it arrives, like this window's changes.
        self.plan_watch = PlanWatch(plan, self)
        self.operations.saved.connect(self.plan_watch.made_here)
        self.plan_watch.changed.connect(self.operations.changed_elsewhere)
        self.plan_watch.changed.connect(self._note_changed_elsewhere)
        self.text_size = TextSize(parent=self)
        self.text_size.restore()  # before the widgets, so they start at the right size
        self._style_sheet = style_sheet()
        self.text_size.changed.connect(self._restyle)
        self.setStyleSheet(self._style_sheet)

        self._holders: dict[Area, QScrollArea] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(translate("MainWindow", "Pages"))
        # Pages are made when first shown (This week at once), and load when first shown.
        self.pages = Pages(PageContext(plan, self.operations), self._page_made)
        self.week_page = cast(WeekPage, self.pages[Area.WEEK])
        self.week_page.fix_requested.connect(self.fix_gap)
        self.week_page.area_requested.connect(self.show_area)
        self.week_page.record_requested.connect(self.open_record)
        # The patient's profile: asked for once on a new plan, after the window first shows.
        self.patient_profile = PatientProfile(
            self,
            plan,
            self.operations,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            ask_on_show=ask_profile and not plan.read_only,
            encrypt=self._ask_encryption if can_encrypt(plan) else None,
        )
        self.week_page.getting_started.profile_requested.connect(self.patient_profile.open)
        self.area_list = AreaList()
        self.area_list.area_chosen.connect(self.show_area)
        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout()
        layout.addWidget(self.area_list)
        layout.addWidget(self.stack, 1)
        # Reminders (tomorrow's appointment, a meal to thaw) above the pages; the clock
        # first asks a moment after start, so start-up costs nothing more.
        self.reminder_bar = ReminderBar()
        self.reminder_bar.open_requested.connect(self.open_reminder)
        # Where the desktop has a tray, closing the window can keep the reminders coming.
        self.tray = Tray(self, tray_icon(self))
        self.reminder_clock = ReminderClock(
            plan,
            self.reminder_bar,
            now=self.now,
            notify=self.tray.message,
            operations=self.operations,
            parent=self,
        )
        self.reminder_clock.start(REMINDERS_AFTER_MS)
        self.operations.plan_changed.connect(self._check_reminders)
        # Backups: every half hour while the plan changes, and when the window closes.
        self._changed_since_backup = False
        self.operations.plan_changed.connect(self._note_change_for_backup)
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.automatic_backup)
        self.backup_timer.start()
        # A look at the plan file's health a moment after start, off the window's thread.
        self.start_check: Job | None = None
        QTimer.singleShot(START_CHECK_AFTER_MS, self, self.check_plan_file)
        column = QVBoxLayout(central)
        if plan.read_only:
            column.addWidget(read_only_bar())
        # A temperature that sets a red-flag rule off, noted here or elsewhere: call now.
        self.call_now = CallNowBanner(plan)
        self.call_now.profile_requested.connect(self.patient_profile.open)
        self.call_now.raised.connect(self.tray.message)
        self.operations.plan_changed.connect(self.call_now.plan_changed)
        QTimer.singleShot(0, self, self.call_now.check)
        column.addWidget(self.call_now)
        # A shared plan's server away: the step waits for it, and this bar says so.
        self.server_bar = ServerBar(self.operations)
        back = translate("MainWindow", "The shared plan's server answers again.")
        self.operations.server_back.connect(lambda: self.statusBar().showMessage(back, 8000))
        column.addWidget(self.server_bar)
        column.addWidget(self.reminder_bar)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.info_pane = InfoPane(self)
        self.info_pane.action_requested.connect(self.perform)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.info_pane)
        # Who to call: the care team's numbers, one click (or Ctrl+Shift+W) from anywhere.
        self.who_to_call = WhoToCall(plan, self)
        self.operations.plan_changed.connect(self.who_to_call.plan_changed)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.who_to_call)
        # A tab beside the information pane: the whole height for the numbers when shown.
        self.tabifyDockWidget(self.info_pane, self.who_to_call)
        self.who_to_call.hide()
        # Activity: who changed what, live, with what is new since the user last looked.
        self.activity = ActivityPanel(plan, self)
        self.operations.plan_changed.connect(self.activity.plan_changed)
        self.activity.open_requested.connect(self.open_record)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.activity)
        self.tabifyDockWidget(self.info_pane, self.activity)
        self.activity.hide()
        # Change records older than the plan keeps them go, off the window's thread.
        self.prune_job: Job | None = None
        QTimer.singleShot(START_CHECK_AFTER_MS, self, self.prune_changes)

        where = QLabel(place(plan))  # which plan, and as whom
        where.setToolTip(plan.location)
        if demo:
            where.setText(
                translate("MainWindow", "Demo plan (removed when you quit): {location}").format(
                    location=plan.location
                )
            )
        where.setObjectName("planLocation")
        where.setAccessibleName(where.text())
        self.statusBar().setObjectName("statusBar")
        self.statusBar().setAccessibleName(translate("MainWindow", "Status"))
        self.statusBar().addPermanentWidget(where)

        # Search across the whole plan: a field in a toolbar, Ctrl+F from anywhere.
        self.search_bar = SearchBar(plan, self)
        self.search_bar.open_requested.connect(self.open_record)
        self.operations.plan_changed.connect(self.search_bar.plan_changed)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search_bar)
        self.area_actions: dict[Area, QAction] = {}
        self._make_menus()
        self._plan_off = ""
        """Why the plan's own settings cannot be changed here, if they cannot."""
        if plan.read_only:
            self._turn_off_edits(translate("MainWindow", "Off: this plan is open read-only."))
        elif not team.permissions(plan).may_edit_plan:
            self._turn_off_edits(organisers_only())
        who_button = QToolButton(self.statusBar())
        who_button.setDefaultAction(self.action_who_to_call)
        who_button.setObjectName("whoToCallButton")
        who_button.setAccessibleName(translate("MainWindow", "Who to call"))
        who_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.statusBar().insertPermanentWidget(0, who_button)
        # Pages load when first shown, and again after a change only when shown: start-up
        # costs what This week costs, however large the other areas are.
        self._stale: set[Area] = set(Area)
        self._restore_settings()
        self.show_area(Area.WEEK)

    @property
    def rides_page(self) -> RidesPage:
        return cast("RidesPage", self.pages[Area.RIDES])

    def _ask_encryption(self) -> None:
        self.plan_encryption.ask()

    def _turn_off_edits(self, off: str) -> None:
        """A read-only plan, or a helper's login: the window's own actions that would change
        the plan are off, saying why (``off``; the pages turn off theirs); looking, backing
        up, exporting and printing stay."""
        # Preferences still opens: the plan's settings are shown off, this computer's
        # colours and language can be chosen.
        self._plan_off = off
        for action in (self.action_plan_course, self.sharing.action_import_calendar):
            allow(action, True, False, off)
            action.setStatusTip(off)

    # -- the date ------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.plan.clock.today()

    def now(self) -> dt.datetime:
        return self.plan.clock.now()

    # -- menus ---------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(translate("MainWindow", "Menu bar"))

        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.setObjectName("menuFile")
        # Which plan the window is on: a shared plan on a server, or the local one.
        self.action_connect = self._action(
            "actionConnectShared",
            translate("MainWindow", "Connect to a &shared plan…"),
            self.connect_shared_plan,
        )
        self.action_local = self._action(
            "actionOpenLocal", translate("MainWindow", "Open &my local plan"), self.open_local_plan
        )
        self.action_local.setEnabled(not connections.is_local_plan(self.plan))
        file_menu.addActions([self.action_connect, self.action_local])
        file_menu.addSeparator()
        self.action_backup = self._action(
            "actionBackUp", translate("MainWindow", "&Back up plan…"), self.back_up
        )
        self.action_backups = self._action(
            "actionBackups", translate("MainWindow", "Back&ups…"), self.open_backups
        )
        self.action_quit = self._action(
            "actionQuit", translate("MainWindow", "&Quit"), self.tray.quit, "Ctrl+Q"
        )
        # Ctrl+Shift+N works from every area (it opens Appointments with the dialog).
        self.action_plan_course = self._action(
            "actionPlanCourseMenu",
            translate("MainWindow", "&Plan a course…"),
            self.plan_course,
            "Ctrl+Shift+N",
        )
        file_menu.addActions([self.action_plan_course, self.action_backup, self.action_backups])
        # Encryption at rest, where SQLCipher is installed (its own module holds the action).
        self.plan_encryption = PlanEncryption(
            self, self.plan, self.plan_watch, self.statusBar().showMessage
        )
        file_menu.addAction(self.plan_encryption.action)
        # Reminders with the window closed: the tray and starting at login (tray.py, autostart.py).
        self.start_at_login = StartAtLogin(self)
        self.start_at_login.failed.connect(self.show_warning)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.tray.action_close, self.tray.action_keep, self.start_at_login.action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        # Calendars, the fridge sheet and helper packets: their own module holds the actions.
        self.sharing = Sharing(
            self,
            self.plan,
            self.operations,
            self.today,
            self.statusBar().showMessage,
            shown_day=lambda: self.week_page.day,
        )
        file_menu.insertSeparator(self.action_backup)
        file_menu.insertActions(self.action_backup, self.sharing.actions)
        file_menu.insertSeparator(self.action_backup)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.setObjectName("menuEdit")
        self.action_undo = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_bar.find_action)
        edit_menu.addSeparator()
        self.action_preferences = self._action(
            "actionPreferences",
            translate("MainWindow", "&Preferences…"),
            self.open_preferences,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.action_preferences)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.setObjectName("menuView")
        self.action_larger = self._action(
            "actionLargerText",
            translate("MainWindow", "&Larger text"),
            self.text_size.larger,
            "Ctrl++",
            "Ctrl+=",
        )
        self.action_smaller = self._action(
            "actionSmallerText",
            translate("MainWindow", "&Smaller text"),
            self.text_size.smaller,
            "Ctrl+-",
        )
        self.action_normal = self._action(
            "actionNormalText",
            translate("MainWindow", "&Normal text size"),
            self.text_size.reset,
            "Ctrl+0",
        )
        self.text_size.changed.connect(self._update_text_actions)
        view_menu.addActions([self.action_larger, self.action_smaller, self.action_normal])
        view_menu.addSeparator()
        self.action_info = self.info_pane.toggleViewAction()
        self.action_info.setObjectName("actionInfoPane")
        self.action_info.setText(translate("MainWindow", "&Information pane"))
        self.action_info.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+I")])
        self.action_today = self._action(
            "actionToday", translate("MainWindow", "Go to &today"), self.go_to_today, "Ctrl+T"
        )
        # Shows the panel and brings its tab to the front (the dock's own close button hides it).
        self.action_who_to_call = self._action(
            "actionWhoToCall",
            translate("MainWindow", "☎ &Who to call"),
            self.show_who_to_call,
            "Ctrl+Shift+W",
        )
        self.action_who_to_call.setToolTip(translate("MainWindow", "Who to call (Ctrl+Shift+W)"))
        view_menu.addAction(self.action_who_to_call)
        self.action_activity = self.activity.view_action
        self.addAction(self.action_activity)
        view_menu.addAction(self.action_activity)
        view_menu.addActions([self.action_info, self.action_today])
        view_menu.addSeparator()
        areas = QActionGroup(self)
        for entry in AREAS:
            area = entry.area
            action = self._action(
                f"action{area.value.capitalize()}",
                entry.title(),
                self._shower(area),
                entry.shortcut,
            )
            action.setCheckable(True)
            areas.addAction(action)
            self.area_actions[area] = action
        view_menu.addActions(list(self.area_actions.values()))

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.setObjectName("menuHelp")
        self.action_about = self._action(
            "actionAbout", translate("MainWindow", "&About Care Planner"), self.about
        )
        # Every key of the window, read from its actions when the dialog opens (F1 is taken).
        self.action_shortcuts = self._action(
            "actionKeyboardShortcuts",
            translate("MainWindow", "&Keyboard shortcuts…"),
            self.show_shortcuts,
            "Ctrl+/",
        )
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)

        for menu in (file_menu, edit_menu, view_menu, help_menu):
            menu.menuAction().setObjectName(f"{menu.objectName()}Action")
            menu.setAccessibleName(menu.title().replace("&", ""))
        for action in self.findChildren(QAction):
            if action.text() and not action.statusTip():
                action.setStatusTip(action.text().replace("&", "").rstrip("…"))

    def _shower(self, area: Area) -> Callable[[], None]:
        return lambda: self.show_area(area)

    @Slot()
    def _restyle(self) -> None:
        # A style sheet stops application font changes from reaching the widgets under it
        # (Qt polishes fonts once); setting it afresh lets the new text size through.
        self.setStyleSheet("")
        self.setStyleSheet(self._style_sheet)

    @Slot(int)
    def _update_text_actions(self, percent: int) -> None:
        self.action_larger.setEnabled(percent < 200)
        self.action_smaller.setEnabled(percent > 100)

    # -- areas ---------------------------------------------------------------------------
    @Slot(object)
    def show_area(self, area: Area) -> None:
        page = self.pages[area]
        holder = self._holders[area]
        moving = self.stack.currentWidget() is not holder
        if moving:
            self.statusBar().clearMessage()  # a note about the last area is not about this one
        if area in self._stale:
            self._stale.discard(area)
            page.refresh()  # a read that fails says so in the status bar: after the clearing
        if moving:
            self.stack.setCurrentWidget(holder)
        if self.area_list.current_area() is not area or self.area_list.currentRow() < 0:
            self.area_list.set_area(area)
        self.area_actions[area].setChecked(True)
        self.info_pane.show_topic(area)
        if self.info_pane.isVisible():
            self.info_pane.raise_()  # a new area brings its topic back in front of Who to call

    def current_area(self) -> Area:
        holder = self.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        page = holder.widget()
        assert isinstance(page, AreaPage)
        return page.area

    @Slot()
    def go_to_today(self) -> None:
        self.show_area(Area.WEEK)
        self.week_page.show_today()

    @Slot(object)
    def fix_gap(self, gap: Gap) -> None:
        """Open the area that fixes ``gap``, with its record selected."""
        if gap.kind == PROFILE_MISSING:  # fixed in the profile form, not on a page
            self.patient_profile.open()
            return
        self.show_area(gap.fix.area)
        if not self.pages[gap.fix.area].select_record(gap.fix.record_id):
            self.statusBar().showMessage(say(gap.message))

    @Slot(object)
    def open_reminder(self, reminder: Reminder) -> None:
        """Open the area and record a reminder is about."""
        self.show_area(reminder.fix.area)
        if not self.pages[reminder.fix.area].select_record(reminder.fix.record_id):
            self.statusBar().showMessage(say(reminder.title))

    @Slot(object, object)
    def open_record(self, kind: Kind, key: int | str) -> None:
        """Open the area listing the record ``key`` of ``kind``, with it selected (a
        setting: Preferences)."""
        area = AREA_OF.get(kind)
        if area is None:
            self.open_preferences()
            return
        self.show_area(area)
        if not self.pages[area].open_record(kind, key):
            self.statusBar().showMessage(not_listed(), 8000)

    @Slot()
    def plan_course(self) -> None:
        """Open Appointments and the dialog that plans a course."""
        self.show_area(Area.APPOINTMENTS)
        cast("AppointmentsPage", self.pages[Area.APPOINTMENTS]).plan_course()

    @Slot()
    def open_preferences(self) -> PreferencesDialog:
        """Open the plan's preferences; OK stores the changed ones."""
        from planner.ui.dialogs.preferences import PreferencesDialog, preferences_for

        shown = preferences_for(shared=self.plan.file is None)
        values = {
            p.setting.key: p.setting.show(plan_settings.read_setting(self.plan, p.setting))
            for p in shown
        }
        dialog = PreferencesDialog(
            values,
            lambda changed: self._store_preferences(changed, values),
            self,
            shown,
            plan_off=self._plan_off,
        )
        dialog.open()
        return dialog

    def _store_preferences(self, changes: Changed, seen: dict[str, str]) -> bool:
        """Store the changed preferences, each only if nobody changed it since the dialog
        showed it."""
        plan = self.plan
        for setting, value in changes:

            def change(
                setting: Setting[Any] = setting, value: Any = value
            ) -> tuple[tuple[Any, Any], Changes]:
                return plan_settings.change_setting(
                    plan, setting, value, seen=seen.get(setting.key)
                )

            if self.operations.call(change) is None:
                return False
        self.statusBar().showMessage(translate("MainWindow", "Preferences saved."), 5000)
        self.reminder_clock.check()  # a new reminder time may make one due now
        return True

    @Slot(object)
    def _check_reminders(self, changes: Changes) -> None:
        if changes.touches(REMINDER_KINDS):
            self.reminder_clock.check()

    @Slot(object)
    def _note_changed_elsewhere(self, changes: Changes) -> None:
        who = sorted({change.who for change in changes.records if change.who})
        text = (
            translate(
                "MainWindow", "{who} changed the plan; the window shows it as it is now."
            ).format(who=", ".join(who))
            if who
            else translate(
                "MainWindow", "The plan was changed elsewhere; the window shows it as it is now."
            )
        )
        self.statusBar().showMessage(text, 8000)

    @Slot(object)
    def apply_changes(self, changes: Changes) -> None:
        """Refresh the shown page if the changes concern it; the others when next shown."""
        shown = self.current_area()
        for area, page in self.pages.made().items():
            if not changes.touches(page.shows):
                continue
            if area is shown:
                page.refresh()
            else:
                self._stale.add(area)

    # -- file and help -------------------------------------------------------------------
    @Slot()
    def connect_shared_plan(self) -> ConnectDialog:
        """File > Connect to a shared plan…; once it connects, the plan is asked for
        (``open_requested``)."""
        from planner.ui.dialogs.connect import ConnectDialog

        dialog = ConnectDialog(offered(self.plan), self)
        dialog.connected.connect(self.open_requested)
        dialog.open()
        return dialog

    @Slot()
    def open_local_plan(self) -> None:
        """File > Open my local plan: back to the plan file on this computer."""
        self.open_requested.emit(None)

    @Slot()
    def back_up(self) -> None:
        try:
            suggested = backups.default_backup_path(self.plan)
        except PlannerError as error:
            self.show_warning(say(error.message))
            return
        target = self._choose_backup_file(self, suggested)
        if target is None:
            return
        try:
            written = backups.back_up(self.plan, target)
        except PlannerError as error:
            self.show_warning(say(error.message))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Backup written to {path}").format(path=written)
        )

    @Slot()
    def open_backups(self) -> BackupsDialog:
        """File > Backups…: the plan's backups, and restoring one."""
        folder = backups.backup_folder(self.plan)
        from planner.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(backups.backups(self.plan), folder, self.restore_backup, self)
        dialog.open()
        return dialog

    def restore_backup(self, source: Path) -> bool:
        """Replace the plan with ``source`` (after a backup of it as it is); the window then
        shows the restored plan, and its undo steps (about the plan before) are cleared."""
        try:
            safety = backups.restore(self.plan, source)
        except PlannerError as error:
            self.show_warning(say(error.message))
            return False
        self.undo_stack.clear()
        self.plan_watch.skip_to_now()
        self.show_all_again()
        self.statusBar().showMessage(
            translate("MainWindow", "Backup restored. The plan as it was is kept in {path}").format(
                path=safety
            )
        )
        return True

    @Slot()
    def check_plan_file(self) -> Job:
        """Check the plan file (SQLite's quick check, its links and the plan's rules) off
        the window's thread; if it fails, offer the newest backup that passes."""
        plan = self.plan
        job = Job(lambda progress, cancelled: backups.check_at_start(plan))
        job.succeeded.connect(self._plan_file_checked)
        self.start_check = job
        job.start()
        return job

    @Slot()
    def prune_changes(self) -> Job:
        """Remove the change records older than the plan keeps them, off the window's
        thread (a failure leaves them for the next start)."""
        plan = self.plan
        job = Job(lambda progress, cancelled: retention.prune(plan))
        self.prune_job = job
        job.start()
        return job

    @Slot(object)
    def _plan_file_checked(self, found: StartCheck | None) -> None:
        if found is None:
            return
        damaged = translate(
            "MainWindow",
            "The plan file fails its checks: it is damaged, or its records do not fit together.",
        )
        good = found.newest_good
        if good is None:
            self.show_warning(
                damaged
                + " "
                + translate(
                    "MainWindow",
                    "No backup passes its checks either. Keep a copy of the plan file "
                    "({path}) before changing more.",
                ).format(path=self.plan.location)
            )
            return
        self.start_restore_box = messages.confirm(
            self,
            translate("MainWindow", "The plan needs attention"),
            damaged
            + " "
            + translate("MainWindow", "Restore the backup made {made}?").format(
                made=date_time(good.made)
            ),
            lambda: self.restore_backup(good.path),
            consequence=translate("MainWindow", "The plan as it is now is kept as a backup too."),
            action=translate("MainWindow", "&Restore backup"),
            name="StartRestore",
        )

    def show_all_again(self) -> None:
        """Read every page, Who to call and the reminders afresh (the whole plan changed)."""
        shown = self.current_area()
        self._stale = set(Area) - {shown}
        self.pages[shown].refresh()
        self.who_to_call.refresh()
        self.reminder_clock.check()

    @Slot(object)
    def _note_change_for_backup(self, _changes: Changes) -> None:
        self._changed_since_backup = True

    @Slot()
    def automatic_backup(self) -> Path | None:
        """Back the plan up if it changed since the last automatic backup (every half hour
        while changing, and when the window closes); a failure is noted, not in the way."""
        if not self._changed_since_backup or self.plan.read_only:
            return None
        try:
            written = backups.automatic_backup(self.plan)
        except PlannerError as error:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "The automatic backup could not be written: {reason}"
                ).format(reason=error)
            )
            return None
        self._changed_since_backup = False
        return written

    # -- the tips' actions ---------------------------------------------------------------
    @Slot(object, str)
    def _page_made(self, page: AreaPage) -> None:
        # A page wider or taller than the window (large text on a small screen) scrolls
        # instead of pushing the window past the screen's edge.
        holder = QScrollArea()
        holder.setObjectName(f"{page.area.value}Scroller")
        holder.setAccessibleName(area_title(page.area))
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(page)
        self._holders[page.area] = holder
        self.stack.addWidget(holder)
        page.action_requested.connect(self.carry_out)

    @Slot(object, str, object)
    def carry_out(self, area: Area, name: str, argument: object = None) -> None:
        """Open ``area`` and let its page carry out the action ``name`` asks for."""
        self.show_area(area)
        page = self.pages[area]
        start = getattr(page, "start_action", None)
        if callable(start):
            # On a shared plan the page's rows may still be on their way: it acts on them.
            page.after_load(lambda: start(name) if argument is None else start(name, argument))

    def perform(self, action: Action, question: str) -> None:
        """Carry out a tip's action: open its area; a question it offers is noted at once
        (Edit > Undo takes it back), and a blank "add a question" opens the dialog."""
        self.show_area(action.area)
        if question:
            self._note_question(question)
        elif action.name == "add-question":
            self.ask_question()
        elif action.name == PRINT_EMERGENCY_SHEET:
            self.sharing.print_emergency()
        else:
            # A page may ready itself for the action (e.g. the Journal's form for rest).
            self.carry_out(action.area, action.name)

    def show_who_to_call(self) -> None:
        """Show the Who to call panel and put the keyboard in it."""
        self.who_to_call.show()
        self.who_to_call.raise_()
        self.who_to_call.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_question(self, offered: str = "") -> QuestionDialog:
        """Open the dialog for a question to the doctor; OK saves it, or says why not."""
        from planner.ui.journal.question_dialog import QuestionDialog

        dialog = QuestionDialog(offered, self._note_question, self)
        dialog.open()
        return dialog

    def _note_question(self, text: str) -> bool:
        saved = self.operations.add_question(text)
        if saved is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Question saved in the Journal for your next visit."), 8000
            )
        return saved is not None

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts…: every key of the menus and the areas, searchable."""
        from planner.ui.dialogs.shortcuts import ShortcutsDialog, window_shortcuts

        dialog = ShortcutsDialog(window_shortcuts(self, self.pages), self)
        dialog.open()
        return dialog

    @Slot()
    def about(self) -> None:
        text = translate(
            "MainWindow",
            "Care Planner {version}\n\nRides, meals, helpers and treatment days in one private "
            "plan.\n\nThis is planning help, not medical advice; your care team decides.",
        ).format(version=__version__)
        messages.message_box(
            self, QMessageBox.Icon.Information, translate("MainWindow", "About Care Planner"), text
        ).open()

    @Slot(str)
    def show_warning(self, text: str) -> None:
        messages.warn(self, text)

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        stored = settings.settings()
        self._update_text_actions(self.text_size.percent)
        geometry = stored.value(settings.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_SIZE)
        state = stored.value(settings.STATE)
        if state is not None:
            self.restoreState(state)
        self.fit_screen()

    def fit_screen(self) -> None:
        """Never larger than the screen's free area (a small laptop screen, a saved size
        from a larger one): the status bar and Who to call stay in reach."""
        free = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def save_settings(self) -> None:
        stored = settings.settings()
        stored.setValue(settings.GEOMETRY, self.saveGeometry())
        stored.setValue(settings.STATE, self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        if self.tray.holds(event):  # kept running in the tray, or asking whether to
            return
        self.automatic_backup()
        self.plan_watch.stop(wait=False)
        super().closeEvent(event)
