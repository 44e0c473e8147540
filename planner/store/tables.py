"""The plan's tables as plain SQLAlchemy Core tables: names, columns and their types.

Written by ``make tables`` (tests/helpers/tables.py) from the records in
:mod:`planner.store.records`, which stay the schema; do not edit by hand. The reads that
the window's start and the command line make use these, so that they need neither the
ORM nor the records (tests/store/test_tables.py keeps the two in step).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Double,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
)

metadata = MetaData()

appointment = Table(
    "appointment",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("course_id", Integer()),
    Column("cycle", Integer()),
    Column("kind", String(length=40), nullable=False),
    Column("title", String(length=200), nullable=False),
    Column("start", DateTime(), nullable=False),
    Column("duration_minutes", Integer(), nullable=False),
    Column("location", String(length=200), nullable=False),
    Column("clinician", String(length=200), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("recovery_days", Integer()),
    Column("needs_ride", Boolean(), nullable=False),
    Column("companion_wanted", Boolean(), nullable=False),
    Column("status", String(length=40), nullable=False),
    Column("version", Integer(), nullable=False),
)

calendar_link = Table(
    "calendar_link",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("source_uid", String(length=500), nullable=False),
    Column("recurrence_id", String(length=40), nullable=False),
    Column("appointment_id", Integer(), nullable=False),
)

change = Table(
    "change",
    metadata,
    Column("seq", Integer(), primary_key=True),
    Column("at", DateTime(), nullable=False),
    Column("who", String(length=200), nullable=False),
    Column("kind", String(length=40), nullable=False),
    Column("row", String(length=80), nullable=False),
    Column("action", String(length=10), nullable=False),
    Column("old_version", Integer()),
    Column("new_version", Integer()),
    Column("fields", Text(), nullable=False),
    Column("step", String(length=36)),
)

contact = Table(
    "contact",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("role", String(length=40), nullable=False),
    Column("organisation", String(length=200), nullable=False),
    Column("phone", String(length=40), nullable=False),
    Column("email", String(length=200), nullable=False),
    Column("address", Text(), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

course = Table(
    "course",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("kind", String(length=40), nullable=False),
    Column("pattern", String(length=40), nullable=False),
    Column("first_day", Date(), nullable=False),
    Column("start_time", Time(), nullable=False),
    Column("duration_minutes", Integer(), nullable=False),
    Column("cycle_length_days", Integer(), nullable=False),
    Column("treatment_days", String(length=40), nullable=False),
    Column("cycles", Integer(), nullable=False),
    Column("weekdays", String(length=40), nullable=False),
    Column("weeks", Integer(), nullable=False),
    Column("location", String(length=200), nullable=False),
    Column("version", Integer(), nullable=False),
)

dose = Table(
    "dose",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("medicine_id", Integer(), nullable=False),
    Column("due", DateTime(), nullable=False),
    Column("answer", String(length=40), nullable=False),
    Column("at", DateTime(), nullable=False),
    Column("reason", String(length=200), nullable=False),
    Column("remind_at", DateTime()),
    Column("version", Integer(), nullable=False),
)

freezer_meal = Table(
    "freezer_meal",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("portions_left", Integer(), nullable=False),
    Column("frozen_on", Date(), nullable=False),
    Column("use_by", Date(), nullable=False),
    Column("tags", Text(), nullable=False),
    Column("made_by", String(length=200), nullable=False),
    Column("location", String(length=200), nullable=False),
    Column("reheating", Text(), nullable=False),
    Column("category", String(length=40), nullable=False),
    Column("version", Integer(), nullable=False),
)

help_task = Table(
    "help_task",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("category", String(length=40), nullable=False),
    Column("title", String(length=200), nullable=False),
    Column("start", DateTime(), nullable=False),
    Column("end", DateTime(), nullable=False),
    Column("helper_id", Integer()),
    Column("appointment_id", Integer()),
    Column("status", String(length=40), nullable=False),
    Column("recurrence", String(length=200), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

helper = Table(
    "helper",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("phone", String(length=40), nullable=False),
    Column("email", String(length=200), nullable=False),
    Column("capabilities", String(length=200), nullable=False),
    Column("notice_business_days", Integer(), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

helper_availability = Table(
    "helper_availability",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("helper_id", Integer(), nullable=False),
    Column("weekday", Integer(), nullable=False),
    Column("start", Time(), nullable=False),
    Column("end", Time(), nullable=False),
)

journal_entry = Table(
    "journal_entry",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("kind", String(length=40), nullable=False),
    Column("at", DateTime(), nullable=False),
    Column("symptom", String(length=200), nullable=False),
    Column("severity", Integer()),
    Column("hours", Double()),
    Column("mood", Integer()),
    Column("note", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

medicine = Table(
    "medicine",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("schedule_kind", String(length=40), nullable=False),
    Column("schedule", Text(), nullable=False),
    Column("course_id", Integer()),
    Column("start", Date(), nullable=False),
    Column("end", Date()),
    Column("dose", String(length=40), nullable=False),
    Column("unit", String(length=200), nullable=False),
    Column("strength", String(length=200), nullable=False),
    Column("form", String(length=200), nullable=False),
    Column("instructions", Text(), nullable=False),
    Column("purpose", String(length=200), nullable=False),
    Column("prescriber", String(length=200), nullable=False),
    Column("pharmacy", String(length=200), nullable=False),
    Column("must_not_miss", Boolean(), nullable=False),
    Column("stock_thousandths", Integer()),
    Column("lead_days", Integer(), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

place = Table(
    "place",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("address", Text(), nullable=False),
    Column("travel_minutes", Integer(), nullable=False),
    Column("phone", String(length=40), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

portions_taken = Table(
    "portions_taken",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("meal_id", Integer(), nullable=False),
    Column("portions", Integer(), nullable=False),
    Column("taken_at", DateTime(), nullable=False),
    Column("for_day", Date(), nullable=False),
)

question = Table(
    "question",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("text", Text(), nullable=False),
    Column("asked_on", Date(), nullable=False),
    Column("appointment_id", Integer()),
    Column("answer", Text(), nullable=False),
    Column("answered_on", Date()),
    Column("version", Integer(), nullable=False),
)

reading = Table(
    "reading",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("kind", String(length=40), nullable=False),
    Column("at", DateTime(), nullable=False),
    Column("value", String(length=40), nullable=False),
    Column("unit", String(length=40), nullable=False),
    Column("note", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

ride_leg = Table(
    "ride_leg",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("appointment_id", Integer(), nullable=False),
    Column("direction", String(length=40), nullable=False),
    Column("pickup_time", DateTime(), nullable=False),
    Column("pickup_place", String(length=200), nullable=False),
    Column("driver_id", Integer()),
    Column("backup_driver_id", Integer()),
    Column("status", String(length=40), nullable=False),
    Column("status_changed_at", DateTime()),
    Column("notes", Text(), nullable=False),
    Column("travel_minutes", Integer(), nullable=False),
    Column("version", Integer(), nullable=False),
)

ride_leg_status = Table(
    "ride_leg_status",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("leg_id", Integer(), nullable=False),
    Column("status", String(length=40), nullable=False),
    Column("at", DateTime(), nullable=False),
)

setting = Table(
    "setting",
    metadata,
    Column("key", String(length=80), primary_key=True),
    Column("value", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

support_group = Table(
    "support_group",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("kind", String(length=40), nullable=False),
    Column("first_meeting", DateTime(), nullable=False),
    Column("duration_minutes", Integer(), nullable=False),
    Column("recurrence", String(length=200), nullable=False),
    Column("place", String(length=200), nullable=False),
    Column("link", String(length=200), nullable=False),
    Column("contact_person", String(length=200), nullable=False),
    Column("notes", Text(), nullable=False),
    Column("version", Integer(), nullable=False),
)

team_member = Table(
    "team_member",
    metadata,
    Column("login", String(length=63), primary_key=True),
    Column("name", String(length=200), nullable=False),
    Column("role", String(length=40), nullable=False),
    Column("helper_id", Integer()),
)

TABLES: dict[str, Table] = {
    "appointment": appointment,
    "calendar_link": calendar_link,
    "change": change,
    "contact": contact,
    "course": course,
    "dose": dose,
    "freezer_meal": freezer_meal,
    "help_task": help_task,
    "helper": helper,
    "helper_availability": helper_availability,
    "journal_entry": journal_entry,
    "medicine": medicine,
    "place": place,
    "portions_taken": portions_taken,
    "question": question,
    "reading": reading,
    "ride_leg": ride_leg,
    "ride_leg_status": ride_leg_status,
    "setting": setting,
    "support_group": support_group,
    "team_member": team_member,
}
"""Every table by its name."""
