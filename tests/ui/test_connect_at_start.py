"""At start, the window goes back to the shared plan it was last on: with the password kept
in the keyring (a test one), or asked for; a server that does not answer leaves the window
on the local plan, saying so."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from planner.services import connections
from planner.services.connections import KEYRING_SERVICE, SharedPlan, SharedPlanLogin
from planner.store.paths import default_database_path
from planner.ui.app import QUIT_AFTER_SHOW, run_window
from planner.ui.dialogs.connect import ConnectDialog
from planner.ui.mainwindow import MainWindow
from planner.ui.plan_switch import remember
from tests.helpers.cli import python_says
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.postgres import PORT
from tests.helpers.shared_plans import PASSWORD
from tests.ui.test_app import fresh_event_loop, quit_after_show  # noqa: F401


def when_the_window_shows() -> Callable[[], list[str]]:
    """What the window's status bar says once the event loop turns: which plan, and any
    note (read from the first main window found)."""
    seen: list[str] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(10, look)
            return
        where = windows[0].findChild(QLabel, "planLocation")
        assert where is not None
        seen.extend([where.text(), windows[0].statusBar().currentMessage()])

    QTimer.singleShot(0, look)
    return lambda: seen


@pytest.mark.usefixtures("quit_after_show")
def test_the_shared_plan_opens_again_with_the_kept_password(
    shared_plan: SharedPlan, memory_keyring: MemoryKeyring
) -> None:
    remember(SharedPlanLogin(shared_plan, PASSWORD))
    assert connections.remember_password(shared_plan, PASSWORD)
    seen = when_the_window_shows()

    assert run_window(None, demo=False) == 0

    (where, note) = seen()
    assert where.startswith(f"Shared plan {shared_plan.database} on this computer")
    assert note == ""
    assert not default_database_path().exists()  # the local plan was never opened


@pytest.mark.usefixtures("quit_after_show", "memory_keyring")
def test_a_shared_plan_that_does_not_open_leaves_the_window_on_the_local_plan(
    shared_plan: SharedPlan, tmp_path: Path
) -> None:
    gone = SharedPlan(str(tmp_path), shared_plan.database, shared_plan.login, PORT)
    remember(SharedPlanLogin(gone, PASSWORD))
    connections.remember_password(gone, PASSWORD)
    seen = when_the_window_shows()

    assert run_window(None, demo=False) == 0

    (where, note) = seen()
    assert where == "Your plan on this computer"
    assert note.startswith(
        f"The shared plan {gone.database} could not be opened, so this is your plan on "
        "this computer. The server"
    )
    assert default_database_path().exists()


@pytest.mark.usefixtures("quit_after_show")
def test_without_a_kept_password_it_is_asked_for(
    shared_plan: SharedPlan, memory_keyring: MemoryKeyring
) -> None:
    remember(SharedPlanLogin(shared_plan, PASSWORD))
    asked: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog)]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        (dialog,) = dialogs
        intro = dialog.findChild(QLabel, "connectIntro")
        assert intro is not None
        asked.append(intro.text())
        dialog.password.setText(PASSWORD)
        dialog.connect_button.click()

    QTimer.singleShot(0, answer)

    assert run_window(None, demo=False) == 0

    assert asked == [
        f"Care Planner was last on the shared plan {shared_plan.database}. Type the password "
        "to open it again, or Cancel for your plan on this computer."
    ]
    assert memory_keyring.passwords == {(KEYRING_SERVICE, shared_plan.url): PASSWORD}
    assert not default_database_path().exists()


def test_a_local_plan_starts_without_loading_the_keyring() -> None:
    code = (
        "import sys; from planner.ui.app import run_window; run_window(None, demo=False);"
        "print('keyring' in sys.modules)"
    )
    said = python_says(code, env=os.environ | {QUIT_AFTER_SHOW: "1"})
    assert said == ["window shown: mainWindow", "False"]
    assert default_database_path().exists()
