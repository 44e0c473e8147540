"""Calendar import: remember which appointment each imported event became

A new table only; no existing table is copied, so no child row is at risk.

Revision ID: 0005_calendar
Revises: 0004_freezer
Create Date: 2026-11-27 04:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_calendar"
down_revision = "0004_freezer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_uid", sa.String(length=500), nullable=False),
        sa.Column("recurrence_id", sa.String(length=40), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_calendar_link_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_link")),
        sa.UniqueConstraint(
            "source_uid", "recurrence_id", name=op.f("uq_calendar_link_source_uid")
        ),
    )
    with op.batch_alter_table("calendar_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calendar_link_appointment_id"), ["appointment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("calendar_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_link_appointment_id"))
    op.drop_table("calendar_link")
