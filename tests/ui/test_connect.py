"""File > Connect to a shared plan… and File > Open my local plan: the window goes to a
plan on the throwaway PostgreSQL server and back; the password goes to the keyring (a test
one), never to the settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.services import connections
from planner.services.connections import KEYRING_SERVICE, SharedPlan, SharedPlanLogin
from planner.services.plan import Plan
from planner.store.paths import default_database_path
from planner.ui import settings
from planner.ui.app import open_chosen
from planner.ui.dialogs.connect import ConnectDialog
from planner.ui.mainwindow import MainWindow
from planner.ui.plan_switch import PlanSwitch
from planner.ui.widgets.field_message import FieldMessage
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.postgres import PORT
from tests.helpers.shared_plans import PASSWORD

TRY_MS = 10_000
"""Enough for a try of the server and a new window, on a busy machine."""


@pytest.fixture
def switch(plan: Plan) -> Iterator[PlanSwitch]:
    """The window over a plan file, made anew for each plan it switches to."""

    def make_window(opened: Plan) -> MainWindow:
        return MainWindow(opened, ask_profile=False)

    switching = PlanSwitch(plan, make_window, open_chosen)
    switching.window.show()
    yield switching
    switching.finish()


def status_text(window: MainWindow) -> str:
    where = window.findChild(QLabel, "planLocation")
    assert where is not None
    return where.text()


def fill(dialog: ConnectDialog, shared: SharedPlan, password: str) -> None:
    dialog.server.setText(shared.host)
    dialog.port.setText(str(shared.port))
    dialog.database.setText(shared.database)
    dialog.login.setText(shared.login)
    dialog.password.setText(password)


def settings_file_bytes() -> bytes:
    stored = settings.settings()
    stored.sync()
    return Path(stored.fileName()).read_bytes()


def warnings_of(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_connecting_keeps_the_password_in_the_keyring_and_not_in_the_settings(
    switch: PlanSwitch, shared_plan: SharedPlan, memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    local = switch.window
    assert status_text(local).startswith("Plan: ")
    dialog = local.connect_shared_plan()
    fill(dialog, shared_plan, PASSWORD)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()

    with qtbot.wait_signal(switch.switched, timeout=TRY_MS):
        dialog.connect_button.click()

    window = switch.window
    assert window is not local
    assert connections.shared_plan_of(window.plan) == shared_plan
    assert status_text(window) == (
        f"Shared plan {shared_plan.database} on this computer as {window.plan.author}"
    )
    assert window.action_local.isEnabled()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, shared_plan.url): PASSWORD}
    written = settings_file_bytes()
    assert shared_plan.database.encode() in written  # the plan is remembered for next time
    assert PASSWORD.encode() not in written
    assert settings.settings().value(settings.SHARED_PLAN) == shared_plan.url


def test_open_my_local_plan_goes_back_and_forgets_the_shared_plan(
    switch: PlanSwitch, shared_plan: SharedPlan, qtbot: QtBot
) -> None:
    assert switch.switch(SharedPlanLogin(shared_plan, PASSWORD))
    assert settings.settings().value(settings.SHARED_PLAN) == shared_plan.url

    with qtbot.wait_signal(switch.switched, timeout=TRY_MS):
        switch.window.action_local.trigger()

    window = switch.window
    assert window.plan.file == default_database_path().resolve()
    assert status_text(window) == "Your plan on this computer"
    assert not window.action_local.isEnabled()
    assert settings.settings().value(settings.SHARED_PLAN) is None
    # File > Connect offers the shared plan last opened.
    dialog = window.connect_shared_plan()
    assert (dialog.server.text(), dialog.database.text(), dialog.login.text()) == (
        shared_plan.host,
        shared_plan.database,
        shared_plan.login,
    )
    dialog.reject()


def test_a_wrong_password_is_said_in_the_dialog_and_the_plan_stays(
    switch: PlanSwitch, shared_plan: SharedPlan, memory_keyring: MemoryKeyring, qtbot: QtBot
) -> None:
    window = switch.window
    dialog = window.connect_shared_plan()
    fill(dialog, shared_plan, "Peppermint-Tea-41")

    with qtbot.assert_not_emitted(switch.switched), qtbot.wait_signal(dialog.tried, timeout=TRY_MS):
        dialog.connect_button.click()

    assert dialog.isVisible()
    assert dialog.outcome.message().startswith("The server did not accept this password")
    assert switch.window is window
    assert memory_keyring.passwords == {}
    dialog.reject()


def test_test_connection_says_the_plan_is_ready(
    switch: PlanSwitch, shared_plan: SharedPlan, qtbot: QtBot
) -> None:
    dialog = switch.window.connect_shared_plan()
    fill(dialog, shared_plan, PASSWORD)

    with qtbot.wait_signal(dialog.tried, timeout=TRY_MS) as tried:
        job = dialog.test()
        assert job is not None and not dialog.test_button.isEnabled()  # while it tries

    assert tried.args == [None]
    assert dialog.outcome.message() == (
        f"The server let {shared_plan.login} in, and the plan is ready to open."
    )
    assert dialog.isVisible() and dialog.test_button.isEnabled()
    dialog.reject()


def test_a_plan_that_does_not_open_keeps_the_window_on_its_plan(
    switch: PlanSwitch, shared_plan: SharedPlan, tmp_path: Path
) -> None:
    window, plan = switch.window, switch.window.plan
    gone = SharedPlan(str(tmp_path), shared_plan.database, shared_plan.login, PORT)

    assert not switch.switch(SharedPlanLogin(gone, PASSWORD))

    assert switch.window is window and switch.plan is plan
    (said,) = warnings_of(window)
    assert said.startswith("The plan was not opened; the window stays on the plan it shows.")
    assert f"does not answer on port {PORT}" in said
    assert settings.settings().value(settings.SHARED_PLAN) is None


def test_bad_input_is_said_at_its_field(switch: PlanSwitch, qtbot: QtBot) -> None:
    dialog = switch.window.connect_shared_plan()
    dialog.port.setText("70000")

    assert dialog.test() is None  # nothing is tried

    def said(field: QWidget) -> str:
        message = FieldMessage.of(field)
        assert message is not None
        return message.message()

    assert said(dialog.server) == "Type the server's name or address."
    assert said(dialog.port) == "The port is a number from 1 to 65535 (usually 5432)."
    assert said(dialog.database) == "Type the name of the plan's database."
    assert said(dialog.login) == "Type your login on the server."
    assert dialog.focusWidget() is dialog.server  # the first field to put right
    dialog.server.setText("server.local")
    assert said(dialog.server) == ""  # the message goes as the field is edited
    for port in ("0", "port", "\N{FULLWIDTH DIGIT FIVE}432"):
        dialog.port.setText(port)
        assert dialog.shared_plan() is None
        assert said(dialog.port).startswith("The port is a number")
    dialog.reject()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_password_is_asked_each_time(
    switch: PlanSwitch, shared_plan: SharedPlan, qtbot: QtBot
) -> None:
    dialog = switch.window.connect_shared_plan()

    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.keyring_note.isVisibleTo(dialog)
    assert "asks for it each time" in dialog.keyring_note.text()
    fill(dialog, shared_plan, PASSWORD)
    with qtbot.wait_signal(switch.switched, timeout=TRY_MS):
        dialog.connect_button.click()
    assert connections.shared_plan_of(switch.window.plan) == shared_plan
    assert PASSWORD.encode() not in settings_file_bytes()
