"""On a shared plan the pages, the gaps, Who to call, the Activity panel and the reminders are
read off the window's thread: a slow server never freezes the window. A newer read wins over
an older one still on its way, and a read that fails leaves what is shown and says so. On a
plan file on this computer a refresh still shows the rows before it returns."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.services import activity_list, lists, rides
from planner.services import week as week_service
from planner.services.plan import SERVER_GONE, Plan, ServerGone
from planner.ui import reminders as reminder_clock
from planner.ui.labels import long_date
from planner.ui.reminders import ReminderBar, ReminderClock
from planner.ui.week.page import READ_AHEAD_AFTER_MS
from planner.ui.widgets.activity import ActivityPanel
from planner.ui.widgets.who_to_call import WhoToCall
from tests.conftest import TODAY
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan
from tests.ui.conftest import MakeWindow

HELD_AT_MOST_S = 20
"""A held read gives up after this long, so a failing test never hangs the run."""


class Gate:
    """Holds the calls of a service function until :meth:`open` (a slow server, on
    purpose); with ``first_only``, only the first call waits."""

    def __init__(self, original: Callable[..., Any], first_only: bool) -> None:
        self.entered = threading.Event()
        self.returned = threading.Event()
        self._opened = threading.Event()
        self._original = original
        self._first_only = first_only
        self._calls = 0
        self._lock = threading.Lock()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self._calls += 1
            held = self._calls == 1 or not self._first_only
        if not held:
            return self._original(*args, **kwargs)
        self.entered.set()
        self._opened.wait(HELD_AT_MOST_S)
        try:
            return self._original(*args, **kwargs)
        finally:
            self.returned.set()

    def open(self) -> None:
        self._opened.set()


Hold = Callable[..., Gate]


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    """A small shared plan (two helpers, an appointment with its ride legs, two tasks)."""
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 4))  # a held read must not keep the others waiting
    made = shared_plan(cluster)
    yield next(made)
    pool.waitForDone(HELD_AT_MOST_S * 1000)  # the reads still on their way end first
    pool.setMaxThreadCount(threads)
    next(made, None)  # closes the plans


@pytest.fixture
def hold(shared: SharedPlan, monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    """``hold(module, name)``: hold that service function's calls until the gate opens (all
    gates open when the test ends, before the plan closes)."""
    gates: list[Gate] = []

    def make(module: ModuleType, name: str, *, first_only: bool = False) -> Gate:
        gate = Gate(getattr(module, name), first_only)
        monkeypatch.setattr(module, name, gate)
        gates.append(gate)
        return gate

    yield make
    for gate in gates:
        gate.open()


def delivered(gate: Gate) -> None:
    """Let the outcome of the held read that ``gate`` let go reach the window's thread."""
    assert gate.returned.wait(5)
    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # the read's outcome is queued to the window's thread


