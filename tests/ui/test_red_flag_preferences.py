"""The red-flag table in Preferences: the rules in words, changed, refused at the field,
restored to published guidance; the severity of the journal's alert as a row of it; and the
temperature and medicine settings beside it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTimeEdit
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, JournalKind
from planner.domain.journal import ALERT_SEVERITY
from planner.domain.medicines import LATER_MINUTES, MISSED_AFTER, REMIND_EVERY, REMIND_TIMES
from planner.domain.model import JournalEntry
from planner.domain.red_flags import (
    DEFAULT_RULES,
    DEFAULT_TABLE,
    INFECTION_RISK,
    TEMPERATURE_RULES,
    TEMPERATURE_TIME,
    TEMPERATURE_UNIT,
    RedFlagTable,
    Rule,
    SeverityRule,
    Temperature,
    TemperatureUnit,
    describe,
)
from planner.services import journal, readings, red_flag_settings
from planner.services import settings as plan_settings
from planner.services.plan import ConflictError, Plan
from planner.ui.dialogs.preferences import PreferencesDialog
from planner.ui.dialogs.red_flags import RedFlagTableEditor, care_team_first
from planner.ui.dialogs.red_flags_rule import RuleDialog
from planner.ui.widgets.field_message import FieldMessage
from tests.conftest import NOW
from tests.helpers.fitting import SIZES, cut_widgets
from tests.ui.conftest import MakeWindow

C, F = TemperatureUnit.CELSIUS, TemperatureUnit.FAHRENHEIT


def table_of(dialog: PreferencesDialog) -> RedFlagTableEditor:
    table = dialog.findChild(RedFlagTableEditor, "redFlagTable")
    assert table is not None and table is dialog.red_flags
    return table


def message(dialog: RuleDialog, field: str) -> FieldMessage:
    found = dialog.findChild(FieldMessage, f"redFlagRule{field}Message")
    assert found is not None
    return found


def use(qtbot: QtBot, dialog: RuleDialog) -> None:
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()


def save(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()


def side_effect(severity: int) -> JournalEntry:
    return JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Pain", severity)


def test_the_table_shows_each_rule_in_words_under_the_care_team_line(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    window = make_window(plan)
    dialog = window.open_preferences()
    qtbot.wait_until(dialog.isVisible)
    table = table_of(dialog)

    first = dialog.findChild(QLabel, "redFlagsFirst")
    assert first is not None and first.text() == care_team_first() and first.isVisible()
    assert (
        first.mapTo(dialog, first.rect().topLeft()).y()
        < table.rules.mapTo(dialog, table.rules.rect().topLeft()).y()
    )  # above the table
    once, twice = DEFAULT_RULES[C]
    assert table.texts() == [
        describe(once, C),
        describe(twice, C),
        "A side effect noted at severity 7 of 10 or more (a fever at any severity): show "
        "whom to call now.",
    ]
    assert "published guidance" in table.source.text()
    # The severity is a row of the table, not a line of its own.
    assert dialog.findChild(QLineEdit, "preferenceAlertSeverity") is None

    unit = dialog.findChild(QComboBox, "preferenceTemperatureUnit")
    assert unit is not None
    unit.setCurrentIndex(1)  # °F: the rules follow the scale at once
    assert table.texts()[0] == describe(DEFAULT_RULES[F][0], F)
    dialog.reject()


def test_a_rule_changed_in_preferences_decides_whether_38_1_calls_now(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    before, _ = readings.log_temperature(plan, Decimal("38.1"), at=NOW - dt.timedelta(minutes=30))
    assert not before.call_now  # published guidance: 38.1 once is not enough

    window = make_window(plan)
    dialog = window.open_preferences()
    table = table_of(dialog)
    table.select(0)
    rule = table.change()
    assert rule is not None
    assert rule.temperature.text() == "38.3"
    rule.temperature.setText("38.0")
    assert rule.words.text() == (
        "In words: One reading of 38.0 °C (100.4 °F) or more within 24 hours: call now."
    )
    use(qtbot, rule)
    assert table.texts()[0].startswith("One reading of 38.0 °C")
    assert "your own numbers" in table.source.text()
    save(qtbot, dialog)

    own = Rule(Temperature(Decimal("38.0"), C))
    assert red_flag_settings.rules(plan).temperature == (own, DEFAULT_RULES[C][1])
    noted, _ = readings.log_temperature(plan, Decimal("38.1"))
    assert noted.call_now and [fired.rule for fired in noted.fired] == [own]  # not 2 in 1 h

    # Back to guidance: the same reading calls for nothing.
    red_flag_settings.restore_defaults(plan)
    again, _ = readings.log_temperature(plan, Decimal("38.1"), at=NOW - dt.timedelta(minutes=10))
    assert not again.call_now


def test_a_rule_the_plan_cannot_hold_is_refused_at_its_field_and_nothing_is_saved(
    qtbot: QtBot,
) -> None:
    saved: list[object] = []
    dialog = PreferencesDialog({}, lambda changed: saved.append(changed) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    table = table_of(dialog)
    rule = table.add()
    assert rule is not None
    qtbot.wait_until(rule.isVisible)

    rule.temperature.setText("50")
    problem = message(rule, "Temperature")
    assert problem.isVisible() and "between 30 and 45 °C, not 50" in problem.text()
    assert problem.text().startswith("⚠")  # not by colour alone
    assert not rule.ok.isEnabled()
    rule.accept()
    assert rule.isVisible() and len(table.texts()) == 3

    rule.temperature.setText("38.5")
    rule.readings.setValue(3)
    rule.apart.setValue(13 * 60)
    rule.within.setValue(24)
    assert "do not fit in 24 hours" in message(rule, "Within").message()
    assert message(rule, "Temperature").message() == ""
    assert not rule.ok.isEnabled()

    rule.temperature.setText("38.0")
    rule.readings.setValue(1)  # one reading of 38.0: not in the table yet
    assert rule.ok.isEnabled()
    rule.temperature.setText("38.3")  # published guidance's first rule, already there
    assert "in the table already" in message(rule, "Temperature").message()
    with qtbot.waitSignal(rule.finished):
        rule.reject()

    assert len(table.texts()) == 3
    save(qtbot, dialog)
    assert saved == []  # nothing changed, nothing to save


def test_the_severity_rule_is_a_row_the_journal_alert_reads(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    assert journal.add_entry(plan, side_effect(8), NOW)[0].alert  # 7 and above, as before

    window = make_window(plan)
    dialog = window.open_preferences()
    table = table_of(dialog)
    table.select(len(table.texts()) - 1)
    assert not table.remove_button.isEnabled()  # the severity rule stays
    rule = table.change()
    assert rule is not None and rule.windowTitle() == "Severity rule"
    rule.severity.setValue(9)
    use(qtbot, rule)
    assert table.texts()[-1].startswith("A side effect noted at severity 9 of 10 or more")
    save(qtbot, dialog)

    assert plan_settings.read_setting(plan, ALERT_SEVERITY) == 9
    assert red_flag_settings.rules(plan).severity == SeverityRule(9)
    assert not journal.add_entry(plan, side_effect(8), NOW)[0].alert
    assert journal.add_entry(plan, side_effect(9), NOW)[0].alert


def test_restore_the_defaults_brings_back_published_guidance(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    own = (Rule(Temperature(Decimal("100.0"), F), 2, dt.timedelta(minutes=30)),)
    red_flag_settings.save_rules(plan, RedFlagTable(own, SeverityRule(5)))

    window = make_window(plan)
    dialog = window.open_preferences()
    table = table_of(dialog)
    assert table.texts()[0] == describe(own[0], C)
    assert not table.remove_button.isEnabled()  # the last temperature rule stays
    restore = dialog.findChild(QPushButton, "redFlagRestore")
    assert restore is not None and restore.isEnabled()
    restore.click()
    assert table.table() == DEFAULT_TABLE and not restore.isEnabled()
    assert "published guidance" in table.source.text()
    save(qtbot, dialog)

    assert red_flag_settings.rules(plan) == DEFAULT_TABLE
    assert plan_settings.read_setting(plan, TEMPERATURE_RULES) == ()
    assert plan_settings.read_setting(plan, ALERT_SEVERITY) == ALERT_SEVERITY.default


def test_a_rule_is_added_and_removed(qtbot: QtBot) -> None:
    saved: list[object] = []
    dialog = PreferencesDialog({}, lambda changed: saved.append(changed) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    table = table_of(dialog)
    rule = table.add()
    assert rule is not None
    rule.temperature.setText("37.8")
    rule.readings.setValue(3)
    rule.apart.setValue(120)
    rule.within.setValue(12)
    use(qtbot, rule)
    added = Rule(Temperature(Decimal("37.8"), C), 3, dt.timedelta(hours=2), dt.timedelta(hours=12))
    assert table.texts()[2] == describe(added, C)

    table.select(0)
    assert table.remove_button.isEnabled()
    table.remove_button.click()
    assert table.texts()[:2] == [describe(DEFAULT_RULES[C][1], C), describe(added, C)]
    save(qtbot, dialog)
    assert saved == [[(TEMPERATURE_RULES, (DEFAULT_RULES[C][1], added))]]


def test_the_temperature_and_medicine_settings_are_checked_at_the_field_and_saved(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot
) -> None:
    window = make_window(plan)
    dialog = window.open_preferences()

    def line(name: str) -> QLineEdit:
        found = dialog.findChild(QLineEdit, name)
        assert found is not None, name
        return found

    def error(name: str) -> FieldMessage:
        found = dialog.findChild(FieldMessage, f"{name}Error")
        assert found is not None
        return found

    for name, wrong, words in (
        ("preferenceMissedAfter", "5", "from 10 to 720, not 5"),
        ("preferenceRemindEvery", "0", "from 1 to 60"),
        ("preferenceRemindTimes", "many", "whole number from 1 to 12"),
        ("preferenceLaterMinutes", "500", "from 5 to 240"),
        ("preferenceRiskDaysRadiation", "9-3", "the first one first"),
    ):
        line(name).setText(wrong)
        assert words in error(name).message(), name
        assert not dialog.ok.isEnabled()
        dialog.accept()
        assert dialog.isVisible()  # refused: nothing saved
        line(name).setText("")
    assert plan_settings.stored_settings(plan).get(MISSED_AFTER.key) is None

    line("preferenceMissedAfter").setText("90")
    line("preferenceRemindEvery").setText("15")
    line("preferenceRemindTimes").setText("4")
    line("preferenceLaterMinutes").setText("45")
    line("preferenceRiskDaysChemotherapy").setText("8-15")
    line("preferenceRiskDaysRadiation").setText("")
    assert line("preferenceRiskDaysRadiation").placeholderText().startswith("None")
    unit = dialog.findChild(QComboBox, "preferenceTemperatureUnit")
    assert unit is not None and unit.currentText().startswith("°C")
    unit.setCurrentIndex(1)
    evening = dialog.findChild(QTimeEdit, "preferenceTemperatureTime")
    assert evening is not None and evening.time() == QTime(20, 0)
    evening.setTime(QTime(21, 30))
    save(qtbot, dialog)

    def read(setting: object) -> object:
        return plan_settings.read_setting(plan, setting)  # type: ignore[arg-type]

    assert (read(MISSED_AFTER), read(REMIND_EVERY), read(REMIND_TIMES)) == (90, 15, 4)
    assert read(LATER_MINUTES) == 45
    assert read(TEMPERATURE_UNIT) is F
    assert read(TEMPERATURE_TIME) == dt.time(21, 30)
    assert read(INFECTION_RISK[AppointmentKind.CHEMOTHERAPY]) == (8, 15)
    assert read(INFECTION_RISK[AppointmentKind.RADIATION]) is None


def test_someone_else_s_change_to_the_table_is_not_saved_over(plan: Plan) -> None:
    seen = red_flag_settings.rules(plan)
    theirs = RedFlagTable((Rule(Temperature(Decimal("38.0"), C)),), SeverityRule(6))
    red_flag_settings.save_rules(plan, theirs, seen=seen)

    with pytest.raises(ConflictError):
        red_flag_settings.restore_defaults(plan, seen=seen)
    assert red_flag_settings.rules(plan) == theirs


@pytest.mark.parametrize("severity", [False, True])
def test_the_rule_dialog_fits_at_every_text_size(
    make_window: MakeWindow, plan: Plan, qtbot: QtBot, severity: bool
) -> None:
    window = make_window(plan)
    window.resize(1280, 800)
    found = {}
    for percent in SIZES:
        window.text_size.set_percent(percent)
        dialog = window.open_preferences()
        table = table_of(dialog)
        table.select(len(table.texts()) - 1 if severity else 0)
        rule = table.change()
        assert rule is not None
        qtbot.wait_until(rule.isVisible)
        if trouble := cut_widgets(rule, rule, tall=True):
            found[percent] = trouble
        with qtbot.waitSignal(rule.finished):
            rule.reject()
        with qtbot.waitSignal(dialog.finished):
            dialog.reject()
        window.text_size.reset()
    assert found == {}
