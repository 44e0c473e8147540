"""A CSV list in and out of a page (the Freezer's stock, the Medicines' list).

In: the file is read off the window's thread (with progress and Cancel), then previewed:
the rows that would be added, and the rows that fail with their line and reason, before
anything is written. Import hands the good rows on together; Cancel adds nothing.
Out: :func:`write_csv` writes the file and says how many rows it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.messages import Message
from planner.services.plan import Plan
from planner.ui.dialogs.buttons import save_buttons
from planner.ui.labels import say, translate
from planner.ui.models.rows import Column, Record, RowsModel
from planner.ui.widgets.rowsview import RowsView
from planner.ui.workers import Job, Work

if TYPE_CHECKING:
    from planner.ui.pages.base import AreaPage


class RefusedRow(Protocol):
    """A row of the file that cannot be imported."""

    @property
    def line(self) -> int: ...

    @property
    def message(self) -> Message | str:
        """Why, to render in the reader's language."""
        ...


class Preview(Protocol):
    """What reading a file found; each area's preview also holds the rows to add."""

    @property
    def errors(self) -> Sequence[RefusedRow]: ...


P = TypeVar("P", bound=Preview)
T = TypeVar("T", bound=Record)


@dataclass(frozen=True)
class ImportTexts:
    """What an area calls its import; each text already translated."""

    name: str
    """The start of every object name: ``{name}Dialog``, ``{name}Summary``, ``{name}Rows``…"""
    title: str
    rows: str
    """The table's accessible name, e.g. "Medicines to add"."""
    summary: str
    """Once the file is read, with ``{file}``, ``{good}`` and ``{bad}`` (counts of rows)."""


class CsvImportDialog(QDialog, Generic[P, T]):
    """Runs ``read`` (a :data:`Work` returning a preview) and shows what it found: the
    rows ``found`` takes from the preview, in ``columns``, and the preview's refused rows;
    accepting hands the good rows to ``accept_rows`` (closing if it returns ``True``)."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        texts: ImportTexts,
        columns: Sequence[Column[T]],
        found: Callable[[P], Sequence[T]],
        accept_rows: Callable[[Sequence[T]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_name = file_name
        self._summary = texts.summary
        self._found = found
        self._accept_rows = accept_rows
        self.preview: P | None = None
        self._good: Sequence[T] = ()
        name = texts.name
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(texts.title)
        self.setAccessibleName(texts.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(translate("Dialogs", "Reading {file}…").format(file=file_name), self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"{name}Progress")
        self.progress.setAccessibleName(translate("Dialogs", "Reading the file"))
        self.progress.setRange(0, 0)  # busy until the first report (if the reading gives any)
        self.rows: RowsModel[T] = RowsModel(columns, self)
        self.table = RowsView(self.rows, f"{name}Rows", texts.rows, self)
        self.failed_label = QLabel(translate("Dialogs", "Rows that cannot be imported:"), self)
        self.failed_label.setObjectName(f"{name}ErrorsLabel")
        self.errors = QListWidget(self)
        self.errors.setObjectName(f"{name}Errors")
        self.errors.setAccessibleName(translate("Dialogs", "Rows that cannot be imported"))
        self.failed_label.setBuddy(self.errors)
        self.buttons = save_buttons(self, name, translate("Dialogs", "Import the good rows"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("Dialogs", "&Import"))
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
        self.cancel_button.setText(translate("Dialogs", "Close"))
        self.cancel_button.setEnabled(True)

    @Slot(object)
    def _read(self, preview: P) -> None:
        self.preview = preview
        self._good = self._found(preview)
        locale = QLocale()
        good, bad = len(self._good), len(preview.errors)
        self.summary.setText(
            self._summary.format(
                file=self._file_name, good=locale.toString(good), bad=locale.toString(bad)
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        self.rows.set_rows(self._good)
        self.table.fit_columns()
        for error in preview.errors:
            self.errors.addItem(
                translate("Dialogs", "Line {line}: {reason}").format(
                    line=error.line, reason=say(error.message)
                )
            )
        self.progress.hide()
        self.table.show()
        self.failed_label.setVisible(bad > 0)
        self.errors.setVisible(bad > 0)
        self.import_button.setText(
            translate("Dialogs", "&Import {count}").format(count=locale.toString(good))
        )
        self.import_button.setEnabled(good > 0)

    # -- answers -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()  # the dialog closes once the reading has stopped
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def accept(self) -> None:
        if self._good and self._accept_rows(self._good):
            super().accept()


ChooseFile = Callable[[QWidget, str, bool], Path | None]
"""Asks for a CSV file to open (``False``) or save (``True``); ``None`` when cancelled."""


def choose_csv_file(
    parent: QWidget, suggested: str, save: bool, *, open_title: str, save_title: str
) -> Path | None:
    """Qt's file dialog for a CSV file to read, or to write under ``suggested``."""
    filter_ = translate("Dialogs", "CSV files (*.csv)")
    if save:
        name, _ = QFileDialog.getSaveFileName(parent, save_title, suggested, filter_)
    else:
        name, _ = QFileDialog.getOpenFileName(parent, open_title, "", filter_)
    return Path(name) if name else None


def write_csv(
    page: AreaPage, path: Path | None, write: Callable[[Plan, Path], int], wrote: str
) -> Path | None:
    """Write the page's plan to ``path`` (none chosen: nothing) with ``write``, which
    returns how many rows it wrote; the status bar then says ``wrote`` (with ``{count}``
    and ``{path}``). A refusal is said through the window's ``operations.failed``."""
    if path is None:
        return None
    try:
        count = write(page.context.plan, path)
    except PlannerError as error:
        page.context.operations.failed.emit(say(error.message))
        return None
    page.say(wrote.format(count=count, path=path))
    return path
