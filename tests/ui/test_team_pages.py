"""A helper's window on a shared plan: what they may not change is greyed out with the
reason, they sign up for a ride or a task in one step, and the server's refusal is said in
plain words; an organiser's window has everything."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, LegStatus, TaskStatus
from planner.domain.model import Helper, HelpTask
from planner.domain.team import HELPER_MAY, Role
from planner.services import helpers, rides
from planner.services.plan import Plan
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.freezer.page import FreezerPage
from planner.ui.helpers.helper_dialog import HelperDialog
from planner.ui.helpers.page import HelpersPage
from planner.ui.journal.page import JournalPage
from planner.ui.operations import Operations
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.rides.page import RidesPage
from planner.ui.support.page import SupportPage
from planner.ui.week.page import WeekPage
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan
from tests.ui.conftest import MakeWindow


@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


@pytest.fixture
def bea(shared: SharedPlan) -> Plan:
    return shared.open_as(shared.add("Bea Diaz", Role.HELPER))


Page = TypeVar("Page", bound=AreaPage)
ORGANISERS_ONLY = "Only the plan's organisers can change this."


def page_on(kind: type[Page], plan: Plan, qtbot: QtBot) -> Page:
    operations = Operations(plan, QUndoStack())
    page = kind(PageContext(plan, operations))
    operations.setParent(page)
    qtbot.addWidget(page)
    shown(page, qtbot)
    return page


def shown(page: AreaPage, qtbot: QtBot) -> None:
    """Read the page again and wait until it shows it (a shared plan reads off the window's
    thread)."""
    page.refresh()
    qtbot.wait_until(lambda: not page.loader.loading)


def test_a_helper_changes_only_their_rides_and_signs_up_for_an_open_one(
    shared: SharedPlan, bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(RidesPage, bea, qtbot)
    assert page.claim is not None

    page.select_record(shared.ann_leg)
    assert not page.assign.isEnabled() and not page.claim.isEnabled()
    assert "given to someone else" in page.assign.toolTip()

    page.select_record(shared.open_leg)
    assert page.assign.isEnabled() and page.claim.isEnabled()
    assert "given to someone else" not in page.assign.toolTip()
    page.claim.trigger()

    details = rides.leg_details(shared.owner, shared.open_leg)
    assert (details.leg.driver_id, details.leg.status) == (shared.bea, LegStatus.CONFIRMED)


def test_a_refusal_by_the_server_is_said_in_plain_words(
    shared: SharedPlan, bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(RidesPage, bea, qtbot)
    page.select_record(shared.ann_leg)

    with qtbot.waitSignal(page.context.operations.failed) as said:
        page.set_status(LegStatus.CANCELLED)  # as if the greyed-out action had run

    assert said.args == [str(HELPER_MAY)]


def test_appointments_are_for_a_helper_to_read(bea: Plan, qtbot: QtBot) -> None:
    page = page_on(AppointmentsPage, bea, qtbot)
    page.table.selectRow(0)
    assert page.selected() is not None

    for action in (page.add_action, page.edit_action, page.delete_action, page.course_action):
        assert not action.isEnabled()
        assert "Only the plan's organisers can change this." in action.toolTip()
    assert page.packet_action.isEnabled()  # reading is for everyone


def test_the_owner_s_window_has_everything(shared: SharedPlan, qtbot: QtBot) -> None:
    page = page_on(RidesPage, shared.owner, qtbot)
    page.select_record(shared.ann_leg)

    assert page.claim is None  # the owner is no helper of the plan
    assert page.assign.isEnabled()


def test_a_helper_s_window_opens_without_a_refusal(
    bea: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    refusals: list[str] = []
    window = make_window(bea)
    window.operations.failed.connect(refusals.append)
    for area in Area:
        window.show_area(area)

    assert refusals == []
    box = window.findChild(QMessageBox, "messageBox")  # nor one while it was made
    assert box is None or not box.isVisible()
    # The menus' changes are the organisers'; exporting and backing up are everyone's.
    for name in ("actionPlanCourseMenu", "actionImportCalendar"):
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled(), name
        assert ORGANISERS_ONLY in action.toolTip()
    for name in ("actionExportCalendar", "actionBackUp"):
        action = window.findChild(QAction, name)
        assert action is not None and action.isEnabled(), name


def task(plan: Plan, task_id: int) -> tuple[int | None, TaskStatus]:
    found = helpers.read(plan, HelpTask, task_id)
    return found.helper_id, found.status


def test_a_helper_takes_an_open_task_in_one_step_and_undo_gives_it_back(
    shared: SharedPlan, bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(HelpersPage, bea, qtbot)
    assert page.take_action is not None
    page.select_record(shared.open_task)
    assert page.take_action.isEnabled() and page.edit_action.isEnabled()
    assert not page.claim_action.isEnabled()  # "Mark claimed" would leave it nobody's
    assert "I'll do this" in page.claim_action.toolTip()
    assert not page.delete_action.isEnabled() and not page.add_action.isEnabled()
    assert ORGANISERS_ONLY in page.delete_action.toolTip()

    page.take_action.trigger()

    assert task(shared.owner, shared.open_task) == (shared.bea, TaskStatus.CLAIMED)
    shown(page, qtbot)
    page.select_record(shared.open_task)
    assert page.done_action.isEnabled() and not page.take_action.isEnabled()
    page.context.operations.undo_stack.undo()
    assert task(shared.owner, shared.open_task) == (None, TaskStatus.OPEN)


def test_a_helper_leaves_someone_else_s_task_and_contacts_alone(
    shared: SharedPlan, bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(HelpersPage, bea, qtbot)
    assert page.take_action is not None
    page.select_record(shared.ann_task)
    for action in (page.edit_action, page.claim_action, page.done_action, page.take_action):
        assert not action.isEnabled(), action.objectName()
    assert "given to someone else" in page.done_action.toolTip()
    assert ORGANISERS_ONLY in page.fill_action.toolTip() and not page.fill_action.isEnabled()

    page.tabs.setCurrentWidget(page.contacts_tab)
    assert not page.add_action.isEnabled() and ORGANISERS_ONLY in page.add_action.toolTip()
    assert page.export_action.isEnabled() and not page.import_action.isEnabled()


def test_a_helper_edits_their_own_helper_record_only(
    shared: SharedPlan, bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(HelpersPage, bea, qtbot)
    page.tabs.setCurrentWidget(page.helpers_tab)
    page.helpers_tab.table.select_id(shared.ann)
    assert not page.edit_action.isEnabled()
    assert "Only this helper and the plan's organisers" in page.edit_action.toolTip()
    assert not page.add_action.isEnabled() and not page.delete_action.isEnabled()

    page.helpers_tab.table.select_id(shared.bea)
    assert page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    dialog = page.edit()
    assert isinstance(dialog, HelperDialog)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+44 7700 900333")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()

    assert helpers.read(shared.owner, Helper, shared.bea).phone == "+44 7700 900333"


@pytest.mark.parametrize("kind", [FreezerPage, JournalPage, SupportPage])
def test_freezer_journal_and_support_are_for_a_helper_to_read(
    kind: type[AreaPage], bea: Plan, qtbot: QtBot
) -> None:
    page = page_on(kind, bea, qtbot)

    edits = page.edits.actions()
    assert edits and not page.edits.isEnabled()
    for action in edits:
        assert not action.isEnabled(), action.objectName()
        assert ORGANISERS_ONLY in action.toolTip(), action.objectName()
    if isinstance(page, FreezerPage):  # reading, printing and exporting are everyone's
        assert page.export_action.isEnabled() and page.cook_action.isEnabled()
        assert not page.settings.isEnabled()
    if isinstance(page, JournalPage):
        assert page.packet_action.isEnabled()
        assert not page.entry.isEnabled()  # the quick form


def test_a_helper_sees_which_fixes_of_the_coming_days_are_theirs(bea: Plan, qtbot: QtBot) -> None:
    page = page_on(WeekPage, bea, qtbot)
    panel = page.gaps
    fixes = {
        str(panel.model.gap(row).fix.action): panel.fix_button(row)
        for row in range(panel.model.rowCount())
    }

    assert fixes["Find a driver"].isEnabled()  # a ride to claim
    details = fixes["Add the patient's details"]  # the organisers' part of the plan
    assert not details.isEnabled() and ORGANISERS_ONLY in details.toolTip()


def test_an_organiser_s_window_has_everything(shared: SharedPlan, qtbot: QtBot) -> None:
    sam = shared.open_as(shared.add("Sam Keller", Role.ORGANISER))
    people = page_on(HelpersPage, sam, qtbot)
    assert people.take_action is None  # an organiser marks tasks claimed for others
    people.select_record(shared.ann_task)
    for action in (people.edit_action, people.delete_action, people.claim_action):
        assert action.isEnabled(), action.objectName()
    assert ORGANISERS_ONLY not in people.edit_action.toolTip()

    for kind in (FreezerPage, JournalPage, SupportPage):
        page = page_on(kind, sam, qtbot)
        assert page.edits.isEnabled()
        assert all(ORGANISERS_ONLY not in a.toolTip() for a in page.edits.actions())
    week = page_on(WeekPage, sam, qtbot)
    gaps = week.gaps
    assert gaps.model.rowCount() > 0
    assert all(gaps.fix_button(row).isEnabled() for row in range(gaps.model.rowCount()))
