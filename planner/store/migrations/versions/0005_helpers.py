"""Helpers, tasks, support groups and contacts

Revision ID: 0005_helpers
Revises: 0004_freezer
Create Date: 2026-11-27 04:30:00
"""

revision = "0005_helpers"
down_revision = "0004_freezer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
