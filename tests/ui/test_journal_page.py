"""The Journal page through the window: quick entries by keyboard, undo, bad input,
alerts, questions and answers, learned hard days, the chart and the tip for rest."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, Area, JournalKind
from planner.domain.hard_days import RECOVERY_SETTINGS
from planner.services import lists
from planner.services.plan import Plan
from planner.services.settings import read_setting
from planner.ui.info.links import ACTIONS
from planner.ui.journal.alert import AlertDialog
from planner.ui.journal.page import JournalPage
from planner.ui.journal.severity_chart import Mode
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, Moment


def journal_page(window: MainWindow) -> JournalPage:
    window.show_area(Area.JOURNAL)
    page = window.pages[Area.JOURNAL]
    assert isinstance(page, JournalPage)
    return page


def side_effects(plan: Plan) -> list[tuple[str, int | None]]:
    return [
        (e.symptom, e.severity)
        for e in lists.journal(plan)
        if e.kind is JournalKind.SIDE_EFFECT and e.at.date() == TODAY
    ]


def type_entry(qtbot: QtBot, page: JournalPage, symptom: str, severity: str) -> None:
    """Type a side effect with the keyboard alone and press Enter."""
    fields = page.entry
    qtbot.keyClick(page.window(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is fields.symptom
    line = fields.symptom.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, symptom)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert fields.severity.hasFocus()
    fields.severity.lineEdit().selectAll()
    qtbot.keyClicks(fields.severity, severity)
    qtbot.keyClick(fields.severity, Qt.Key.Key_Return)


def test_a_side_effect_is_noted_with_the_keyboard_and_enter_saves(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Pain", "4")

    assert side_effects(demo_plan) == [("Pain", 4)]
    assert page.entry.message.isVisible() and "Saved" in page.entry.message.text()
    # Ready for the next one: focus back on the symptom.
    assert QApplication.focusWidget() is page.entry.symptom
    assert page.model.rowCount() == len(lists.journal(demo_plan))


def test_undo_takes_a_noted_entry_back_and_redo_puts_it_back(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Pain", "3")
    assert side_effects(demo_plan) == [("Pain", 3)]
    window.action_undo.trigger()
    assert side_effects(demo_plan) == []
    window.action_redo.trigger()
    assert side_effects(demo_plan) == [("Pain", 3)]


def test_a_new_symptom_joins_the_list_offered(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Hiccups", "2")
    offered = [page.entry.symptom.itemText(n) for n in range(page.entry.symptom.count())]
    assert "Hiccups" in offered


def test_an_empty_symptom_or_a_day_ahead_is_refused_and_nothing_saved(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    before = lists.journal(demo_plan)
    line = page.entry.symptom.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "Not saved" in page.entry.message.text()
    assert "Name the symptom" in page.entry.message.text()
    assert lists.journal(demo_plan) == before

    qtbot.keyClicks(line, "Nausea")
    tomorrow = QDateTime(page.entry.when.dateTime()).addDays(1)
    page.entry.when.setDateTime(tomorrow)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "today at the latest" in page.entry.message.text()
    assert lists.journal(demo_plan) == before


def test_a_severe_symptom_shows_whom_to_call_at_once(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Pain", "9")
    alert = page.findChild(AlertDialog, "journalAlert")
    assert alert is not None and alert.isVisible()
    assert "Oncology 24-hour line" in alert.contacts.text()
    assert "instructions come first" in alert.findChild(type(alert.contacts), "alertHeading").text()
    panel = getattr(window, "who_to_call", None)
    if panel is not None:  # the window's Who to call panel opens beside it
        assert panel.isVisible()
    alert.reject()


def test_fever_alerts_even_when_mild(qtbot: QtBot, window: MainWindow) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Fever", "1")
    alert = page.findChild(AlertDialog, "journalAlert")
    assert alert is not None and alert.isVisible()
    alert.reject()


def test_a_mild_symptom_does_not_alert(qtbot: QtBot, window: MainWindow) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Pain", "2")
    assert page.findChild(AlertDialog, "journalAlert") is None


def test_an_entry_is_edited_and_deleted_undoably(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    type_entry(qtbot, page, "Pain", "3")
    (noted,) = [e for e in lists.journal(demo_plan) if e.at.date() == TODAY]
    assert page.select_record(noted.id)

    dialog = page.edit_entry()
    assert dialog is not None
    dialog.fields.severity.setValue(5)
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert side_effects(demo_plan) == [("Pain", 5)]
    window.action_undo.trigger()
    assert side_effects(demo_plan) == [("Pain", 3)]

    assert page.select_record(noted.id)
    assert page.delete_entry()
    assert side_effects(demo_plan) == []
    window.action_undo.trigger()
    assert side_effects(demo_plan) == [("Pain", 3)]


def test_edit_delete_and_answer_wait_for_a_chosen_row(window: MainWindow) -> None:
    page = journal_page(window)
    page.table.clearSelection()
    page.questions.clearSelection()
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    assert not page.answer_action.isEnabled() and not page.remove_question_action.isEnabled()

    page.table.selectRow(0)
    assert page.edit_action.isEnabled() and page.delete_action.isEnabled()
    page.questions.selectRow(0)
    assert page.answer_action.isEnabled() and page.remove_question_action.isEnabled()
    page.refresh()  # a reload keeps the chosen rows, and the actions with them
    assert page.edit_action.isEnabled() and page.answer_action.isEnabled()


def test_an_edit_to_a_bad_value_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    newest = lists.journal(demo_plan)[0]
    assert page.select_record(newest.id)
    dialog = page.edit_entry()
    assert dialog is not None
    dialog.fields.when.setDateTime(dialog.fields.when.dateTime().addDays(3))
    dialog.accept()
    assert dialog.isVisible() and "today at the latest" in dialog.fields.message.text()
    assert lists.journal(demo_plan)[0] == newest
    dialog.reject()


def test_a_question_is_asked_for_a_clinicians_next_visit_and_answered(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    dialog = page.ask()
    dialog.text.setPlainText("Should I keep walking every day?")
    dialog.visit.setCurrentIndex(dialog.visit.findData("Dr. Amira Haddad"))
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    asked = next(q for q in lists.questions(demo_plan) if q.text.startswith("Should I keep"))
    visit = next(a for a in lists.appointments(demo_plan) if a.id == asked.appointment_id)
    assert visit.clinician == "Dr. Amira Haddad" and visit.start.date() >= TODAY

    assert page.questions.select_id(asked.id)
    answer = page.answer()
    assert answer is not None
    answer.answer.setPlainText("Yes, gently.")
    with qtbot.wait_signal(answer.finished):
        answer.accept()
    answered = next(q for q in lists.questions(demo_plan) if q.id == asked.id)
    assert (answered.answer, answered.answered_on) == ("Yes, gently.", TODAY)
    window.action_undo.trigger()
    assert next(q for q in lists.questions(demo_plan) if q.id == asked.id).answer == ""


def test_an_empty_question_is_refused(qtbot: QtBot, window: MainWindow, demo_plan: Plan) -> None:
    page = journal_page(window)
    before = lists.questions(demo_plan)
    dialog = page.ask()
    dialog.accept()
    assert dialog.isVisible()
    assert lists.questions(demo_plan) == before
    dialog.reject()


def test_an_open_question_from_a_past_visit_is_shown_carried_over(window: MainWindow) -> None:
    page = journal_page(window)
    model = page.question_model
    texts = {
        model.index(row, 1).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }
    assert "carried over" in texts["Is the tingling in my fingers something to watch?"]
    assert "carried over" not in texts["Can I take paracetamol for the aches?"]


def test_learned_hard_days_change_the_plan_only_on_yes(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    setting = RECOVERY_SETTINGS[AppointmentKind.CHEMOTHERAPY]
    dialog = page.learned_days()
    button = dialog.accept_buttons["chemotherapy"]
    assert read_setting(demo_plan, setting) == 3  # showing the proposal changed nothing
    assert "4" in button.text()
    after_chemo = TODAY + dt.timedelta(days=4)
    week = window.week_page
    button.click()
    assert read_setting(demo_plan, setting) == 4
    window.show_area(Area.WEEK)
    assert week.week is not None
    assert after_chemo in [d.date for d in week.week.days if d.is_hard]
    window.action_undo.trigger()
    assert read_setting(demo_plan, setting) == 3
    dialog.reject()


def test_a_higher_threshold_leaves_nothing_to_learn(qtbot: QtBot, window: MainWindow) -> None:
    page = journal_page(window)
    dialog = page.learned_days()
    dialog.threshold.setValue(10)
    assert not dialog.accept_buttons
    dialog.reject()


def test_the_chart_follows_the_chosen_symptoms_and_has_a_table(window: MainWindow) -> None:
    page = journal_page(window)
    panel = page.chart
    panel.choose(["Nausea"])
    assert panel.chosen() == ["Nausea"]
    chart = panel.chart.chart
    assert chart is not None
    assert [s.symptom for s in chart.series] == ["Nausea"]
    points = sum(len(s.points) for s in chart.series)
    assert panel.rows.rowCount() == points > 0
    assert "Nausea" in panel.chart.accessibleDescription()
    panel.mode.setCurrentIndex(panel.mode.findData(Mode.CYCLE.value))
    assert panel.chart.mode is Mode.CYCLE
    assert panel.chart.chart is not None and len(panel.chart.chart.cycles) >= 2


def test_the_log_rest_tip_readies_the_form_for_rest(window: MainWindow) -> None:
    window.perform(ACTIONS["log-rest"], "")
    page = journal_page(window)
    assert page.entry.current_kind() is JournalKind.REST
    assert QApplication.focusWidget() is page.entry.hours


def test_the_page_renders_at_double_text_size(window: MainWindow) -> None:
    page = journal_page(window)
    window.text_size.set_percent(200)
    page.tabs.setCurrentWidget(page.chart)
    image = window.grab().toImage()
    assert not image.isNull()
    assert page.chart.chart.height() >= page.chart.chart.minimumSizeHint().height() * 0.5


def test_the_alert_level_is_a_preference_of_the_plan(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:

    from planner.domain.journal import ALERT_SEVERITY
    from planner.services.settings import change_setting
    from planner.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog({}, lambda changed: True)
    qtbot.addWidget(dialog)
    assert dialog.red_flags is not None
    assert dialog.red_flags.table().severity.at_least == 7

    change_setting(demo_plan, ALERT_SEVERITY, 9)
    page = journal_page(window)
    page.refresh()
    type_entry(qtbot, page, "Pain", "8")
    assert page.findChild(AlertDialog, "journalAlert") is None


LATE_EVENING = Moment("late-evening", dt.datetime(2026, 3, 11, 23, 58))


@pytest.mark.parametrize("pinned_moment", [LATE_EVENING], indirect=True)
def test_a_window_left_open_past_midnight_dates_the_next_entry_today(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    assert page.entry.follows_now
    demo_plan.clock.move_to(dt.datetime(2026, 3, 12, 0, 4))  # the window stays open
    type_entry(qtbot, page, "Pain", "3")

    (noted,) = [e for e in lists.journal(demo_plan) if e.symptom == "Pain"]
    assert noted.at == dt.datetime(2026, 3, 12, 0, 4)
    window.show_area(Area.WEEK)
    demo_plan.clock.move_to(dt.datetime(2026, 3, 12, 7, 30))
    journal_page(window)  # shown again: the form shows the time now
    assert page.entry.when.dateTime().toPython() == dt.datetime(2026, 3, 12, 7, 30)


def test_a_time_set_by_hand_is_said_and_kept_until_the_entry_is_saved(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan, now: dt.datetime
) -> None:
    page = journal_page(window)
    fields = page.entry
    assert not fields.now_button.isVisibleTo(page)
    earlier = now - dt.timedelta(hours=3)
    fields.when.setDateTime(QDateTime(earlier))
    assert not fields.follows_now
    assert fields.now_button.isVisibleTo(page)
    assert "Not now" in fields.when.accessibleDescription()
    demo_plan.clock.move_to(now + dt.timedelta(minutes=10))
    type_entry(qtbot, page, "Pain", "2")

    (noted,) = [e for e in lists.journal(demo_plan) if e.symptom == "Pain"]
    assert noted.at == earlier
    assert fields.follows_now  # the next entry is "now" again
    assert fields.when.dateTime().toPython() == now + dt.timedelta(minutes=10)
    fields.when.setDateTime(QDateTime(earlier))
    fields.now_button.click()
    assert fields.follows_now and not fields.now_button.isVisibleTo(page)
