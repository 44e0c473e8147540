"""Freezer: the meal batches in the freezer and how many portions are left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from planner.domain.enums import Area
from planner.domain.model import FreezerMeal
from planner.services import lists
from planner.ui.labels import short_date, tr
from planner.ui.models.rows import Column
from planner.ui.pages.base import PageContext
from planner.ui.pages.table import TablePage


class FreezerPage(TablePage[FreezerMeal]):
    area = Area.FREEZER
    table_name = "mealTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            tr("Meals ready in the freezer for the days after treatment."),
            tr("Freezer meals"),
            sort_column=2,
            parent=parent,
        )

    def columns(self) -> Sequence[Column[FreezerMeal]]:
        return (
            Column(tr("Meal"), lambda m: m.name),
            Column(
                tr("Portions left"), lambda m: str(m.portions_left), key=lambda m: m.portions_left
            ),
            Column(tr("Use by"), self._use_by, key=lambda m: m.use_by),
            Column(tr("Suits"), lambda m: ", ".join(sorted(m.tags))),
            Column(tr("Made by"), lambda m: m.made_by),
            Column(tr("Where"), lambda m: m.location),
            Column(tr("Reheating"), lambda m: m.reheating),
        )

    def _use_by(self, meal: FreezerMeal) -> str:
        if meal.use_by < self.context.today():
            return tr("{date} (past its use-by date)").format(date=short_date(meal.use_by))
        return short_date(meal.use_by)

    def load(self) -> Sequence[FreezerMeal]:
        return lists.meals(self.context.plan)
