"""The Freezer page's settings tab: the freezer's plan settings, shared by the care team.

Portions per hard day, the tags that suit hard days, when a batch counts as expiring soon,
when the thaw reminder comes, and how many months each category keeps by default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MealCategory
from planner.domain.freezer import (
    HARD_DAY_TAGS,
    PORTIONS_PER_HARD_DAY,
    SOON_DAYS,
    THAW_TIME,
    USE_BY_MONTHS,
    join_tags,
    split_tags,
)
from planner.domain.settings import Setting
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import tag_keys, tags_text, translate, vocabulary

Change = tuple[Setting[Any], Any]


class FreezerSettings(QWidget):
    """Signals:
    apply_requested(list): the user applied the form; a list of (setting, value) changed.
    """

    apply_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freezerSettings")
        self.setAccessibleName(translate("Freezer", "Freezer settings"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(label: str, field: QWidget, name: str, accessible: str) -> None:
            form.addRow(caption_for(self, label, field, name, accessible), field)

        self.per_day = QSpinBox(self)
        self.per_day.setRange(0, 20)
        row(
            translate("Freezer", "Portions per &hard day:"),
            self.per_day,
            "settingPortionsPerDay",
            translate("Freezer", "Freezer portions per hard day"),
        )
        self.tags = QLineEdit(self)
        row(
            translate("Freezer", "Tags that &suit hard days:"),
            self.tags,
            "settingHardDayTags",
            translate("Freezer", "Tags that suit hard days, comma-separated"),
        )
        self.soon = QSpinBox(self)
        self.soon.setRange(1, 90)
        self.soon.setSuffix(translate("Freezer", " days"))
        row(
            translate("Freezer", "E&xpiring soon within:"),
            self.soon,
            "settingSoonDays",
            translate("Freezer", "Expiring soon within days"),
        )
        self.thaw = QTimeEdit(self)
        row(
            translate("Freezer", "&Thaw reminder at:"),
            self.thaw,
            "settingThawTime",
            translate("Freezer", "Thaw reminder time"),
        )
        self.months: dict[MealCategory, QSpinBox] = {}
        for category in MealCategory:
            box = QSpinBox(self)
            box.setRange(1, 24)
            box.setSuffix(translate("Freezer", " months"))
            row(
                translate("Freezer", "{category} keeps:").format(category=vocabulary(category)),
                box,
                f"settingMonths_{category.value}",
                translate("Freezer", "{category} keeps months").format(
                    category=vocabulary(category)
                ),
            )
            self.months[category] = box
        self.apply = QPushButton(translate("Freezer", "&Apply"), self)
        self.apply.setObjectName("settingsApply")
        self.apply.setAccessibleName(translate("Freezer", "Apply the freezer settings"))
        self.apply.clicked.connect(self._apply)
        note = QLabel(
            translate(
                "Freezer", "These settings travel with the plan: everyone sharing it sees them."
            )
        )
        note.setObjectName("settingsNote")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_settings(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)
        self.per_day.setValue(PORTIONS_PER_HARD_DAY.read(values))
        self.tags.setText(tags_text(split_tags(HARD_DAY_TAGS.read(values))))
        self.soon.setValue(SOON_DAYS.read(values))
        at = THAW_TIME.read(values)
        self.thaw.setTime(QTime(at.hour, at.minute))
        for category, box in self.months.items():
            box.setValue(USE_BY_MONTHS[category].read(values))

    def changes(self) -> list[Change]:
        """The settings the form would change, with their new values."""
        values = getattr(self, "_values", {})
        time = self.thaw.time()
        # The tags are shown in the user's language; the plan keeps the English ones.
        hard_day_tags = tag_keys(self.tags.text())
        kept = HARD_DAY_TAGS.read(values)
        if hard_day_tags != split_tags(kept):
            kept = join_tags(hard_day_tags)
        wanted: list[Change] = [
            (PORTIONS_PER_HARD_DAY, self.per_day.value()),
            (HARD_DAY_TAGS, kept),
            (SOON_DAYS, self.soon.value()),
            (THAW_TIME, dt.time(time.hour(), time.minute())),
        ]
        wanted += [(USE_BY_MONTHS[category], box.value()) for category, box in self.months.items()]
        return [(s, v) for s, v in wanted if s.read(values) != v]

    @Slot()
    def _apply(self) -> None:
        changed = self.changes()
        if changed:
            self.apply_requested.emit(changed)
