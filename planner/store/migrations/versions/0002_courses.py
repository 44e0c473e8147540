"""Courses: the appointment list filters by kind and sorts by title in the database

Two indexes, so that a list of 100,000 appointments filtered by kind or sorted by title
reads only the page it shows. No table is recreated.

Revision ID: 0002_courses
Revises: 0001_baseline
Create Date: 2026-11-27 04:30:00
"""

from alembic import op

revision = "0002_courses"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_appointment_kind_start", "appointment", ["kind", "start"], unique=False)
    op.create_index("ix_appointment_title_start", "appointment", ["title", "start"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_appointment_title_start", table_name="appointment")
    op.drop_index("ix_appointment_kind_start", table_name="appointment")
