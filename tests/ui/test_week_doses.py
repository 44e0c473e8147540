"""The home page's coming days show the doses and the infection-risk days; a dose's
reminder is answered in the reminder bar (Taken, Skipped… with a reason, Later) and asks
again every ten minutes until it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.domain.doses import Answer, DoseState
from planner.domain.enums import Area
from planner.domain.medicines import FixedTimes, Medicine
from planner.domain.week import ItemType
from planner.services import medicines
from planner.services.plan import Plan, open_plan
from planner.ui.mainwindow import MainWindow
from planner.ui.reminders import ReminderBar, ReminderClock, dose_of
from planner.ui.week.days import shown_text
from planner.ui.week.model import RowKind, WeekRow
from tests.conftest import NOW, TODAY, TREATMENT
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)
DUE = dt.datetime.combine(TODAY, dt.time(9, 55))
"""The dose of the medicine :func:`add_unanswered` adds: five minutes before the pinned now."""
RISK_NOTE = "Blood counts are likely low: take your temperature each evening."


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def add_unanswered(plan: Plan) -> int:
    """A medicine taken each day at 09:55, whose dose today nobody answered yet."""
    added, _ = medicines.add_medicine(
        plan, Medicine("Tenofovir", FixedTimes((DUE.time(),)), TODAY, strength="245 mg")
    )
    assert added.id is not None
    return added.id


def state_of(plan: Plan, medicine_id: int) -> DoseState:
    (dose,) = [
        d for d in medicines.doses(plan, TODAY, TODAY, medicine_id=medicine_id) if d.dose.due == DUE
    ]
    return dose.state


def dose_rows(window: MainWindow, day: dt.date) -> list[WeekRow]:
    return [
        row
        for row in window.week_page.day_list.rows()
        if row.item is not None and row.item.type is ItemType.DOSE and row.day.date == day
    ]


# ------------------------------------------------------------------------ coming days
def test_each_day_shows_its_doses_with_name_amount_and_state(window: MainWindow) -> None:
    today = {shown_text(row)[0] for row in dose_rows(window, TODAY)}
    # The demo took every dose up to now; the evening's is still to take.
    assert "Dose: Aciclovir \N{EN DASH} 400 mg, 1 tablet · ✓ Taken" in today
    assert "Dose: Aciclovir \N{EN DASH} 400 mg, 1 tablet · ○ To take" in today
    after_treatment = {row.item.title for row in dose_rows(window, TREATMENT + DAY) if row.item}
    assert {"Ondansetron", "Mouthwash (benzydamine)", "Aciclovir"} <= after_treatment
    # Read aloud with the state in words too.
    spoken = [row.text for row in dose_rows(window, TODAY)]
    assert any(text.startswith("08:00, Dose: Aciclovir.") and "Taken" in text for text in spoken)


def test_the_risk_note_marks_the_infection_risk_days_of_the_demo(window: MainWindow) -> None:
    # Day 1 of the cycle was a week before the next treatment: days 7 to 14 after it begin
    # on the treatment day, so today is not one and the six days after it are.
    rows = window.week_page.day_list.rows()
    marked = [row.day.date for row in rows if row.kind is RowKind.RISK]
    assert marked == [TODAY + n * DAY for n in range(1, 7)]
    assert {row.text for row in rows if row.kind is RowKind.RISK} == {RISK_NOTE}
    # The note closes its day's card (the temperature is taken in the evening).
    risk = next(row for row in rows if row.kind is RowKind.RISK)
    assert risk.last and shown_text(risk)[0] == RISK_NOTE
    week = window.week_page.week
    assert week is not None and not week.days[0].infection_risk


def test_a_risk_day_s_evening_reminder_reaches_the_bar(demo_plan: Plan, qtbot: QtBot) -> None:
    bar = ReminderBar()
    qtbot.addWidget(bar)
    evening = dt.datetime.combine(TREATMENT, dt.time(20, 1))
    ReminderClock(demo_plan, bar, now=Clock(evening)).check()
    texts = {(r.title, r.text) for r in bar.waiting()}
    assert ("Take your temperature", RISK_NOTE) in texts


def test_the_medicines_step_opens_the_medicines_area(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    checklist = make_window(plan).week_page.getting_started
    step = checklist.buttons["medicines"]
    assert step.label_text().startswith("☐ List the medicines")
    with qtbot.waitSignal(checklist.area_requested) as opened:
        step.click()
    assert opened.args == [Area.MEDICINES]


# ------------------------------------------------------------------------ reminder bar
def test_taken_in_the_bar_answers_the_dose_and_the_bar_goes(
    demo_plan: Plan, make_window: MakeWindow
) -> None:
    medicine_id = add_unanswered(demo_plan)
    window = make_window(demo_plan)
    window.reminder_clock.check()
    bar = window.reminder_bar
    reminder = bar.current()
    assert reminder is not None and reminder.title == "Time for Tenofovir"
    assert bar.taken_button.isVisibleTo(window) and bar.later_button.isVisibleTo(window)

    bar.taken_button.click()

    assert state_of(demo_plan, medicine_id) is DoseState.TAKEN
    assert not [r for r in bar.waiting() if (d := dose_of(r)) and d.medicine_id == medicine_id]
    assert bar.isHidden()


def test_skipped_asks_why_and_saves_nothing_without_a_reason(demo_plan: Plan, qtbot: QtBot) -> None:
    medicine_id = add_unanswered(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    bar.show()
    reminders = ReminderClock(demo_plan, bar, now=Clock(NOW))  # kept: it saves the answer
    reminders.check()
    assert not bar.skip_row.isVisible()

    bar.skipped_button.click()
    assert bar.skip_row.isVisible() and bar.focusWidget() is bar.skip_reason
    bar.skip_save.click()
    assert "why" in bar.skip_message.message()
    assert state_of(demo_plan, medicine_id) is DoseState.DUE  # nothing saved
    assert bar.isVisible()

    bar.skip_reason.setText("Felt too sick to swallow")
    bar.skip_save.click()
    (dose,) = [
        d
        for d in medicines.doses(demo_plan, TODAY, TODAY, medicine_id=medicine_id)
        if d.dose.due == DUE
    ]
    assert dose.state is DoseState.SKIPPED
    assert dose.confirmation is not None and dose.confirmation.reason == "Felt too sick to swallow"
    assert bar.isHidden()


def test_later_puts_the_dose_off_and_the_bar_goes(demo_plan: Plan, qtbot: QtBot) -> None:
    medicine_id = add_unanswered(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    reminders = ReminderClock(demo_plan, bar, now=Clock(NOW))
    reminders.check()
    bar.later_button.click()
    assert state_of(demo_plan, medicine_id) is DoseState.LATER
    assert bar.current() is None


def test_the_reminder_asks_again_every_ten_minutes_a_few_times(
    demo_plan: Plan, qtbot: QtBot
) -> None:
    add_unanswered(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    told: list[str] = []
    clock = Clock(NOW)
    reminders = ReminderClock(
        demo_plan, bar, now=clock, notify=lambda title, _text: told.append(title)
    )
    seen = []
    for minutes in (0, 5, 10, 15, 25, 35):  # from 10:00, the dose being due at 09:55
        clock.moment = NOW + dt.timedelta(minutes=minutes)
        reminders.check()
        current = bar.current()
        assert current is not None
        seen.append(current.due.time())
        # One entry for the dose at a time: a new round takes the place of the one before.
        assert len(bar.waiting()) == 1
    times = [dt.time(9, 55), dt.time(10, 5), dt.time(10, 15)]
    assert sorted(set(seen)) == times
    assert told == ["Time for Tenofovir"] * 3  # each round once, then no more
    assert bar.heading.text() == "Asked again: not answered yet"


def test_a_read_only_plan_cannot_answer_a_dose(
    demo_plan: Plan, plan_path: Path, qtbot: QtBot
) -> None:
    add_unanswered(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    read_only = open_plan(f"sqlite:///{plan_path}", read_only=True)
    try:
        reminders = ReminderClock(read_only, bar, now=Clock(NOW))
        reminders.check()
        assert bar.current() is not None
        assert not bar.taken_button.isEnabled() and not bar.skipped_button.isEnabled()
    finally:
        read_only.close()


def test_with_the_window_s_operations_taken_is_one_undoable_step(
    demo_plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    medicine_id = add_unanswered(demo_plan)
    window = make_window(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    reminders = ReminderClock(demo_plan, bar, now=Clock(NOW), operations=window.operations)
    reminders.check()
    steps = window.undo_stack.count()

    with qtbot.waitSignal(window.operations.plan_changed):  # the pages hear of it
        bar.taken_button.click()

    assert state_of(demo_plan, medicine_id) is DoseState.TAKEN and bar.current() is None
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText().startswith("Dose taken: Tenofovir 245 mg: 1 tablet")
    window.undo_stack.undo()
    assert state_of(demo_plan, medicine_id) is DoseState.DUE


def test_a_dose_answered_elsewhere_or_missed_leaves_the_bar_at_the_next_look(
    demo_plan: Plan, qtbot: QtBot
) -> None:
    medicine_id = add_unanswered(demo_plan)
    bar = ReminderBar()
    qtbot.addWidget(bar)
    clock = Clock(NOW)
    reminders = ReminderClock(demo_plan, bar, now=clock)
    reminders.check()
    assert bar.current() is not None

    medicines.confirm(demo_plan, medicine_id, DUE, Answer.TAKEN)  # in the Medicines area
    clock.moment = NOW + dt.timedelta(minutes=1)
    reminders.check()
    assert bar.current() is None

    # A second dose nobody answers goes once it counts as missed (an hour after its time).
    def asking() -> list[str]:
        return [r.title for r in bar.waiting() if dose_of(r) is not None]

    later_due = DUE + dt.timedelta(days=1)
    clock.moment = later_due
    reminders.check()
    assert asking() == ["Time for Tenofovir"]
    clock.moment = later_due + dt.timedelta(hours=1)
    reminders.check()
    assert asking() == []
