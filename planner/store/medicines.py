"""Medicines in the database: the medicines, the answers given for their doses, the
readings noted, and the stock counted down with one guarded UPDATE.

Taking a dose never reads, subtracts and writes back: the UPDATE itself subtracts (never
below 0), so two windows noting two doses at once both count. Saving a medicine, an answer
or a reading goes through the one write path (:mod:`planner.store.rows`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, select, update

from planner.domain import model
from planner.domain.changes import Action, Kind
from planner.domain.doses import Confirmation
from planner.domain.enums import AppointmentKind
from planner.domain.medicines import FIRST_OFFSET, LAST_OFFSET, MOST_LEAD_DAYS, Medicine
from planner.domain.readings import Measurement, ReadingKind
from planner.store import convert, rows
from planner.store.change_log import note
from planner.store.errors import RecordMissing
from planner.store.medicine_rows import MedicineRow, to_medicine, to_row
from planner.store.reading import PlanReader, midnight

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


def _medicines() -> Table:
    return cast(Table, r.MedicineRecord.__table__)


TREATMENTS_BEFORE = dt.timedelta(days=LAST_OFFSET)
"""How far before a window its treatment days are read: a dose lies up to 90 days after a
treatment day (infection-risk days up to 60)."""
TREATMENTS_AFTER = dt.timedelta(days=-FIRST_OFFSET + MOST_LEAD_DAYS)
"""And after it: a dose lies up to 14 days before a treatment day, and a refill looks as
far ahead as the pharmacy's longest lead time."""
_TREATMENT_KINDS = [kind.value for kind in AppointmentKind if kind.is_treatment]


class MedicineStore:
    """The Medicines area's queries and writes over one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # ------------------------------------------------------------------ medicines
    def medicines(self) -> list[Medicine]:
        query = select(r.MedicineRecord).order_by(r.MedicineRecord.name, r.MedicineRecord.id)
        return [
            to_medicine(convert.to_value(MedicineRow, record))
            for record in self.session.scalars(query)
        ]

    def medicine(self, medicine_id: int) -> Medicine:
        return to_medicine(rows.read(self.session, MedicineRow, medicine_id))

    def save(self, medicine: Medicine) -> Medicine:
        """Add ``medicine`` (no id) or store it over its record, under the version guard."""
        return to_medicine(rows.save(self.session, to_row(medicine)))

    def remove(self, medicine_id: int, version: int | None = None) -> Medicine:
        """Remove a medicine with the answers of its doses (each recorded)."""
        return to_medicine(rows.remove(self.session, MedicineRow, medicine_id, version))

    def names(self) -> set[str]:
        """The medicines' names, case folded."""
        return {name.casefold() for name in self.session.scalars(select(r.MedicineRecord.name))}

    def courses(self) -> dict[int, str]:
        """Every course's name by its id (a schedule around treatment days names one)."""
        query = select(r.CourseRecord.id, r.CourseRecord.name).order_by(r.CourseRecord.id)
        return {int(course_id): str(name) for course_id, name in self.session.execute(query)}

    # ------------------------------------------------------------------ stock
    def change_stock(self, medicine_id: int, thousandths: int) -> tuple[int, int] | None:
        """Add ``thousandths`` to the counted stock (take away, when negative), never below
        0, with one guarded UPDATE; returns the stock before and after, or ``None`` when the
        stock is not counted. Recorded in the change log like any change."""
        stock = _medicines().c.stock_thousandths
        if thousandths < 0:
            # Exactly when there is enough: the stock before is then known for the log.
            taken = self._update(medicine_id, stock >= -thousandths, stock + thousandths)
            if taken is not None:
                return self._noted(medicine_id, taken[0] - thousandths, *taken)
            seen = self.session.scalar(
                select(stock).where(_medicines().c.id == medicine_id).with_for_update()
            )
            if seen is None:
                self._exists(medicine_id)
                return None
            # Less was left than the dose (the rest came from a pack not counted): the row
            # is locked now (on SQLite, this transaction is the one writer since the UPDATE
            # above), so the stock seen is the stock changed.
            left = max(0, seen + thousandths)
            changed = self._update(medicine_id, stock == seen, left)
            assert changed is not None
            return self._noted(medicine_id, seen, *changed)
        added = self._update(medicine_id, stock.is_not(None), stock + thousandths)
        if added is None:
            self._exists(medicine_id)
            return None
        return self._noted(medicine_id, added[0] - thousandths, *added)

    def _update(self, medicine_id: int, guard: object, value: object) -> tuple[int, int] | None:
        guarded = (
            update(_medicines())
            .where(_medicines().c.id == medicine_id, guard)  # type: ignore[arg-type]
            .values(stock_thousandths=value, version=_medicines().c.version + 1)
            .returning(_medicines().c.stock_thousandths, _medicines().c.version)
        )
        row = self.session.execute(guarded).first()
        return None if row is None else (int(row[0]), int(row[1]))

    def _noted(self, medicine_id: int, before: int, after: int, version: int) -> tuple[int, int]:
        note(
            self.session,
            Kind.MEDICINE,
            medicine_id,
            Action.UPDATE,
            version - 1,
            version,
            {"stock_thousandths": (before, after)},
        )
        # The session's copy of the record is stale after a Core UPDATE: read it afresh.
        record = self.session.identity_map.get(
            self.session.identity_key(r.MedicineRecord, medicine_id)
        )
        if record is not None:
            self.session.expire(record)
        return before, after

    def _exists(self, medicine_id: int) -> None:
        if self.session.get(r.MedicineRecord, medicine_id) is None:
            raise RecordMissing(f"medicine {medicine_id}")

    # ------------------------------------------------------------------ doses
    def confirmations(
        self, first: dt.date, last: dt.date, medicine_id: int | None = None
    ) -> list[Confirmation]:
        """The answers for doses due from ``first`` to ``last`` (inclusive)."""
        query = (
            select(r.DoseRecord)
            .where(r.DoseRecord.due >= midnight(first), r.DoseRecord.due < midnight(last, 1))
            .order_by(r.DoseRecord.due, r.DoseRecord.medicine_id)
        )
        if medicine_id is not None:
            query = query.where(r.DoseRecord.medicine_id == medicine_id)
        return [convert.to_value(Confirmation, rec) for rec in self.session.scalars(query)]

    def confirmation(self, medicine_id: int, due: dt.datetime) -> Confirmation | None:
        query = select(r.DoseRecord).where(
            r.DoseRecord.medicine_id == medicine_id, r.DoseRecord.due == due
        )
        record = self.session.scalars(query).first()
        return None if record is None else convert.to_value(Confirmation, record)

    def save_confirmation(self, confirmation: Confirmation) -> Confirmation:
        return rows.save(self.session, confirmation)

    # ------------------------------------------------------------------ readings
    def save_reading(self, reading: Measurement) -> Measurement:
        return rows.save(self.session, reading)

    def readings(
        self, since: dt.datetime, until: dt.datetime, kind: ReadingKind | None = None
    ) -> list[Measurement]:
        """The readings noted from ``since`` to ``until`` (inclusive), oldest first."""
        self.session.flush()
        return PlanReader.on(self.session.connection()).readings(since, until, kind)

    # ------------------------------------------------------------------ treatment days
    def treatment_days(self, first: dt.date, last: dt.date) -> list[model.TreatmentDay]:
        """The treatments (and a course's other appointments) from ``first`` to ``last``
        that are not cancelled (see :meth:`PlanReader.treatment_days`)."""
        self.session.flush()
        return PlanReader.on(self.session.connection()).treatment_days(first, last)
