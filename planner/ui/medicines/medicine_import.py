"""Importing a medicine list: the file is read off the window's thread, then previewed
(what would be added, and which rows fail, with their line and reason) before anything is
written. Import adds the good rows together (one undo step); Cancel adds nothing."""

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

from planner.domain.medicines import Medicine, amount_text
from planner.services.medicine_files import MedicineImport
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.labels import tr
from planner.ui.medicines.words import schedule_words
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView
from planner.ui.workers import Job, Work


class MedicineImportDialog(QDialog):
    """Runs ``read`` (a :data:`Work` returning a :class:`MedicineImport`) and shows what it
    found; accepting hands the good medicines to ``accept_rows``."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        accept_rows: Callable[[Sequence[Medicine]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_name = file_name
        self._accept_rows = accept_rows
        self.preview: MedicineImport | None = None
        title = tr("Import a medicine list")
        self.setObjectName("medicineImportDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(tr("Reading {file}…").format(file=file_name), self)
        self.summary.setObjectName("medicineImportSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("medicineImportProgress")
        self.progress.setAccessibleName(tr("Reading the file"))
        self.progress.setRange(0, 0)
        columns: list[Column[Medicine]] = [
            Column(tr("Medicine"), lambda m: m.name),
            Column(tr("Dose"), lambda m: amount_text(m.dose, m.unit)),
            Column(tr("Schedule"), lambda m: schedule_words(m.schedule, m.unit)),
        ]
        self.rows: RowsModel[Medicine] = RowsModel(columns, self)
        self.table = RowsView(self.rows, "medicineImportRows", tr("Medicines to add"), self)
        self.failed_label = QLabel(tr("Rows that cannot be imported:"), self)
        self.failed_label.setObjectName("medicineImportErrorsLabel")
        self.errors = QListWidget(self)
        self.errors.setObjectName("medicineImportErrors")
        self.errors.setAccessibleName(tr("Rows that cannot be imported"))
        self.failed_label.setBuddy(self.errors)
        self.buttons = save_buttons(self, "medicineImport", tr("Import the good rows"))
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
        self.job.succeeded.connect(self._read)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(super().reject)
        self.job.start()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.summary.setAccessibleName(message)
        self.cancel_button.setText(tr("Close"))
        self.cancel_button.setEnabled(True)

    @Slot(object)
    def _read(self, preview: MedicineImport) -> None:
        self.preview = preview
        locale = QLocale()
        good, bad = len(preview.medicines), len(preview.errors)
        self.summary.setText(
            tr("{file}: {good} medicines can be added; {bad} rows cannot.").format(
                file=self._file_name, good=locale.toString(good), bad=locale.toString(bad)
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        self.rows.set_rows(preview.medicines)
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

    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def accept(self) -> None:
        chosen = self.preview.medicines if self.preview is not None else ()
        if chosen and self._accept_rows(chosen):
            super().accept()
