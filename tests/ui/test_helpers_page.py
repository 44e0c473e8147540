"""The Helpers page: helpers, tasks and contacts through their forms, undo, Fill the hard
days, the fair share, and a vCard file through its preview."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, Area, Capability, TaskCategory, TaskStatus
from planner.domain.model import Appointment, Availability, Helper, HelpTask
from planner.services import helpers, lists, tasks
from planner.services.plan import Plan
from planner.ui.helpers.contact_dialog import ContactDialog
from planner.ui.helpers.helper_dialog import HelperDialog
from planner.ui.helpers.page import HelpersPage
from planner.ui.helpers.task_dialog import TaskDialog
from planner.ui.helpers.tasks_proposal import ProposalDialog
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CARDS = Path(__file__).parents[1] / "interop" / "cards"


def page_of(window: MainWindow) -> HelpersPage:
    window.show_area(Area.HELPERS)
    return cast(HelpersPage, window.pages[Area.HELPERS])


def warning_text(window: MainWindow) -> str:
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    text = box.text()
    box.accept()
    return text


def test_a_helper_is_added_by_keyboard_shown_tidy_and_undone(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.helpers_tab)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    (dialog,) = [d for d in window.findChildren(HelperDialog) if d.isVisible()]
    dialog.name.insert("Zoë Ødegård")  # QTest types ASCII only
    qtbot.keyClicks(dialog.phone, "0047 (0)912-34-567")
    assert dialog.findChild(object, "helperPhoneHint").text() == "Saved as +47 912 34 567"
    dialog.capabilities[Capability.DRIVE].setChecked(True)
    dialog.availability.add({4}, dt.time(9), dt.time(12))
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    (zoe,) = [h for h in lists.helpers(demo_plan) if h.name == "Zoë Ødegård"]
    assert zoe.phone == "+47 912 34 567"
    assert zoe.availability == (Availability(4, dt.time(9), dt.time(12)),)
    assert page.helpers_tab.table.selected_id() == zoe.id
    window.action_undo.trigger()
    assert not [h for h in lists.helpers(demo_plan) if h.name == "Zoë Ødegård"]
    window.action_redo.trigger()
    assert [h.id for h in lists.helpers(demo_plan) if h.name == "Zoë Ødegård"] == [zoe.id]


def test_a_helper_nobody_can_reach_keeps_the_form_open_and_changes_nothing(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    before = lists.helpers(demo_plan)
    dialog = cast(HelperDialog, page._open_helper(Helper("")))
    qtbot.keyClicks(dialog.name, "Nobody")
    qtbot.keyClicks(dialog.email, "not an address")
    assert "is not an email address" in dialog.findChild(object, "helperEmailHint").text()
    dialog.accept()
    assert "is not an email address" in warning_text(window)
    assert dialog.isVisible()
    dialog.email.clear()
    dialog.accept()
    assert "phone number or an email address" in warning_text(window)
    assert lists.helpers(demo_plan) == before
    dialog.reject()


def test_removing_a_helper_asks_and_undo_brings_back_their_task(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.helpers_tab)
    (lena,) = [h for h in lists.helpers(demo_plan) if h.name == "Lena Hoff"]
    page.helpers_tab.table.select_id(lena.id)
    box = page.delete()
    assert box is not None
    confirm = box.findChild(object, "confirmDeleteButton")
    with qtbot.waitSignal(box.finished):
        confirm.click()
    assert lena.id not in {h.id for h in lists.helpers(demo_plan)}
    window.action_undo.trigger()
    dinner = next(
        t
        for t in tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
        if t.title == "Bring dinner"
    )
    assert dinner.helper_id == lena.id


def remove_by_page(window: MainWindow, qtbot: QtBot, helper: Helper) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.helpers_tab)
    page.helpers_tab.table.select_id(helper.id)
    box = page.delete()
    assert box is not None
    with qtbot.waitSignal(box.finished):
        box.findChild(object, "confirmDeleteButton").click()


@pytest.mark.parametrize(
    ("name", "role"), [("Sam Keller", "driver_id"), ("Tom Becker", "backup_driver_id")]
)
def test_undoing_a_helpers_removal_gives_their_rides_back_to_them(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, name: str, role: str
) -> None:
    (helper,) = [h for h in lists.helpers(demo_plan) if h.name == name]
    legs, _, _ = lists.legs(demo_plan, since=TODAY - dt.timedelta(days=60))
    theirs = {leg.id for leg in legs if getattr(leg, role) == helper.id}
    assert theirs

    remove_by_page(window, qtbot, helper)
    legs, _, _ = lists.legs(demo_plan, since=TODAY - dt.timedelta(days=60))
    assert not {leg.id for leg in legs if getattr(leg, role) == helper.id}
    assert window.action_undo.text() == f"&Undo Remove {name}"
    window.action_undo.trigger()

    assert helper.id in {h.id for h in lists.helpers(demo_plan)}
    legs, _, _ = lists.legs(demo_plan, since=TODAY - dt.timedelta(days=60))
    assert {leg.id for leg in legs if getattr(leg, role) == helper.id} == theirs
    window.action_redo.trigger()
    assert helper.id not in {h.id for h in lists.helpers(demo_plan)}


def test_an_undo_over_someone_elses_change_is_refused_and_the_step_dropped(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    """Lena is removed here; another caregiver gives her dinner to Sam before the Undo."""
    helpers_by_name = {h.name: h for h in lists.helpers(demo_plan)}
    remove_by_page(window, qtbot, helpers_by_name["Lena Hoff"])
    (dinner,) = [
        t
        for t in tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
        if t.title == "Bring dinner"
    ]
    assert dinner.helper_id is None
    sam = helpers_by_name["Sam Keller"].id
    tasks.update_task(demo_plan, dataclasses.replace(dinner, helper_id=sam))
    assert window.undo_stack.count() == 1

    window.action_undo.trigger()

    assert "Someone else changed" in warning_text(window)
    assert window.undo_stack.count() == 0
    assert "Lena Hoff" not in {h.name for h in lists.helpers(demo_plan)}
    (kept,) = [
        t
        for t in tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
        if t.title == "Bring dinner"
    ]
    assert kept.helper_id == sam


def test_a_task_is_claimed_then_done_by_shortcut_and_undone(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    added, _ = tasks.add_task(
        demo_plan,
        HelpTask(
            TaskCategory.CLEANING,
            "Hoovering",
            dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(10)),
            dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(11)),
        ),
    )
    page.refresh()
    assert page.select_record(added.id)
    assert page.tabs.currentWidget() is page.tasks_tab
    assert page.claim_action.isEnabled()
    page.claim_action.trigger()
    page.done_action.trigger()
    status = {
        t.id: t.status for t in tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
    }
    assert status[added.id] is TaskStatus.DONE
    model = page.tasks_tab.model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    row = model.row_of(added.id)
    assert row is not None
    assert model.index(row, headers.index("Status")).data() == "\N{HEAVY CHECK MARK} Done"
    # The demo's chemotherapy today makes Friday a hard day.
    assert model.index(row, headers.index("For")).data().startswith("hard day after")
    window.action_undo.trigger()
    window.action_undo.trigger()
    status = {
        t.id: t.status for t in tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
    }
    assert status[added.id] is TaskStatus.OPEN


def test_the_task_form_marks_who_is_not_free_and_refuses_an_end_before_the_start(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.tasks_tab)
    dialog = cast(TaskDialog, page.add())
    texts = [dialog.helper.itemText(n) for n in range(dialog.helper.count())]
    # Tomorrow 10:00: Tom and Lena are evening people.
    assert "Tom Becker (not usually free then)" in texts
    assert any(t.startswith("Sam Keller") and "not usually" not in t for t in texts)
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    # Said under Until at once, not only after Save.
    assert "ends before it starts" in dialog.end_message.text()
    qtbot.keyClicks(dialog.title, "Post")
    before = tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7))
    dialog.accept()
    assert dialog.isVisible() and "ends before it starts" in dialog.end_message.text()
    assert tasks.tasks_between(demo_plan, TODAY, TODAY + dt.timedelta(days=7)) == before
    dialog.reject()


def test_fill_the_hard_days_adds_the_ticked_tasks_in_one_undoable_step(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    helpers.add_helper(
        plan,
        Helper("Cora", phone="112", capabilities=frozenset({Capability.COOK, Capability.ERRANDS})),
    )
    with plan.unit_of_work() as work:
        work.store.add(
            Appointment(
                AppointmentKind.CHEMOTHERAPY,
                "Chemo",
                dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(9)),
            )
        )
        work.commit()
    window = make_window(plan)
    page = page_of(window)
    dialog = page.fill_hard_days()
    assert isinstance(dialog, ProposalDialog)
    count = dialog.list.count()
    assert count == 4  # three meals and one errand run
    assert "suggested: Cora" in dialog.list.item(0).text()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    window_range = (TODAY, TODAY + dt.timedelta(days=13))
    assert len(tasks.tasks_between(plan, *window_range)) == count - 1
    assert page.tabs.currentWidget() is page.tasks_tab
    window.action_undo.trigger()
    assert tasks.tasks_between(plan, *window_range) == []
    window.action_redo.trigger()
    assert len(tasks.tasks_between(plan, *window_range)) == count - 1


def test_a_vcard_file_is_previewed_and_only_the_good_cards_arrive(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.ask_open_vcard = lambda parent: CARDS / "broken.vcf"
    dialog = page.import_vcard()
    assert dialog is not None
    assert dialog.model.rowCount() == 7
    assert "Card 5 (Broken Photo) has a broken photo" in dialog.problems.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text() == "&Import 1 cards"
    before = len(lists.helpers(demo_plan))
    with qtbot.waitSignal(dialog.finished):
        ok.click()
    assert len(lists.helpers(demo_plan)) == before + 1
    assert "Added 1 and updated 0" in window.statusBar().currentMessage()
    window.action_undo.trigger()  # the whole import is one step
    assert len(lists.helpers(demo_plan)) == before
    window.action_redo.trigger()
    assert "Jürgen Müller" in {h.name for h in lists.helpers(demo_plan)}


def test_vcard_export_writes_every_helper_and_contact(
    window: MainWindow, demo_plan: Plan, tmp_path: Path
) -> None:
    page = page_of(window)
    target = tmp_path / "team.vcf"
    people = len(lists.helpers(demo_plan)) + len(lists.contacts(demo_plan))
    for version in ("3.0", "4.0"):
        page.ask_save_vcard = lambda parent, v=version: (target, v)  # type: ignore[misc]
        assert page.export_vcard() == target
        text = target.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == text.count(f"VERSION:{version}") == people


def test_importing_known_people_again_and_undoing_gives_their_old_details_back(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_of(window)
    (sam,) = [h for h in lists.helpers(demo_plan) if h.name == "Sam Keller"]
    card = tmp_path / "sam.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Keller\r\nTEL:+44 7700 900111\r\n"
        "NOTE:Now also free on Saturdays.\r\nCATEGORIES:Helper\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = page.preview_vcard(card)
    assert dialog is not None
    assert "Updates the one already in the plan" in dialog.model.index(0, 5).data()
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (after,) = [h for h in lists.helpers(demo_plan) if h.name == "Sam Keller"]
    assert after.id == sam.id and after.notes == "Now also free on Saturdays."
    assert after.capabilities == sam.capabilities  # the card did not say; kept
    window.action_undo.trigger()
    (undone,) = [h for h in lists.helpers(demo_plan) if h.name == "Sam Keller"]
    assert undone.notes == sam.notes


def test_a_contact_is_added_on_the_care_team_tab(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.contacts_tab)
    dialog = cast(ContactDialog, page.add())
    qtbot.keyClicks(dialog.name, "Out-of-hours line")
    dialog.role.setCurrentIndex(dialog.role.findData("emergency"))
    qtbot.keyClicks(dialog.phone, "020 7946 0999")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    model = page.contacts_tab.model
    roles = [model.row_value(n).role.value for n in range(model.rowCount())]
    names = [model.row_value(n).name for n in range(model.rowCount())]
    assert names.index("Out-of-hours line") < roles.index("nurse_navigator")  # emergencies first
    assert roles == sorted(roles, key=lambda r: r != "emergency")


def test_fair_share_shows_the_weeks_and_changes_the_share(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.share_tab)
    share = page.share_tab
    headers = [
        share.model.headerData(n, Qt.Orientation.Horizontal)
        for n in range(share.model.columnCount())
    ]
    assert headers[0] == "Helper" and headers[5] == "This week" and len(headers) == 10
    assert share.model.rowCount() == len(lists.helpers(demo_plan))
    share.most.setValue(7)
    share.most.editingFinished.emit()
    from planner.domain.helpers import MOST_IN_SEVEN_DAYS
    from planner.services import settings

    assert settings.read_setting(demo_plan, MOST_IN_SEVEN_DAYS) == 7


def test_every_control_of_the_forms_is_named(window: MainWindow) -> None:
    page = page_of(window)
    page.tabs.setCurrentWidget(page.tasks_tab)
    for dialog in (page._open_helper(Helper("")), page.add()):
        assert dialog is not None
        controls = [
            control
            for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
            for control in dialog.findChildren(kind)
            if not control.objectName().startswith("qt_")
        ]
        assert controls
        for control in controls:
            # A spin box's own line edit is named by the spin box.
            if isinstance(control, QLineEdit) and isinstance(control.parent(), QAbstractSpinBox):
                continue
            assert control.objectName(), control
            assert control.accessibleName(), control.objectName()
        dialog.close()


def test_the_ask_for_help_tip_proposes_what_the_hard_days_need(window: MainWindow) -> None:
    from planner.ui.info.links import ACTIONS

    window.perform(ACTIONS["ask-for-help"], "")
    assert window.current_area() is Area.HELPERS
    (dialog,) = [d for d in window.findChildren(ProposalDialog) if d.isVisible()]
    dialog.reject()


def test_monday_to_friday_is_one_row_that_saves_five_windows(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = cast(HelperDialog, page._open_helper(Helper("Weekday Wendy", phone="0123")))
    qtbot.mouseClick(dialog.availability.add_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.availability.rows
    days = {button.accessibleName(): button for button in row.day_buttons}
    assert list(days) == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    ]  # fmt: skip
    for name in ("Tuesday", "Wednesday", "Thursday", "Friday"):
        qtbot.mouseClick(days[name], Qt.MouseButton.LeftButton)
    assert row.chosen_days() == {0, 1, 2, 3, 4}
    assert (row.start.time().hour(), row.end.time().hour()) == (9, 17)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    (wendy,) = [h for h in lists.helpers(demo_plan) if h.name == "Weekday Wendy"]
    assert wendy.availability == tuple(
        Availability(day, dt.time(9), dt.time(17)) for day in range(5)
    )

    page.helpers_tab.table.select_id(wendy.id)
    again = cast(HelperDialog, page.edit())
    (row,) = again.availability.rows
    assert row.chosen_days() == {0, 1, 2, 3, 4}
    assert [b.isChecked() for b in row.day_buttons] == [True] * 5 + [False] * 2
    with qtbot.waitSignal(again.finished):
        again.reject()


def test_usual_times_with_other_hours_keep_rows_of_their_own(window: MainWindow) -> None:
    windows = (
        Availability(0, dt.time(17), dt.time(21)),
        Availability(2, dt.time(17), dt.time(21)),
        Availability(5, dt.time(9), dt.time(12)),
    )
    dialog = cast(
        HelperDialog, page_of(window)._open_helper(Helper("Two rows", availability=windows))
    )
    rows = [row.usual_hours() for row in dialog.availability.rows]
    assert [(set(r.days), r.start.hour) for r in rows] == [({0, 2}, 17), ({5}, 9)]
    assert dialog.availability.windows() == windows
    dialog.reject()


def test_a_usual_time_with_no_day_is_refused_under_its_row(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    before = lists.helpers(demo_plan)
    dialog = cast(HelperDialog, page._open_helper(Helper("No day", phone="0123")))
    qtbot.mouseClick(dialog.availability.add_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.availability.rows
    monday = row.day_buttons[0]
    assert monday.isChecked()
    qtbot.mouseClick(monday, Qt.MouseButton.LeftButton)
    assert row.message.is_problem()
    assert "at least one day" in row.message.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert lists.helpers(demo_plan) == before
    qtbot.mouseClick(row.day_buttons[3], Qt.MouseButton.LeftButton)
    assert not row.message.text()
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    (saved,) = [h for h in lists.helpers(demo_plan) if h.name == "No day"]
    assert saved.availability == (Availability(3, dt.time(9), dt.time(17)),)
