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
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import messages
from planner.domain.activity import KEEP_DAYS
from planner.domain.appointment_reminders import REMINDER_TIME
from planner.domain.errors import said
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
from planner.domain.messages import Message
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
from planner.ui import theme
from planner.ui.dialogs.red_flags import KEYS as RED_FLAG_KEYS
from planner.ui.dialogs.red_flags import RedFlagTableEditor
from planner.ui.labels import say, translate
from planner.ui.settings import settings as computer_settings
from planner.ui.translations import LANGUAGE_KEY
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.rows_area import RowsArea


@dataclass(frozen=True)
class Preference:
    label: Message
    """The row's caption, with an ``&`` before its shortcut letter."""
    setting: Setting[Any]
    name: str
    """The editor's objectName."""
    help: Message | None = None
    file_only: bool = False
    """Only for a plan file: a shared plan (PostgreSQL) knows each person by their login."""
    choices: tuple[tuple[Message, Any], ...] = ()
    """The values to choose from, each with its words (a drop-down instead of a line)."""
    heading: Message | None = None
    """A heading shown above the row: the first row of a group of settings."""
    placeholder: Message | None = None
    """What an empty line says (for a setting where empty means none)."""


PREFERENCES: list[Preference] = [
    Preference(
        messages.translate("Preferences", "&Remind of appointments the day before at:"),
        REMINDER_TIME,
        "preferenceReminderTime",
        messages.translate(
            "Preferences",
            "The window (and the system tray) reminds of the next day's appointments then.",
        ),
        heading=messages.translate("Preferences", "Reminders and gaps"),
    ),
    Preference(
        messages.translate("Preferences", "&Look for gaps this many days ahead (7 to 56):"),
        GAP_HORIZON,
        "preferenceGapHorizon",
        messages.translate(
            "Preferences",
            "Coming days lists what is still to arrange from today over this many days.",
        ),
    ),
    # -- rides
    Preference(
        messages.translate("Preferences", "Patient's &name:"),
        PATIENT_NAME,
        "preferencePatientName",
        messages.translate("Preferences", "Printed on the ride cards."),
        heading=messages.translate("Preferences", "Rides"),
    ),
    Preference(
        messages.translate("Preferences", "Patient's &phone:"),
        PATIENT_PHONE,
        "preferencePatientPhone",
        messages.translate("Preferences", "Printed on the ride cards."),
    ),
    Preference(
        messages.translate("Preferences", "Home &address:"),
        HOME_ADDRESS,
        "preferenceHomeAddress",
        messages.translate("Preferences", "Where the ride there picks up."),
    ),
    Preference(
        messages.translate("Preferences", "Arrive &early by (minutes):"),
        MARGIN,
        "preferenceRideMargin",
        messages.translate(
            "Preferences", "The ride there arrives this long before the appointment starts."
        ),
    ),
    Preference(
        messages.translate("Preferences", "&Travel time to a new place (minutes):"),
        DEFAULT_TRAVEL,
        "preferenceDefaultTravel",
        messages.translate(
            "Preferences",
            "Used until a place has its own travel time (Rides > Place and travel time).",
        ),
    ),
    Preference(
        messages.translate("Preferences", "Drivers &confirm the evening before by:"),
        CONFIRM_BY,
        "preferenceConfirmBy",
        messages.translate(
            "Preferences",
            "An unconfirmed ride is a gap, and the window reminds you to call the driver then.",
        ),
    ),
    # -- calendars
    Preference(
        messages.translate("Preferences", "Time &zone of the plan's times:"),
        TIME_ZONE,
        "preferenceTimeZone",
        messages.translate(
            "Preferences",
            "Written into exported calendars, e.g. Europe/London; empty uses this computer's.",
        ),
        heading=messages.translate("Preferences", "Calendars"),
    ),
    # -- temperature and red flags (the red-flag table edits two settings in one place)
    Preference(
        messages.translate("Preferences", "Temperat&ures in:"),
        TEMPERATURE_UNIT,
        "preferenceTemperatureUnit",
        messages.translate(
            "Preferences",
            "Temperatures are typed and shown in this scale, with the other one beside them.",
        ),
        choices=(
            (messages.translate("Preferences", "°C (Celsius)"), TemperatureUnit.CELSIUS),
            (messages.translate("Preferences", "°F (Fahrenheit)"), TemperatureUnit.FAHRENHEIT),
        ),
        heading=messages.translate("Preferences", "Temperature and red flags"),
    ),
    Preference(
        messages.translate("Preferences", "Red-flag rules:"),
        TEMPERATURE_RULES,
        "preferenceRedFlags",
        messages.translate(
            "Preferences", "When a temperature or a side effect means: call the care team now."
        ),
    ),
    Preference(
        messages.translate("Preferences", "Show whom to call from severity:"),
        ALERT_SEVERITY,
        "preferenceAlertSeverity",
        messages.translate(
            "Preferences",
            "A side effect noted this severe (and any fever) shows the care team's "
            "numbers at once.",
        ),
    ),
    Preference(
        messages.translate("Preferences", "Even&ing reminder to take the temperature at:"),
        TEMPERATURE_TIME,
        "preferenceTemperatureTime",
        messages.translate(
            "Preferences", "On the infection-risk days the window reminds you then."
        ),
    ),
    *(
        Preference(
            messages.translate("Preferences", "Infection-risk days ({kind}):").format(kind=kind),
            setting,
            f"preferenceRiskDays{kind.value.title().replace('_', '')}",
            messages.translate(
                "Preferences",
                "The days after each treatment day when blood counts are likely low, such as "
                "7-14 (empty: none). Coming days marks them, with an evening reminder to take "
                "the temperature.",
            ),
            placeholder=messages.translate("Preferences", "None (such as 7-14)"),
        )
        for kind, setting in INFECTION_RISK.items()
    ),
    # -- medicines
    Preference(
        messages.translate("Preferences", "A dose counts as &missed after (minutes):"),
        MISSED_AFTER,
        "preferenceMissedAfter",
        messages.translate(
            "Preferences",
            "A dose not marked taken or skipped this long after its time is missed (a gap).",
        ),
        heading=messages.translate("Preferences", "Medicines"),
    ),
    Preference(
        messages.translate("Preferences", "Repeat a dose's reminder every (minutes):"),
        REMIND_EVERY,
        "preferenceRemindEvery",
        messages.translate(
            "Preferences", "How often the reminder of an unanswered dose comes again."
        ),
    ),
    Preference(
        messages.translate("Preferences", "Remind of one dose at most (times):"),
        REMIND_TIMES,
        "preferenceRemindTimes",
        messages.translate(
            "Preferences", "How many reminders one dose gets in all, the first at its time."
        ),
    ),
    Preference(
        messages.translate("Preferences", "Later ask&s again after (minutes):"),
        LATER_MINUTES,
        "preferenceLaterMinutes",
        messages.translate(
            "Preferences", "How long Later waits before the dose's reminder asks again."
        ),
    ),
    # -- journal
    Preference(
        messages.translate("Preferences", "A day is &hard from average severity (1 to 10):"),
        HARD_DAY_THRESHOLD,
        "preferenceHardDayThreshold",
        messages.translate(
            "Preferences", "Journal > Hard days learned suggests the days at or above this level."
        ),
        heading=messages.translate("Preferences", "Journal"),
    ),
    # -- activity
    Preference(
        messages.translate("Preferences", "&Keep the list of changes for (days, 30 to 3650):"),
        KEEP_DAYS,
        "preferenceKeepDays",
        messages.translate(
            "Preferences",
            "Older changes leave View > Activity and the change log when the window starts.",
        ),
        heading=messages.translate("Preferences", "Activity"),
    ),
    Preference(
        messages.translate("Preferences", "Your name in the acti&vity list:"),
        my_name_setting(),
        "preferenceAuthorName",
        messages.translate(
            "Preferences",
            "Yours alone (kept for your login on this computer): your changes carry it in "
            "View > Activity.",
        ),
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
        *,
        plan_off: str = "",
    ) -> None:
        """``plan_off``, when given, says why the plan's settings cannot be changed (a
        read-only plan, a helper's login): they are shown, off; this computer's stay."""
        super().__init__(parent)
        self._save = save
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Dialogs", "Preferences"))
        self.setAccessibleName(translate("Dialogs", "Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            translate(
                "Dialogs", "These settings belong to the plan: everyone who uses it sees the same."
            ),
            self,
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
                heading = QLabel(f"<b>{html.escape(say(preference.heading))}</b>", self)
                heading.setObjectName(f"{preference.name}Heading")
                heading.setTextFormat(Qt.TextFormat.RichText)
                form.addRow(heading)
            if preference.setting.key in RED_FLAG_KEYS:
                self._add_red_flags(form, preference, values, current)
                continue
            editor = self._editor(preference, current)
            caption = QLabel(say(preference.label), self)
            caption.setObjectName(f"{preference.name}Label")
            caption.setBuddy(editor)
            editor.setObjectName(preference.name)
            editor.setAccessibleName(say(preference.label).replace("&", "").rstrip(":"))
            if isinstance(editor, QComboBox):  # its list is a control of its own
                editor.view().setObjectName(f"{preference.name}List")
                editor.view().setAccessibleName(editor.accessibleName())
            if preference.help:
                editor.setToolTip(say(preference.help))
            form.addRow(caption, editor)
            # Under the whole row: a message as wide as the dialog wraps over few lines.
            error = FieldMessage(editor, self, name=f"{preference.name}Error")
            form.addRow(error)
            if isinstance(editor, QLineEdit):  # room for an address at any text size
                editor.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
            self._rows.append((preference, editor, error, current))
        if plan_off:
            for _, editor, _, _ in self._rows:
                editor.setEnabled(False)
                editor.setToolTip(plan_off)
        # Last, this computer's own: its colours and language (not the plan's settings).
        self.appearance = AppearanceGroup(self)
        form.addRow(self.appearance)
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
        self.ok.setAccessibleName(translate("Dialogs", "Save the preferences"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("preferencesCancel")
        cancel.setAccessibleName(translate("Dialogs", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The rows scroll when they are taller than the screen (large text, many settings).
        self.rows_area = RowsArea(rows, self)
        self.rows_area.setObjectName("preferencesScroll")
        self.rows_area.setAccessibleName(translate("Dialogs", "Preferences"))
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
            table.setAccessibleName(translate("Dialogs", "Red-flag rules"))
            table.setToolTip(say(preference.help or ""))
            table.edited.connect(self._check)
            caption = QLabel(
                translate("Dialogs", "Red flags: &when to call the care team now"), self
            )
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
                combo.addItem(say(words), value)
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
            line.setPlaceholderText(say(preference.placeholder))
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
                problems.setdefault(error, say(said(problem)))
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
            self.appearance.apply()
            super().accept()


class AppearanceGroup(QGroupBox):
    """This computer's theme and language: kept in QSettings (``appearance/theme`` and
    ``appearance/language``), not in the plan. The theme is applied when the dialog is
    accepted; the language when Care Planner starts again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Dialogs", "Appearance on this computer"), parent)
        self.setObjectName("preferencesAppearance")
        self.setAccessibleName(translate("Dialogs", "Appearance on this computer"))
        themes = (
            (translate("Dialogs", "System"), theme.Choice.SYSTEM.value),
            (translate("Dialogs", "Light"), theme.Choice.LIGHT.value),
            (translate("Dialogs", "Dark"), theme.Choice.DARK.value),
            (translate("Dialogs", "High contrast"), theme.Choice.HIGH_CONTRAST.value),
        )
        self.theme = self._combo("preferenceTheme", translate("Dialogs", "Colours"), themes)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.saved_choice().value)))
        self.theme.setToolTip(
            translate(
                "Dialogs",
                "System follows this computer's light or dark setting. High contrast is white "
                "and bright colours on black.",
            )
        )
        languages = (
            (translate("Dialogs", "System"), ""),
            (translate("Dialogs", "English"), "en"),
            (translate("Dialogs", "Deutsch"), "de"),
        )
        self.language = self._combo(
            "preferenceLanguage", translate("Dialogs", "Language"), languages
        )
        saved = computer_settings().value(LANGUAGE_KEY, "")
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        note = QLabel(translate("Dialogs", "Takes effect when Care Planner starts again."), self)
        note.setObjectName("preferenceLanguageNote")
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, combo in (
            (translate("Dialogs", "C&olours:"), self.theme),
            (translate("Dialogs", "Lan&guage:"), self.language),
        ):
            caption = QLabel(label, self)
            caption.setObjectName(f"{combo.objectName()}Label")
            caption.setBuddy(combo)
            form.addRow(caption, combo)
        form.addRow(note)

    def _combo(self, name: str, accessible: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.view().setObjectName(f"{name}List")  # its list is a control of its own
        combo.view().setAccessibleName(accessible)
        for words, value in items:
            combo.addItem(words, value)
        return combo

    def apply(self) -> None:
        """Keep both choices on this computer, and show the chosen theme now."""
        choice = theme.Choice(self.theme.currentData())
        changed = choice != theme.saved_choice() or choice != theme.chosen()
        theme.save_choice(choice)
        computer_settings().setValue(LANGUAGE_KEY, self.language.currentData())
        app = QApplication.instance()
        if changed and isinstance(app, QApplication):
            theme.apply(app, choice)
