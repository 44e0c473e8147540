"""Freezer: categories, settings and stock

Each batch gets a category (cooked dish, soup or stew, ...), which decides its default
use-by date. Batches stored before keep working as cooked dishes. The plan's own tags and
the freezer's numbers are plan settings (the ``setting`` table), so they need no table.

Revision ID: 0004_freezer
Revises: 0003_rides
Create Date: 2026-11-27 04:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_freezer"
down_revision = "0003_rides"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column leaves the table in place (no copy), so no child row is at risk.
    with op.batch_alter_table("freezer_meal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "category",
                sa.String(length=40),
                nullable=False,
                server_default="cooked_dish",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("freezer_meal", schema=None) as batch_op:
        batch_op.drop_column("category")
