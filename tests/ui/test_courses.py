"""Courses in the window: plan one through the dialog, delay a cycle, skip a day, edit part
of one, and Edit > Undo for each."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, AppointmentStatus, Area, LegDirection, LegStatus
from planner.domain.model import Appointment, RideLeg
from planner.services import lists
from planner.services.plan import Plan
from planner.ui.appointments.course_dialog import DIALYSIS, CourseDialog
from planner.ui.appointments.page import AppointmentsPage
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, TREATMENT
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)


def page_of(window: MainWindow) -> AppointmentsPage:
    window.show_area(Area.APPOINTMENTS)
    return cast(AppointmentsPage, window.pages[Area.APPOINTMENTS])


def of_course(plan: Plan, name: str) -> list[Appointment]:
    return [a for a in lists.appointments(plan) if a.title.startswith(name)]


def plan_folfox(page: AppointmentsPage, qtbot: QtBot) -> CourseDialog:
    dialog = page.plan_course()
    qtbot.keyClicks(dialog.name, "FOLFOX")
    qtbot.keyClicks(dialog.location, "Day unit")
    dialog.first_day.setDate(QDate(2026, 3, 16))
    dialog.time.setTime(QTime(9, 30))
    dialog.duration.setValue(180)
    dialog.cycle_length.setValue(14)
    dialog.treatment_days.setText("1, 8")
    dialog.cycles.setValue(3)
    dialog.needs_ride.setChecked(True)
    return dialog


def test_plan_a_course_delay_cycle_two_and_undo(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = plan_folfox(page, qtbot)
    assert dialog.preview.count() == 6
    assert dialog.preview.item(2).text().endswith("(cycle 2)")
    assert "6 appointments" in dialog.summary.text()

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    planned = of_course(demo_plan, "FOLFOX")
    assert [a.start.date() - dt.date(2026, 3, 16) for a in planned] == [
        d * DAY for d in (0, 7, 14, 21, 28, 35)
    ]
    assert len({a.course_id for a in planned}) == 1 and planned[0].course_id is not None
    assert page.table.selected_id() == planned[0].id

    # A driver had confirmed the ride to the first day of cycle 2.
    cycle_two = planned[2]
    assert cycle_two.id is not None
    with demo_plan.unit_of_work() as work:
        driver = work.store.helpers()[0]
        leg_id = work.store.add(
            RideLeg(
                cycle_two.id,
                LegDirection.THERE,
                cycle_two.start - dt.timedelta(minutes=45),
                driver_id=driver.id,
                status=LegStatus.CONFIRMED,
            )
        )
        work.commit()
    page.refresh()
    assert page.select_record(cycle_two.id)
    assert page.delay_action.isEnabled()

    delay = page.delay_cycle()
    assert delay is not None
    delay.days.setValue(7)
    assert "6 April 2026" in delay.outcome.text()  # cycle 2 began on 30 March
    with qtbot.waitSignal(delay.finished):
        delay.accept()

    moved = of_course(demo_plan, "FOLFOX")
    assert [b.start - a.start for a, b in zip(planned, moved, strict=True)] == [
        0 * DAY,
        0 * DAY,
        7 * DAY,
        7 * DAY,
        7 * DAY,
        7 * DAY,
    ]
    with demo_plan.unit_of_work() as work:
        leg = work.store.leg(leg_id)
    assert leg.pickup_time == moved[2].start - dt.timedelta(minutes=45)
    assert leg.status is LegStatus.ASKED  # the driver is asked to confirm the new day

    window.action_undo.trigger()
    assert [a.start for a in of_course(demo_plan, "FOLFOX")] == [a.start for a in planned]
    with demo_plan.unit_of_work() as work:
        assert work.store.leg(leg_id).status is LegStatus.CONFIRMED
    window.action_redo.trigger()
    assert [a.start for a in of_course(demo_plan, "FOLFOX")] == [a.start for a in moved]

    window.action_undo.trigger()  # the delay
    window.action_undo.trigger()  # the course itself
    assert of_course(demo_plan, "FOLFOX") == []


def test_a_bad_regimen_is_named_at_the_field_and_cannot_be_saved(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    before = lists.appointments(demo_plan)
    dialog = plan_folfox(page, qtbot)

    def spoil_count() -> None:
        dialog.treatment_days.setText("1, 2, 3, 4, 5, 6")
        dialog.cycles.setValue(100)

    checks = (
        (lambda: dialog.treatment_days.setText("1, 15"), "treatment_days", "outside a 14-day"),
        (lambda: dialog.treatment_days.setText(""), "treatment_days", "at least one"),
        (lambda: dialog.treatment_days.setText("1, eight"), "treatment_days", "'eight'"),
        (lambda: dialog.cycle_length.setValue(0), "cycle_length_days", "between 1 and 365"),
        (lambda: dialog.duration.setValue(0), "duration", "1 minute and 24 hours"),
        (lambda: dialog.cycles.setValue(101), "cycles", "between 1 and 100 cycles"),
        (lambda: dialog.first_day.setDate(QDate(2040, 1, 6)), "first_day", "years away"),
        (lambda: spoil_count(), "cycles", "600 appointments"),
    )
    for spoil, field, words in checks:
        spoil()
        message = dialog.errors[field]
        assert message.isVisible() and words in message.text(), field
        assert message.text().startswith("⚠")  # not by colour alone
        assert not dialog.save_button.isEnabled()
        assert dialog.preview.count() == 0
        dialog.accept()  # Enter: nothing happens
        assert dialog.isVisible()
        # Put it right again before the next check.
        dialog.treatment_days.setText("1, 8")
        dialog.cycle_length.setValue(14)
        dialog.duration.setValue(180)
        dialog.cycles.setValue(3)
        dialog.first_day.setDate(QDate(2026, 3, 16))
        assert dialog.save_button.isEnabled() and not message.message()
    dialog.reject()
    assert lists.appointments(demo_plan) == before


def test_the_dialysis_preset_plans_the_chosen_weekdays(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    dialog = page_of(window).plan_course()
    dialog.preset.setCurrentIndex(dialog.preset.findData(DIALYSIS))
    qtbot.keyClicks(dialog.name, "Dialysis")
    dialog.first_day.setDate(QDate(2026, 3, 16))
    dialog.weeks.setValue(2)

    assert not dialog.cycles.isVisible() and dialog.weeks.isVisible()
    assert [b.isChecked() for b in dialog.weekdays] == [
        True,
        False,
        True,
        False,
        True,
        False,
        False,
    ]
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    made = of_course(demo_plan, "Dialysis")
    assert [a.start.weekday() for a in made] == [0, 2, 4, 0, 2, 4]


def test_skip_a_day_and_undo(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    page = page_of(window)
    (chemo,) = [
        a
        for a in of_course(demo_plan, "Chemotherapy, cycle 2")
        if a.start.date() == TREATMENT + 14 * DAY
    ]
    assert page.select_record(chemo.id)

    box = page.skip_day()
    assert box is not None
    confirm = box.findChild(QPushButton, "confirmSkipButton")
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)

    statuses = {a.id: a.status for a in lists.appointments(demo_plan)}
    assert statuses[chemo.id] is AppointmentStatus.CANCELLED
    assert list(statuses.values()).count(AppointmentStatus.CANCELLED) == 1
    window.action_undo.trigger()
    assert {a.id: a.status for a in lists.appointments(demo_plan)}[chemo.id] is (
        AppointmentStatus.SCHEDULED
    )


def test_skip_is_offered_only_for_a_course_treatment_day(
    window: MainWindow, demo_plan: Plan
) -> None:
    page = page_of(window)
    (scan,) = [a for a in lists.appointments(demo_plan) if a.title.startswith("CT scan")]
    assert scan.course_id is None
    assert page.select_record(scan.id)
    assert not page.skip_action.isEnabled()
    assert page.skip_day() is None
    (chemo,) = [
        a for a in of_course(demo_plan, "Chemotherapy, cycle 1") if a.start.date() == TREATMENT
    ]
    assert page.select_record(chemo.id)
    assert page.skip_action.isEnabled()


def test_editing_a_course_appointment_asks_how_far_the_change_reaches(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    course = of_course(demo_plan, "Chemotherapy")
    scheduled = [a for a in course if a.status is AppointmentStatus.SCHEDULED]
    second = scheduled[1]
    assert page.select_record(second.id)
    dialog = page.edit()
    assert dialog is not None
    dialog.location.setText("Ward 5")
    dialog.accept()
    box = window.findChild(QMessageBox, "editScopeBox")
    assert box is not None and box.isVisible()
    assert dialog.isVisible()

    following = box.findChild(QPushButton, "editScopeFollowing")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(following, Qt.MouseButton.LeftButton)

    after = {a.id: a for a in of_course(demo_plan, "Chemotherapy")}
    assert after[scheduled[0].id].location != "Ward 5"
    assert all(after[a.id].location == "Ward 5" for a in scheduled[1:])
    assert all(after[a.id].start == a.start for a in scheduled)
    window.action_undo.trigger()
    assert all(a.location != "Ward 5" for a in of_course(demo_plan, "Chemotherapy"))


def test_the_form_warns_of_an_overlap_but_still_saves(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    qtbot.keyClicks(dialog.title, "Port flush")
    chemo = next(a for a in of_course(demo_plan, "Chemotherapy") if a.start.date() == TREATMENT)

    def start_at(moment: dt.datetime) -> None:
        text = moment.strftime("%Y-%m-%dT%H:%M")
        dialog.start.setDateTime(dialog.start.dateTime().fromString(text, Qt.DateFormat.ISODate))

    start_at(chemo.end + dt.timedelta(minutes=30))  # the same day, but after it: no overlap
    assert not dialog.overlap.message()
    at = chemo.start + dt.timedelta(hours=1)
    start_at(at)

    assert dialog.overlap.isVisible() and dialog.overlap.text().startswith("⚠")
    assert chemo.title in dialog.overlap.text() and "still save" in dialog.overlap.text()
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert [a.title for a in lists.appointments(demo_plan) if a.start == at] == ["Port flush"]


def test_the_list_reads_only_the_rows_it_shows(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    with plan.unit_of_work() as work:
        work.store.add_all(
            [
                Appointment(
                    AppointmentKind.LAB_TEST,
                    f"Blood test {n}",
                    dt.datetime.combine(TODAY, dt.time(8)) + n * dt.timedelta(minutes=90),
                )
                for n in range(3000)
            ]
        )
        work.commit()
    window = make_window(plan)
    page = page_of(window)
    page.filters.all_dates.setChecked(True)
    assert page.model.rowCount() == 3000
    assert page.count.text().replace(",", "") == "3000 appointments"
    assert page.model.fetches <= 2  # the first page(s) on screen, not 3,000 rows
    page.table.scrollToBottom()
    page.table.viewport().repaint()  # paints now what the view shows at the end
    assert page.model.fetches >= 2
    assert page.model.fetches <= 4
    last = page.model.row_value(2999)
    assert last.title == "Blood test 2999"


def test_the_dates_show_before_the_course_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    dialog = page_of(window).plan_course()
    assert dialog.preview.count() == 4  # four 21-day cycles, day 1 each
    assert not dialog.save_button.isEnabled()
    assert "Give the course a name" in dialog.summary.text()
    assert not dialog.errors["name"].message()  # nothing typed wrong yet

    qtbot.keyClicks(dialog.name, "X")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert dialog.errors["name"].message() and not dialog.save_button.isEnabled()
    dialog.reject()


def test_undo_reaches_back_past_an_edit_to_a_delay(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    cycle_two = next(
        a
        for a in of_course(demo_plan, "Chemotherapy, cycle 2")
        if a.status is AppointmentStatus.SCHEDULED
    )
    assert page.select_record(cycle_two.id)
    delay = page.delay_cycle()
    assert delay is not None
    with qtbot.waitSignal(delay.finished):
        delay.accept()
    moved = next(a for a in lists.appointments(demo_plan) if a.id == cycle_two.id)
    assert moved.start == cycle_two.start + 7 * DAY

    # A title change of the moved appointment: no question of scope, one undo step.
    assert page.select_record(moved.id)
    dialog = page.edit()
    assert dialog is not None
    dialog.title.setText("Chemotherapy, cycle 2 (moved)")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()

    window.action_undo.trigger()  # the title
    window.action_undo.trigger()  # the delay
    back = next(a for a in lists.appointments(demo_plan) if a.id == cycle_two.id)
    assert (back.title, back.start) == (cycle_two.title, cycle_two.start)
    assert window.undo_stack.index() == 0


@pytest.mark.parametrize("area", [Area.WEEK, Area.APPOINTMENTS, Area.FREEZER])
def test_plan_a_course_by_key_from_any_area(window: MainWindow, qtbot: QtBot, area: Area) -> None:
    window.show_area(area)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(CourseDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.current_area() is Area.APPOINTMENTS
    with qtbot.wait_signal(dialog.finished):
        dialog.reject()
