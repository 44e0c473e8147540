"""Rides: travel times and leg timing

Each place appointments happen at keeps its travel time from home, parking and entrance
notes; each leg keeps how long its trip takes, so that a driver's legs can be checked for
overlap, and the time of each status it moved to.

Revision ID: 0003_rides
Revises: 0002_courses
Create Date: 2026-11-27 04:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_rides"
down_revision = "0002_courses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("travel_minutes", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "travel_minutes BETWEEN 0 AND 1440", name=op.f("ck_place_travel_minutes_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
        sa.UniqueConstraint("name", name=op.f("uq_place_name")),
    )
    op.create_table(
        "ride_leg_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("leg_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leg_id"],
            ["ride_leg.id"],
            name=op.f("fk_ride_leg_status_leg_id_ride_leg"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ride_leg_status")),
    )
    with op.batch_alter_table("ride_leg_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ride_leg_status_leg_id"), ["leg_id"], unique=False)
    # A plain added column: SQLite adds it in place, the leg table is not recreated.
    with op.batch_alter_table("ride_leg", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("travel_minutes", sa.Integer(), nullable=False, server_default="30")
        )


def downgrade() -> None:
    with op.batch_alter_table("ride_leg", schema=None) as batch_op:
        batch_op.drop_column("travel_minutes")
    with op.batch_alter_table("ride_leg_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ride_leg_status_leg_id"))
    op.drop_table("ride_leg_status")
    op.drop_table("place")
