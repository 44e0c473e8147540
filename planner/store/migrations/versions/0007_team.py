"""The care team: who may sign in to a shared plan, with their display name and role

A new table only, on SQLite and PostgreSQL alike (on SQLite it stays empty). The logins,
roles, grants and row-level security of a shared plan are not made here: logins belong to
the whole server, so ``care-planner team add`` makes them (see planner/store/team.py).

Revision ID: 0007_team
Revises: 0006_change_log
Create Date: 2026-12-08 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_team"
down_revision = "0006_change_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_member",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("helper_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "role IN ('organiser', 'helper')", name=op.f("ck_team_member_role_known")
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["helper.id"],
            name=op.f("fk_team_member_helper_id_helper"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_member")),
        sa.UniqueConstraint("name", name=op.f("uq_team_member_name")),
    )
    op.create_index(op.f("ix_team_member_helper_id"), "team_member", ["helper_id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The row-level security policies of a shared plan name the table: they go with
        # it, and with them every helper's right to change a row (organisers keep theirs).
        op.execute("DROP TABLE team_member CASCADE")
        return
    op.drop_index(op.f("ix_team_member_helper_id"), table_name="team_member")
    op.drop_table("team_member")
