"""Importing a medicine list: the file is read off the window's thread, then previewed
(what would be added, and which rows fail, with their line and reason) before anything is
written. Import adds the good rows together (one undo step); Cancel adds nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from planner.domain.medicines import Medicine, amount_text
from planner.services.medicine_files import MedicineImport
from planner.ui.dialogs.csv_import import CsvImportDialog, ImportTexts
from planner.ui.labels import translate
from planner.ui.medicines.words import schedule_words
from planner.ui.models.rows import Column
from planner.ui.workers import Work


class MedicineImportDialog(CsvImportDialog[MedicineImport, Medicine]):
    """Runs ``read`` (a :data:`Work` returning a :class:`MedicineImport`) and shows what it
    found; accepting hands the good medicines to ``accept_rows``."""

    def __init__(
        self,
        file_name: str,
        read: Work,
        accept_rows: Callable[[Sequence[Medicine]], bool],
        parent: QWidget | None = None,
    ) -> None:
        texts = ImportTexts(
            name="medicineImport",
            title=translate("Medicines", "Import a medicine list"),
            rows=translate("Medicines", "Medicines to add"),
            summary=translate(
                "Medicines", "{file}: {good} medicines can be added; {bad} rows cannot."
            ),
        )
        columns: list[Column[Medicine]] = [
            Column(translate("Medicines", "Medicine"), lambda m: m.name),
            Column(translate("Medicines", "Dose"), lambda m: amount_text(m.dose, m.unit)),
            Column(
                translate("Medicines", "Schedule"), lambda m: schedule_words(m.schedule, m.unit)
            ),
        ]
        super().__init__(file_name, read, texts, columns, _medicines, accept_rows, parent)


def _medicines(preview: MedicineImport) -> Sequence[Medicine]:
    return preview.medicines
