"""The form for one support group, with a repeat editor that speaks in weeks and months."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from planner.domain.enums import GroupKind
from planner.domain.model import SupportGroup
from planner.domain.support import NTH_CHOICES, Repeat, RepeatRule, read_repeat
from planner.ui.dialogs.form import FormDialog, from_qdatetime
from planner.ui.helpers.helper_dialog import day_name
from planner.ui.labels import translate, vocabulary

MINUTE = dt.timedelta(minutes=1)
CUSTOM = "custom"


def ordinal(number: int) -> str:
    words = {
        1: translate("Support", "on the first"),
        2: translate("Support", "on the second"),
        3: translate("Support", "on the third"),
        4: translate("Support", "on the fourth"),
        -1: translate("Support", "on the last"),
    }
    return words[number]


def describe(rule: RepeatRule) -> str:
    """The rule in a sentence, e.g. "Every 2 weeks on Tuesday"."""
    day = day_name(rule.weekday)
    if rule.repeat is Repeat.ONCE:
        return translate("Support", "Once")
    if rule.repeat is Repeat.MONTHLY:
        return translate("Support", "{which} {day} of each month").format(
            which=ordinal(rule.nth), day=day
        )
    if rule.interval == 1:
        return translate("Support", "Every {day}").format(day=day)
    return translate("Support", "Every {n} weeks on {day}").format(n=rule.interval, day=day)


class RepeatEditor(QWidget):
    """How often something repeats: once, every n weeks on a weekday, or on the n-th
    weekday of each month. A rule it cannot show is kept as it is ("as set elsewhere").

    Signals:
        rule_changed: the user chose another rule.
    """

    rule_changed = Signal()

    def __init__(self, recurrence: str, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatEditor")
        self.setAccessibleName(translate("Support", "Repeats"))
        self._custom = ""
        self.how = QComboBox(self)
        self.how.addItem(translate("Support", "Does not repeat"), Repeat.ONCE.value)
        self.how.addItem(translate("Support", "Every week"), f"{Repeat.WEEKLY.value}:1")
        self.how.addItem(translate("Support", "Every 2 weeks"), f"{Repeat.WEEKLY.value}:2")
        self.how.addItem(translate("Support", "Every 3 weeks"), f"{Repeat.WEEKLY.value}:3")
        self.how.addItem(translate("Support", "Every 4 weeks"), f"{Repeat.WEEKLY.value}:4")
        self.how.addItem(translate("Support", "Once a month"), Repeat.MONTHLY.value)
        self.nth = QComboBox(self)
        for number in NTH_CHOICES:
            self.nth.addItem(ordinal(number), number)
        self.weekday = QComboBox(self)
        for day in range(7):
            self.weekday.addItem(day_name(day), day)
        self.described = QLabel(self)
        self.described.setObjectName("repeatDescribed")
        for widget, name, accessible in (
            (self.how, "repeatHow", translate("Support", "How often")),
            (self.nth, "repeatNth", translate("Support", "Which week of the month")),
            (self.weekday, "repeatWeekday", translate("Support", "On which weekday")),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(accessible)
            widget.view().setObjectName(f"{name}List")
            widget.view().setAccessibleName(accessible)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (self.how, self.nth, self.weekday, self.described):
            row.addWidget(part)
        row.addStretch(1)
        self._show(recurrence, weekday)
        for box in (self.how, self.nth, self.weekday):
            box.currentIndexChanged.connect(self._changed)
        self._changed()

    def _show(self, recurrence: str, weekday: int) -> None:
        rule = read_repeat(recurrence)
        if rule is None:
            self._custom = recurrence
            self.how.addItem(
                translate("Support", "As set elsewhere ({rule})").format(rule=recurrence), CUSTOM
            )
            self.how.setCurrentIndex(self.how.count() - 1)
            self.weekday.setCurrentIndex(weekday)
            return
        if rule.repeat is Repeat.ONCE:
            self.how.setCurrentIndex(0)
            self.weekday.setCurrentIndex(weekday)
            return
        key = f"weekly:{rule.interval}" if rule.repeat is Repeat.WEEKLY else "monthly"
        found = self.how.findData(key)
        if found < 0:  # every 5 or more weeks: offer it as it is
            self.how.addItem(translate("Support", "Every {n} weeks").format(n=rule.interval), key)
            found = self.how.count() - 1
        self.how.setCurrentIndex(found)
        self.weekday.setCurrentIndex(rule.weekday)
        self.nth.setCurrentIndex(self.nth.findData(rule.nth))

    def rule(self) -> RepeatRule | None:
        """The chosen rule; ``None`` for a rule kept as set elsewhere."""
        data = str(self.how.currentData())
        weekday = int(self.weekday.currentData())
        if data == CUSTOM:
            return None
        if data == Repeat.ONCE.value:
            return RepeatRule(Repeat.ONCE, weekday)
        if data == Repeat.MONTHLY.value:
            return RepeatRule(Repeat.MONTHLY, weekday, nth=int(self.nth.currentData()))
        return RepeatRule(Repeat.WEEKLY, weekday, interval=int(data.split(":")[1]))

    def recurrence(self) -> str:
        rule = self.rule()
        return self._custom if rule is None else rule.rrule()

    @Slot()
    def _changed(self) -> None:
        rule = self.rule()
        repeats = rule is not None and rule.repeat is not Repeat.ONCE
        self.weekday.setVisible(repeats)
        self.nth.setVisible(rule is not None and rule.repeat is Repeat.MONTHLY)
        self.described.setText(describe(rule) if repeats and rule is not None else "")
        self.rule_changed.emit()


class GroupDialog(FormDialog[SupportGroup]):
    def __init__(
        self,
        group: SupportGroup,
        save: Callable[[SupportGroup], bool],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("Support", "Add a support group")
            if group.id is None
            else translate("Support", "Edit support group")
        )
        super().__init__("group", title, save, parent)
        self._original = group
        self.name = self.line(
            translate("Support", "&Name:"), "Name", translate("Support", "Name"), group.name
        )
        self.kind = QComboBox(self)
        for kind in GroupKind:
            self.kind.addItem(vocabulary(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(group.kind.value))
        self.row(translate("Support", "&Kind:"), self.kind, "Kind", translate("Support", "Kind"))
        self.first = self.moment(
            translate("Support", "&First meeting:"),
            "FirstMeeting",
            translate("Support", "First meeting"),
            group.first_meeting,
        )
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(translate("Support", " min"))
        self.duration.setValue(group.duration // MINUTE)
        self.row(
            translate("Support", "&Lasts:"),
            self.duration,
            "Duration",
            translate("Support", "Meeting length in minutes"),
        )
        self.repeat = RepeatEditor(group.recurrence, group.first_meeting.weekday(), self)
        self.row(
            translate("Support", "&Repeats:"),
            self.repeat,
            "Repeat",
            translate("Support", "Repeats"),
        )
        self.place = self.line(
            translate("Support", "&Place:"), "Place", translate("Support", "Place"), group.place
        )
        self.link = self.line(
            translate("Support", "Lin&k:"), "Link", translate("Support", "Link"), group.link
        )
        self.link.setPlaceholderText("https://")
        self.contact = self.line(
            translate("Support", "&Contact person:"),
            "ContactPerson",
            translate("Support", "Contact person"),
            group.contact_person,
        )
        self.notes = QPlainTextEdit(group.notes, self)
        self.row(
            translate("Support", "N&otes:"), self.notes, "Notes", translate("Support", "Notes")
        )
        self.first.dateTimeChanged.connect(self._follow_first)
        self.name.setFocus()

    @Slot()
    def _follow_first(self) -> None:
        """A new first meeting brings the weekday along, while it still repeats weekly."""
        self.repeat.weekday.setCurrentIndex(from_qdatetime(self.first.dateTime()).weekday())

    def value(self) -> SupportGroup:
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            kind=GroupKind(self.kind.currentData()),
            first_meeting=from_qdatetime(self.first.dateTime()),
            duration=self.duration.value() * MINUTE,
            recurrence=self.repeat.recurrence(),
            place=self.place.text(),
            link=self.link.text(),
            contact_person=self.contact.text(),
            notes=self.notes.toPlainText(),
        )
