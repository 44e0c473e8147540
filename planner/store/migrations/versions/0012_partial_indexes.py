"""Partial indexes of the few rows a week's read looks for among many

The coming days read, for every week shown, the repeating tasks, the freezer batches with
portions left and the appointments long before the week whose own recovery days reach into
it; a crowded plan's thousands of one-off tasks, years of emptied batches and two months of
appointments were read through to find them. Three partial indexes; no table is copied.

Revision ID: 0012_partial_indexes
Revises: 0011_counts_and_medicine_search
Create Date: 2026-12-06 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_partial_indexes"
down_revision = "0011_counts_and_medicine_search"
branch_labels = None
depends_on = None

# As planner/store/partial.py says them (a migration keeps its own words: that file changes).
INDEXES = (
    ("ix_help_task_repeating", "help_task", "start", "recurrence != ''"),
    ("ix_freezer_meal_in_stock", "freezer_meal", "use_by", "portions_left > 0"),
    ("ix_appointment_long_recovery", "appointment", "start", "recovery_days > 7"),
)


def upgrade() -> None:
    for name, table, column, where in INDEXES:
        condition = sa.text(where)
        op.create_index(name, table, [column], sqlite_where=condition, postgresql_where=condition)


def downgrade() -> None:
    for name, table, _, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
