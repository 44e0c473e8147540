"""Importing freezer stock: the file is read off the window's thread (with progress and
cancel), then previewed: what would be added and which rows fail, before anything is
written. Import adds the good rows (undoably); Cancel adds nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from planner.domain.model import FreezerMeal
from planner.services.freezer import ImportPreview
from planner.ui.dialogs.csv_import import CsvImportDialog, ImportTexts
from planner.ui.labels import short_date, tags_text, translate
from planner.ui.models.rows import Column
from planner.ui.workers import Work


class StockImportDialog(CsvImportDialog[ImportPreview, FreezerMeal]):
    """Runs ``read`` (a :data:`Work` returning an :class:`ImportPreview`) and shows what it
    found, each batch with its line in the file; accepting hands the good batches to
    ``accept_rows``."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        accept_rows: Callable[[Sequence[FreezerMeal]], bool],
        parent: QWidget | None = None,
    ) -> None:
        # Each batch's line in the file (by the batch's id()), once the file is read.
        self._lines: dict[int, int] = {}
        texts = ImportTexts(
            name="stockImport",
            title=translate("Freezer", "Import freezer stock"),
            rows=translate("Freezer", "Batches to add"),
            summary=translate("Freezer", "{file}: {good} batches can be added; {bad} rows cannot."),
        )
        columns: list[Column[FreezerMeal]] = [
            Column(
                translate("Freezer", "Line"), self._line, key=lambda m: self._lines.get(id(m), 0)
            ),
            Column(translate("Freezer", "Meal"), lambda m: m.name),
            Column(
                translate("Freezer", "Portions"),
                lambda m: str(m.portions_left),
                key=lambda m: m.portions_left,
            ),
            Column(
                translate("Freezer", "Use by"),
                lambda m: short_date(m.use_by),
                key=lambda m: m.use_by,
            ),
            Column(translate("Freezer", "Tags"), lambda m: tags_text(m.tags)),
        ]
        super().__init__(file_name, read, texts, columns, self._meals, accept_rows, parent)

    def _meals(self, preview: ImportPreview) -> Sequence[FreezerMeal]:
        self._lines = {id(m): line for m, line in zip(preview.meals, preview.lines, strict=True)}
        return preview.meals

    def _line(self, meal: FreezerMeal) -> str:
        return str(self._lines.get(id(meal), ""))
