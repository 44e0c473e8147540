"""A table of records: sortable by its headers, rows as tall as the text size needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.ui.models.rows import ID_ROLE, RowsModel
from planner.ui.scaled_style import MIN_HEIGHT

ROW_HEIGHT = 1.8
"""Row height as a multiple of the text height, so rows grow with the text size (and never
lower than :data:`MIN_HEIGHT`)."""


class RowsView(QTableView):
    """Shows a :class:`RowsModel`; keeps the selected record selected across refreshes."""

    def __init__(
        self, model: RowsModel[Any], name: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        self._rows = model
        self._keep: int | None = None
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._fit_rows()

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return value if isinstance(value, int) else None

    def select_id(self, record_id: int | None) -> bool:
        """Select and show the record's row; ``False`` when it is not in the table."""
        row = self._rows.row_of(record_id) if record_id is not None else None
        if row is None:
            self.clearSelection()
            return False
        index = self._rows.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def fit_columns(self) -> None:
        """Size the columns to their text, once the rows are in."""
        self.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            # Once every widget has the new font (the header may get it after the table),
            # or the columns would keep the width of the text size before.
            QTimer.singleShot(0, self, self.fit_columns)

    def _fit_rows(self) -> None:
        height = max(round(self.fontMetrics().height() * ROW_HEIGHT), MIN_HEIGHT)
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def _remember_selection(self) -> None:
        self._keep = self.selected_id()

    def _restore_selection(self) -> None:
        if self._keep is not None:
            self.select_id(self._keep)
        self._keep = None
