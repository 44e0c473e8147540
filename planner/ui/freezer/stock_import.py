"""Importing freezer stock: the file is read off the window's thread (with progress and
cancel), then previewed: what would be added and which rows fail, before anything is
written. Import adds the good rows (undoably); Cancel adds nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain.freezer import join_tags
from planner.domain.model import FreezerMeal
from planner.services.freezer import ImportPreview
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.labels import short_date, tr
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView
from planner.ui.workers import Job, Work


class StockImportDialog(QDialog):
    """Runs ``read`` (a :data:`Work` returning an :class:`ImportPreview`) and shows what it
    found; accepting hands the good batches to ``accept_rows``."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        accept_rows: Callable[[Sequence[FreezerMeal]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_name = file_name
        self._accept_rows = accept_rows
        self.preview: ImportPreview | None = None
        title = tr("Import freezer stock")
        self.setObjectName("stockImportDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(tr("Reading {file}…").format(file=file_name), self)
        self.summary.setObjectName("stockImportSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("stockImportProgress")
        self.progress.setAccessibleName(tr("Reading the file"))
        self.progress.setRange(0, 0)  # busy until the first report
        self._lines: dict[int, int] = {}
        columns: list[Column[FreezerMeal]] = [
            Column(tr("Line"), self._line, key=lambda m: self._lines.get(id(m), 0)),
            Column(tr("Meal"), lambda m: m.name),
            Column(tr("Portions"), lambda m: str(m.portions_left), key=lambda m: m.portions_left),
            Column(tr("Use by"), lambda m: short_date(m.use_by), key=lambda m: m.use_by),
            Column(tr("Tags"), lambda m: join_tags(m.tags)),
        ]
        self.rows: RowsModel[FreezerMeal] = RowsModel(columns, self)
        self.table = RowsView(self.rows, "stockImportRows", tr("Batches to add"), self)
        self.failed_label = QLabel(tr("Rows that cannot be imported:"), self)
        self.failed_label.setObjectName("stockImportErrorsLabel")
        self.errors = QListWidget(self)
        self.errors.setObjectName("stockImportErrors")
        self.errors.setAccessibleName(tr("Rows that cannot be imported"))
        self.failed_label.setBuddy(self.errors)
        self.buttons = save_buttons(self, "stockImport", tr("Import the good rows"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("&Import"))
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.failed_label)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        for part in (self.table, self.failed_label, self.errors):
            part.hide()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 24)

        # Not a child of the dialog: the dialog may close (and go) while the job still ends.
        self.job = Job(read)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._read)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(super().reject)
        self.job.start()

    def _line(self, meal: FreezerMeal) -> str:
        return str(self._lines.get(id(meal), ""))

    # -- reading -------------------------------------------------------------------------
    @Slot(int, int)
    def _progressed(self, done: int, whole: int) -> None:
        self.progress.setRange(0, max(whole, 1))
        self.progress.setValue(done)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.summary.setAccessibleName(message)
        self.cancel_button.setText(tr("Close"))
        self.cancel_button.setEnabled(True)

    @Slot(object)
    def _read(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._lines = {id(m): line for m, line in zip(preview.meals, preview.lines, strict=True)}
        locale = QLocale()
        good, bad = len(preview.meals), len(preview.errors)
        self.summary.setText(
            tr("{file}: {good} batches can be added; {bad} rows cannot.").format(
                file=self._file_name, good=locale.toString(good), bad=locale.toString(bad)
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        self.rows.set_rows(preview.meals)
        self.table.fit_columns()
        for error in preview.errors:
            self.errors.addItem(
                tr("Line {line}: {reason}").format(line=error.line, reason=error.reason)
            )
        self.progress.hide()
        self.table.show()
        self.failed_label.setVisible(bad > 0)
        self.errors.setVisible(bad > 0)
        self.import_button.setText(tr("&Import {count}").format(count=locale.toString(good)))
        self.import_button.setEnabled(good > 0)

    # -- answers -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()  # the dialog closes once the reading has stopped
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def accept(self) -> None:
        chosen = self.preview.meals if self.preview is not None else ()
        if chosen and self._accept_rows(chosen):
            super().accept()
