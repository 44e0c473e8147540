"""The fields of a journal entry (a side effect, rest, or mood), as the Journal page's quick
form and as the dialog that edits an entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import JournalKind
from planner.domain.model import JournalEntry
from planner.ui.labels import symptom_key, symptom_label, translate, vocabulary
from planner.ui.widgets.dates import DateTimeField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.flow import FlowLayout, kept_together

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime.fromString(moment.strftime("%Y-%m-%dT%H:%M:00"), Qt.DateFormat.ISODate)


def _datetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


NOTE_CHARS = 32
"""How many characters of the note the quick form shows."""
FOLLOW_NOW_MS = 20_000
"""How often a form whose time is "now" moves its shown time on."""


class EntryFields(QWidget):
    """Kind, what was noted, when, and a note; Enter in any field asks to save.

    ``when`` is either a fixed time (an entry being edited) or a clock: the time then is
    "now" -- read again when the form is shown, used and reset, and moved on while it is
    open -- until the person changes it; a Now button (and its words) says it is not now.

    Signals:
        submitted(): Enter was pressed (or Save clicked) in the fields.
    """

    submitted = Signal()

    def __init__(
        self,
        symptoms: Sequence[str],
        when: dt.datetime | Callable[[], dt.datetime],
        parent: QWidget | None = None,
        *,
        save_button: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryFields")
        self._id: int | None = None
        self._version: int | None = None
        self._symptoms: tuple[str, ...] = ()  # as the plan stores them
        self._clock = when if callable(when) else None
        self._setting_time = False
        self.kind = QComboBox(self)
        self.kind.setObjectName("entryKind")
        self.kind.setAccessibleName(translate("Journal", "Kind of entry"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.kind.view().setObjectName("entryKindList")
        self.kind.view().setAccessibleName(translate("Journal", "Kind of entry"))
        for kind in JournalKind:
            self.kind.addItem(vocabulary(kind), kind.value)

        self.symptom = QComboBox(self)
        self.symptom.setObjectName("entrySymptom")
        self.symptom.setAccessibleName(translate("Journal", "Symptom"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.symptom.view().setObjectName("entrySymptomList")
        self.symptom.view().setAccessibleName(translate("Journal", "Symptom"))
        self.symptom.setEditable(True)
        self.symptom.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.symptom.setMinimumContentsLength(12)
        self.set_symptoms(symptoms)
        self.severity = QSpinBox(self)
        self.severity.setObjectName("entrySeverity")
        self.severity.setAccessibleName(
            translate("Journal", "Severity from 0 (none) to 10 (worst)")
        )
        self.severity.setRange(0, 10)
        self.severity.setSuffix(translate("Journal", " of 10"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("entryHours")
        self.hours.setAccessibleName(translate("Journal", "Hours of sleep and naps"))
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("Journal", " h"))
        self.mood = QSpinBox(self)
        self.mood.setObjectName("entryMood")
        self.mood.setAccessibleName(
            translate("Journal", "Mood from 0 (very low) to 10 (very good)")
        )
        self.mood.setRange(0, 10)
        self.mood.setValue(5)
        self.mood.setSuffix(translate("Journal", " of 10"))

        self.what = QStackedWidget(self)
        self.what.setObjectName("entryWhat")
        self.what.addWidget(
            self._row(
                (translate("Journal", "S&ymptom:"), self.symptom),
                (translate("Journal", "Se&verity (0 to 10):"), self.severity),
            )
        )
        self.what.addWidget(
            self._row((translate("Journal", "&Hours of rest (sleep and naps):"), self.hours))
        )
        self.what.addWidget(self._row((translate("Journal", "M&ood (0 low, 10 good):"), self.mood)))
        self.kind.currentIndexChanged.connect(self.what.setCurrentIndex)

        self.when = DateTimeField(_qdatetime(when() if callable(when) else when), self)
        self.when.setObjectName("entryWhen")
        self.when.setAccessibleName(translate("Journal", "Date and time"))
        self.now_button = QToolButton(self)
        self.now_button.setObjectName("entryNow")
        self.now_button.setText(translate("Journal", "Not now: set to &now"))
        self.now_button.setAccessibleName(translate("Journal", "Set the time to now"))
        self.now_button.setToolTip(
            translate("Journal", "The entry is dated as shown, not now; this sets it to now")
        )
        self.now_button.clicked.connect(self.follow_now)
        self.now_button.hide()
        self.when.dateTimeChanged.connect(self._time_changed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(FOLLOW_NOW_MS)
        self._ticker.timeout.connect(self._show_now)
        self.note = QLineEdit(self)
        self.note.setObjectName("entryNote")
        self.note.setAccessibleName(translate("Journal", "Note"))
        self.note.setPlaceholderText(
            translate("Journal", "Optional: what helped, what made it worse")
        )
        self._size_note()
        # Under the fields: a date that does not exist, why an entry was not saved (until a
        # field is edited), or what was saved.
        self.message = FieldMessage(self.when, self, name="entryMessage")

        kind_label = QLabel(translate("Journal", "&Kind:"), self)
        kind_label.setBuddy(self.kind)
        when_label = QLabel(translate("Journal", "&When:"), self)
        when_label.setBuddy(self.when)
        note_label = QLabel(translate("Journal", "&Note:"), self)
        note_label.setBuddy(self.note)
        self.save = QPushButton(translate("Journal", "&Save entry"), self)
        self.save.setObjectName("entrySave")
        self.save.setAccessibleName(translate("Journal", "Save entry"))
        self.save.setToolTip(translate("Journal", "Save the entry (Enter)"))
        self.save.clicked.connect(self.submitted)
        self.save.setVisible(save_button)
        # The fields flow onto more lines at large text instead of widening the page.
        fields = FlowLayout()
        fields.addWidget(kept_together(self, kind_label, self.kind))
        fields.addWidget(self.what)
        fields.addWidget(kept_together(self, when_label, self.when, self.now_button))
        fields.addWidget(kept_together(self, note_label, self.note))
        fields.addWidget(self.save)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(fields)
        column.addWidget(self.message)
        self.message.clear_when_changed(
            [self.kind, self.symptom, self.severity, self.hours, self.mood, self.when, self.note]
        )

    def _row(self, *fields: tuple[str, QWidget]) -> QWidget:
        row = QWidget(self)
        layout = FlowLayout(row)
        for text, field in fields:
            label = QLabel(text, row)
            label.setBuddy(field)
            layout.addWidget(kept_together(row, label, field))
        return row

    def set_symptoms(self, symptoms: Sequence[str]) -> None:
        """Offer ``symptoms`` (as the plan stores them): built-in ones in the user's
        language, each item keeping the stored name as its data."""
        self._symptoms = tuple(symptoms)
        typed = self.symptom.currentText()
        self.symptom.clear()
        for name in symptoms:
            self.symptom.addItem(symptom_label(name), name)
        self.symptom.setCurrentText(typed or (symptom_label(symptoms[0]) if symptoms else ""))

    def symptom_value(self) -> str:
        """The symptom as the plan stores it: the English name of a built-in one chosen or
        typed in the user's language, the user's own words as typed."""
        return symptom_key(self.symptom.currentText(), self._symptoms)

    def set_kind(self, kind: JournalKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def first_field(self) -> QWidget:
        """The field to type into first for the chosen kind."""
        fields = {
            JournalKind.SIDE_EFFECT: self.symptom,
            JournalKind.REST: self.hours,
            JournalKind.MOOD: self.mood,
        }
        return fields[self.current_kind()]

    def current_kind(self) -> JournalKind:
        return JournalKind(self.kind.currentData())

    def entry(self) -> JournalEntry:
        """The entry as the form holds it, with the version it was opened at (a save is
        refused if someone else changed the entry since)."""
        kind, at, note = self.current_kind(), self.when_value(), self.note.text()
        if kind is JournalKind.SIDE_EFFECT:
            entry = JournalEntry(kind, at, self.symptom_value(), self.severity.value())
        elif kind is JournalKind.REST:
            entry = JournalEntry(kind, at, hours=self.hours.value())
        else:
            entry = JournalEntry(kind, at, mood=self.mood.value())
        return dataclasses.replace(entry, note=note, id=self._id, version=self._version)

    def show_entry(self, entry: JournalEntry) -> None:
        self._id = entry.id
        self._version = entry.version
        self.set_kind(entry.kind)
        self.when.setDateTime(_qdatetime(entry.at))
        self.note.setText(entry.note)
        if entry.kind is JournalKind.SIDE_EFFECT:
            self.symptom.setCurrentText(symptom_label(entry.symptom))
            self.severity.setValue(entry.severity or 0)
        elif entry.kind is JournalKind.REST:
            self.hours.setValue(entry.hours or 0)
        else:
            self.mood.setValue(entry.mood or 0)

    def show_message(self, text: str, *, problem: bool) -> None:
        """Say what happened under the fields: a refusal is marked with a sign and words."""
        if problem:
            # Saving again may get past it (another symptom, an earlier time): no block.
            self.message.show_problem(
                translate("Journal", "Not saved: {reason}").format(reason=text), blocks=False
            )
        else:
            self.message.show_note("✓ " + text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_note()

    def _size_note(self) -> None:
        """Room for a short sentence in the note, at any text size."""
        self.note.setMinimumWidth(self.fontMetrics().averageCharWidth() * NOTE_CHARS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Fields pass Enter on (a line edit or spin box ignores it): it saves the entry.
        if event.keyCombination().key() in ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the time ------------------------------------------------------------------------
    @property
    def follows_now(self) -> bool:
        """The time is "now" (a new entry nobody has dated otherwise)."""
        return self._clock is not None and not self.now_button.isVisibleTo(self)

    @Slot()
    def follow_now(self) -> None:
        """Date the entry now, and keep it so until the person changes the time."""
        if self._clock is None:
            return
        self.now_button.hide()
        self.when.setAccessibleDescription("")
        self._show_now()
        self._ticker.start()

    @Slot()
    def _show_now(self) -> None:
        if self._clock is not None and self.follows_now:
            self._setting_time = True
            try:
                self.when.setDateTime(_qdatetime(self._clock()))
            finally:
                self._setting_time = False

    @Slot()
    def _time_changed(self) -> None:
        if self._setting_time or self._clock is None:
            return
        self._ticker.stop()
        self.now_button.show()
        self.when.setAccessibleDescription(
            translate("Journal", "Not now: the entry is dated as shown.")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_now()  # a window left open overnight: the next entry is dated today

    def when_value(self) -> dt.datetime:
        """The entry's time: now at this moment, or the time the person set."""
        if self._clock is not None and self.follows_now:
            self._show_now()
            return self._clock()
        return _datetime(self.when.dateTime())

    @Slot()
    def after_save(self) -> None:
        """Ready for the next entry: note cleared, time back to now, focus on the first
        field."""
        self.note.clear()
        self.follow_now()
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        line = self.symptom.lineEdit()
        if line is not None and self.current_kind() is JournalKind.SIDE_EFFECT:
            line.selectAll()


class JournalEntryDialog(QDialog):
    """Edits one entry; OK hands it to ``save``, which returns why it was refused (the
    dialog stays open with the message) or ``None`` (saved, the dialog closes)."""

    def __init__(
        self,
        entry: JournalEntry,
        symptoms: Sequence[str],
        save: Callable[[JournalEntry], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("journalEntryDialog")
        self.setWindowTitle(translate("Journal", "Edit journal entry"))
        self.setAccessibleName(translate("Journal", "Edit journal entry"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fields = EntryFields(symptoms, entry.at, self, save_button=False)
        self.fields.show_entry(entry)
        self.fields.submitted.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("journalEntryButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.first_field().setFocus()

    def accept(self) -> None:
        if not ready_to_save(self):
            return
        refused = self._save(self.fields.entry())
        if refused is None:
            super().accept()
        else:
            self.fields.show_message(refused, problem=True)
