"""Take portions out of one batch, for a day: "take out" (today) or "thaw for tomorrow"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import FreezerMeal
from planner.ui.labels import qdate, short_date, translate
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save

TakeOutSave = Callable[[FreezerMeal, int, dt.date], bool]


class TakeOutDialog(QDialog):
    """Asks how many portions and for which day; OK hands them to ``save``.

    The portions box goes up to what is left; the plan checks again when saving, since
    someone else may have taken portions in the meantime.
    """

    def __init__(
        self,
        meal: FreezerMeal,
        for_day: dt.date,
        suggested: int,
        save: TakeOutSave,
        *,
        thaw: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meal = meal
        self._save = save
        title = (
            translate("Freezer", "Thaw for tomorrow")
            if thaw
            else translate("Freezer", "Take out portions")
        )
        self.setObjectName("takeOutDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about = QLabel(
            translate("Freezer", "{name}: {count} left, use by {date}.").format(
                name=meal.name, count=meal.portions_left, date=short_date(meal.use_by)
            ),
            self,
        )
        about.setObjectName("takeOutAbout")
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.portions = QSpinBox(self)
        self.portions.setObjectName("takeOutPortions")
        self.portions.setAccessibleName(translate("Freezer", "Portions to take out"))
        self.portions.setRange(1, max(1, meal.portions_left))
        self.portions.setValue(min(max(1, suggested), max(1, meal.portions_left)))
        caption = QLabel(translate("Freezer", "&Portions:"), self)
        caption.setObjectName("takeOutPortionsLabel")
        caption.setBuddy(self.portions)
        form.addRow(caption, self.portions)
        self.for_day = DateField(qdate(for_day), self)
        self.for_day.setObjectName("takeOutForDay")
        self.for_day.setAccessibleName(translate("Freezer", "The day they are for"))
        caption = QLabel(translate("Freezer", "&For the day:"), self)
        caption.setObjectName("takeOutForDayLabel")
        caption.setBuddy(self.for_day)
        form.addRow(caption, self.for_day)
        form.addRow(FieldMessage(self.for_day, self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("takeOutButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("takeOutOk")
        ok.setText(translate("Freezer", "&Thaw") if thaw else translate("Freezer", "&Take out"))
        ok.setAccessibleName(ok.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("takeOutCancel")
        cancel.setAccessibleName(translate("Freezer", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.portions.setFocus()

    def chosen_day(self) -> dt.date:
        day: QDate = self.for_day.date()
        return dt.date(day.year(), day.month(), day.day())

    def accept(self) -> None:
        if ready_to_save(self) and self._save(self._meal, self.portions.value(), self.chosen_day()):
            super().accept()
