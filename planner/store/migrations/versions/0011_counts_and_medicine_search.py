"""Blood counts among the readings, and medicines found by search

The ``reading`` table accepts three more kinds (neutrophils, haemoglobin, platelets): its
check of the kind is made anew (SQLite copies the table, which holds no search triggers;
PostgreSQL changes it in place, keeping its grants and policies).
The ``medicine`` table is indexed for search as 0009_search indexed the others:
planner/store/search.py builds the same objects (its ``repair`` checks them).

Revision ID: 0011_counts_and_medicine_search
Revises: 0010_medicines
Create Date: 2026-12-09 09:00:00
"""

from alembic import op

from planner.domain.changes import Kind
from planner.store import search

revision = "0011_counts_and_medicine_search"
down_revision = "0010_medicines"
branch_labels = None
depends_on = None

KINDS_BEFORE = "kind IN ('temperature', 'weight')"
KINDS_AFTER = "kind IN ('temperature', 'weight', 'neutrophils', 'haemoglobin', 'platelets')"
MEDICINE_COLUMNS = (
    "name",
    "strength",
    "form",
    "purpose",
    "prescriber",
    "pharmacy",
    "instructions",
    "notes",
)


def _run(statement: str) -> None:
    op.get_bind().exec_driver_sql(statement)


def _kinds(check: str) -> None:
    with op.batch_alter_table("reading") as batch_op:
        batch_op.drop_constraint(op.f("ck_reading_kind_known"), type_="check")
        batch_op.create_check_constraint("kind_known", check)


def upgrade() -> None:
    _kinds(KINDS_AFTER)
    if op.get_bind().dialect.name == "postgresql":
        _run(search.pg_index(Kind.MEDICINE, MEDICINE_COLUMNS))
        return
    _run(search.sqlite_table(Kind.MEDICINE))
    for statement in search.sqlite_triggers(Kind.MEDICINE, MEDICINE_COLUMNS).values():
        _run(statement)
    _run(search.sqlite_fill(Kind.MEDICINE, MEDICINE_COLUMNS))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run(f"DROP INDEX {search.index_name(Kind.MEDICINE)}")
    else:
        for name in search.sqlite_triggers(Kind.MEDICINE, MEDICINE_COLUMNS):
            _run(f"DROP TRIGGER {name}")
        _run(f"DROP TABLE {search.index_name(Kind.MEDICINE)}")
    _run("DELETE FROM reading WHERE kind NOT IN ('temperature', 'weight')")
    _kinds(KINDS_BEFORE)
