"""One write path: a version on journal entries and settings, and the change log

Columns are added with ALTER TABLE ADD COLUMN and the change log is a new table; no
existing table is copied, so no child row is at risk.

Revision ID: 0006_change_log
Revises: 0005_calendar
Create Date: 2026-12-06 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_change_log"
down_revision = "0005_calendar"
branch_labels = None
depends_on = None

VERSIONED = ("journal_entry", "setting")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("row", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("old_version", sa.Integer(), nullable=True),
        sa.Column("new_version", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change")),
    )
    op.create_index(op.f("ix_change_at"), "change", ["at"], unique=False)
    op.create_index("ix_change_kind_row", "change", ["kind", "row"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_kind_row", table_name="change")
    op.drop_index(op.f("ix_change_at"), table_name="change")
    op.drop_table("change")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
