"""Queries and writes over one session: the only place that builds SQL for the services."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Select, Table, bindparam, inspect, select

from planner.domain import model
from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, AppointmentStatus, LegStatus
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS
from planner.store import change_log, convert, rows
from planner.store.errors import RecordMissing as RecordMissing  # its home for callers
from planner.store.inserts import insert_rows
from planner.store.lazy import selectinload
from planner.store.reading import LONGEST_TASK as LONGEST_TASK
from planner.store.reading import LOOKBACK as LOOKBACK
from planner.store.reading import FirstSteps as FirstSteps
from planner.store.reading import PlanReader, midnight

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)

Value = TypeVar("Value")
Record = TypeVar("Record", bound="r.Base")


@functools.cache
def _saving() -> dict[str, Any]:
    """The statements of one save, made once (SQLAlchemy then finds each compiled in its
    cache without building and hashing the statement again), and the appointment's mapper:
    made on the first save, when the records are loaded."""
    appointment = cast(Table, r.AppointmentRecord.__table__)
    leg = cast(Table, r.RideLegRecord.__table__)
    return {
        "mapper": inspect(r.AppointmentRecord),
        "appointment": select(*appointment.columns).where(appointment.c.id == bindparam("id")),
        "legs_of": select(*leg.columns).where(leg.c.appointment_id == bindparam("appointment_id")),
    }


class PlanStore:
    """The plan as seen through one session (one unit of work)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # The session only holds records weakly. Keeping each record read by id keeps the
        # version it was read at, so a later write in this unit of work fails on a record
        # someone else saved in between (a shared PostgreSQL plan) instead of overwriting.
        self._read: dict[tuple[type[r.Base], int], r.Base] = {}

    def reader(self) -> PlanReader:
        """The plain reads (:mod:`planner.store.reading`) on this unit of work's
        connection, seeing what it changed so far."""
        self.session.flush()
        return PlanReader.on(self.session.connection())

    # ------------------------------------------------------------------ writing
    def add(self, value: object) -> int:
        """Store a new domain value; returns its id."""
        record = convert.to_record(value)
        self.session.add(record)
        self.session.flush()
        return int(record.id)  # type: ignore[attr-defined]

    def insert_many(self, values: Sequence[Value]) -> list[int]:
        """Store many new values of one kind with one INSERT, and record them in the change
        log together (an import of thousands; the session holds no record of them)."""
        if not values:
            return []
        kind = type(values[0])
        table = cast(Table, convert.RECORDS[kind].__table__)
        fields = [f for f in convert.FIELDS[kind] if f.name not in ("id", "version")]
        version = 1 if "version" in table.c else None
        stored = [
            {f.column: f.store(getattr(value, f.name)) for f in fields}
            | ({"version": version} if version else {})
            for value in values
        ]
        ids = insert_rows(self.session, table, stored)
        change_log.note_inserted(
            self.session,
            Kind(table.name),
            [(key, columns, version) for key, columns in zip(ids, stored, strict=True)],
        )
        return ids

    def add_all(self, values: Sequence[Value]) -> list[int]:
        records = [convert.to_record(v) for v in values]
        self.session.add_all(records)
        self.session.flush()
        return [int(rec.id) for rec in records]  # type: ignore[attr-defined]

    def set_leg(
        self,
        leg_id: int,
        *,
        status: LegStatus | None = None,
        driver_id: int | None = None,
        clear_driver: bool = False,
        at: dt.datetime | None = None,
        expected_version: int | None = None,
    ) -> model.RideLeg:
        """Change one leg; with ``expected_version``, only if nobody changed it since."""
        leg = self.leg(leg_id)
        if expected_version is not None:
            leg = replace(leg, version=expected_version)
        if status is not None and status is not leg.status:
            leg = replace(leg, status=status, status_changed_at=at)
        if driver_id is not None or clear_driver:
            leg = replace(leg, driver_id=driver_id)
        return rows.save(self.session, leg)

    def update_leg(self, value: model.RideLeg) -> model.RideLeg:
        """Store ``value`` over the leg of its id (its version must still be the stored one)."""
        assert value.id is not None
        return rows.save(self.session, value)

    def update_appointment(
        self, value: model.Appointment, *, expected_version: int | None = None
    ) -> model.Appointment:
        """Store ``value`` over the appointment of its id; with ``expected_version``, only if
        nobody changed it since."""
        key = value.id
        assert key is not None
        value = replace(value, version=expected_version)
        if self._holds_appointment(key):
            return rows.save(self.session, value)  # its record is held: saved through it
        # As a record would be (see _get): guarded by the version it was read at, if it
        # was read in this unit of work; written with one UPDATE, not a record's flush.
        self.session.flush()  # records changed before it are written (and logged) first
        read = change_log.rows_read(self.session)
        row = (Kind.APPOINTMENT, key)
        stored = read.get(row) or self._appointment_row(key)
        saved, read[row] = rows.save_over(self.session, value, stored)
        return saved

    def delete_appointment(
        self, appointment_id: int, *, expected_version: int | None = None
    ) -> model.Appointment:
        """Remove one appointment with its ride legs (tasks and questions naming it are
        unlinked); returns it as it was."""
        return rows.remove(self.session, model.Appointment, appointment_id, expected_version)

    # ------------------------------------------------------------------ reading
    def first_steps(self, today: dt.date) -> FirstSteps:
        """Whether each first step of a new plan is done; one row asked of each table."""

        return self.reader().first_steps(today)

    def has_records(self) -> bool:
        """Whether the plan holds anything at all (plan-wide settings aside)."""
        return self.reader().has_records()

    def appointment(self, appointment_id: int) -> model.Appointment:
        if self._holds_appointment(appointment_id):
            return convert.to_value(
                model.Appointment, self._get(r.AppointmentRecord, appointment_id, "appointment")
            )
        # Read as a plain row (a record costs a save a quarter of a millisecond to build);
        # kept, so that a change of it in this unit of work is guarded by its version.
        row = self._appointment_row(appointment_id)
        change_log.rows_read(self.session)[Kind.APPOINTMENT, appointment_id] = row
        return rows.value_of(model.Appointment, row)

    def _holds_appointment(self, appointment_id: int) -> bool:
        """Whether the session holds the appointment's record (it may have changes)."""
        key = _saving()["mapper"].identity_key_from_primary_key((appointment_id,))
        return key in self.session.identity_map

    def _appointment_row(self, appointment_id: int) -> dict[str, Any]:
        found = (
            self.session.execute(_saving()["appointment"], {"id": appointment_id})
            .mappings()
            .first()
        )
        if found is None:
            raise RecordMissing(f"appointment {appointment_id}")
        return dict(found)

    def leg(self, leg_id: int) -> model.RideLeg:
        return convert.to_value(model.RideLeg, self._get(r.RideLegRecord, leg_id, "ride leg"))

    def _values(self, kind: type[Value], query: Select[Any]) -> list[Value]:
        """The domain values a select of one kind of record finds, read as plain rows: a
        list to show or check, not records to change (thousands of records would each be
        built, tracked and forgotten again)."""
        columns, value = _reader(kind)
        return [value(row) for row in self.session.execute(query.with_only_columns(*columns))]

    def _get(self, record_type: type[Record], record_id: int, what: str) -> Record:
        record = self.session.get(record_type, record_id)
        if record is None:
            raise RecordMissing(f"{what} {record_id}")
        self._read[record_type, record_id] = record
        return record

    def appointments(
        self,
        first: dt.date | None = None,
        last: dt.date | None = None,
        kind: AppointmentKind | None = None,
        status: AppointmentStatus | None = None,
    ) -> list[model.Appointment]:
        """Appointments starting from ``first`` to ``last`` (inclusive), of one kind or status."""
        query = select(r.AppointmentRecord).order_by(r.AppointmentRecord.start)
        if first is not None:
            query = query.where(r.AppointmentRecord.start >= midnight(first))
        if last is not None:
            query = query.where(r.AppointmentRecord.start < midnight(last, 1))
        if kind is not None:
            query = query.where(r.AppointmentRecord.kind == kind.value)
        if status is not None:
            query = query.where(r.AppointmentRecord.status == status.value)
        return self._values(model.Appointment, query)

    def legs(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[model.RideLeg]:
        query = select(r.RideLegRecord).order_by(r.RideLegRecord.pickup_time)
        if first is not None:
            query = query.where(r.RideLegRecord.pickup_time >= midnight(first))
        if last is not None:
            query = query.where(r.RideLegRecord.pickup_time < midnight(last, 1))
        return self._values(model.RideLeg, query)

    def legs_of(self, appointment_id: int) -> list[model.RideLeg]:
        """The legs of one appointment (a save's: the statement is made once)."""
        found = self.session.execute(_saving()["legs_of"], {"appointment_id": appointment_id})
        return [convert.row_value(model.RideLeg, row) for row in found]

    def legs_for(self, appointment_ids: Sequence[int]) -> list[model.RideLeg]:
        query = select(r.RideLegRecord).where(r.RideLegRecord.appointment_id.in_(appointment_ids))
        return self._values(model.RideLeg, query)

    def helpers(self) -> list[model.Helper]:
        query = (
            select(r.HelperRecord)
            .options(selectinload(r.HelperRecord.availability))
            .order_by(r.HelperRecord.name)
        )
        return [convert.to_value(model.Helper, rec) for rec in self.session.scalars(query)]

    def contacts(self) -> list[model.Contact]:
        query = select(r.ContactRecord).order_by(r.ContactRecord.role, r.ContactRecord.name)
        return self._values(model.Contact, query)

    def tasks(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[model.HelpTask]:
        query = select(r.HelpTaskRecord).order_by(r.HelpTaskRecord.start)
        if first is not None:
            # A repeating task started long ago may still have occurrences in the range.
            query = query.where(
                (
                    (r.HelpTaskRecord.start >= midnight(first) - LONGEST_TASK)
                    & (r.HelpTaskRecord.end >= midnight(first))
                )
                | (r.HelpTaskRecord.recurrence != "")
            )
        if last is not None:
            query = query.where(r.HelpTaskRecord.start < midnight(last, 1))
        return self._values(model.HelpTask, query)

    def meals(self, *, in_stock_or: Collection[int] | None = None) -> list[model.FreezerMeal]:
        """The freezer batches, first expiring first: all of them, or with ``in_stock_or``
        those with portions left and those named (years of emptied batches are no part
        of the coming days)."""
        query = select(r.FreezerMealRecord).order_by(r.FreezerMealRecord.use_by)
        if in_stock_or is not None:
            query = query.where(
                (r.FreezerMealRecord.portions_left > 0)
                | r.FreezerMealRecord.id.in_(sorted(in_stock_or))
            )
        return self._values(model.FreezerMeal, query)

    def portions_taken(self, first: dt.date, last: dt.date) -> list[model.PortionsTaken]:
        query = (
            select(r.PortionsTakenRecord)
            .where(r.PortionsTakenRecord.for_day.between(first, last))
            .order_by(r.PortionsTakenRecord.for_day)
        )
        return self._values(model.PortionsTaken, query)

    def groups(self) -> list[model.SupportGroup]:
        query = select(r.SupportGroupRecord).order_by(r.SupportGroupRecord.name)
        return self._values(model.SupportGroup, query)

    def journal(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[model.JournalEntry]:
        query = select(r.JournalEntryRecord).order_by(r.JournalEntryRecord.at.desc())
        if first is not None:
            query = query.where(r.JournalEntryRecord.at >= midnight(first))
        if last is not None:
            query = query.where(r.JournalEntryRecord.at < midnight(last, 1))
        return self._values(model.JournalEntry, query)

    def questions(self) -> list[model.Question]:
        query = select(r.QuestionRecord).order_by(r.QuestionRecord.asked_on)
        return self._values(model.Question, query)

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, str]:
        """Every stored plan setting, as text by key (plain rows, no record made)."""
        return self.reader().settings()

    def set_setting(self, key: str, text: str) -> None:
        record = self.session.get(r.SettingRecord, key)
        if record is None:
            self.session.add(r.SettingRecord(key=key, value=text))
        else:
            record.value = text
        self.session.flush()

    def hard_day_sources(self, first: dt.date) -> list[model.Appointment]:
        """Appointments before ``first`` whose recovery days may reach into it."""
        longest_default = max(DEFAULT_RECOVERY_DAYS.values())
        start = r.AppointmentRecord.start
        query = (
            select(r.AppointmentRecord)
            .where(start >= midnight(first) - LOOKBACK, start < midnight(first))
            .where(
                (start >= midnight(first, -longest_default))
                | (r.AppointmentRecord.recovery_days > longest_default)
            )
            .order_by(start)
        )
        return self._values(model.Appointment, query)


_READERS: dict[type[Any], tuple[list[Any], Callable[[Any], Any]]] = {}


def _reader(kind: type[Any]) -> tuple[list[Any], Callable[[Any], Any]]:
    """As :func:`planner.store.reading.reader`, over the records' own tables (for the
    selects of records this module narrows to plain rows)."""
    found = _READERS.get(kind)
    if found is None:
        found = _READERS[kind] = convert.row_reader(kind, convert.RECORDS[kind].__table__)
    return found
