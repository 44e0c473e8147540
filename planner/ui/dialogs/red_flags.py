"""The red-flag table in Preferences: each rule in words, in the plan's temperature scale,
with Add, Change, Remove and Restore the defaults.

The care team's own numbers come first, so the table says so above the rules. Nothing is
stored here: Preferences saves the table with its other settings (the temperature rules,
and the severity the journal's alert reads).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import ALERT_SEVERITY
from planner.domain.red_flags import (
    DEFAULT_TABLE,
    MOST_RULES,
    TEMPERATURE_RULES,
    RedFlagRule,
    RedFlagTable,
    Rule,
    SeverityRule,
    TemperatureUnit,
    describe_row,
)
from planner.ui.dialogs.red_flags_rule import RuleDialog, new_rule
from planner.ui.labels import say, translate
from planner.ui.widgets.flow import FlowLayout

KEYS = frozenset({TEMPERATURE_RULES.key, ALERT_SEVERITY.key})
"""The plan settings the table edits: Preferences shows them here, not as rows of their own."""


def care_team_first() -> str:
    return translate(
        "Dialogs", "Your care team's own numbers come first: change these to what they told you."
    )


class RulesList(QListWidget):
    """The rules, each wrapped over as many lines as it needs: as tall as they are at the
    width it is given, so no rule scrolls out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(width - 2 * self.frameWidth() - 12, 100)
        metrics = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        rows = sum(
            metrics.boundingRect(0, 0, inner, 10_000, flags, self.item(row).text()).height()
            + 2 * self.spacing()
            + 4
            for row in range(self.count())
        )
        return max(metrics.lineSpacing() * 4, rows) + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))


class RedFlagTableEditor(QWidget):
    """The table's rules, as words; a rule is added or changed in a :class:`RuleDialog`.

    Signals: ``edited`` after any change to the table.
    """

    edited = Signal()

    def __init__(
        self, table: RedFlagTable, unit: TemperatureUnit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagTable")
        self._table = table
        self._unit = unit
        self.first = QLabel(care_team_first(), self)
        self.first.setObjectName("redFlagsFirst")
        self.first.setWordWrap(True)
        self.rules = RulesList(self)
        self.rules.setObjectName("redFlagRules")
        self.rules.setAccessibleName(translate("Dialogs", "Red-flag rules"))
        self.rules.setWordWrap(True)
        self.rules.setResizeMode(QListView.ResizeMode.Adjust)
        self.rules.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules.setSpacing(2)
        self.rules.itemDoubleClicked.connect(self.change)
        self.rules.currentRowChanged.connect(self._update_buttons)
        self.source = QLabel(self)
        self.source.setObjectName("redFlagsSource")
        self.source.setWordWrap(True)
        self.add_button = self._button(translate("Dialogs", "A&dd a rule…"), "redFlagAdd", self.add)
        self.change_button = self._button(
            translate("Dialogs", "Chan&ge…"), "redFlagChange", self.change
        )
        self.remove_button = self._button(
            translate("Dialogs", "Rem&ove"), "redFlagRemove", self.remove
        )
        self.restore_button = self._button(
            translate("Dialogs", "Restore the de&faults"), "redFlagRestore", self.restore_defaults
        )
        self.restore_button.setToolTip(
            translate(
                "Dialogs",
                "Published guidance for temperatures, and whom to call from severity {n}.",
            ).format(n=ALERT_SEVERITY.default)
        )
        buttons = FlowLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first)
        layout.addWidget(self.rules)
        layout.addWidget(self.source)
        layout.addLayout(buttons)
        self._show()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- what it holds ------------------------------------------------------------------
    def table(self) -> RedFlagTable:
        """The table as shown (no temperature rules: published guidance)."""
        return self._table

    def shown(self) -> tuple[RedFlagRule, ...]:
        """The rows in the order shown: the temperature rules, then the severity rule."""
        return self._table.rows(self._unit)

    def texts(self) -> list[str]:
        return [self.rules.item(row).text() for row in range(self.rules.count())]

    def set_unit(self, unit: TemperatureUnit) -> None:
        """Show the rules in ``unit`` (published guidance in that scale)."""
        if unit is not self._unit:
            self._unit = unit
            self._show()

    def select(self, row: int) -> None:
        self.rules.setCurrentRow(row)

    def selected(self) -> RedFlagRule | None:
        row = self.rules.currentRow()
        rows = self.shown()
        return rows[row] if 0 <= row < len(rows) else None

    # -- changes ------------------------------------------------------------------------
    def _temperature(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.shown() if isinstance(r, Rule))

    def _set(self, table: RedFlagTable, select: int | None = None) -> None:
        self._table = table
        self._show(select)
        self.edited.emit()

    @Slot()
    def add(self) -> RuleDialog | None:
        """Ask for a new temperature rule; it joins the table after the others."""
        if len(self._temperature()) >= MOST_RULES:
            return None

        def put(rule: RedFlagRule) -> bool:
            assert isinstance(rule, Rule)
            rules = (*self._temperature(), rule)
            self._set(RedFlagTable(rules, self._table.severity), len(rules) - 1)
            return True

        return self._open(new_rule(self._unit), put)

    @Slot()
    def change(self) -> RuleDialog | None:
        """Change the chosen rule (the severity rule too)."""
        chosen = self.selected()
        if chosen is None:
            return None
        row = self.rules.currentRow()

        def put(rule: RedFlagRule) -> bool:
            if isinstance(rule, SeverityRule):
                self._set(RedFlagTable(self._table.temperature, rule), row)
            else:
                rules = list(self._temperature())
                rules[row] = rule
                self._set(RedFlagTable(tuple(rules), self._table.severity), row)
            return True

        return self._open(chosen, put)

    @Slot()
    def remove(self) -> None:
        """Take the chosen temperature rule out; the last one and the severity rule stay."""
        chosen = self.selected()
        rules = self._temperature()
        if not isinstance(chosen, Rule) or len(rules) < 2:
            return
        row = self.rules.currentRow()
        kept = rules[:row] + rules[row + 1 :]
        self._set(RedFlagTable(kept, self._table.severity), min(row, len(kept) - 1))

    @Slot()
    def restore_defaults(self) -> None:
        """Published guidance, and the journal's alert at its usual level."""
        self._set(DEFAULT_TABLE, 0)

    def _open(self, rule: RedFlagRule, put: Callable[[RedFlagRule], bool]) -> RuleDialog:
        others = [r for r in self.shown() if r != rule]
        dialog = RuleDialog(rule, self._unit, put, others, self)
        dialog.open()
        return dialog

    # -- showing ------------------------------------------------------------------------
    def _show(self, select: int | None = None) -> None:
        keep = self.rules.currentRow() if select is None else select
        self.rules.clear()
        for row in self.shown():
            words = say(describe_row(row, self._unit))
            item = QListWidgetItem(words)
            item.setToolTip(words)
            self.rules.addItem(item)
        self.rules.setCurrentRow(max(0, min(keep, self.rules.count() - 1)))
        self.rules.updateGeometry()
        self.source.setText(
            translate("Dialogs", "The temperature rules are the defaults from published guidance.")
            if self._table.follows_guidance
            else translate("Dialogs", "The temperature rules are your own numbers.")
        )
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.change_button.setEnabled(chosen is not None)
        removable = isinstance(chosen, Rule) and len(self._temperature()) > 1
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            ""
            if removable
            else translate(
                "Dialogs",
                "The severity rule and the last temperature rule stay: change them instead.",
            )
        )
        self.add_button.setEnabled(len(self._temperature()) < MOST_RULES)
        self.restore_button.setEnabled(self._table != DEFAULT_TABLE)
