"""Courses: what delaying and skipping need

Revision ID: 0002_courses
Revises: 0001_baseline
Create Date: 2026-11-27 04:30:00
"""

revision = "0002_courses"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
