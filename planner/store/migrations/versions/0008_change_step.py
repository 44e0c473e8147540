"""Each change record names the step (one user action) that wrote it

A step saved just as the connection to a shared plan's server broke may or may not have
been committed; when the server is back, the window looks for the step's records before
trying again, so that the step is saved exactly once. One nullable column and its index;
no table is copied.

Revision ID: 0008_change_step
Revises: 0007_team
Create Date: 2026-12-06 04:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_change_step"
down_revision = "0007_team"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("change", sa.Column("step", sa.String(length=36), nullable=True))
    op.create_index(op.f("ix_change_step"), "change", ["step"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_change_step"), table_name="change")
    with op.batch_alter_table("change") as batch_op:
        batch_op.drop_column("step")
