"""The freezer stock as a table: first expiring first, each batch's state by icon and text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from planner.domain.freezer import Freshness, freshness, join_tags
from planner.domain.model import FreezerMeal
from planner.ui.labels import short_date, tr, vocabulary
from planner.ui.models.rows import Column, RowsModel


def freshness_text(state: Freshness) -> str:
    texts = {
        Freshness.FRESH: tr("In date"),
        Freshness.EXPIRING_SOON: tr("Expiring soon"),
        Freshness.EXPIRED: tr("Expired"),
        Freshness.EMPTY: tr("None left"),
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
            Column(tr("Status"), lambda m: freshness_text(self.state(m)), key=self._urgency),
            Column(tr("Meal"), lambda m: m.name),
            Column(tr("Portions left"), lambda m: str(m.portions_left), key=_portions),
            Column(tr("Use by"), lambda m: short_date(m.use_by), key=lambda m: m.use_by),
            Column(tr("Frozen"), lambda m: short_date(m.frozen_on), key=lambda m: m.frozen_on),
            Column(tr("Category"), lambda m: vocabulary(m.category)),
            Column(tr("Suits"), lambda m: join_tags(m.tags)),
            Column(tr("Where"), lambda m: m.location),
            Column(tr("Made by"), lambda m: m.made_by),
            Column(tr("Reheating"), lambda m: m.reheating),
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
