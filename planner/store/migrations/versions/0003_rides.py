"""Rides: travel times and leg timing

Revision ID: 0003_rides
Revises: 0002_courses
Create Date: 2026-11-27 04:30:00
"""

revision = "0003_rides"
down_revision = "0002_courses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
