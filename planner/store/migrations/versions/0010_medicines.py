"""Medicines: each medicine with its schedule and stock, the answers given for its doses,
and the temperatures and weights noted in the journal

New tables only; no existing table is copied, so no child row is at risk. The same on
SQLite and PostgreSQL (a shared plan's grants cover new tables: see planner/store/team.py).

Revision ID: 0010_medicines
Revises: 0009_search
Create Date: 2026-12-08 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_medicines"
down_revision = "0009_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "medicine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("schedule_kind", sa.String(length=40), nullable=False),
        sa.Column("schedule", sa.Text(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("dose", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("strength", sa.String(length=200), nullable=False),
        sa.Column("form", sa.String(length=200), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("prescriber", sa.String(length=200), nullable=False),
        sa.Column("pharmacy", sa.String(length=200), nullable=False),
        sa.Column("must_not_miss", sa.Boolean(), nullable=False),
        sa.Column("stock_thousandths", sa.Integer(), nullable=True),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "stock_thousandths IS NULL OR stock_thousandths >= 0",
            name=op.f("ck_medicine_stock_not_negative"),
        ),
        sa.CheckConstraint("lead_days BETWEEN 0 AND 60", name=op.f("ck_medicine_lead_days_range")),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_medicine_course_id_course"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine")),
    )
    op.create_index(op.f("ix_medicine_course_id"), "medicine", ["course_id"], unique=False)
    op.create_table(
        "dose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medicine_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("answer", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("remind_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["medicine_id"],
            ["medicine.id"],
            name=op.f("fk_dose_medicine_id_medicine"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose")),
        sa.UniqueConstraint("medicine_id", "due", name=op.f("uq_dose_medicine_id")),
    )
    op.create_index(op.f("ix_dose_due"), "dose", ["due"], unique=False)
    op.create_table(
        "reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('temperature', 'weight')", name=op.f("ck_reading_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading")),
    )
    op.create_index(op.f("ix_reading_at"), "reading", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_reading_at"), table_name="reading")
    op.drop_table("reading")
    op.drop_index(op.f("ix_dose_due"), table_name="dose")
    op.drop_table("dose")
    op.drop_index(op.f("ix_medicine_course_id"), table_name="medicine")
    op.drop_table("medicine")
