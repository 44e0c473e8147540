"""Baseline: every area of the plan

Revision ID: 0001_baseline
Revises: (none)
Create Date: 2026-11-27 02:14:55.589957
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("pattern", sa.String(length=40), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("cycle_length_days", sa.Integer(), nullable=False),
        sa.Column("treatment_days", sa.String(length=40), nullable=False),
        sa.Column("cycles", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=40), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "freezer_meal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("portions_left", sa.Integer(), nullable=False),
        sa.Column("frozen_on", sa.Date(), nullable=False),
        sa.Column("use_by", sa.Date(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("reheating", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "portions_left >= 0", name=op.f("ck_freezer_meal_portions_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freezer_meal")),
    )
    with op.batch_alter_table("freezer_meal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_freezer_meal_use_by"), ["use_by"], unique=False)

    op.create_table(
        "helper",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("capabilities", sa.String(length=200), nullable=False),
        sa.Column("notice_business_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helper")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("symptom", sa.String(length=200), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("hours", sa.Double(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "hours IS NULL OR hours BETWEEN 0 AND 24", name=op.f("ck_journal_entry_hours_range")
        ),
        sa.CheckConstraint(
            "mood IS NULL OR mood BETWEEN 0 AND 10", name=op.f("ck_journal_entry_mood_range")
        ),
        sa.CheckConstraint(
            "severity IS NULL OR severity BETWEEN 0 AND 10",
            name=op.f("ck_journal_entry_severity_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_at"), ["at"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "support_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("first_meeting", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("recurrence", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("link", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_group")),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("clinician", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recovery_days", sa.Integer(), nullable=True),
        sa.Column("needs_ride", sa.Boolean(), nullable=False),
        sa.Column("companion_wanted", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes >= 0", name=op.f("ck_appointment_duration_not_negative")
        ),
        sa.CheckConstraint(
            "recovery_days IS NULL OR recovery_days BETWEEN 0 AND 60",
            name=op.f("ck_appointment_recovery_days_range"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_appointment_course_id_course"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_start"), ["start"], unique=False)

    op.create_table(
        "helper_availability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("helper_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.CheckConstraint(
            "weekday BETWEEN 0 AND 6", name=op.f("ck_helper_availability_weekday_range")
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["helper.id"],
            name=op.f("fk_helper_availability_helper_id_helper"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helper_availability")),
    )
    with op.batch_alter_table("helper_availability", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_helper_availability_helper_id"), ["helper_id"], unique=False
        )

    op.create_table(
        "portions_taken",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meal_id", sa.Integer(), nullable=False),
        sa.Column("portions", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("for_day", sa.Date(), nullable=False),
        sa.CheckConstraint("portions > 0", name=op.f("ck_portions_taken_portions_positive")),
        sa.ForeignKeyConstraint(
            ["meal_id"],
            ["freezer_meal.id"],
            name=op.f("fk_portions_taken_meal_id_freezer_meal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portions_taken")),
    )
    with op.batch_alter_table("portions_taken", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_portions_taken_for_day"), ["for_day"], unique=False)
        batch_op.create_index(batch_op.f("ix_portions_taken_meal_id"), ["meal_id"], unique=False)

    op.create_table(
        "help_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("helper_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("recurrence", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_help_task_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["helper.id"],
            name=op.f("fk_help_task_helper_id_helper"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_task")),
    )
    with op.batch_alter_table("help_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_help_task_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_help_task_helper_id"), ["helper_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_help_task_start"), ["start"], unique=False)

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_question_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question")),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_question_appointment_id"), ["appointment_id"], unique=False
        )

    op.create_table(
        "ride_leg",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=40), nullable=False),
        sa.Column("pickup_time", sa.DateTime(), nullable=False),
        sa.Column("pickup_place", sa.String(length=200), nullable=False),
        sa.Column("driver_id", sa.Integer(), nullable=True),
        sa.Column("backup_driver_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_ride_leg_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["backup_driver_id"],
            ["helper.id"],
            name=op.f("fk_ride_leg_backup_driver_id_helper"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["driver_id"],
            ["helper.id"],
            name=op.f("fk_ride_leg_driver_id_helper"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ride_leg")),
    )
    with op.batch_alter_table("ride_leg", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ride_leg_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ride_leg_driver_id"), ["driver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ride_leg_pickup_time"), ["pickup_time"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ride_leg", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ride_leg_pickup_time"))
        batch_op.drop_index(batch_op.f("ix_ride_leg_driver_id"))
        batch_op.drop_index(batch_op.f("ix_ride_leg_appointment_id"))

    op.drop_table("ride_leg")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_appointment_id"))

    op.drop_table("question")
    with op.batch_alter_table("help_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_help_task_start"))
        batch_op.drop_index(batch_op.f("ix_help_task_helper_id"))
        batch_op.drop_index(batch_op.f("ix_help_task_appointment_id"))

    op.drop_table("help_task")
    with op.batch_alter_table("portions_taken", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_portions_taken_meal_id"))
        batch_op.drop_index(batch_op.f("ix_portions_taken_for_day"))

    op.drop_table("portions_taken")
    with op.batch_alter_table("helper_availability", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_helper_availability_helper_id"))

    op.drop_table("helper_availability")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_start"))
        batch_op.drop_index(batch_op.f("ix_appointment_course_id"))

    op.drop_table("appointment")
    op.drop_table("support_group")
    op.drop_table("setting")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_at"))

    op.drop_table("journal_entry")
    op.drop_table("helper")
    with op.batch_alter_table("freezer_meal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_freezer_meal_use_by"))

    op.drop_table("freezer_meal")
    op.drop_table("course")
    op.drop_table("contact")
