"""A helper's window on a shared plan: what they may not change is greyed out with the
reason, they sign up for a ride in one step, and the server's refusal is said in plain
words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area, LegStatus
from planner.domain.team import HELPER_MAY, Role
from planner.services import rides
from planner.services.plan import Plan
from planner.ui.operations import Operations
from planner.ui.pages.appointments import AppointmentsPage
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.pages.rides import RidesPage
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


def page_on(kind: type[Page], plan: Plan, qtbot: QtBot) -> Page:
    operations = Operations(plan, QUndoStack())
    page = kind(PageContext(plan, operations))
    operations.setParent(page)
    qtbot.addWidget(page)
    page.refresh()
    return page


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

    assert said.args == [HELPER_MAY]


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