def test_a_slow_read_leaves_the_window_live_and_its_rows_come_when_read(
    shared: SharedPlan, hold: Hold, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(shared.owner)
    qtbot.wait_until(lambda: not window.week_page.loader.loading)
    gate = hold(rides, "coming_legs")

    window.show_area(Area.RIDES)
    page = window.rides_page
    assert gate.entered.wait(5)
    assert page.loader.loading and page.model.rowCount() == 0
    # A ride asked for meanwhile (a gap's fix) is selected once the rows are there.
    assert page.select_record(shared.open_leg)

    # The window's thread goes on: a timer fires, the page says it is loading, and another
    # area opens and shows its rows.
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.wait_signal(timer.timeout, timeout=2000):
        timer.start(10)
    qtbot.wait_until(page.loading_note.isVisible)
    assert page.loading_note.text() == "Loading…"
    window.show_area(Area.HELPERS)
    helpers_page = window.pages[Area.HELPERS]
    qtbot.wait_until(lambda: not helpers_page.loader.loading)
    assert window.current_area() is Area.HELPERS
    window.show_area(Area.RIDES)
    assert page.loader.loading and page.model.rowCount() == 0

    gate.open()
    qtbot.wait_until(lambda: page.selected_row() is not None)
    selected = page.selected_row()
    assert selected is not None and selected.leg.id == shared.open_leg
    assert page.count.text() == "2 of 2 rides"
    assert not page.loading_note.isVisible()


def test_an_older_week_on_its_way_does_not_replace_a_newer_one(
    shared: SharedPlan, hold: Hold, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(shared.owner)
    page = window.week_page
    qtbot.wait_until(lambda: not page.loader.loading)
    assert page.week is not None and page.week.days[0].date == TODAY
    gate = hold(week_service, "coming_days", first_only=True)

    page.next_week()  # held: the server is slow
    assert gate.entered.wait(5)
    page.next_week()  # the week after it, read at once
    fortnight = TODAY + dt.timedelta(days=14)
    qtbot.wait_until(lambda: page.week is not None and page.week.days[0].date == fortnight)
    assert not page.loader.loading

    gate.open()
    delivered(gate)
    assert page.week.days[0].date == fortnight
    assert page.range_label.text().startswith(long_date(fortnight))


def test_a_read_that_fails_leaves_the_rows_and_says_so_in_the_status_bar(
    shared: SharedPlan, make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(shared.owner)
    window.show_area(Area.RIDES)
    page = window.rides_page
    qtbot.wait_until(lambda: page.model.rowCount() > 0)
    shown = page.model.rowCount()

    def gone(*_args: object) -> object:
        raise ServerGone(SERVER_GONE)

    monkeypatch.setattr(rides, "coming_legs", gone)
    page.refresh()

    qtbot.wait_until(lambda: "cannot be reached" in window.statusBar().currentMessage())
    assert page.model.rowCount() == shown
    assert not page.loader.loading and not page.loading_note.isVisible()
    box = window.findChild(QMessageBox)
    assert box is None or not box.isVisible()  # a note, not a dialog


def test_who_to_call_and_activity_read_off_the_window_s_thread(
    shared: SharedPlan, hold: Hold, qtbot: QtBot
) -> None:
    plan = shared.owner
    numbers = WhoToCall(plan)
    qtbot.addWidget(numbers)
    gate = hold(lists, "helpers")
    numbers.refresh()
    assert gate.entered.wait(5)
    qtbot.wait_until(lambda: numbers.text.placeholderText() == "Loading…")
    gate.open()
    qtbot.wait_until(lambda: "Ann Lee" in numbers.text.toPlainText())
    assert numbers.text.placeholderText() == ""

    panel = ActivityPanel(plan)
    qtbot.addWidget(panel)
    gate = hold(activity_list, "recent")
    panel.show()  # it reads what is new as soon as it is in sight
    qtbot.wait_until(gate.entered.is_set)
    qtbot.wait_until(lambda: panel.empty.text() == "Loading…")
    gate.open()
    qtbot.wait_until(lambda: panel.model.rowCount() > 0)
    assert panel.empty.isHidden()


def test_the_reminders_are_read_off_the_window_s_thread(
    shared: SharedPlan, hold: Hold, qtbot: QtBot
) -> None:
    bar = ReminderBar()
    qtbot.addWidget(bar)
    evening_before = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(18))
    clock = ReminderClock(shared.owner, bar, now=lambda: evening_before, parent=bar)
    gate = hold(reminder_clock, "reminders_due")

    assert clock.check() == []  # none yet: they are on their way
    assert gate.entered.wait(5)
    assert bar.current() is None
    gate.open()
    qtbot.wait_until(lambda: bar.current() is not None)
    assert any(r.title == "Tomorrow: Chemotherapy" for r in bar.waiting())
    assert clock.timer.isActive()  # and it looks again next minute


def test_on_a_plan_file_a_refresh_shows_the_rows_before_it_returns(
    demo_plan: Plan, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_plan)
    window.show_area(Area.RIDES)
    page = window.rides_page
    assert not page.loader.in_background
    assert page.model.rowCount() > 0

    monkeypatch.setattr(rides, "coming_legs", lambda *_: ([], {}, {}))
    page.refresh()
    assert page.model.rowCount() == 0 and not page.loader.loading
    window.week_page.next_week()  # the home page too: its next week is there at once
    week = window.week_page.week
    assert week is not None and week.days[0].date == TODAY + dt.timedelta(days=7)


def test_a_shared_plan_s_weeks_are_not_read_ahead_on_the_window_s_thread(
    shared: SharedPlan, make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading ahead happens on the window's thread: a server's slow answer must not hold
    the window while the person looks at a week."""
    asked: list[object] = []
    monkeypatch.setattr(week_service, "read_ahead", lambda *args: asked.append(args))
    window = make_window(shared.owner)
    page = window.week_page
    qtbot.wait_until(lambda: not page.loader.loading and page.week is not None)
    assert not page.reading_ahead
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.wait_signal(timer.timeout, timeout=2000):
        timer.start(4 * READ_AHEAD_AFTER_MS)
    assert asked == []
