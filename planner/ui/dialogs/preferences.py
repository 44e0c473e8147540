"""Preferences: the plan's settings (shared by everyone using the plan), one row each.

Another area adds a row by appending a :class:`Preference` to :data:`PREFERENCES`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.activity import KEEP_DAYS
from planner.domain.appointment_reminders import REMINDER_TIME
from planner.domain.journal import ALERT_SEVERITY
from planner.domain.learning import THRESHOLD as HARD_DAY_THRESHOLD
from planner.domain.legs import (
    CONFIRM_BY,
    DEFAULT_TRAVEL,
    HOME_ADDRESS,
    MARGIN,
    PATIENT_NAME,
    PATIENT_PHONE,
)
from planner.domain.medicines import LATER_MINUTES, MISSED_AFTER, REMIND_EVERY, REMIND_TIMES
from planner.domain.red_flags import (
    INFECTION_RISK,
    TEMPERATURE_RULES,
    TEMPERATURE_TIME,
    TEMPERATURE_UNIT,
    TemperatureUnit,
    table_of,
)
from planner.domain.settings import Setting
from planner.domain.sharing import TIME_ZONE
from planner.domain.week import GAP_HORIZON
from planner.services.author import my_name_setting
from planner.ui.dialogs.red_flags import KEYS as RED_FLAG_KEYS
from planner.ui.dialogs.red_flags import RedFlagTableEditor
from planner.ui.labels import tr
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.rows_area import RowsArea


@dataclass(frozen=True)
class Preference:
    label: str
    """The row's caption (translated when shown), with an ``&`` before its shortcut letter."""
    setting: Setting[Any]
    name: str
    """The editor's objectName."""
    help: str = ""
    file_only: bool = False
    """Only for a plan file: a shared plan (PostgreSQL) knows each person by their login."""
    choices: tuple[tuple[str, Any], ...] = ()
    """The values to choose from, each with its words (a drop-down instead of a line)."""
    heading: str = ""
    """A heading shown above the row: the first row of a group of settings."""
    placeholder: str = ""
    """What an empty line says (for a setting where empty means none)."""


PREFERENCES: list[Preference] = [
    Preference(
        "&Remind of appointments the day before at:",
        REMINDER_TIME,
        "preferenceReminderTime",
        "The window (and the system tray) reminds of the next day's appointments then.",
        heading="Reminders and gaps",
    ),
    Preference(
        "&Look for gaps this many days ahead (7 to 56):",
        GAP_HORIZON,
        "preferenceGapHorizon",
        "Coming days lists what is still to arrange from today over this many days.",
    ),
    # -- rides
    Preference(
        "Patient's &name:",
        PATIENT_NAME,
        "preferencePatientName",
        "Printed on the ride cards.",
        heading="Rides",
    ),
    Preference(
        "Patient's &phone:", PATIENT_PHONE, "preferencePatientPhone", "Printed on the ride cards."
    ),
    Preference(
        "Home &address:", HOME_ADDRESS, "preferenceHomeAddress", "Where the ride there picks up."
    ),
    Preference(
        "Arrive &early by (minutes):",
        MARGIN,
        "preferenceRideMargin",
        "The ride there arrives this long before the appointment starts.",
    ),
    Preference(
        "&Travel time to a new place (minutes):",
        DEFAULT_TRAVEL,
        "preferenceDefaultTravel",
        "Used until a place has its own travel time (Rides > Place and travel time).",
    ),
    Preference(
        "Drivers &confirm the evening before by:",
        CONFIRM_BY,
        "preferenceConfirmBy",
        "An unconfirmed ride is a gap, and the window reminds you to call the driver then.",
    ),
    # -- calendars
    Preference(
        "Time &zone of the plan's times:",
        TIME_ZONE,
        "preferenceTimeZone",
        "Written into exported calendars, e.g. Europe/London; empty uses this computer's.",
        heading="Calendars",
    ),
    # -- temperature and red flags (the red-flag table edits two settings in one place)
    Preference(
        "Temperat&ures in:",
        TEMPERATURE_UNIT,
        "preferenceTemperatureUnit",
        "Temperatures are typed and shown in this scale, with the other one beside them.",
        choices=(
            ("°C (Celsius)", TemperatureUnit.CELSIUS),
            ("°F (Fahrenheit)", TemperatureUnit.FAHRENHEIT),
        ),
        heading="Temperature and red flags",
    ),
    Preference(
        "Red-flag rules:",
        TEMPERATURE_RULES,
        "preferenceRedFlags",
        "When a temperature or a side effect means: call the care team now.",
    ),
    Preference(
        "Show whom to call from severity:",
        ALERT_SEVERITY,
        "preferenceAlertSeverity",
        "A side effect noted this severe (and any fever) shows the care team's numbers at once.",
    ),
    Preference(
        "Even&ing reminder to take the temperature at:",
        TEMPERATURE_TIME,
        "preferenceTemperatureTime",
        "On the infection-risk days the window reminds you then.",
    ),
    *(
        Preference(
            f"Infection-risk days after {kind.label.lower()}:",
            setting,
            f"preferenceRiskDays{kind.value.title().replace('_', '')}",
            "The days after each treatment day when blood counts are likely low, such as "
            "7-14 (empty: none). Coming days marks them, with an evening reminder to take "
            "the temperature.",
            placeholder="None (such as 7-14)",
        )
        for kind, setting in INFECTION_RISK.items()
    ),
    # -- medicines
    Preference(
        "A dose counts as &missed after (minutes):",
        MISSED_AFTER,
        "preferenceMissedAfter",
        "A dose not marked taken or skipped this long after its time is missed (a gap).",
        heading="Medicines",
    ),
    Preference(
        "Repeat a dose's reminder every (minutes):",
        REMIND_EVERY,
        "preferenceRemindEvery",
        "How often the reminder of an unanswered dose comes again.",
    ),
    Preference(
        "Remind of one dose at most (times):",
        REMIND_TIMES,
        "preferenceRemindTimes",
        "How many reminders one dose gets in all, the first at its time.",
    ),
    Preference(
        "Later ask&s again after (minutes):",
        LATER_MINUTES,
        "preferenceLaterMinutes",
        "How long Later waits before the dose's reminder asks again.",
    ),
    # -- journal
    Preference(
        "A day is &hard from average severity (1 to 10):",
        HARD_DAY_THRESHOLD,
        "preferenceHardDayThreshold",
        "Journal > Hard days learned suggests the days at or above this level.",
        heading="Journal",
    ),
    # -- activity
    Preference(
        "&Keep the list of changes for (days, 30 to 3650):",
        KEEP_DAYS,
        "preferenceKeepDays",
        "Older changes leave View > Activity and the change log when the window starts.",
        heading="Activity",
    ),
    Preference(
        "Your name in the acti&vity list:",
        my_name_setting(),
        "preferenceAuthorName",
        "Yours alone (kept for your login on this computer): your changes carry it in "
        "View > Activity.",
        file_only=True,
    ),
]


