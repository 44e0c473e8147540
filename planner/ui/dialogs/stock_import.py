"""The preview of a stock file: what would be added and which rows fail, before anything
is written. Import adds the good rows (undoably); Cancel adds nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.freezer import join_tags
from planner.domain.model import FreezerMeal
from planner.services.freezer import ImportPreview
from planner.ui.labels import short_date, tr
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView


class StockImportDialog(QDialog):
    """Shows an :class:`ImportPreview`; accepting hands its batches to ``accept_rows``."""

    def __init__(
        self,
        file_name: str,
        preview: ImportPreview,
        accept_rows: Callable[[Sequence[FreezerMeal]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self._accept_rows = accept_rows
        title = tr("Import freezer stock")
        self.setObjectName("stockImportDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        locale = QLocale()
        good, bad = len(preview.meals), len(preview.errors)
        summary = QLabel(
            tr("{file}: {good} batches can be added; {bad} rows cannot.").format(
                file=file_name, good=locale.toString(good), bad=locale.toString(bad)
            ),
            self,
        )
        summary.setObjectName("stockImportSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        lines = dict(zip((id(m) for m in preview.meals), preview.lines, strict=True))
        columns: list[Column[FreezerMeal]] = [
            Column(tr("Line"), lambda m: str(lines[id(m)]), key=lambda m: lines[id(m)]),
            Column(tr("Meal"), lambda m: m.name),
            Column(tr("Portions"), lambda m: str(m.portions_left), key=lambda m: m.portions_left),
            Column(tr("Use by"), lambda m: short_date(m.use_by), key=lambda m: m.use_by),
            Column(tr("Tags"), lambda m: join_tags(m.tags)),
        ]
        self.rows: RowsModel[FreezerMeal] = RowsModel(columns, self)
        self.rows.set_rows(preview.meals)
        self.table = RowsView(self.rows, "stockImportRows", tr("Batches to add"), self)
        self.table.fit_columns()
        failed = QLabel(tr("Rows that cannot be imported:"), self)
        failed.setObjectName("stockImportErrorsLabel")
        self.errors = QListWidget(self)
        self.errors.setObjectName("stockImportErrors")
        self.errors.setAccessibleName(tr("Rows that cannot be imported"))
        for error in preview.errors:
            self.errors.addItem(
                tr("Line {line}: {reason}").format(line=error.line, reason=error.reason)
            )
        failed.setBuddy(self.errors)
        failed.setVisible(bad > 0)
        self.errors.setVisible(bad > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("stockImportButtons")
        self.import_button = self.buttons.addButton(
            tr("&Import {count}").format(count=locale.toString(good)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setObjectName("stockImportOk")
        self.import_button.setAccessibleName(tr("Import the good rows"))
        self.import_button.setEnabled(good > 0)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("stockImportCancel")
        cancel.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(failed)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, self.fontMetrics().lineSpacing() * 24)

    def accept(self) -> None:
        if self._preview.meals and self._accept_rows(self._preview.meals):
            super().accept()
