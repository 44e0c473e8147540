"""One row of the red-flag table, added or changed: a temperature rule (how high, how many
readings, how far apart, within how long) or the severity that shows whom to call.

Each value is checked as it is typed (:func:`~planner.domain.red_flags.check_rule`); a
value the plan cannot hold is named under its field and the rule is not taken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QSpinBox, QWidget

from planner.domain.red_flags import (
    HOUR,
    LONGEST_APART,
    LONGEST_WITHIN,
    MOST_READINGS,
    RedFlagError,
    RedFlagRule,
    Rule,
    SeverityRule,
    Temperature,
    TemperatureUnit,
    check_row,
    describe_row,
    parse_temperature,
)
from planner.ui.dialogs.form import FormDialog
from planner.ui.labels import say, translate
from planner.ui.widgets.field_message import FieldMessage

MINUTE = dt.timedelta(minutes=1)


def _minutes(length: dt.timedelta) -> int:
    return int(length // MINUTE)


class RuleDialog(FormDialog[RedFlagRule]):
    """Edits ``rule``; OK hands the checked rule to ``save`` (which puts it in the table:
    nothing is stored before Preferences is saved). ``others`` are the table's other rows:
    the same rule twice is refused."""

    def __init__(
        self,
        rule: RedFlagRule,
        unit: TemperatureUnit,
        save: Callable[[RedFlagRule], bool],
        others: Sequence[RedFlagRule] = (),
        parent: QWidget | None = None,
    ) -> None:
        severity = isinstance(rule, SeverityRule)
        title = (
            translate("Dialogs", "Severity rule")
            if severity
            else translate("Dialogs", "Temperature rule")
        )
        super().__init__("redFlagRule", title, save, parent)
        self._others = tuple(others)
        self._messages: dict[str, FieldMessage] = {}
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(translate("Dialogs", "Use this rule"))
        self.ok = ok
        if isinstance(rule, SeverityRule):
            self.severity = QSpinBox(self)
            self.severity.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
            self.severity.setRange(1, 10)
            self.severity.setValue(rule.at_least)
            self.severity.setSuffix(translate("Dialogs", " of 10"))
            self.row(
                translate("Dialogs", "Show whom to call from &severity:"),
                self.severity,
                "Severity",
                translate("Dialogs", "Show whom to call from this severity"),
            )
            self.severity.setToolTip(
                translate(
                    "Dialogs",
                    "A side effect noted this severe or worse shows the care team's numbers.",
                )
            )
            self._messages["at_least"] = self.message_under(self.severity)
            self.severity.valueChanged.connect(self._check)
        else:
            self._build_temperature(rule, unit)
        self.words = QLabel(self)
        self.words.setObjectName("redFlagRuleWords")
        self.words.setWordWrap(True)
        self.layout_.insertWidget(0, self.words)
        self._unit_shown = unit
        self._check()

    def _build_temperature(self, rule: Rule, unit: TemperatureUnit) -> None:
        self.temperature = self.line(
            translate("Dialogs", "&Temperature of at least:"),
            "Temperature",
            translate("Dialogs", "Temperature of at least"),
            str(rule.at_least.value),
        )
        self.temperature.setMaxLength(8)
        self._messages["at_least"] = self.message_under(self.temperature)
        self.unit = QComboBox(self)
        for choice in TemperatureUnit:
            self.unit.addItem(choice.symbol, choice)
        self.unit.setCurrentIndex(list(TemperatureUnit).index(rule.at_least.unit))
        self.row(
            translate("Dialogs", "&Scale:"),
            self.unit,
            "Unit",
            translate("Dialogs", "Scale of the temperature"),
        )
        self.readings = self._spin(
            translate("Dialogs", "&Readings needed:"),
            "Readings",
            translate("Dialogs", "Readings needed"),
        )
        self.readings.setRange(1, MOST_READINGS)
        self.readings.setValue(rule.readings)
        self._messages["readings"] = self.message_under(self.readings)
        self.apart = self._spin(
            translate("Dialogs", "At least this far &apart:"),
            "Apart",
            translate("Dialogs", "At least this far apart, in minutes"),
        )
        self.apart.setRange(0, _minutes(LONGEST_APART))
        self.apart.setSingleStep(15)
        self.apart.setValue(_minutes(rule.apart))
        self.apart.setSuffix(translate("Dialogs", " minutes"))
        self._messages["apart"] = self.message_under(self.apart)
        self.within = self._spin(
            translate("Dialogs", "All &within:"),
            "Within",
            translate("Dialogs", "All within, in hours"),
        )
        self.within.setRange(1, LONGEST_WITHIN // HOUR)
        self.within.setValue(max(1, rule.within // HOUR))
        self.within.setSuffix(translate("Dialogs", " hours"))
        self._messages["within"] = self.message_under(self.within)
        self.temperature.textChanged.connect(self._check)
        self.unit.currentIndexChanged.connect(self._check)
        for spin in (self.readings, self.apart, self.within):
            spin.valueChanged.connect(self._check)

    def _spin(self, label: str, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)  # room at 200%
        self.row(label, spin, name, accessible)
        return spin

    # -- the value --------------------------------------------------------------------------
    def value(self) -> RedFlagRule:
        """The rule as the fields show it; a RedFlagError naming the part otherwise."""
        if hasattr(self, "severity"):
            rule: RedFlagRule = SeverityRule(self.severity.value())
        else:
            unit = TemperatureUnit(self.unit.currentData())
            try:
                temperature = parse_temperature(self.temperature.text(), unit)
            except RedFlagError as error:
                raise RedFlagError(say(error.message), "at_least") from None
            rule = Rule(
                temperature,
                self.readings.value(),
                self.apart.value() * MINUTE if self.readings.value() > 1 else dt.timedelta(0),
                self.within.value() * HOUR,
            )
        check_row(rule)
        if rule in self._others:
            raise RedFlagError(
                translate("Dialogs", "This rule is in the table already."), "at_least"
            )
        return rule

    @Slot()
    def _check(self) -> bool:
        if not hasattr(self, "severity"):
            self.apart.setEnabled(self.readings.value() > 1)
        try:
            rule = self.value()
        except RedFlagError as error:
            problem, field = say(error.message), error.field
            self.words.setText(translate("Dialogs", "The rule cannot be used yet: see below."))
        else:
            problem, field = "", ""
            self.words.setText(
                translate("Dialogs", "In words: {rule}").format(
                    rule=describe_row(rule, self._unit_shown)
                )
            )
        for name, message in self._messages.items():
            if name == field:
                message.show_problem(problem)
            else:
                message.clear()
        self.ok.setEnabled(not problem)
        return not problem


def new_rule(unit: TemperatureUnit) -> Rule:
    """What Add offers first: one reading of 38.0 °C (100.4 °F) within 24 hours."""
    value = Decimal("38.0") if unit is TemperatureUnit.CELSIUS else Decimal("100.4")
    return Rule(Temperature(value, unit))
