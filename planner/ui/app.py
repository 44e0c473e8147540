"""Start the window: the application object, the plan, the main window, the event loop.

The database side (SQLAlchemy, through the services) is imported before Qt: the start-up
time bar in DESIGN.md is measured that way. Qt is imported inside :func:`run_window`.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner import codecache
from planner.domain.errors import PlannerError
from planner.services import connections
from planner.services.connections import SharedPlanLogin
from planner.services.encryption import PassphraseNeeded
from planner.services.plan import Plan, open_plan
from planner.services.plan import database_url as plan_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.ui.plan_switch import PlanSwitch
    from planner.ui.tray import TrayIconFactory

QUIT_AFTER_SHOW = "CARE_PLANNER_QUIT_AFTER_SHOW"
"""Set to 1 to quit right after the first window is painted (for tests and benchmarks)."""


def run_window(
    database_url: str | None,
    *,
    demo: bool,
    in_tray: bool = False,
    tray_icon: TrayIconFactory | None = None,
) -> int:
    """Open the plan in the window and run until the window closes, or until Quit when it
    is kept in the tray; returns the exit code.

    ``in_tray`` starts with the window closed, in the system tray (where there is one);
    ``tray_icon`` makes the tray icon (the desktop's by default).
    """
    from planner.ui import import_check

    import_check.lighten()  # before the window's own modules are imported
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from planner.ui import settings
    from planner.ui.icon import APPLICATION_ID, application_icon

    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QGuiApplication.setDesktopFileName(APPLICATION_ID)  # the desktop entry's name
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(application_icon())
    from planner.ui import translations

    translations.install(app, translations.chosen_language())
    from planner.ui import theme

    theme.apply_saved(app)  # light, dark, high contrast or the system's (Preferences)
    quit_after_show = os.environ.get(QUIT_AFTER_SHOW) == "1"
    demo_folder = Path(tempfile.mkdtemp(prefix="care-planner-demo-")) if demo else None
    try:
        try:
            plan, note = _open_at_start(app, database_url, demo_folder)
        except _Cancelled:
            return 2  # no passphrase for an encrypted plan: nothing more to say
        except PlannerError as error:
            from planner.ui.labels import say

            return _fail(app, say(error.message), quit_after_show=quit_after_show)
        try:
            return _run(
                app,
                plan,
                demo=demo,
                quit_after_show=quit_after_show,
                in_tray=in_tray,
                tray_icon=tray_icon,
                note=note,
            )
        finally:
            plan.close()
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def _open(database_url: str | None, demo_folder: Path | None) -> Plan:
    if demo_folder is not None:
        database_url = f"sqlite:///{demo_folder / 'demo.sqlite3'}"
    plan = _open_plan(database_url)
    try:
        _ = plan.clock  # a mistyped CARE_PLANNER_NOW is said now, before the window
        if demo_folder is not None:
            from planner.services.demo import fill_demo
            from planner.ui.labels import say  # Qt, and its translator, are loaded by now

            fill_demo(plan, say)  # the demo in the window's language
    except PlannerError:
        plan.close()
        raise
    return plan


class _Cancelled(Exception):  # noqa: N818 (reads as what happened)
    """The passphrase of an encrypted plan was not given: quit quietly (exit status 2)."""


def _open_plan(database_url: str | None) -> Plan:
    """The plan at ``database_url``; an encrypted one first asks for its passphrase, and
    again after a wrong one (planner/ui/dialogs/passphrase.py)."""
    try:
        return open_plan(database_url)
    except PassphraseNeeded as needed:
        from planner.ui.dialogs.passphrase import ask_to_open

        plan = ask_to_open(needed.path, lambda words: open_plan(database_url, passphrase=words))
    if plan is None:
        raise _Cancelled
    return plan


def _run(
    app: QApplication,
    plan: Plan,
    *,
    demo: bool,
    quit_after_show: bool,
    in_tray: bool,
    tray_icon: TrayIconFactory | None,
    note: str = "",
) -> int:
    from PySide6.QtCore import QTimer

    from planner.ui.tray import system_tray_icon

    switch = _plan_switch(app, plan, demo=demo, tray_icon=tray_icon or system_tray_icon)
    window = switch.window
    if note:
        window.statusBar().showMessage(note)
    # Without a tray the window is the only way in, so it opens whatever was asked.
    hidden = in_tray and window.tray.available
    if hidden:
        if quit_after_show:
            print("started in the tray", flush=True)
            QTimer.singleShot(0, window.tray.quit)
    else:
        if quit_after_show:
            _quit_after_first_paint(app, window, announce=True)
        window.show()
    codecache.save()  # the code of the records defined for the first paint, for next time
    if not gc.isenabled():  # turned off by the entry point while the window was made
        start_sweeping()
    # The weeks around the one shown are read by a second process from now on, the first
    # once the window has painted (planner/services/week_reader.py).
    from planner.services import week_reader

    week_reader.allow()
    try:
        code = app.exec()
    finally:
        week_reader.stop()
    codecache.save()  # and of those defined since (the dialogs opened)
    switch.finish()
    return 0 if quit_after_show else code


YOUNG_SWEEP = 10_000
"""How many more container objects are made than freed before Python sweeps the youngest
for cycles (its default is 700)."""


def start_sweeping() -> None:
    """Turn the collector on once the window is built (the entry point turned it off).

    What is there now lives as long as the window (its modules, pages and the plan's
    week): frozen, no sweep looks at it again. The youngest objects are swept after
    :data:`YOUNG_SWEEP` rather than 700: a crowded week switch makes a few thousand (its
    rows, items and their texts), nearly all freed as the next week replaces them, and at
    700 some five sweeps ran within every switch, each looking through the week just made
    (about a tenth of a switch); now most switches have none.
    """
    gc.freeze()
    gc.set_threshold(YOUNG_SWEEP, *gc.get_threshold()[1:])
    gc.enable()


def _open_at_start(
    app: QApplication, database_url: str | None, demo_folder: Path | None
) -> tuple[Plan, str]:
    """The plan the window starts on: the one asked for; else the shared plan the window
    was last on, if it opens; else the local plan. Also a note for the status bar."""
    note = ""
    if demo_folder is None and plan_url(database_url) is None:
        from planner.ui.plan_switch import open_remembered

        shared, note = open_remembered(app)
        if shared is not None:
            return shared, note
    return _open(database_url, demo_folder), note


def open_chosen(chosen: SharedPlanLogin | None) -> Plan:
    """What File > Connect to a shared plan… and File > Open my local plan open."""
    if chosen is None:
        try:
            return _open(connections.local_plan_url(), None)
        except _Cancelled:
            raise PlannerError("Your plan on this computer needs its passphrase.") from None
    return connections.open_shared(chosen.shared, chosen.password)


def _plan_switch(
    app: QApplication, plan: Plan, *, demo: bool, tray_icon: TrayIconFactory
) -> PlanSwitch:
    """The window over ``plan``, made anew for each plan the user switches to."""
    from planner.ui.mainwindow import MainWindow
    from planner.ui.plan_switch import PlanSwitch

    def make_window(opened: Plan) -> MainWindow:
        window = MainWindow(opened, demo=demo and opened is plan, tray_icon=tray_icon)
        window.tray.quit_requested.connect(app.quit)
        sys.excepthook = calm_errors(window)
        return window

    return PlanSwitch(plan, make_window, open_chosen)


def calm_errors(window: QWidget) -> Callable[..., None]:
    """What an unexpected error in the window does: note where it happened in the private
    log (never what it was about) and say so calmly; the window goes on."""
    from planner.services import errorlog
    from planner.ui.labels import translate
    from planner.ui.messages import warn

    def caught(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        where = errorlog.record(error)
        text = translate(
            "Application",
            "Something went wrong in Care Planner, and the last action may not have "
            "finished. What was saved before it is kept; please look at it again.",
        )
        if where is not None:
            text += " " + translate(
                "Application", "Where it happened is noted for whoever helps you, in {path}."
            ).format(path=where)
        print(f"care-planner: {text}", file=sys.stderr, flush=True)
        warn(window, text)

    return caught


def _fail(app: QApplication, message: str, *, quit_after_show: bool) -> int:
    """Say why the plan cannot be opened, on stderr and in a box; exit status 2."""
    from planner.ui.messages import error_box

    print(f"care-planner: error: {message}", file=sys.stderr, flush=True)
    box = error_box(message)
    box.finished.connect(app.quit)
    if quit_after_show:
        _quit_after_first_paint(app, box, announce=False)
    box.open()
    app.exec()
    return 2


def _quit_after_first_paint(app: QApplication, widget: QWidget, *, announce: bool) -> None:
    """Quit the event loop once ``widget`` has been painted, its first frame drawn whole
    (the widgets in it are drawn after its own paint event); it closes nothing."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                name = watched.objectName()

                def drawn() -> None:
                    if announce:
                        print(f"window shown: {name}", flush=True)
                    app.quit()

                QTimer.singleShot(0, drawn)  # after the rest of this frame
            return False

    widget.installEventFilter(FirstPaint(widget))
