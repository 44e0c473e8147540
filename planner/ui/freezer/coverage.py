"""The Freezer page's "Hard days ahead" tab: each coming hard day with the portions it needs
and the batches planned for it, and the short list of what to cook next."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.freezer_coverage import DayCoverage
from planner.domain.model import FreezerMeal
from planner.services.freezer import FreezerOverview
from planner.ui.freezer.labels import cook_next_lines
from planner.ui.labels import portions, short_date, tags_text, translate
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView


@dataclass(frozen=True)
class DayRow:
    """One hard day as the coverage table shows it."""

    day: DayCoverage
    because: str
    meals: str
    id: int | None = None


def _status(row: DayRow) -> str:
    if row.day.covered:
        return translate("Freezer", "Covered")
    return translate("Freezer", "Short by {portions}").format(portions=portions(row.day.short))


class DayRows(RowsModel[DayRow]):
    """Coverage rows; the status cell carries an icon as well as its text."""

    STATUS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[DayRow]] = [
            Column(translate("Freezer", "Status"), _status, key=lambda r: r.day.short),
            Column(
                translate("Freezer", "Hard day"),
                lambda r: short_date(r.day.day),
                key=lambda r: r.day.day,
            ),
            Column(translate("Freezer", "After"), lambda r: r.because),
            Column(
                translate("Freezer", "Needed"),
                lambda r: str(r.day.needed),
                key=lambda r: r.day.needed,
            ),
            Column(
                translate("Freezer", "Planned"),
                lambda r: str(r.day.planned),
                key=lambda r: r.day.planned,
            ),
            Column(translate("Freezer", "Meals planned"), lambda r: r.meals),
        ]
        super().__init__(columns, parent)
        self.icons: dict[bool, QIcon] = {}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        decorated = role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS
        if decorated and index.isValid():
            return self.icons.get(self.row_value(index.row()).day.covered)
        return super().data(index, role)


class CoverageTab(QWidget):
    """Signals:
    print_requested: the user asked to print the "what to cook next" list.
    """

    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freezerCoverage")
        self.setAccessibleName(translate("Freezer", "Hard days ahead"))
        self.summary = QLabel(self)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.model = DayRows(self)
        self.model.setObjectName("coverageTableModel")
        style = self.style()
        self.model.icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.table = RowsView(
            self.model, "coverageTable", translate("Freezer", "Hard days ahead"), self
        )
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        cook_label = QLabel(translate("Freezer", "What to &cook next:"), self)
        cook_label.setObjectName("cookNextLabel")
        self.cook_next = QListWidget(self)
        self.cook_next.setObjectName("cookNextList")
        self.cook_next.setAccessibleName(translate("Freezer", "What to cook next"))
        self.cook_next.setWordWrap(True)
        cook_label.setBuddy(self.cook_next)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("buttonPrintCookNext")
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_button.clicked.connect(self.print_requested)
        heading = QHBoxLayout()
        heading.addWidget(cook_label)
        heading.addStretch(1)
        heading.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(heading)
        layout.addWidget(self.cook_next, 1)

    def show_overview(self, shown: FreezerOverview) -> None:
        names: Mapping[int | None, FreezerMeal] = {m.id: m for m in shown.meals}
        rows = []
        for day in shown.coverage.days:
            planned = [
                translate("Freezer", "{name}: {portions}").format(
                    name=names[a.meal_id].name, portions=a.portions
                )
                for a in day.assigned
                if a.meal_id in names
            ]
            if day.taken:
                planned.insert(0, translate("Freezer", "{count} taken out").format(count=day.taken))
            because = ", ".join(shown.hard_because.get(day.day, ()))
            rows.append(DayRow(day, because, "; ".join(planned)))
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:
            self.table.fit_columns()
        short = [d for d in shown.coverage.days if not d.covered]
        tags = tags_text(shown.preferred_tags) or translate("Freezer", "none")
        if not shown.coverage.days:
            text = translate("Freezer", "No hard days in the coming weeks.")
        elif short:
            text = translate(
                "Freezer",
                "{short} of {days} hard days lack freezer portions ({per_day} a day; "
                "tags that suit hard days: {tags}).",
            )
        else:
            text = translate(
                "Freezer",
                "All {days} hard days are covered ({per_day} portions a day; "
                "tags that suit hard days: {tags}).",
            )
        self.summary.setText(
            text.format(
                short=len(short),
                days=len(shown.coverage.days),
                per_day=shown.portions_per_day,
                tags=tags,
            )
        )
        self.cook_next.clear()
        lines = cook_next_lines(shown.cook_next) or [
            translate("Freezer", "Nothing: the freezer covers the coming hard days.")
        ]
        self.cook_next.addItems(lines)
