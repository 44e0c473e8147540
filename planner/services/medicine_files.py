"""The medicine list as a file: written whole (CSV, private), and read back with each bad
row named and left out (see :mod:`planner.interop.medicine_csv` for the file's rules)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import InvalidInput
from planner.domain.medicines import AroundTreatment, Medicine
from planner.domain.messages import translate
from planner.interop import medicine_csv
from planner.interop.stock_csv import RowError
from planner.services import medicines as service
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store.medicines import MedicineStore


@dataclass(frozen=True)
class MedicineImport:
    """What a file would add (nothing is written yet), and the rows that fail."""

    medicines: tuple[Medicine, ...]
    errors: tuple[RowError, ...]


def export_csv(plan: Plan, path: Path) -> int:
    """Write every medicine to ``path``; returns how many were written."""
    with plan.unit_of_work() as work:
        store = MedicineStore(work.store.session)
        found = store.medicines()
        courses = store.courses()
    rows = [(m, courses.get(getattr(m.schedule, "course_id", None) or 0, "")) for m in found]
    medicine_csv.write_medicines(rows, path)
    return len(rows)


def preview_import(plan: Plan, path: Path) -> MedicineImport:
    """Read a medicine list without writing anything: the medicines it would add, and each
    row that fails with its line and reason (one already in the plan by name, too)."""
    read = medicine_csv.read_medicines(path)
    with plan.unit_of_work() as work:
        store = MedicineStore(work.store.session)
        courses = {name.casefold(): course_id for course_id, name in store.courses().items()}
        known = store.names()
        found: list[Medicine] = []
        errors = list(read.errors)
        for row in read.rows:
            try:
                medicine = _with_course(row, courses)
                if medicine.name.casefold() in known:
                    raise InvalidInput(
                        translate("Errors", "{medicine} is already in the plan").format(
                            medicine=medicine.name
                        )
                    )
                checked = service.checked_medicine(store, medicine)
            except InvalidInput as error:
                errors.append(RowError(row.line, error.message))
                continue
            known.add(checked.name.casefold())
            found.append(checked)
    return MedicineImport(tuple(found), tuple(sorted(errors, key=lambda e: e.line)))


def _with_course(row: medicine_csv.MedicineLine, courses: dict[str, int]) -> Medicine:
    schedule = row.medicine.schedule
    if not row.course:
        return row.medicine
    if not isinstance(schedule, AroundTreatment):
        raise InvalidInput(
            translate("Errors", "course names the course of doses around treatment days only")
        )
    course_id = courses.get(" ".join(row.course.split()).casefold())
    if course_id is None:
        raise InvalidInput(
            translate("Errors", "the plan has no course named {course}").format(course=row.course)
        )
    return dataclasses.replace(
        row.medicine, schedule=dataclasses.replace(schedule, course_id=course_id)
    )


def accept_import(plan: Plan, medicines: Sequence[Medicine]) -> tuple[list[Medicine], Changes]:
    """Add the previewed medicines, all together or (on any refusal) none of them."""
    with plan.unit_of_work() as work:
        store = MedicineStore(work.store.session)
        added = [
            store.save(
                dataclasses.replace(service.checked_medicine(store, m), id=None, version=None)
            )
            for m in medicines
        ]
        work.commit()
    return added, work.changes