def preferences_for(shared: bool) -> list[Preference]:
    """The rows for a shared plan (PostgreSQL) or a plan file."""
    return [p for p in PREFERENCES if not (shared and p.file_only)]


Changed = list[tuple[Setting[Any], Any]]


class PreferencesDialog(QDialog):
    """Edits the plan's settings; OK hands the changed ones to ``save`` (which returns
    whether they were stored). A value a setting cannot hold is named under its field and
    OK stays disabled."""

    def __init__(
        self,
        values: Mapping[str, str],
        save: Callable[[Changed], bool],
        parent: QWidget | None = None,
        preferences: Sequence[Preference] = PREFERENCES,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setAccessibleName(tr("Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            tr("These settings belong to the plan: everyone who uses it sees the same."), self
        )
        intro.setObjectName("preferencesIntro")
        intro.setWordWrap(True)
        rows = QWidget(self)
        rows.setObjectName("preferencesRows")
        form = QFormLayout(rows)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: list[tuple[Preference, QWidget, FieldMessage, Any]] = []
        self.red_flags: RedFlagTableEditor | None = None
        for preference in preferences:
            current = preference.setting.read(values)
            if preference.heading:
                heading = QLabel(f"<b>{html.escape(tr(preference.heading))}</b>", self)
                heading.setObjectName(f"{preference.name}Heading")
                heading.setTextFormat(Qt.TextFormat.RichText)
                form.addRow(heading)
            if preference.setting.key in RED_FLAG_KEYS:
                self._add_red_flags(form, preference, values, current)
                continue
            editor = self._editor(preference, current)
            caption = QLabel(tr(preference.label), self)
            caption.setObjectName(f"{preference.name}Label")
            caption.setBuddy(editor)
            editor.setObjectName(preference.name)
            editor.setAccessibleName(tr(preference.label).replace("&", "").rstrip(":"))
            if isinstance(editor, QComboBox):  # its list is a control of its own
                editor.view().setObjectName(f"{preference.name}List")
                editor.view().setAccessibleName(editor.accessibleName())
            if preference.help:
                editor.setToolTip(tr(preference.help))
            form.addRow(caption, editor)
            # Under the whole row: a message as wide as the dialog wraps over few lines.
            error = FieldMessage(editor, self, name=f"{preference.name}Error")
            form.addRow(error)
            if isinstance(editor, QLineEdit):  # room for an address at any text size
                editor.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
            self._rows.append((preference, editor, error, current))
        unit = self._editor_of(TEMPERATURE_UNIT)
        table = self._editor_of(TEMPERATURE_RULES) or self._editor_of(ALERT_SEVERITY)
        if isinstance(table, RedFlagTableEditor) and isinstance(unit, QComboBox):
            # The rules are shown in the scale chosen above them, as soon as it is chosen.
            unit.currentIndexChanged.connect(
                lambda: table.set_unit(TemperatureUnit(unit.currentData()))
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("preferencesButtons")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("preferencesOk")
        self.ok.setAccessibleName(tr("Save the preferences"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("preferencesCancel")
        cancel.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The rows scroll when they are taller than the screen (large text, many settings).
        self.rows_area = RowsArea(rows, self)
        self.rows_area.setObjectName("preferencesScroll")
        self.rows_area.setAccessibleName(tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rows_area, 1)
        layout.addWidget(self.buttons)
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        if self._rows:
            self._rows[0][1].setFocus()

    def _add_red_flags(
        self, form: QFormLayout, preference: Preference, values: Mapping[str, str], current: Any
    ) -> None:
        """The red-flag table, once, in full width: it edits the temperature rules and the
        severity of the journal's alert (both settings are rows of the same table)."""
        if self.red_flags is None:
            table = RedFlagTableEditor(table_of(values), TEMPERATURE_UNIT.read(values), self)
            table.setAccessibleName(tr("Red-flag rules"))
            table.setToolTip(tr(preference.help))
            table.edited.connect(self._check)
            caption = QLabel(tr("Red flags: &when to call the care team now"), self)
            caption.setObjectName("preferenceRedFlagsLabel")
            caption.setBuddy(table.rules)
            caption.setWordWrap(True)
            form.addRow(caption)
            form.addRow(table)
            error = FieldMessage(table, self, name="preferenceRedFlagsError")
            form.addRow(error)
            self.red_flags = table
        message = FieldMessage.of(self.red_flags)
        assert message is not None
        self._rows.append((preference, self.red_flags, message, current))

    def _editor_of(self, setting: Setting[Any]) -> QWidget | None:
        return next((e for p, e, _, _ in self._rows if p.setting.key == setting.key), None)

    def _editor(self, preference: Preference, current: Any) -> QWidget:
        if preference.choices:
            combo = QComboBox(self)
            for words, value in preference.choices:
                combo.addItem(tr(words), value)
            values = [value for _, value in preference.choices]
            combo.setCurrentIndex(values.index(current) if current in values else 0)
            combo.currentIndexChanged.connect(self._check)
            return combo
        if isinstance(current, dt.time):
            editor = QTimeEdit(QTime(current.hour, current.minute), self)
            editor.setDisplayFormat("HH:mm")
            editor.timeChanged.connect(self._check)
            return editor
        line = QLineEdit(preference.setting.show(current), self)
        if preference.placeholder:
            line.setPlaceholderText(tr(preference.placeholder))
        line.textChanged.connect(self._check)
        return line

    def _value(self, preference: Preference, editor: QWidget) -> Any:
        """The editor's value; ValueError with the reason when the setting cannot hold it."""
        if isinstance(editor, QTimeEdit):
            time = editor.time()
            return preference.setting.check(dt.time(time.hour(), time.minute()))
        if isinstance(editor, QComboBox):  # by position: Qt hands back a StrEnum as a str
            return preference.setting.check(preference.choices[editor.currentIndex()][1])
        if isinstance(editor, RedFlagTableEditor):
            kept = {s.key: value for s, value in editor.table().settings()}
            return preference.setting.check(kept[preference.setting.key])
        assert isinstance(editor, QLineEdit)
        return preference.setting.parse(editor.text())

    @Slot()
    def _check(self) -> bool:
        problems: dict[FieldMessage, str] = {}
        for preference, editor, error, _ in self._rows:
            try:
                self._value(preference, editor)
            except ValueError as problem:
                problems.setdefault(error, str(problem))
            else:
                problems.setdefault(error, "")
        for error, text in problems.items():  # one message may serve two settings
            if text:
                error.show_problem(text)
            else:
                error.clear()
        good = not any(problems.values())
        self.ok.setEnabled(good)
        return good

    def changed(self) -> Changed:
        """The settings whose value the user changed, with their new values."""
        return [
            (preference.setting, value)
            for preference, editor, _, current in self._rows
            if (value := self._value(preference, editor)) != current
        ]

    def accept(self) -> None:
        checked = self._check()
        if not ready_to_save(self) or not checked:  # the focus goes to the value to put right
            return
        changes = self.changed()
        if not changes or self._save(changes):
            super().accept()
