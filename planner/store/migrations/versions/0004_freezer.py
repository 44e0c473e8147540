"""Freezer: categories, settings and stock

Revision ID: 0004_freezer
Revises: 0003_rides
Create Date: 2026-11-27 04:30:00
"""

revision = "0004_freezer"
down_revision = "0003_rides"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
