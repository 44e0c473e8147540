"""Queries and writes over one session: the only place that builds SQL for the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, insert, literal, select
from sqlalchemy.orm import Session, selectinload

from planner.domain import dose_rules, model
from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, AppointmentStatus, Capability, LegStatus
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS
from planner.store import change_log, convert, rows
from planner.store import records as r
from planner.store.errors import RecordMissing as RecordMissing  # its home for callers
from planner.store.medicines import MedicineStore

Value = TypeVar("Value")
Record = TypeVar("Record", bound=r.Base)


# How far back to look for appointments whose hard days reach into a window: the most
# recovery days an appointment may have (the records' check constraint allows 60).
LOOKBACK = dt.timedelta(days=60)
# The longest window a help task may span; bounds the task query to an index range.
LONGEST_TASK = dt.timedelta(days=31)


@dataclass(frozen=True)
class FirstSteps:
    appointments: bool
    drivers: bool
    meals: bool
    groups: bool
    questions: bool
    medicines: bool


class PlanStore:
    """The plan as seen through one session (one unit of work)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # The session only holds records weakly. Keeping each record read by id keeps the
        # version it was read at, so a later write in this unit of work fails on a record
        # someone else saved in between (a shared PostgreSQL plan) instead of overwriting.
        self._read: dict[tuple[type[r.Base], int], r.Base] = {}

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
        inserted = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), stored
        )
        ids = [int(key) for key in inserted.scalars()]
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
        assert value.id is not None
        return rows.save(self.session, replace(value, version=expected_version))

    def delete_appointment(
        self, appointment_id: int, *, expected_version: int | None = None
    ) -> model.Appointment:
        """Remove one appointment with its ride legs (tasks and questions naming it are
        unlinked); returns it as it was."""
        return rows.remove(self.session, model.Appointment, appointment_id, expected_version)

    # ------------------------------------------------------------------ reading
    def first_steps(self, today: dt.date) -> FirstSteps:
        """Whether each first step of a new plan is done; one row asked of each table."""

        def any_row(query: Select[Any]) -> bool:
            return self.session.scalar(query.limit(1)) is not None

        one = select(literal(1))
        return FirstSteps(
            appointments=any_row(
                one.select_from(r.AppointmentRecord).where(
                    r.AppointmentRecord.start >= _midnight(today)
                )
            ),
            drivers=any_row(
                one.select_from(r.HelperRecord).where(
                    r.HelperRecord.capabilities.contains(Capability.DRIVE.value)
                )
            ),
            meals=any_row(
                one.select_from(r.FreezerMealRecord).where(r.FreezerMealRecord.portions_left > 0)
            ),
            groups=any_row(one.select_from(r.SupportGroupRecord)),
            questions=any_row(one.select_from(r.QuestionRecord)),
            medicines=any_row(one.select_from(r.MedicineRecord)),
        )

    def has_records(self) -> bool:
        """Whether the plan holds anything at all (plan-wide settings aside)."""
        tables = [
            table
            for table in r.Base.metadata.sorted_tables
            if table.name != r.SettingRecord.__tablename__
        ]
        return any(
            self.session.scalar(select(literal(1)).select_from(table).limit(1)) is not None
            for table in tables
        )

    def appointment(self, appointment_id: int) -> model.Appointment:
        return convert.to_value(
            model.Appointment, self._get(r.AppointmentRecord, appointment_id, "appointment")
        )

    def leg(self, leg_id: int) -> model.RideLeg:
        return convert.to_value(model.RideLeg, self._get(r.RideLegRecord, leg_id, "ride leg"))

    def _values(self, kind: type[Value], query: Select[Any]) -> list[Value]:
        """The domain values a select of one kind of record finds, read as plain rows: a
        list to show or check, not records to change (thousands of records would each be
        built, tracked and forgotten again)."""
        table = convert.RECORDS[kind].__table__
        rows = self.session.execute(query.with_only_columns(*table.columns))
        return [convert.row_value(kind, row) for row in rows]

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
            query = query.where(r.AppointmentRecord.start >= _midnight(first))
        if last is not None:
            query = query.where(r.AppointmentRecord.start < _midnight(last, 1))
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
            query = query.where(r.RideLegRecord.pickup_time >= _midnight(first))
        if last is not None:
            query = query.where(r.RideLegRecord.pickup_time < _midnight(last, 1))
        return self._values(model.RideLeg, query)

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
                    (r.HelpTaskRecord.start >= _midnight(first) - LONGEST_TASK)
                    & (r.HelpTaskRecord.end >= _midnight(first))
                )
                | (r.HelpTaskRecord.recurrence != "")
            )
        if last is not None:
            query = query.where(r.HelpTaskRecord.start < _midnight(last, 1))
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
            query = query.where(r.JournalEntryRecord.at >= _midnight(first))
        if last is not None:
            query = query.where(r.JournalEntryRecord.at < _midnight(last, 1))
        return self._values(model.JournalEntry, query)

    def questions(self) -> list[model.Question]:
        query = select(r.QuestionRecord).order_by(r.QuestionRecord.asked_on)
        return self._values(model.Question, query)

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, str]:
        """Every stored plan setting, as text by key."""
        return {rec.key: rec.value for rec in self.session.scalars(select(r.SettingRecord))}

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
            .where(start >= _midnight(first) - LOOKBACK, start < _midnight(first))
            .where(
                (start >= _midnight(first, -longest_default))
                | (r.AppointmentRecord.recovery_days > longest_default)
            )
            .order_by(start)
        )
        return self._values(model.Appointment, query)

    def window(
        self, first: dt.date, last: dt.date, today: dt.date, now: dt.datetime | None = None
    ) -> model.PlanWindow:
        """Everything the rules and the week need for the days ``first`` to ``last``
        (``now``: the moment the doses' states and reminders are seen at)."""
        in_window = self.appointments(first, last)
        medicines = MedicineStore(self.session)
        answered_from = min(first, today) - dt.timedelta(days=1)
        appointments = self.hard_day_sources(first) + in_window
        in_range = [a.id for a in in_window if a.id is not None]
        settings = self.settings()
        taken = self.portions_taken(first, last)
        kept = medicines.medicines()
        before, after = dose_rules.treatments_reach(kept, settings)
        return model.PlanWindow(
            first_day=first,
            last_day=last,
            appointments=tuple(appointments),
            legs=tuple(self.legs_for(in_range)),
            helpers=tuple(self.helpers()),
            tasks=tuple(self.tasks(first, last)),
            meals=tuple(self.meals(in_stock_or={t.meal_id for t in taken})),
            portions_taken=tuple(taken),
            groups=tuple(self.groups()),
            journal=tuple(self.journal(first, last)),
            today=today,
            settings=settings,
            now=now,
            medicines=tuple(kept),
            confirmations=tuple(
                medicines.confirmations(answered_from, max(last, today) + dt.timedelta(days=1))
            ),
            # Those whose doses or infection-risk days can fall on the days asked for, or
            # on yesterday and today (the missed doses and the reminders).
            treatment_days=tuple(
                medicines.treatment_days(
                    min(first, answered_from) - before, max(last, today) + after
                )
            ),
        )


def _midnight(day: dt.date, plus_days: int = 0) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time.min)
