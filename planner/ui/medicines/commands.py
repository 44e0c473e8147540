"""Undoable medicine changes: medicines added, edited, deleted or imported, each dose's
answer, a dose taken as needed, and a helper asked to give a dose.

:class:`MedicineActions` runs them for the Medicines page through the window's operations,
so each is one step Edit > Undo takes back, errors are announced, and only the views
concerned refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.domain.doses import Answer, Confirmation
from planner.domain.medicines import Medicine
from planner.domain.model import HelpTask
from planner.services import medicine_files, medicines
from planner.services.plan import Plan
from planner.ui.labels import translate
from planner.ui.operations import Operations, Refused


class MedicineActions:
    """The medicines' changes, each one a step on the window's undo stack; a refused change
    returns ``None`` (or ``False``) with the reason announced, and changes nothing."""

    def __init__(self, operations: Operations) -> None:
        self.operations = operations

    @property
    def plan(self) -> Plan:
        return self.operations.plan

    def add(self, medicine: Medicine) -> Medicine | None:
        return self.operations.record(
            lambda added: translate("Medicines", "Add {name}").format(name=added.name),
            lambda: medicines.add_medicine(self.plan, medicine),
        )

    def update(self, medicine: Medicine) -> Medicine | None:
        """Save the medicine as edited from the version the user saw."""
        assert medicine.id is not None
        medicine_id = medicine.id
        return self.operations.save_edit(
            translate("Medicines", "Edit {name}").format(name=medicine.name),
            medicine,
            lambda edited: medicines.update_medicine(
                self.plan, edited, expected_version=edited.version
            ),
            translate("Medicines", "medicine"),
            lambda: medicines.medicine(self.plan, medicine_id),
        )

    def delete(self, medicine: Medicine) -> bool:
        """Delete the medicine the user saw, with the answers of its doses."""
        assert medicine.id is not None
        medicine_id = medicine.id
        removed = self.operations.record(
            translate("Medicines", "Delete {name}").format(name=medicine.name),
            lambda: medicines.remove_medicine(
                self.plan, medicine_id, expected_version=medicine.version
            ),
        )
        return removed is not None

    def answer(
        self, medicine: Medicine, due: dt.datetime, answer: Answer, reason: str = ""
    ) -> Confirmation | None:
        """Note the dose of ``medicine`` at ``due`` as taken, skipped (with ``reason``) or
        put off until later."""
        assert medicine.id is not None
        medicine_id = medicine.id
        names = {
            Answer.TAKEN: translate("Medicines", "Dose taken: {name} at {time}"),
            Answer.SKIPPED: translate("Medicines", "Dose skipped: {name} at {time}"),
            Answer.LATER: translate("Medicines", "Dose later: {name} at {time}"),
        }
        return self.operations.record(
            names[answer].format(name=medicine.name, time=f"{due:%H:%M}"),
            lambda: medicines.confirm(self.plan, medicine_id, due, answer, reason or None),
        )

    def take_as_needed(self, medicine: Medicine) -> Confirmation | Refused:
        """Note a dose as needed taken now; the refusal (too soon, the day's limit) is
        returned, for the page to say beside the medicine."""
        assert medicine.id is not None
        medicine_id = medicine.id
        return self.operations.attempt_recorded(
            translate("Medicines", "Taken now: {name}").format(name=medicine.name),
            lambda: medicines.take_as_needed(self.plan, medicine_id),
        )

    def ask_helper(
        self, medicine: Medicine, due: dt.datetime, helper_id: int, helper_name: str
    ) -> HelpTask | None:
        assert medicine.id is not None
        medicine_id = medicine.id
        return self.operations.record(
            translate("Medicines", "Ask {helper} to give {name}").format(
                helper=helper_name, name=medicine.name
            ),
            lambda: medicines.ask_helper_to_give(self.plan, medicine_id, due, helper_id),
        )

    def import_medicines(self, found: Sequence[Medicine]) -> list[Medicine] | None:
        return self.operations.record(
            lambda added: translate("Medicines", "Import {count} medicines").format(
                count=len(added)
            ),
            lambda: medicine_files.accept_import(self.plan, found),
        )
