"""The window on a shared plan whose server goes away mid-edit: a bar says so, the step
waits with the window live, and it is saved exactly once when the server is back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.domain.model import Helper
from planner.services import helpers
from planner.services.changes import Changes
from planner.services.plan import SERVER_GONE, Plan, ServerGone, open_plan
from planner.ui.helpers.helper_dialog import HelperDialog
from planner.ui.helpers.page import HelpersPage
from planner.ui.mainwindow import MainWindow
from tests.helpers.postgres import Cluster
from tests.ui.conftest import MakeWindow


@pytest.fixture
def shared(pg_url: str) -> Iterator[Plan]:
    plan = open_plan(pg_url)
    yield plan
    QThreadPool.globalInstance().waitForDone(20_000)  # the window's reads end first
    plan.close()


@pytest.fixture
def server(cluster: Cluster) -> Iterator[Cluster]:
    yield cluster
    if not (cluster.data / "postmaster.pid").exists():
        cluster.start_server()


def names(plan: Plan) -> list[str]:
    with plan.unit_of_work() as work:
        return sorted(h.name for h in work.store.helpers())


def add(plan: Plan, name: str) -> object:
    return lambda: helpers.add_helper(plan, Helper(name, phone="0123 456789"))


def test_a_save_while_the_server_is_away_waits_and_is_saved_once(
    shared: Plan, server: Cluster, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(shared)
    seen: list[str] = []

    def gone(text: str) -> None:
        seen.append(text)
        assert window.server_bar.isVisible()
        server.start_server()  # the server comes back while the step waits

    window.operations.server_gone.connect(gone)
    server.stop()
    with qtbot.wait_signal(window.operations.server_back, timeout=20_000):
        saved = window.operations.record("Add Tom", add(shared, "Tom"))  # type: ignore[arg-type]
    assert seen == [str(SERVER_GONE)]
    assert saved is not None and saved.name == "Tom"
    assert not window.server_bar.isVisible()
    assert names(shared) == ["Tom"]
    assert window.undo_stack.count() == 1


def test_a_step_saved_as_the_line_broke_is_not_saved_again(
    shared: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(shared)
    calls: list[int] = []

    def save_then_lose_the_line() -> tuple[Helper, Changes]:
        calls.append(1)
        result = helpers.add_helper(shared, Helper("Tom", phone="0123 456789"))
        if len(calls) == 1:
            raise ServerGone(SERVER_GONE)  # committed, but the answer never came
        return result

    with qtbot.wait_signal(window.operations.server_back, timeout=20_000):
        outcome = window.operations.attempt_recorded("Add Tom", save_then_lose_the_line)
    assert calls == [1]  # not run a second time
    assert getattr(outcome, "saved", False)
    assert names(shared) == ["Tom"]
    assert window.undo_stack.count() == 1  # and it can be taken back
    window.undo_stack.undo()
    assert names(shared) == []


def test_stop_waiting_saves_nothing_and_says_why(
    shared: Plan, server: Cluster, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(shared)
    window.operations.server_gone.connect(lambda _text: window.operations.stop_waiting())
    server.stop()
    with qtbot.wait_signal(window.operations.failed) as failed:
        saved = window.operations.record("Add Tom", add(shared, "Tom"))  # type: ignore[arg-type]
    assert saved is None
    assert failed.args == [str(SERVER_GONE)]
    server.start_server()
    assert names(shared) == []


def test_a_form_saved_while_the_server_is_away_keeps_its_values_and_saves_once(
    shared: Plan, server: Cluster, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window: MainWindow = make_window(shared)
    window.show_area(Area.HELPERS)
    page = cast(HelpersPage, window.pages[Area.HELPERS])
    dialog = cast(HelperDialog, page._open_helper(Helper("")))
    qtbot.keyClicks(dialog.name, "Tom Becker")
    qtbot.keyClicks(dialog.phone, "0123 456789")
    seen: list[str] = []

    def gone(_text: str) -> None:
        seen.append(dialog.name.text())  # what was typed is still there, the form open
        assert dialog.isVisible()
        server.start_server()

    window.operations.server_gone.connect(gone)
    server.stop()  # mid-edit
    with qtbot.wait_signal(dialog.finished, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert seen == ["Tom Becker"]
    assert names(shared) == ["Tom Becker"]
