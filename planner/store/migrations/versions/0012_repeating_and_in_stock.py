"""Indexes of the repeating tasks and of the freezer batches with portions left

The coming days read both on every week shown; a crowded plan's thousands of one-off tasks
and years of emptied batches were read through to find them. Two partial indexes; no
table is copied.

Revision ID: 0012_repeating_and_in_stock
Revises: 0011_counts_and_medicine_search
Create Date: 2026-12-06 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_repeating_and_in_stock"
down_revision = "0011_counts_and_medicine_search"
branch_labels = None
depends_on = None

# As planner.store.records says them (a migration keeps its own words: records change).
REPEATING = "recurrence != ''"
IN_STOCK = "portions_left > 0"


def upgrade() -> None:
    for name, table, column, where in (
        ("ix_help_task_repeating", "help_task", "start", REPEATING),
        ("ix_freezer_meal_in_stock", "freezer_meal", "use_by", IN_STOCK),
    ):
        condition = sa.text(where)
        op.create_index(name, table, [column], sqlite_where=condition, postgresql_where=condition)


def downgrade() -> None:
    op.drop_index("ix_freezer_meal_in_stock", table_name="freezer_meal")
    op.drop_index("ix_help_task_repeating", table_name="help_task")
