"""The Activity panel: who changed what, live from other windows (SQLite and PostgreSQL),
narrowed by person and area, each line opening its record, and what is new since the user
last looked."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from planner.domain.activity import AREA_OF, author_setting
from planner.domain.changes import Kind
from planner.domain.enums import Area, LegDirection, LegStatus
from planner.domain.model import Helper
from planner.services import activity_list, freezer, lists, retention, rides, settings
from planner.services.activity import day_text
from planner.services.helpers import add_helper
from planner.services.plan import Plan, open_plan
from planner.services.watch import last_seq
from planner.ui import settings as window_settings
from planner.ui.dialogs.preferences import PreferencesDialog
from planner.ui.freezer.page import FreezerPage
from planner.ui.mainwindow import MainWindow
from planner.ui.models.activity import NEW_ROLE, when_text
from planner.ui.rides.page import RidesPage
from planner.ui.widgets.activity import ActivityPanel
from tests.conftest import TODAY, TREATMENT
from tests.helpers.jobs import ended_job
from tests.ui.conftest import MakeWindow

SHOWN_WITHIN_MS = 2000
"""The bar: a change saved elsewhere is in the panel, with its author, within 2 s."""
TREATMENT_DAY = day_text(TREATMENT, TODAY.year)
CONFIRMED = f"Tom confirmed the ride home on {TREATMENT_DAY}"
TOOK = f"Tom took 2 portions of Chicken and rice soup for {TREATMENT_DAY}"


def summaries(panel: ActivityPanel) -> list[str]:
    return [entry.line.summary for entry in panel.model.entries()]


@pytest.fixture
def tom(demo_plan: Plan, plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Plan]:
    """The plan file opened by another computer user, Tom (a second window elsewhere)."""
    settings.change_setting(demo_plan, author_setting("tom"), "Tom")
    with monkeypatch.context() as as_tom:  # one process stands for two computer users
        as_tom.setenv("LOGNAME", "tom")
        opened = open_plan(f"sqlite:///{plan_path}")
        assert opened.author == "Tom"  # read (and kept) while the login is Tom's
    yield opened
    opened.close()


@pytest.fixture
def window(demo_plan: Plan, make_window: MakeWindow) -> MainWindow:
    return make_window(demo_plan)


def shown(window: MainWindow, qtbot: QtBot) -> ActivityPanel:
    panel = window.activity
    panel.show_panel()
    qtbot.wait_until(lambda: panel.model.rowCount() > 0)
    return panel


def toms_changes(tom: Plan) -> tuple[int, int]:
    """Tom confirms the ride home after the treatment and takes out two portions of soup;
    returns the leg's and the batch's ids."""
    legs, appointments, _ = lists.legs(tom, TODAY)
    (leg,) = [
        leg.id
        for leg in legs
        if leg.direction is LegDirection.BACK
        and appointments[leg.appointment_id].start.date() == TREATMENT
    ]
    (soup,) = [m.id for m in lists.meals(tom) if m.name == "Chicken and rice soup"]
    assert leg is not None and soup is not None
    rides.set_leg_status(tom, leg, LegStatus.CONFIRMED)
    freezer.take_out(tom, soup, 2, TREATMENT)
    return leg, soup


def test_a_change_saved_in_another_window_shows_with_its_author(
    window: MainWindow, tom: Plan, qtbot: QtBot
) -> None:
    panel = shown(window, qtbot)
    assert TOOK not in summaries(panel)

    toms_changes(tom)

    qtbot.wait_until(lambda: summaries(panel)[:2] == [TOOK, CONFIRMED], timeout=SHOWN_WITHIN_MS)
    first = panel.model.index(0, 0)
    assert first.data(NEW_ROLE) is True
    assert first.data().startswith("New · Today 10:00\n")
    font = first.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"New. Today 10:00: {TOOK}"


@pytest.fixture
def shared_plans(pg_url: str) -> Iterator[tuple[Plan, Plan]]:
    """One shared plan opened twice (two windows, two computers). Asked for before the
    windows, it closes after them, once the work they started off their thread is done."""
    plans = (open_plan(pg_url), open_plan(pg_url))
    yield plans
    QThreadPool.globalInstance().waitForDone(10_000)
    for plan in plans:
        plan.close()


def test_a_change_on_a_shared_plan_shows_with_its_author(
    shared_plans: tuple[Plan, Plan], make_window: MakeWindow, qtbot: QtBot
) -> None:
    mine, other = shared_plans
    window = make_window(mine)
    panel = window.activity
    panel.show_panel()
    qtbot.wait_until(lambda: panel.empty.isVisible() or panel.model.rowCount() > 0)

    add_helper(other, Helper("Tom Becker", phone="0123 456"))

    said = f"{other.author} added the helper Tom Becker"
    qtbot.wait_until(lambda: said in summaries(panel), timeout=SHOWN_WITHIN_MS)
    window.close()


def test_the_list_narrows_to_a_person_and_an_area(
    window: MainWindow, tom: Plan, qtbot: QtBot
) -> None:
    toms_changes(tom)
    panel = shown(window, qtbot)
    assert summaries(panel)[:2] == [TOOK, CONFIRMED]
    people = [panel.person.itemText(n) for n in range(panel.person.count())]
    assert people[0] == "Everyone" and {"Tom", window.plan.author} <= set(people)

    panel.person.setCurrentIndex(panel.person.findData("Tom"))
    qtbot.wait_until(lambda: summaries(panel) == [TOOK, CONFIRMED])
    panel.area.setCurrentIndex(panel.area.findData(Area.RIDES.value))
    qtbot.wait_until(lambda: summaries(panel) == [CONFIRMED])
    panel.area.setCurrentIndex(panel.area.findData(Area.SUPPORT.value))
    qtbot.wait_until(lambda: panel.model.rowCount() == 0)
    assert panel.empty.isVisible() and not panel.view.isVisible()
    assert "No recent changes match" in panel.empty.text()

    panel.person.setCurrentIndex(0)  # everyone's, in Support
    qtbot.wait_until(lambda: panel.model.rowCount() > 0)
    assert {entry.area for entry in panel.model.entries()} == {Area.SUPPORT}


def test_enter_opens_a_lines_record_in_its_area(
    window: MainWindow, tom: Plan, qtbot: QtBot
) -> None:
    leg, soup = toms_changes(tom)
    panel = shown(window, qtbot)

    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)

    assert window.current_area() is Area.FREEZER
    assert cast(FreezerPage, window.pages[Area.FREEZER]).table.selected_id() == soup

    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Enter)

    assert window.current_area() is Area.RIDES
    assert cast(RidesPage, window.pages[Area.RIDES]).table.selected_id() == leg


def test_a_removed_record_or_a_setting_opens_what_is_left(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(Kind.HELPER, 9999)
    assert window.current_area() is Area.HELPERS
    assert "not in the list" in window.statusBar().currentMessage()

    window.open_record(Kind.SETTING, "helpers.most_in_seven_days")
    preferences = window.findChild(PreferencesDialog)
    assert preferences is not None and preferences.isVisible()
    preferences.reject()


def test_what_came_since_the_last_look_is_counted_then_marked(
    window: MainWindow, tom: Plan, qtbot: QtBot
) -> None:
    panel = shown(window, qtbot)
    panel.hide()
    assert window.action_activity.text() == "&Activity"

    toms_changes(tom)

    qtbot.wait_until(lambda: panel.new_count == 2, timeout=SHOWN_WITHIN_MS)
    assert window.action_activity.text() == "&Activity (2 new)"
    assert panel.windowTitle() == "Activity (2 new)"

    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)  # View > Activity

    qtbot.wait_until(lambda: summaries(panel)[:2] == [TOOK, CONFIRMED])
    assert panel.isVisible() and panel.view.hasFocus()
    assert panel.model.new_count() == 2  # bold and "New" while in sight
    assert (panel.new_count, window.action_activity.text()) == (0, "&Activity")
    key = window_settings.plan_key(window_settings.ACTIVITY_SEEN, window.plan.location)
    assert int(window_settings.settings().value(key)) == last_seq(window.plan)

    panel.hide()
    panel.show_panel()  # looked at already: nothing new any more
    qtbot.wait_until(lambda: panel.model.rowCount() > 0 and panel.model.new_count() == 0)


def test_what_one_did_oneself_is_no_news(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.activity
    qtbot.wait_until(lambda: not panel.isVisible())
    assert window.operations.add_question("Can I drive after the infusion?") is not None

    assert panel.new_count == 0
    panel.show_panel()
    qtbot.wait_until(lambda: any("Can I drive" in said for said in summaries(panel)[:1]))
    assert panel.model.new_count() == 0


def test_the_count_after_start_reads_the_changes_since_the_last_look(
    demo_plan: Plan,
    tom: Plan,
    make_window: MakeWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    toms_changes(tom)  # while no window was open
    window = make_window(demo_plan)
    assert window.activity.new_count == 0  # not counted before the window first paints

    counted_on: list[bool] = []
    news = activity_list.news

    def noted(plan: Plan, after: int, me: str) -> int:
        counted_on.append(threading.current_thread() is threading.main_thread())
        return news(plan, after, me)

    monkeypatch.setattr(activity_list, "news", noted)
    window.activity.count_news()  # a moment after start

    # Tom's two: what one did oneself is no news. Counted off the window's thread.
    qtbot.wait_until(lambda: window.activity.new_count == 2)
    assert window.action_activity.text() == "&Activity (2 new)"
    assert counted_on == [False]


def test_every_area_page_refreshes_for_the_kinds_the_list_opens_there(
    window: MainWindow,
) -> None:
    # Listed by no page: an import's note (told with its appointment), and, until their
    # page comes, the medicines, doses and readings (they open the Journal meanwhile).
    unlisted = {Kind.CALENDAR_LINK, Kind.MEDICINE, Kind.DOSE, Kind.READING}
    for kind, area in AREA_OF.items():
        if kind not in unlisted:
            assert kind in window.pages[area].shows, (kind, area)


def test_times_read_as_today_yesterday_or_a_date() -> None:
    assert when_text(dt.datetime(2026, 3, 11, 10, 2), TODAY) == "Today 10:02"
    assert when_text(dt.datetime(2026, 3, 10, 18, 30), TODAY) == "Yesterday 18:30"
    assert when_text(dt.datetime(2026, 12, 7, 9, 15), dt.date(2026, 12, 9)) == "Mon 7 Dec 09:15"
    assert when_text(dt.datetime(2025, 12, 7, 9, 15), TODAY) == "Sun 7 Dec 2025 09:15"


def test_the_name_in_the_activity_list_is_set_in_preferences(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.open_preferences()
    field = dialog.findChild(QLineEdit, "preferenceAuthorName")
    assert field is not None and field.text() == window.plan.author
    field.setText("Ana\nRuiz")
    assert not dialog.ok.isEnabled()
    field.setText("Ana Ruiz")
    assert dialog.ok.isEnabled()

    dialog.accept()

    assert window.plan.author == "Ana Ruiz"
    assert window.operations.add_question("Is fatigue normal?") is not None
    assert activity_list.recent(window.plan, last=1)[0].line.who == "Ana Ruiz"


def test_a_shared_plan_has_no_name_row(
    shared_plans: tuple[Plan, Plan], make_window: MakeWindow
) -> None:
    window = make_window(shared_plans[0])
    dialog = window.open_preferences()
    assert dialog.findChild(QLineEdit, "preferenceAuthorName") is None  # the login's name
    assert dialog.findChild(QLineEdit, "preferenceKeepDays") is not None
    dialog.reject()
    window.close()


def test_old_changes_go_a_moment_after_start(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.operations.add_question("Still undoable?") is not None
    assert window.operations.add_question("And this one?") is not None
    # Everything is old a day from now (and the window's start waits two seconds).
    monkeypatch.setattr(retention, "cutoff", lambda plan: plan.clock.now() + dt.timedelta(1))
    (pruned,) = ended_job(qtbot, monkeypatch, window.prune_changes).found
    assert isinstance(pruned, int) and pruned > 0
    window.action_undo.trigger()  # undo needs only what it kept
    window.action_undo.trigger()
    assert all(q.text != "Still undoable?" for q in lists.questions(window.plan))


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_panel_s_filters_and_list_are_made_as_it_is_first_shown(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    """Hidden at start (most often for the whole run), the panel makes its list when it is
    first shown: the list is there, filled, in the panel's first frame."""
    from PySide6.QtWidgets import QTableView

    window = make_window(demo_plan)
    panel = window.activity
    assert panel.findChild(QTableView, "activityList") is None
    window.action_activity.trigger()
    made = panel.findChild(QTableView, "activityList")
    assert made is not None and made.isVisible()
    qtbot.wait_until(lambda: panel.model.rowCount() > 0)
    assert made is panel.view
