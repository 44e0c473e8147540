"""Temperatures, weights and blood counts noted in the Journal's forms, and the "call now"
banner: shown for a reading noted here or elsewhere, with the out-of-hours number (or a way
to add it), until dismissed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from planner.domain.changes import Kind
from planner.domain.enums import Area
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import ReadingKind
from planner.domain.red_flags import TEMPERATURE_UNIT, TemperatureUnit
from planner.services import readings
from planner.services.plan import Plan, open_plan
from planner.services.settings import change_setting
from planner.ui.dialogs.profile import ProfileDialog
from planner.ui.journal.page import JournalPage
from planner.ui.journal.reading_dialog import ReadingDialog
from planner.ui.journal.readings_tab import red_flag_text
from planner.ui.mainwindow import MainWindow
from planner.ui.widgets.field_message import FieldMessage
from tests.conftest import NOW
from tests.helpers.disks import immutable
from tests.ui.conftest import MakeWindow

SHOWN_WITHIN_MS = 2000
DEMO_NUMBER = "+44 20 7946 0199"


def journal_page(window: MainWindow) -> JournalPage:
    window.show_area(Area.JOURNAL)
    page = window.pages[Area.JOURNAL]
    assert isinstance(page, JournalPage)
    return page


def noted_today(plan: Plan, kind: ReadingKind | None = None) -> list[tuple[Decimal, str]]:
    since = dt.datetime.combine(NOW.date(), dt.time.min)
    return [(m.value, m.unit) for m in readings.readings(plan, since, NOW, kind)]


def type_reading(qtbot: QtBot, dialog: ReadingDialog, value: str) -> None:
    dialog.value_field.clear()
    qtbot.keyClicks(dialog.value_field, value)


def save(qtbot: QtBot, dialog: ReadingDialog) -> None:
    qtbot.keyClick(dialog.value_field, Qt.Key.Key_Return)


def message_of(widget: object) -> FieldMessage:
    message = FieldMessage.of(widget)  # type: ignore[arg-type]
    assert message is not None
    return message


@pytest.fixture
def other_plan(plan_path: Path, plan: Plan) -> Iterator[Plan]:
    """The same plan file, opened a second time (the command line, another window)."""
    opened = open_plan(f"sqlite:///{plan_path}")
    yield opened
    opened.close()


# -- the forms ---------------------------------------------------------------------------
def test_a_temperature_is_noted_through_the_form_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.findChild(ReadingDialog, "temperatureDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.unit_label.text() == "°C" and dialog.unit_label.isVisible()
    assert dialog.at.dateTime() == QDateTime(2026, 3, 11, 10, 0, 0)  # now, unless changed
    type_reading(qtbot, dialog, "37,2")
    qtbot.keyClicks(dialog.note, "after lunch")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)

    assert noted_today(demo_plan, ReadingKind.TEMPERATURE) == [(Decimal("37.2"), "C")]
    assert page.tabs.currentWidget() is page.readings
    rows = page.readings.model
    assert rows.index(0, 1).data() == "Temperature: 37.2 °C"
    assert rows.index(0, 3).data() == "after lunch"
    assert rows.index(0, 2).data() == ""  # no red flag
    assert not window.call_now.isVisible()  # 37.2 sets nothing off

    window.action_undo.trigger()
    assert noted_today(demo_plan, ReadingKind.TEMPERATURE) == []
    window.action_redo.trigger()
    assert noted_today(demo_plan, ReadingKind.TEMPERATURE) == [(Decimal("37.2"), "C")]


def test_an_impossible_temperature_is_refused_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    dialog = page.note_temperature()
    type_reading(qtbot, dialog, "98.6")  # °F typed into a °C plan
    save(qtbot, dialog)

    message = message_of(dialog.value_field)
    assert message.is_problem() and "between 30 and 45 °C" in message.message()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.value_field
    assert noted_today(demo_plan) == []
    assert window.undo_stack.count() == 0

    type_reading(qtbot, dialog, "warm")
    save(qtbot, dialog)
    assert "not a temperature" in message_of(dialog.value_field).message()
    assert noted_today(demo_plan) == []
    dialog.reject()


def test_a_time_ahead_of_now_is_refused_at_the_time_field(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    dialog = journal_page(window).note_temperature()
    type_reading(qtbot, dialog, "37.0")
    dialog.at.setDateTime(QDateTime(2026, 3, 11, 12, 0, 0))
    save(qtbot, dialog)

    message = message_of(dialog.at)
    assert message.is_problem() and "ahead of time" in message.message()
    assert not message_of(dialog.value_field).is_problem()
    assert noted_today(demo_plan) == []
    dialog.reject()


def test_a_temperature_form_in_a_fahrenheit_plan_shows_and_saves_fahrenheit(
    qtbot: QtBot, plan: Plan, make_window: MakeWindow
) -> None:
    change_setting(plan, TEMPERATURE_UNIT, TemperatureUnit.FAHRENHEIT)
    window = make_window(plan)
    dialog = journal_page(window).note_temperature()
    assert dialog.unit_label.text() == "°F"
    type_reading(qtbot, dialog, "37.5")  # °C in a °F plan
    save(qtbot, dialog)
    assert "between 86 and 113 °F" in message_of(dialog.value_field).message()
    type_reading(qtbot, dialog, "99.5")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)
    assert noted_today(plan) == [(Decimal("99.5"), "F")]


def test_a_weight_is_noted_in_the_chosen_unit_and_an_impossible_one_is_refused(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    dialog = journal_page(window).note_weight()
    assert dialog.unit_choice.isVisible() and not dialog.unit_label.isVisible()
    type_reading(qtbot, dialog, "720")
    save(qtbot, dialog)
    assert "between 2 and 400 kg" in message_of(dialog.value_field).message()
    assert noted_today(demo_plan, ReadingKind.WEIGHT) == []

    dialog.unit_choice.setCurrentIndex(dialog.unit_choice.findData("lb"))
    assert not message_of(dialog.value_field).is_problem()  # changing the unit clears it
    type_reading(qtbot, dialog, "158.5")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)
    assert noted_today(demo_plan, ReadingKind.WEIGHT) == [(Decimal("158.5"), "lb")]


def test_a_blood_count_is_noted_and_charted_with_the_cycles(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    page = journal_page(window)
    dialog = page.note_count()
    assert dialog.which is not None
    dialog.which.setCurrentIndex(dialog.which.findData(ReadingKind.HAEMOGLOBIN.value))
    assert dialog.unit_label.text() == "g/L"
    type_reading(qtbot, dialog, "12.1")  # g/dL, not g/L
    save(qtbot, dialog)
    assert "between 20 and 250 g/L" in message_of(dialog.value_field).message()
    dialog.which.setCurrentIndex(dialog.which.findData(ReadingKind.NEUTROPHILS.value))
    type_reading(qtbot, dialog, "0.8")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)

    assert noted_today(demo_plan, ReadingKind.NEUTROPHILS) == [(Decimal("0.8"), "10^9/L")]
    page.tabs.setCurrentWidget(page.counts)
    # The demo's three tests, and this one.
    assert "Neutrophils: 4 results, the last 0.8" in page.counts.chart.accessibleDescription()
    # The demo's chemotherapy cycles, each with what became of it in words.
    states = [page.counts.cycles.index(n, 2).data() for n in range(page.counts.cycles.rowCount())]
    assert states and any("Went ahead" in state for state in states)


# -- the banner --------------------------------------------------------------------------
def test_a_high_temperature_shows_the_banner_with_the_out_of_hours_number(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    banner = window.call_now
    assert not banner.isVisible()
    dialog = journal_page(window).note_temperature()
    type_reading(qtbot, dialog, "38.4")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)

    assert banner.isVisible()
    assert "Temperature 38.4 °C at 10:00" in banner.text.text()
    assert DEMO_NUMBER in banner.number.text()
    assert not banner.add_number.isVisible()
    assert "care team's own instructions come first" in banner.team_first.text()
    # The reading is marked in the list, by a sign and words.
    page = journal_page(window)
    assert page.readings.model.index(0, 2).data() == red_flag_text()

    # It stays through other changes, until dismissed; undoing the reading takes it away.
    window.operations.add_question("Is a fever after day 10 usual?")
    assert banner.isVisible()
    window.action_undo.trigger()  # the question
    window.action_undo.trigger()  # the temperature
    assert not banner.isVisible()


def test_dismissed_stays_dismissed_until_a_new_high_reading(
    qtbot: QtBot, window: MainWindow, demo_plan: Plan
) -> None:
    banner = window.call_now
    readings.log_temperature(demo_plan, Decimal("38.5"), at=NOW - dt.timedelta(hours=2))
    banner.check()
    assert banner.isVisible()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    banner.check()
    assert not banner.isVisible()
    dialog = journal_page(window).note_temperature()
    type_reading(qtbot, dialog, "38.9")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)
    assert banner.isVisible() and "38.9 °C" in banner.text.text()


def test_without_a_number_the_banner_offers_to_add_it_in_the_profile(
    qtbot: QtBot, plan: Plan, make_window: MakeWindow
) -> None:
    window = make_window(plan)
    banner = window.call_now
    dialog = journal_page(window).note_temperature()
    type_reading(qtbot, dialog, "38.4")
    with qtbot.wait_signal(dialog.finished):
        save(qtbot, dialog)

    assert banner.isVisible() and banner.add_number.isVisible()
    assert "no out-of-hours number" in banner.number.text()
    qtbot.mouseClick(banner.add_number, Qt.MouseButton.LeftButton)
    profile = window.findChild(ProfileDialog)
    assert profile is not None and profile.isVisible()
    with qtbot.wait_signal(profile.finished):
        profile.reject()

    change_setting(plan, OUT_OF_HOURS, "020 7946 0999")  # as the profile would save it
    banner.check()
    assert "020 7946 0999" in banner.number.text() and not banner.add_number.isVisible()


def test_a_temperature_noted_elsewhere_shows_the_banner_within_two_seconds(
    qtbot: QtBot, plan: Plan, other_plan: Plan, make_window: MakeWindow
) -> None:
    change_setting(plan, OUT_OF_HOURS, "020 7946 0999")
    window = make_window(plan)
    banner = window.call_now
    assert not banner.isVisible()

    # As the command line would: `care-planner log temperature 38.6`.
    noted, _ = readings.log_temperature(other_plan, Decimal("38.6"))
    assert noted.call_now

    qtbot.wait_until(banner.isVisible, timeout=SHOWN_WITHIN_MS)
    assert "38.6 °C" in banner.text.text() and "020 7946 0999" in banner.number.text()


def test_a_recent_high_temperature_shows_the_banner_when_the_window_opens(
    qtbot: QtBot, plan: Plan, make_window: MakeWindow
) -> None:
    readings.log_temperature(plan, Decimal("38.0"), at=NOW - dt.timedelta(hours=3))
    readings.log_temperature(plan, Decimal("38.1"), at=NOW - dt.timedelta(hours=1))
    window = make_window(plan)
    qtbot.wait_until(window.call_now.isVisible)
    assert "38.0 °C at 07:00, 38.1 °C at 09:00" in window.call_now.text.text()


def test_the_note_temperature_action_opens_the_form(window: MainWindow) -> None:
    page = journal_page(window)
    page.start_action("note-temperature")
    dialog = page.findChild(ReadingDialog, "temperatureDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_on_a_read_only_plan_the_reading_actions_are_off(
    tmp_path: Path, make_window: MakeWindow
) -> None:
    path = tmp_path / "plan.sqlite3"
    open_plan(f"sqlite:///{path}").close()
    with immutable(path):
        read_only = open_plan(f"sqlite:///{path}")
        try:
            page = journal_page(make_window(read_only))
            assert not page.temperature_action.isEnabled()
            assert not page.weight_action.isEnabled() and not page.count_action.isEnabled()
        finally:
            read_only.close()


def test_opening_a_reading_shows_it_selected_on_the_readings_tab(
    window: MainWindow, demo_plan: Plan
) -> None:
    weight, _ = readings.log_weight(demo_plan, Decimal("68.2"), at=NOW - dt.timedelta(hours=2))
    assert weight.id is not None
    window.open_record(Kind.READING, weight.id)  # as Activity or search would

    page = journal_page(window)
    assert page.tabs.currentWidget() is page.readings
    assert page.readings.table.selected_id() == weight.id


def test_a_new_red_flag_is_also_said_from_the_tray_once(
    qtbot: QtBot, plan: Plan, other_plan: Plan, make_window: MakeWindow
) -> None:
    change_setting(plan, OUT_OF_HOURS, "020 7946 0999")
    window = make_window(plan)
    said: list[tuple[str, str]] = []
    window.call_now.raised.connect(lambda title, text: said.append((title, text)))

    readings.log_temperature(other_plan, Decimal("38.6"), at=NOW - dt.timedelta(minutes=30))
    qtbot.wait_until(lambda: bool(said), timeout=SHOWN_WITHIN_MS)
    ((title, text),) = said
    assert title == "Call now" and "38.6 °C" in text and "020 7946 0999" in text

    window.call_now.check()  # the same red flag asked again: said once
    assert len(said) == 1
    readings.log_temperature(other_plan, Decimal("38.9"))
    qtbot.wait_until(lambda: len(said) == 2, timeout=SHOWN_WITHIN_MS)
    assert "38.9 °C" in said[1][1]
