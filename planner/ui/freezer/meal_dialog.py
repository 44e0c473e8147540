"""The form for one freezer batch, new or edited; saved on OK."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MealCategory
from planner.domain.freezer import (
    LONGEST_NAME,
    MOST_PORTIONS,
    USE_BY_MONTHS,
    default_use_by,
)
from planner.domain.model import FreezerMeal
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import qdate, tag_keys, tag_label, translate, vocabulary
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save
from planner.ui.widgets.rows_area import RowsArea

TAG_COLUMNS = 2
TYPING_ROOM = 99_999
"""The portions field takes this much, so a number past the batch's limit is said to be
too many instead of losing the digit the spin box would not take."""


def most_portions() -> str:
    return translate("Freezer", "A batch holds at most {most} portions.").format(most=MOST_PORTIONS)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FreezerMealDialog(QDialog):
    """Asks for a batch's details; OK hands them to ``save`` and closes only if saved.

    The use-by date follows the category's default (a plan setting) until the user sets it.
    A refused value keeps the dialog open with everything as typed.
    """

    def __init__(
        self,
        meal: FreezerMeal,
        tags: Sequence[str],
        settings: Mapping[str, str],
        save: Callable[[FreezerMeal], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = meal
        self._settings = settings
        self._save = save
        title = (
            translate("Freezer", "Add freezer meals")
            if meal.id is None
            else translate("Freezer", "Edit freezer meal")
        )
        self.setObjectName("freezerMealDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Two columns in a scroll area: at 200% text the form still fits a laptop screen,
        # and scrolls rather than squeezes where it does not.
        contents = QWidget(self)
        contents.setObjectName("mealForm")
        left, right = QFormLayout(), QFormLayout()
        for column in (left, right):
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        columns = QHBoxLayout(contents)
        columns.addLayout(left, 1)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        columns.addLayout(right, 1)
        form = left

        def row(label: str, field: QWidget, name: str, accessible: str) -> None:
            form.addRow(caption_for(self, label, field, name, accessible), field)

        self.name = QLineEdit(self)
        self.name.setMaxLength(LONGEST_NAME)
        row(translate("Freezer", "&Meal:"), self.name, "mealName", translate("Freezer", "Meal"))
        self.category = QComboBox(self)
        for category in MealCategory:
            self.category.addItem(vocabulary(category), category.value)
        self.category.view().setObjectName("mealCategoryList")
        self.category.view().setAccessibleName(translate("Freezer", "Category"))
        row(
            translate("Freezer", "&Category:"),
            self.category,
            "mealCategory",
            translate("Freezer", "Category"),
        )
        self.portions = QSpinBox(self)
        self.portions.setRange(0, TYPING_ROOM)
        self.portions.setToolTip(most_portions())
        self.portions.setAccessibleDescription(most_portions())
        row(
            translate("Freezer", "&Portions:"),
            self.portions,
            "mealPortions",
            translate("Freezer", "Portions left"),
        )
        self.portions_message = FieldMessage(self.portions, self)
        form.addRow(self.portions_message)
        self.portions.valueChanged.connect(self._check_portions)
        self.frozen_on = DateField(parent=self)
        row(
            translate("Freezer", "&Frozen on:"),
            self.frozen_on,
            "mealFrozenOn",
            translate("Freezer", "Frozen on"),
        )
        form.addRow(FieldMessage(self.frozen_on, self))
        self.use_by = DateField(parent=self)
        row(
            translate("Freezer", "&Use by:"),
            self.use_by,
            "mealUseBy",
            translate("Freezer", "Use by"),
        )
        # Under the use-by date: how long the category keeps (or why a typed date was not).
        self.use_by_note = FieldMessage(self.use_by, self, name="mealUseByNote")
        form.addRow(self.use_by_note)

        form = right
        box = QWidget(self)
        box.setObjectName("mealTags")
        box.setAccessibleName(translate("Freezer", "Diet and texture tags"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tag_boxes: dict[str, QCheckBox] = {}
        shown = list(dict.fromkeys([*tags, *sorted(meal.tags)]))
        for n, tag in enumerate(shown):
            # Shown in the user's language; the box stands for the plan's (English) tag.
            check = QCheckBox(tag_label(tag), box)
            check.setObjectName(f"mealTag_{tag.replace(' ', '_')}")
            check.setAccessibleName(translate("Freezer", "Tag {tag}").format(tag=tag_label(tag)))
            grid.addWidget(check, n // TAG_COLUMNS, n % TAG_COLUMNS)
            self.tag_boxes[tag] = check
        caption = QLabel(translate("Freezer", "Tags:"), self)
        caption.setObjectName("mealTagsLabel")
        form.addRow(caption, box)
        self.new_tags = QLineEdit(self)
        self.new_tags.setPlaceholderText(translate("Freezer", "e.g. nut-free, spicy"))
        row(
            translate("Freezer", "&Other tags:"),
            self.new_tags,
            "mealNewTags",
            translate("Freezer", "Other tags, comma-separated"),
        )
        self.made_by = QLineEdit(self)
        self.made_by.setMaxLength(LONGEST_NAME)
        row(
            translate("Freezer", "Made &by:"),
            self.made_by,
            "mealMadeBy",
            translate("Freezer", "Made by"),
        )
        self.location = QLineEdit(self)
        self.location.setMaxLength(LONGEST_NAME)
        row(
            translate("Freezer", "&Where:"),
            self.location,
            "mealLocation",
            translate("Freezer", "Where it sits"),
        )
        self.reheating = QPlainTextEdit(self)
        self.reheating.setTabChangesFocus(True)
        self.reheating.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        row(
            translate("Freezer", "&Reheating:"),
            self.reheating,
            "mealReheating",
            translate("Freezer", "Reheating notes"),
        )
        wide = self.fontMetrics().averageCharWidth() * 24
        for field in (self.name, self.made_by, self.location):
            field.setMinimumWidth(wide)
        scroll = RowsArea(contents, self)
        scroll.setObjectName("mealScroll")
        scroll.setAccessibleName(title)

        self.buttons = save_buttons(self, "meal", translate("Freezer", "Save the freezer meal"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._show(meal)
        self.category.currentIndexChanged.connect(self._follow_default)
        self.frozen_on.dateChanged.connect(self._follow_default)
        self.use_by.dateChanged.connect(self._use_by_edited)
        self.name.setFocus()

    def _show(self, meal: FreezerMeal) -> None:
        self.name.setText(meal.name)
        self.category.setCurrentIndex(self.category.findData(meal.category.value))
        self.portions.setValue(meal.portions_left)
        self.frozen_on.setDate(qdate(meal.frozen_on))
        self.use_by.setDate(qdate(meal.use_by))
        for tag, check in self.tag_boxes.items():
            check.setChecked(tag in meal.tags)
        self.made_by.setText(meal.made_by)
        self.location.setText(meal.location)
        self.reheating.setPlainText(meal.reheating)
        # A new batch's use-by follows the category until the user picks a date.
        self._use_by_own = meal.id is not None
        self._follow_default()

    def selected_category(self) -> MealCategory:
        return MealCategory(self.category.currentData())

    @Slot()
    def _follow_default(self) -> None:
        category = self.selected_category()
        months = USE_BY_MONTHS[category].read(self._settings)
        self.use_by_note.show_note(
            translate("Freezer", "{category} keeps {months} months by default.").format(
                category=vocabulary(category), months=months
            )
        )
        if not self._use_by_own:
            default = default_use_by(category, _date(self.frozen_on.date()), self._settings)
            self.use_by.blockSignals(True)
            self.use_by.setDate(qdate(default))
            self.use_by.blockSignals(False)

    @Slot()
    def _check_portions(self) -> None:
        if self.portions.value() > MOST_PORTIONS:
            self.portions_message.show_problem(most_portions())
        else:
            self.portions_message.clear()

    @Slot()
    def _use_by_edited(self) -> None:
        self._use_by_own = True

    def meal(self) -> FreezerMeal:
        """The batch as the form shows it (with the original's id and version)."""
        tags = {tag for tag, check in self.tag_boxes.items() if check.isChecked()}
        tags |= tag_keys(self.new_tags.text())
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            category=self.selected_category(),
            portions_left=self.portions.value(),
            frozen_on=_date(self.frozen_on.date()),
            use_by=_date(self.use_by.date()),
            tags=frozenset(tags),
            made_by=self.made_by.text(),
            location=self.location.text(),
            reheating=self.reheating.toPlainText(),
        )

    def accept(self) -> None:
        if ready_to_save(self) and self._save(self.meal()):
            super().accept()
