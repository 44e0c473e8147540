"""The stored records, one table each, in SQLAlchemy 2.x typed declarative style.

Records that two caregivers may edit at once carry a ``version`` counter: SQLAlchemy
adds it to every UPDATE, so a stale edit fails loudly instead of overwriting.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from planner.store.partial import IN_STOCK, LONG_RECOVERY, REPEATING_TASK

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic locking for rows that several people edit."""

    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (SQLAlchemy's declared_attr)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


Name = String(200)
Short = String(40)


class CourseRecord(Versioned, Base):
    __tablename__ = "course"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    kind: Mapped[str] = mapped_column(Short)
    pattern: Mapped[str] = mapped_column(Short)
    first_day: Mapped[dt.date]
    start_time: Mapped[dt.time]
    duration_minutes: Mapped[int]
    cycle_length_days: Mapped[int] = mapped_column(default=21)
    treatment_days: Mapped[str] = mapped_column(Short, default="1")
    cycles: Mapped[int] = mapped_column(default=1)
    weekdays: Mapped[str] = mapped_column(Short, default="")
    weeks: Mapped[int] = mapped_column(default=0)
    location: Mapped[str] = mapped_column(Name, default="")


class AppointmentRecord(Versioned, Base):
    __tablename__ = "appointment"
    __table_args__ = (
        # The appointment list filters by kind and sorts by title in the query, a page at
        # a time; these give it the rows in order without sorting the whole table.
        Index("ix_appointment_kind_start", "kind", "start"),
        Index("ix_appointment_title_start", "title", "start"),
        Index(
            "ix_appointment_long_recovery",
            "start",
            sqlite_where=text(LONG_RECOVERY),
            postgresql_where=text(LONG_RECOVERY),
        ),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        CheckConstraint(
            "recovery_days IS NULL OR recovery_days BETWEEN 0 AND 60", name="recovery_days_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("course.id", ondelete="SET NULL"), index=True
    )
    cycle: Mapped[int | None]
    kind: Mapped[str] = mapped_column(Short)
    title: Mapped[str] = mapped_column(Name)
    start: Mapped[dt.datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=60)
    location: Mapped[str] = mapped_column(Name, default="")
    clinician: Mapped[str] = mapped_column(Name, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recovery_days: Mapped[int | None]
    needs_ride: Mapped[bool] = mapped_column(default=False)
    companion_wanted: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(Short, default="scheduled")

    legs: Mapped[list[RideLegRecord]] = relationship(
        back_populates="appointment", cascade="all, delete-orphan", passive_deletes=True
    )


class HelperRecord(Versioned, Base):
    __tablename__ = "helper"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    phone: Mapped[str] = mapped_column(Short, default="")
    email: Mapped[str] = mapped_column(Name, default="")
    capabilities: Mapped[str] = mapped_column(Name, default="")
    """Comma-separated capability names."""
    notice_business_days: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    availability: Mapped[list[AvailabilityRecord]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AvailabilityRecord.weekday"
    )


class AvailabilityRecord(Base):
    __tablename__ = "helper_availability"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    helper_id: Mapped[int] = mapped_column(ForeignKey("helper.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int]
    start: Mapped[dt.time]
    end: Mapped[dt.time]


class RideLegRecord(Versioned, Base):
    __tablename__ = "ride_leg"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(Short)
    pickup_time: Mapped[dt.datetime] = mapped_column(index=True)
    pickup_place: Mapped[str] = mapped_column(Name, default="")
    driver_id: Mapped[int | None] = mapped_column(
        ForeignKey("helper.id", ondelete="SET NULL"), index=True
    )
    backup_driver_id: Mapped[int | None] = mapped_column(
        ForeignKey("helper.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(Short, default="needed")
    status_changed_at: Mapped[dt.datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    travel_minutes: Mapped[int] = mapped_column(default=30)

    appointment: Mapped[AppointmentRecord] = relationship(back_populates="legs")


class LegStatusChangeRecord(Base):
    """Each status a ride leg moved to, with the time: who was asked when, and when they
    said yes."""

    __tablename__ = "ride_leg_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    leg_id: Mapped[int] = mapped_column(ForeignKey("ride_leg.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(Short)
    at: Mapped[dt.datetime]


class PlaceRecord(Versioned, Base):
    """A place appointments happen at (named as their location), with the travel time."""

    __tablename__ = "place"
    __table_args__ = (
        CheckConstraint("travel_minutes BETWEEN 0 AND 1440", name="travel_minutes_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name, unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    travel_minutes: Mapped[int] = mapped_column(default=30)
    phone: Mapped[str] = mapped_column(Short, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactRecord(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    role: Mapped[str] = mapped_column(Short)
    organisation: Mapped[str] = mapped_column(Name, default="")
    phone: Mapped[str] = mapped_column(Short, default="")
    email: Mapped[str] = mapped_column(Name, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class HelpTaskRecord(Versioned, Base):
    __tablename__ = "help_task"
    __table_args__ = (
        Index(
            "ix_help_task_repeating",
            "start",
            sqlite_where=text(REPEATING_TASK),
            postgresql_where=text(REPEATING_TASK),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(Short)
    title: Mapped[str] = mapped_column(Name)
    start: Mapped[dt.datetime] = mapped_column(index=True)
    end: Mapped[dt.datetime]
    helper_id: Mapped[int | None] = mapped_column(
        ForeignKey("helper.id", ondelete="SET NULL"), index=True
    )
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(Short, default="open")
    recurrence: Mapped[str] = mapped_column(Name, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class FreezerMealRecord(Versioned, Base):
    __tablename__ = "freezer_meal"
    __table_args__ = (
        CheckConstraint("portions_left >= 0", name="portions_not_negative"),
        Index(
            "ix_freezer_meal_in_stock",
            "use_by",
            sqlite_where=text(IN_STOCK),
            postgresql_where=text(IN_STOCK),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    portions_left: Mapped[int]
    frozen_on: Mapped[dt.date]
    use_by: Mapped[dt.date] = mapped_column(index=True)
    tags: Mapped[str] = mapped_column(Text, default="")
    """Comma-separated diet and texture tags."""
    made_by: Mapped[str] = mapped_column(Name, default="")
    location: Mapped[str] = mapped_column(Name, default="")
    reheating: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(
        Short, default="cooked_dish", server_default="cooked_dish"
    )


class PortionsTakenRecord(Base):
    __tablename__ = "portions_taken"
    __table_args__ = (CheckConstraint("portions > 0", name="portions_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meal_id: Mapped[int] = mapped_column(
        ForeignKey("freezer_meal.id", ondelete="CASCADE"), index=True
    )
    portions: Mapped[int]
    taken_at: Mapped[dt.datetime]
    for_day: Mapped[dt.date] = mapped_column(index=True)


class SupportGroupRecord(Versioned, Base):
    __tablename__ = "support_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    kind: Mapped[str] = mapped_column(Short)
    first_meeting: Mapped[dt.datetime]
    duration_minutes: Mapped[int] = mapped_column(default=60)
    recurrence: Mapped[str] = mapped_column(Name, default="")
    place: Mapped[str] = mapped_column(Name, default="")
    link: Mapped[str] = mapped_column(Name, default="")
    contact_person: Mapped[str] = mapped_column(Name, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class JournalEntryRecord(Versioned, Base):
    __tablename__ = "journal_entry"
    __table_args__ = (
        CheckConstraint("severity IS NULL OR severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint("mood IS NULL OR mood BETWEEN 0 AND 10", name="mood_range"),
        CheckConstraint("hours IS NULL OR hours BETWEEN 0 AND 24", name="hours_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(Short)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    symptom: Mapped[str] = mapped_column(Name, default="")
    severity: Mapped[int | None]
    hours: Mapped[float | None]
    mood: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")


class QuestionRecord(Versioned, Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    asked_on: Mapped[dt.date]
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None]


class SettingRecord(Versioned, Base):
    """Plan-wide settings that travel with the database (shared by a care team)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeRecord(Base):
    """The change log: one row for each row a user action inserted, updated or deleted,
    written in the same transaction (see :mod:`planner.store.change_log`)."""

    __tablename__ = "change"
    __table_args__ = (Index("ix_change_kind_row", "kind", "row"),)

    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    who: Mapped[str] = mapped_column(Name, default="")
    kind: Mapped[str] = mapped_column(Short)
    row: Mapped[str] = mapped_column(String(80))
    """The row's key as text (an id, or a setting's key)."""
    action: Mapped[str] = mapped_column(String(10))
    old_version: Mapped[int | None]
    new_version: Mapped[int | None]
    fields: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: each changed column's [old, new] value."""
    step: Mapped[str | None] = mapped_column(String(36), index=True)
    """The user action (one step) that wrote it, when the window named one: a step sent
    just as a shared plan's server went away is looked for before it is sent again."""


# ---------------------------------------------------------------- calendar import
class CalendarLinkRecord(Base):
    """The appointment an imported calendar event became (by the event's UID and, for a
    repeating event, which occurrence), so that importing the file again updates it."""

    __tablename__ = "calendar_link"
    __table_args__ = (UniqueConstraint("source_uid", "recurrence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_uid: Mapped[str] = mapped_column(String(500))
    recurrence_id: Mapped[str] = mapped_column(String(40), default="")
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )


# ---------------------------------------------------------------- medicines
class MedicineRecord(Versioned, Base):
    """A medicine with its schedule: the schedule's kind, and its details as JSON (times as
    "HH:MM", amounts as text). Amounts are exact: the dose as text, the stock in
    thousandths of the unit, so that the stock is counted down in SQL without drifting."""

    __tablename__ = "medicine"
    __table_args__ = (
        CheckConstraint(
            "stock_thousandths IS NULL OR stock_thousandths >= 0", name="stock_not_negative"
        ),
        CheckConstraint("lead_days BETWEEN 0 AND 60", name="lead_days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Name)
    schedule_kind: Mapped[str] = mapped_column(Short)
    schedule: Mapped[str] = mapped_column(Text, default="{}")
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("course.id", ondelete="SET NULL"), index=True
    )
    """For doses around treatment days: the course whose days they follow."""
    start: Mapped[dt.date]
    end: Mapped[dt.date | None]
    dose: Mapped[str] = mapped_column(Short, default="1")
    unit: Mapped[str] = mapped_column(Name, default="tablet")
    strength: Mapped[str] = mapped_column(Name, default="")
    form: Mapped[str] = mapped_column(Name, default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Name, default="")
    prescriber: Mapped[str] = mapped_column(Name, default="")
    pharmacy: Mapped[str] = mapped_column(Name, default="")
    must_not_miss: Mapped[bool] = mapped_column(default=False)
    stock_thousandths: Mapped[int | None]
    lead_days: Mapped[int] = mapped_column(default=7)
    notes: Mapped[str] = mapped_column(Text, default="")


class DoseRecord(Versioned, Base):
    """The answer given for one dose, under the dose's key (its medicine and time): a new
    answer for the same dose replaces it."""

    __tablename__ = "dose"
    __table_args__ = (UniqueConstraint("medicine_id", "due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    medicine_id: Mapped[int] = mapped_column(ForeignKey("medicine.id", ondelete="CASCADE"))
    due: Mapped[dt.datetime] = mapped_column(index=True)
    answer: Mapped[str] = mapped_column(Short)
    at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Name, default="")
    remind_at: Mapped[dt.datetime | None]


class ReadingRecord(Versioned, Base):
    """A temperature, a weight or a blood count noted in the journal, as typed, with its
    scale."""

    __tablename__ = "reading"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('temperature', 'weight', 'neutrophils', 'haemoglobin', 'platelets')",
            name="kind_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(Short)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    value: Mapped[str] = mapped_column(Short)
    """The number as typed (exact: 38.3 stays 38.3)."""
    unit: Mapped[str] = mapped_column(Short)
    note: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- the care team
TEAM_MEMBER = Table(
    "team_member",
    Base.metadata,
    Column("login", String(63), primary_key=True),
    Column("name", Name, nullable=False, unique=True),
    Column("role", Short, nullable=False),
    Column("helper_id", ForeignKey("helper.id", ondelete="SET NULL"), index=True),
    CheckConstraint("role IN ('organiser', 'helper')", name="role_known"),
)
"""Who may sign in to a shared plan (PostgreSQL), by login, with their display name and role;
on SQLite it stays empty. A table, not a record: only ``care-planner team`` writes it (see
:mod:`planner.store.team`), so its rows are no kind of data the window edits or undoes."""
