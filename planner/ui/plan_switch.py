"""Which plan the window shows: the plan on this computer, or a shared plan on a server.

The shared plan last opened is remembered in the window's settings (its URL, never its
password) and opened again at the next start; File > Open my local plan forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from planner.domain.errors import PlannerError
from planner.services import connections
from planner.services.connections import SharedPlan, SharedPlanLogin
from planner.services.plan import Plan
from planner.ui import settings
from planner.ui.labels import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from planner.ui.mainwindow import MainWindow

OpenChosen = Callable[[SharedPlanLogin | None], Plan]
"""Opens the plan asked for: a shared plan with its password, or (``None``) the local one."""


def place(plan: Plan) -> str:
    """Which plan is open and as whom, for the status bar."""
    shared = connections.shared_plan_of(plan)
    if shared is not None:
        server = (
            translate("PlanSwitch", "this computer") if shared.on_this_computer else shared.host
        )
        if plan.author:
            return translate("PlanSwitch", "Shared plan {database} on {server} as {author}").format(
                database=shared.database, server=server, author=plan.author
            )
        return translate("PlanSwitch", "Shared plan {database} on {server}").format(
            database=shared.database, server=server
        )
    if connections.is_local_plan(plan):
        shown = translate("PlanSwitch", "Your plan on this computer")
    else:
        shown = translate("PlanSwitch", "Plan: {location}").format(location=plan.location)
    return (
        translate("PlanSwitch", "{plan} (read-only)").format(plan=shown)
        if plan.read_only
        else shown
    )


def remembered() -> SharedPlan | None:
    """The shared plan to open at start, if the window was last on one."""
    return SharedPlan.from_url(str(settings.settings().value(settings.SHARED_PLAN, "")))


def offered(plan: Plan) -> SharedPlan | None:
    """What File > Connect fills in: the shared plan open, else the one last opened."""
    return connections.shared_plan_of(plan) or SharedPlan.from_url(
        str(settings.settings().value(settings.LAST_SHARED_PLAN, ""))
    )


def remember(chosen: SharedPlanLogin | None) -> None:
    """Note the plan the window went to, for the next start (``None``: the local plan)."""
    stored = settings.settings()
    if chosen is None:
        stored.remove(settings.SHARED_PLAN)
    else:
        stored.setValue(settings.SHARED_PLAN, chosen.shared.url)
        stored.setValue(settings.LAST_SHARED_PLAN, chosen.shared.url)


class PlanSwitch(QObject):
    """The window over the open plan. A window's ``open_requested`` opens the plan asked
    for in a new window that takes the old one's place; a plan that does not open is said
    in the old window, which stays.

    Signals:
        switched(object): the new window (a MainWindow), shown.
    """

    switched = Signal(object)

    def __init__(
        self,
        plan: Plan,
        make_window: Callable[[Plan], MainWindow],
        open_chosen: OpenChosen,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.first_plan = plan
        self.plan = plan
        self._make_window = make_window
        self._open_chosen = open_chosen
        self.window = self._adopt(make_window(plan))

    def _adopt(self, window: MainWindow) -> MainWindow:
        window.open_requested.connect(self.switch)
        return window

    @Slot(object)
    def switch(self, chosen: SharedPlanLogin | None) -> bool:
        """Open ``chosen`` (``None``: the local plan) in place of the plan shown."""
        old_window, old_plan = self.window, self.plan
        try:
            plan = self._open_chosen(chosen)
        except PlannerError as error:
            old_window.show_warning(
                translate(
                    "PlanSwitch",
                    "The plan was not opened; the window stays on the plan it shows. {why}",
                ).format(why=error)
            )
            return False
        remember(chosen)
        old_window.save_settings()  # the new window opens where this one was
        self.plan = plan
        self.window = self._adopt(self._make_window(plan))
        self.window.show()
        old_window.automatic_backup()
        old_window.plan_watch.stop()
        old_window.hide()
        old_window.deleteLater()
        if old_plan is not self.first_plan:
            old_plan.close()  # the first is closed by whoever opened it
        self.switched.emit(self.window)
        return True

    def finish(self) -> None:
        """Put the window away and close a plan switched to (at quit)."""
        self.window.hide()
        self.window.deleteLater()
        if self.plan is not self.first_plan:
            self.plan.close()


def open_remembered(app: QApplication) -> tuple[Plan | None, str]:
    """At start: the shared plan the window was last on, with the password kept for it
    (or asked for); ``None`` when there is none or it does not open, with a note for the
    status bar saying so."""
    shared = remembered()
    if shared is None:
        return None, ""
    password = connections.stored_password(shared)
    chosen = SharedPlanLogin(shared, password) if password is not None else _ask(app, shared)
    if chosen is None:
        return None, translate(
            "PlanSwitch",
            "The shared plan {database} was not opened; this is your plan on this computer.",
        ).format(database=shared.database)
    try:
        plan = connections.open_shared(chosen.shared, chosen.password)
    except PlannerError as error:
        return None, translate(
            "PlanSwitch",
            "The shared plan {database} could not be opened, so this is your plan on this "
            "computer. {why}",
        ).format(database=shared.database, why=error)
    remember(chosen)
    return plan, ""


def _ask(app: QApplication, shared: SharedPlan) -> SharedPlanLogin | None:
    """Ask for the password of ``shared`` before any window shows (Cancel: ``None``)."""
    from planner.ui.dialogs.connect import ConnectDialog

    dialog = ConnectDialog(
        shared,
        intro=translate(
            "PlanSwitch",
            "Care Planner was last on the shared plan {database}. Type the password to open "
            "it again, or Cancel for your plan on this computer.",
        ).format(database=shared.database),
    )
    chosen: list[SharedPlanLogin] = []
    dialog.connected.connect(chosen.append)
    dialog.finished.connect(app.quit)
    dialog.open()
    app.exec()
    return chosen[0] if chosen else None
