"""The freezer stock as a table: first expiring first, each batch's state by icon and text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from planner.domain.freezer import Freshness, freshness
from planner.domain.model import FreezerMeal
from planner.ui.labels import short_date, tags_text, translate, vocabulary
from planner.ui.models.rows import Column, RowsModel


def freshness_text(state: Freshness) -> str:
    texts = {
        Freshness.FRESH: translate("Freezer", "In date"),
        Freshness.EXPIRING_SOON: translate("Freezer", "Expiring soon"),
        Freshness.EXPIRED: translate("Freezer", "Expired"),
        Freshness.EMPTY: translate("Freezer", "None left"),
    }
    return texts[state]


class MealRows(RowsModel[FreezerMeal]):
    """The stock; the status cell carries an icon as well as its text."""

    STATUS = 0

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        self.today = today
        self.soon_days = 14
        self.icons: dict[Freshness, QIcon] = {}
        columns: list[Column[FreezerMeal]] = [
            Column(
                translate("Freezer", "Status"),
                lambda m: freshness_text(self.state(m)),
                key=self._urgency,
            ),
            Column(translate("Freezer", "Meal"), lambda m: m.name),
            Column(
                translate("Freezer", "Portions left"), lambda m: str(m.portions_left), key=_portions
            ),
            Column(
                translate("Freezer", "Use by"),
                lambda m: short_date(m.use_by),
                key=lambda m: m.use_by,
            ),
            Column(
                translate("Freezer", "Frozen"),
                lambda m: short_date(m.frozen_on),
                key=lambda m: m.frozen_on,
            ),
            Column(translate("Freezer", "Category"), lambda m: vocabulary(m.category)),
            Column(translate("Freezer", "Suits"), lambda m: tags_text(m.tags)),
            Column(translate("Freezer", "Where"), lambda m: m.location),
            Column(translate("Freezer", "Made by"), lambda m: m.made_by),
            Column(translate("Freezer", "Reheating"), lambda m: m.reheating),
        ]
        super().__init__(columns, parent)

    def state(self, meal: FreezerMeal) -> Freshness:
        return freshness(meal, self.today(), self.soon_days)

    def _urgency(self, meal: FreezerMeal) -> tuple[int, dt.date]:
        order = [Freshness.EXPIRED, Freshness.EXPIRING_SOON, Freshness.FRESH, Freshness.EMPTY]
        return order.index(self.state(meal)), meal.use_by

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        decorated = role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS
        if decorated and index.isValid():
            return self.icons.get(self.state(self.row_value(index.row())))
        return super().data(index, role)


def _portions(meal: FreezerMeal) -> int:
    return meal.portions_left
